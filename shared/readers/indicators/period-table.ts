// Reads a performance table whose header names its periods, in either orientation: periods as
// columns (Q1…Q4, months, years, "2022/23 Outturn", a latest/previous pair) beside target, floor,
// RAG, direction of travel, polarity, benchmark and commentary columns; or periods as rows with
// the indicators as columns. Columns are known by their header words, never by their position.
import { parsePeriod, type Period } from '../../periods';
import { cellsOf } from './columns';
import { cleanPrintedName } from './names';
import { readPolarity, statedPolarity } from './polarity';
import { columnMeaning, isPeriodHeader, type ColumnMeaning } from './table-header';
import {
  codeFragment,
  completeHeader,
  continuesRow,
  isCountCell,
  isDataRow,
  separateCells,
} from './wrapped-rows';
import {
  parseIndicatorValue,
  parseQuartile,
  parseRag,
  parseTarget,
  parseTrendWord,
} from './values';
import type { DashboardRegion, SourceRange } from '../../agenda-pack';
import type {
  ColumnRole,
  DashboardReading,
  IndicatorRow,
  PeriodValue,
  Polarity,
  PolarityValue,
} from './types';

export interface PeriodTableContext {
  /** The report's own period as printed ("Quarter 2 2023/24"): settles bare "Q1" headers. */
  reportPeriodLabel?: string | null;
  meetingDate?: string | null;
  /** Where each of the region's lines sits in the pack, when known. */
  linePositions?: Array<{ page: number; line: number }>;
}

const HEADER_SEARCH = 4;
const PERIOD_ROW_HEADER = /^(?:period|quarter|month|year|date|reporting period|time)s?$/i;

/** "Higher is better", "High", "Smaller is better", "Low": which way is good, as the column says. */
export function polarityCell(text: string): PolarityValue | null {
  const stated = statedPolarity(text);
  if (stated) return stated;
  const cell = text.trim().toLowerCase();
  if (/^(?:high(?:er)?|big(?:ger)?|increase|up|more|maximi[sz]e|↑|▲)$/.test(cell)) return 'high';
  if (/^(?:low(?:er)?|small(?:er)?|decrease|down|less|fewer|minimi[sz]e|↓|▼)$/.test(cell)) {
    return 'low';
  }
  if (/^(?:n\/?a|none|neutral|information(?: only)?|context(?:ual)?)$/.test(cell)) return 'none';
  return null;
}

interface Located {
  meanings: ColumnMeaning[];
  header: string[];
  index: number;
}

function findPeriodHeader(lines: string[]): Located | null {
  for (let index = 0; index < Math.min(lines.length, HEADER_SEARCH); index += 1) {
    const header = cellsOf(lines[index] ?? '');
    if (header.length < 2) continue;
    const meanings = header.map(columnMeaning);
    if (isPeriodHeader(meanings)) return { meanings, header, index };
  }
  return null;
}

/** Periods as rows: a "Quarter"/"Month" first column and indicator names across the top. */
function findRowPeriodHeader(lines: string[]): { header: string[]; index: number } | null {
  for (let index = 0; index < Math.min(lines.length, HEADER_SEARCH); index += 1) {
    const header = cellsOf(lines[index] ?? '');
    const first = header[0] ?? '';
    if (header.length < 2 || (first && !PERIOD_ROW_HEADER.test(first))) continue;
    const body = lines.slice(index + 1).map(cellsOf);
    const periodRows = body.filter((cells) => periodOf(cells[0] ?? '', {}) !== null).length;
    const wordy = header.slice(1).filter((cell) => /[a-z]{3}/i.test(cell)).length;
    if (periodRows >= 2 && periodRows >= body.length / 2 && wordy >= 1) return { header, index };
  }
  return null;
}

function periodOf(label: string, context: PeriodTableContext): Period | null {
  const reportPeriod = context.reportPeriodLabel
    ? parsePeriod(context.reportPeriodLabel, { meetingDate: context.meetingDate ?? null })
    : null;
  return parsePeriod(label, { reportPeriod, meetingDate: context.meetingDate ?? null });
}

function blankRow(name: string, source: SourceRange, periodContext: string | null): IndicatorRow {
  return {
    name,
    topic: null,
    theme: null,
    frequency: null,
    values: [],
    periodContext,
    target: null,
    rag: null,
    quartile: null,
    neighbourAverage: null,
    statedTrend: null,
    statedChange: null,
    trend: null,
    change: null,
    polarity: { value: 'unknown', source: null },
    printed: { name },
    source,
  };
}

