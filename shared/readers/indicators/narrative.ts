// Performance reports quote indicator values in sentences ("… was 94.6% in quarter 2 (1016
// children). This is similar to quarter 1 (94.9%)"): this file reads those figures, conservatively.
import { parseIndicatorValue } from './values';
import type { OfficerReport, ReportParagraph } from '../../agenda-pack';
import type { NarrativeStatement, NarrativeValue } from './types';

const YEAR = String.raw`\d{4}(?:\/\d{2,4})?`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const PERIOD = [
  String.raw`(?:the\s+)?year\s+to\s+(?:(?:quarter|q)\s?[1-4]|${MONTH})(?:,?\s+${YEAR})?`,
  String.raw`(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:the\s+)?(?:previous|preceding|last|same)\s+(?:quarter|term|year|month|period)(?:\s+(?:in\s+the\s+preceding|last)\s+year)?`,
  String.raw`(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:quarter|q)\s?[1-4](?:,?\s+${YEAR})?(?!\d)`,
  String.raw`(?:the\s+)?(?:spring|summer|autumn)(?:\s+(?:term|${YEAR}|school|census)){0,3}`,
  String.raw`(?:the\s+)?year\s+${MONTH}\s*[-–]\s*${MONTH}\s+\d{4}`,
  String.raw`${MONTH}\s+\d{4}`,
].join('|');
const FIGURE = String.raw`\d[\d,]*(?:\.\d+)?%?(?:\s+per\s+[\d,]+)?`;
const COUNT = String.raw`\((\d[\d,]*)(?:\s+[a-z' ]{1,40})?\)`;
const VERB = String.raw`(?:was|were|is|are|stood\s+at|(?:(?:has|have)\s+)?(?:rose|risen|fell|fallen|increased|decreased|reduced|dropped)(?:\s+by\s+[\d.,]+%?)?\s+to)`;

const MAIN = new RegExp(
  String.raw`^(?:(?:during|in|at\s+the\s+end\s+of)\s+(?<lead>${PERIOD}),\s+)?(?<subject>.{5,220}?)\s+${VERB}\s+(?<figure>${FIGURE})(?![\d/])(?<rest>.*)$`,
  'is',
);
const AFTER_VALUE = new RegExp(
  String.raw`^(?:\s*${COUNT})?(?:,?\s+(?:at\s+the\s+end(?:\s+of)?|in|for|during)\s+(?<period>${PERIOD}))?(?:\s*${COUNT})?`,
  'i',
);
const MEASURE_SUBJECT =
  /^(?:the\s+)?(?:percentage|proportion|number|no\.|rate|instances|level|average|total|%)\b/i;
const FIGURE_FOR = new RegExp(
  String.raw`^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?<period>${PERIOD})\s+figure(?:\s*\([^)]*\))?\s+for\s+(?<subject>.+)$`,
  'i',
);
const SUBJECT_PERIOD = new RegExp(
  String.raw`^(?<subject>.+?)\s+(?:for|in|during)\s+(?<period>${PERIOD})(?:\s*\(latest available\))?$`,
  'i',
);
const FOLLOW_ON = new RegExp(String.raw`^(?:this|it|the\s+(?:${PERIOD})\s+figure)\b`, 'i');
const EXTRA_VALUES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:from|with|to|than)\s+(?<figure>${FIGURE})(?:\s*\((?<count>\d[\d,]*)[^)]{0,40}\))?\s+(?:at\s+the\s+end\s+of|in|for|during)\s+(?<period>${PERIOD})`,
    'gi',
  ),
  new RegExp(String.raw`\b(?<period>${PERIOD})(?:\s+figure)?\s*\((?<figure>${FIGURE})\)`, 'gi'),
  new RegExp(
    String.raw`\b(?<period>${PERIOD})\s+figure\s+of\s+(?<figure>${FIGURE})(?![\d/])`,
    'gi',
  ),
];

/** A period phrase as written, without "the end of the" ("previous quarter", "quarter 1"). */
function periodLabel(text: string | undefined): string | null {
  if (!text) return null;
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:the\s+)?/i, '')
    .trim();
}

function toCount(text: string | undefined): number | null {
  return text ? Number(text.replace(/,/g, '')) : null;
}

function cleanSubject(text: string): string {
  return text
    .replace(/[‘’'"“”]/g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z‘'"(\d])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Figures given with a named period later in a sentence ("a decrease from Quarter 3 (95.8%)"). */
function extraValues(text: string): NarrativeValue[] {
  const found: Array<{ at: number; value: NarrativeValue }> = [];
  for (const pattern of EXTRA_VALUES) {
    for (const match of text.matchAll(pattern)) {
      const figure = match.groups?.figure ?? '';
      const at = match.index ?? 0;
      if (found.some((other) => Math.abs(other.at - at) < match[0].length)) continue;
      found.push({
        at,
        value: {
          ...parseIndicatorValue(figure),
          count: toCount(match.groups?.count),
          periodLabel: periodLabel(match.groups?.period),
        },
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.value);
}

/**
 * Later figures of another kind than the statement's own are left out: beside a percentage, a bare
 * number is a count of children or assessments, not the indicator's value.
 */
function sameKind(main: NarrativeValue, values: NarrativeValue[]): NarrativeValue[] {
  const percent = main.unit === 'percent';
  return values.filter((value) => (value.unit === 'percent') === percent);
}

/** The statement a sentence opens, if it has a measure subject, a verb and a figure. */
function mainStatement(sentence: string): { subject: string; values: NarrativeValue[] } | null {
  const match = MAIN.exec(sentence);
  const groups = match?.groups;
  if (!groups?.subject || !groups.figure) return null;
  let subject = groups.subject.trim();
  let period = groups.lead;
  const figureFor = FIGURE_FOR.exec(subject);
  if (figureFor?.groups?.subject) {
    subject = figureFor.groups.subject;
    period = figureFor.groups.period;
  } else {
    if (!MEASURE_SUBJECT.test(subject)) return null;
    const withPeriod = SUBJECT_PERIOD.exec(subject);
    if (withPeriod?.groups?.subject) {
      subject = withPeriod.groups.subject;
      period = withPeriod.groups.period;
    }
  }
  const rest = groups.rest ?? '';
  const after = AFTER_VALUE.exec(rest);
  const count = after?.[1] ?? after?.[3];
  const main: NarrativeValue = {
    ...parseIndicatorValue(groups.figure),
    count: toCount(count),
    periodLabel: periodLabel(after?.groups?.period ?? period),
  };
  return {
    subject: cleanSubject(subject),
    values: [main, ...sameKind(main, extraValues(rest.slice(after?.[0].length ?? 0)))],
  };
}

function readParagraph(report: OfficerReport, paragraph: ReportParagraph): NarrativeStatement[] {
  const statements: NarrativeStatement[] = [];
  let current: NarrativeStatement | null = null;
  for (const sentence of sentencesOf(paragraph.text)) {
    const main = mainStatement(sentence);
    if (main) {
      current = {
        ...main,
        sentence,
        paragraph: paragraph.number,
        reportTitle: report.title,
        source: paragraph.source,
      };
      statements.push(current);
    } else if (current?.values[0] && FOLLOW_ON.test(sentence)) {
      current.values.push(...sameKind(current.values[0], extraValues(sentence)));
      current.sentence = `${current.sentence} ${sentence}`;
    } else current = null;
  }
  return statements;
}

/** Every statement of an indicator's value in a report's numbered paragraphs. */
export function readNarrative(report: OfficerReport): NarrativeStatement[] {
  return report.paragraphs.flatMap((paragraph) => readParagraph(report, paragraph));
}
