// Performance figures are often given in sentences outside any numbered officer report: in minutes
// ("EX49 … PERFORMANCE UPDATE (Q2 - 2023/24)" then paragraphs), or in an appendix of plain
// paragraphs. This file finds the stretches of a pack that speak of performance for a period, and
// reads their sentences with the narrative reader, each statement carrying that period.
import { findPeriods } from '../../periods';
import { readSentences } from './narrative';
import type { PackLine, SourceRange } from '../../agenda-pack';
import type { NarrativeStatement } from './types';

/** A heading or opening line that introduces performance figures. */
const PERFORMANCE_WORDS =
  /\b(?:performance|outturns?|kpis?|indicators?|scorecard|ambitions?|targets?\s+update|progress\s+report)\b/i;
const MAX_HEADING = 160;
const PARAGRAPH_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+/;

interface Paragraph {
  text: string;
  source: SourceRange;
  number: string;
}

function paragraphsOf(lines: PackLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: PackLine[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      const text = current.map((line) => line.text.trim()).join(' ');
      paragraphs.push({
        text: text.replace(PARAGRAPH_NUMBER, ''),
        number: PARAGRAPH_NUMBER.exec(text)?.[0].trim() ?? '',
        source: { page: first.page, lineFrom: first.line, pageTo: last.page, lineTo: last.line },
      });
    }
    current = [];
  };
  for (const line of lines) {
    if (!line.text.trim() || line.text.includes('\t')) flush();
    else current.push(line);
  }
  flush();
  return paragraphs;
}

/** The quarter (or other period) a performance heading names, as printed; null when none. */
function headingPeriod(text: string): string | null {
  if (text.length > MAX_HEADING || !PERFORMANCE_WORDS.test(text)) return null;
  const found = findPeriods(text);
  const quarter = found.find((entry) => entry.period.kind === 'quarter') ?? found[0];
  return quarter ? text.slice(quarter.index, quarter.index + quarter.length) : null;
}

/**
 * Statements read from every paragraph after a heading that names performance and a period, up to
 * the next such heading; `skip` says which lines another reader has already read.
 */
export function readPackNarrative(
  lines: PackLine[],
  skip: (line: PackLine) => boolean = () => false,
): NarrativeStatement[] {
  const statements: NarrativeStatement[] = [];
  let period: string | null = null;
  let title = '';
  for (const paragraph of paragraphsOf(lines.filter((line) => !skip(line)))) {
    const named = headingPeriod(paragraph.text);
    if (named) {
      period = named;
      title = paragraph.text;
    }
    if (!period) continue;
    for (const found of readSentences(paragraph.text, { loose: true })) {
      statements.push({
        ...found,
        paragraph: paragraph.number,
        reportTitle: title,
        reportPeriodLabel: period,
        source: paragraph.source,
      });
    }
  }
  return statements;
}