function sourceAt(
  region: DashboardRegion,
  context: PeriodTableContext,
  index: number,
): SourceRange {
  const at = context.linePositions?.[index];
  return at
    ? { page: at.page, lineFrom: at.line, pageTo: at.page, lineTo: at.line }
    : region.source;
}

/** Which period column holds the latest figure: the one ending last, else the rightmost. */
function latestColumn(meanings: ColumnMeaning[], context: PeriodTableContext): number {
  let best = -1;
  let bestEnd = '';
  meanings.forEach((meaning, column) => {
    if (meaning.kind === 'relative' && meaning.relative === 'latest' && !meaning.count) {
      best = column;
      bestEnd = '9999';
    }
    if (meaning.kind !== 'period' || meaning.count) return;
    const end = periodOf(meaning.label, context)?.end ?? '';
    if (best < 0 || end >= bestEnd) [best, bestEnd] = [column, end];
  });
  return best;
}

/** The count column that goes with a value column: same period with count words, or just after. */
function countColumn(meanings: ColumnMeaning[], column: number): number | null {
  const meaning = meanings[column];
  if (!meaning || (meaning.kind !== 'period' && meaning.kind !== 'relative')) return null;
  const found = meanings.findIndex(
    (other) =>
      other.kind === meaning.kind &&
      other.count &&
      (other.kind === 'period' && meaning.kind === 'period'
        ? other.label === meaning.label
        : other.kind === 'relative' &&
          meaning.kind === 'relative' &&
          other.relative === meaning.relative),
  );
  if (found >= 0) return found;
  return meanings[column + 1]?.kind === 'count' ? column + 1 : null;
}

function rowPolarity(name: string, stated: PolarityValue | null, trend: string): Polarity {
  if (stated) return { value: stated, source: 'stated' };
  return readPolarity({ name, trendText: trend }).polarity;
}

function readColumnsTable(
  region: DashboardRegion,
  located: Located,
  context: PeriodTableContext,
): DashboardReading {
  const completed = completeHeader(
    located.header,
    region.lines.slice(located.index + 1, located.index + 3).map(cellsOf),
  );
  const header = completed.header;
  const meanings = header.map(columnMeaning);
  const index = located.index + completed.used;
  const periodContext = context.reportPeriodLabel ?? null;
  const latest = latestColumn(meanings, context);
  const at = (kind: ColumnMeaning['kind']): number => meanings.findIndex((m) => m.kind === kind);
  const names = meanings.flatMap((m, column) => (m.kind === 'name' ? [column] : []));
  const refs = meanings.flatMap((m, column) => (m.kind === 'ref' ? [column] : []));
  const rows: IndicatorRow[] = [];
  const warnings: string[] = [];
  let theme: string | null = null;
  const headerKey = located.header.join('|').toLowerCase();
  let last: { row: IndicatorRow; ref: string; name: string } | null = null;
  region.lines.slice(index + 1).forEach((line, offset) => {
    const cells = separateCells(cellsOf(line));
    const filled = cells.filter(Boolean);
    if (filled.length === 0 || cellsOf(line).join('|').toLowerCase() === headerKey) return;
    const lineIndex = index + 1 + offset;
    if (!isDataRow(cells)) {
      if (last && continuesRow(cells, last.name)) {
        carryOn(last, cells);
        last.row.source = { ...last.row.source, ...lineTo(sourceAt(region, context, lineIndex)) };
      } else if (filled.length === 1) {
        theme = cleanPrintedName(filled[0] ?? '');
        last = null;
      }
      return;
    }
    const cell = (column: number): string => (column < 0 ? '' : (cells[column] ?? ''));
    const nameText = names.map(cell).filter(Boolean).join(' ');
    const ref = refs.map(cell).filter(Boolean).join(' ');
    const name = cleanPrintedName([ref, nameText].filter(Boolean).join(' '));
    const row = blankRow(name, sourceAt(region, context, lineIndex), periodContext);
    const printed: Partial<Record<ColumnRole, string>> = { name };
    const themeCell = cell(at('theme'));
    row.theme = themeCell ? cleanPrintedName(themeCell) : theme;
    row.topic = row.theme;
    const trendText = cell(at('trend'));
    const stated = polarityCell(cell(at('polarity')));
    row.polarity = rowPolarity(name, stated, trendText);
    const targetText = cell(at('target'));
    row.target = targetText ? parseTarget(targetText, row.polarity.value) : null;
    if (row.polarity.value === 'unknown' && row.target && row.target.op !== '=') {
      row.polarity = { value: row.target.op.startsWith('>') ? 'high' : 'low', source: 'inferred' };
    }
    row.rag = parseRag(cell(at('rag')));
    row.quartile = parseQuartile(cell(at('quartile')));
    const neighbour = parseIndicatorValue(cell(at('neighbour')));
    row.neighbourAverage = neighbour.value === null ? null : neighbour;
    row.statedTrend = trendText || null;
    row.trend = trendText ? parseTrendWord(trendText) : null;
    row.frequency = cell(at('frequency')) || null;
    if (targetText) printed.target = targetText;
    if (row.statedTrend) printed.trend = row.statedTrend;
    if (cell(at('rag'))) printed.rag = cell(at('rag'));
    const values: PeriodValue[] = [];
    meanings.forEach((meaning, column) => {
      if ((meaning.kind !== 'period' && meaning.kind !== 'relative') || meaning.count) return;
      const text = cell(column);
      if (!text) return;
      const figure = parseIndicatorValue(text);
      const counted = countColumn(meanings, column);
      const count = counted === null ? null : parseIndicatorValue(cell(counted)).value;
      const isLatest = column === latest;
      values.push({
        ...figure,
        count: figure.count ?? (count !== null && Number.isInteger(count) ? count : null),
        periodLabel: meaning.kind === 'period' ? meaning.label : null,
        column: meaning.kind === 'relative' ? meaning.relative : isLatest ? 'latest' : 'previous',
      });
    });
    if (!name || values.every((value) => value.value === null && !value.text)) {
      warnings.push(
        `could not read the row "${filled.join(' | ')}" of the table "${region.title ?? 'untitled'}"`,
      );
      return;
    }
    row.values = values;
    row.printed = printed;
    rows.push(row);
    last = { row, ref, name: nameText };
  });
  return { rows, warnings };
}

/** The end of a source range, to extend a row over its continuation lines. */
function lineTo(source: SourceRange): Pick<SourceRange, 'pageTo' | 'lineTo'> {
  return { pageTo: source.pageTo, lineTo: source.lineTo };
}

/**
 * A continuation line's words finish the row's code and name; its bracketed counts are the
 * counts of the row's figures, in order.
 */
function carryOn(last: { row: IndicatorRow; ref: string; name: string }, cells: string[]): void {
  const { code, rest } = codeFragment(cells);
  if (code) last.ref = [last.ref, code].filter(Boolean).join(' ');
  const words = rest.filter((cell) => !isCountCell(cell)).join(' ');
  if (words) last.name = [last.name, words].filter(Boolean).join(' ');
  const name = cleanPrintedName([last.ref, last.name].filter(Boolean).join(' '));
  last.row.name = name;
  last.row.printed = { ...last.row.printed, name };
  const counts = cells.filter(isCountCell).map((cell) => Number(cell.replace(/[^\d]/g, '')));
  const open = last.row.values.filter((value) => value.value !== null && value.count === null);
  counts.forEach((count, position) => {
    const value = open[position];
    if (value) value.count = count;
  });
}

function readRowsTable(
  region: DashboardRegion,
  located: { header: string[]; index: number },
  context: PeriodTableContext,
): DashboardReading {
  const { header, index } = located;
  const body = region.lines.slice(index + 1).map(cellsOf);
  const periods = body.map((cells) => cells[0] ?? '');
  const ends = periods.map((label) => periodOf(label, context)?.end ?? '');
  const latest = ends.reduce((best, end, row) => (end >= (ends[best] ?? '') ? row : best), 0);
  const rows: IndicatorRow[] = [];
  header.forEach((title, column) => {
    if (column === 0 || !/[a-z]{3}/i.test(title)) return;
    const name = cleanPrintedName(title);
    const row = blankRow(name, region.source, context.reportPeriodLabel ?? null);
    row.polarity = rowPolarity(name, null, '');
    body.forEach((cells, line) => {
      const text = cells[column] ?? '';
      const label = periods[line] ?? '';
      if (!text || !ends[line]) return;
      row.values.push({
        ...parseIndicatorValue(text),
        periodLabel: label,
        column: line === latest ? 'latest' : 'previous',
      });
    });
    if (row.values.some((value) => value.value !== null)) rows.push(row);
  });
  return { rows, warnings: [] };
}

/**
 * Reads one table region whose header names periods; null when it has no such header (the
 * older latest/previous dashboard reader, or no reader, takes it then).
 */
export function readPeriodTable(
  region: DashboardRegion,
  context: PeriodTableContext = {},
): DashboardReading | null {
  const columns = findPeriodHeader(region.lines);
  if (columns) return readColumnsTable(region, columns, context);
  const rows = findRowPeriodHeader(region.lines);
  if (rows) return readRowsTable(region, rows, context);
  return null;
}
