// Finds a dashboard's header row and says what each column holds from its words (with synonyms),
// never from its position, and tells what kind of thing a printed cell looks like.
import { isNoFigure, parseIndicatorValue, parseQuartile, parseRag, parseTrendWord } from './values';
import type { ColumnRole } from './types';

/** Tried in order: the more specific wordings first ("previous period" before "period"). */
const HEADER_WORDS: Array<[ColumnRole, RegExp]> = [
  ['quartile', /quartile|national benchmark|benchmark position/i],
  ['neighbour', /neighbour|comparator average|statistical/i],
  ['rag', /\brag\b|^status|^rating$|red.?amber.?green/i],
  ['target', /target|threshold|tolerance/i],
  ['trend', /trend|compared (?:to|with) previous|direction|travel|^dot$/i],
  ['change', /^change$|^polarity|improv|^change in performance/i],
  ['frequency', /frequency|how often|^reported$/i],
  ['previousPeriod', /(?:previous|prior|last|earlier|comparison)\s+(?:period|quarter|update)/i],
  [
    'previousValue',
    /(?:previous|prior|last|earlier|comparison)\s+(?:value|figure|result|data)|^(?:previous|prior|last quarter|previous quarter)$/i,
  ],
  [
    'latestPeriod',
    /(?:latest|current|this|reporting)\s+(?:period|quarter|update)|^period$|^as at$/i,
  ],
  [
    'latestValue',
    /(?:latest|current|this)\s+(?:value|figure|result|performance|data)|^value$|^actual$|^figure$|^result$|^(?:latest|current|this quarter|this period)$/i,
  ],
  ['theme', /^theme|^service area$|^area$|^service$/i],
  ['topic', /^topic|^priority|^outcome|^ambition/i],
  ['name', /indicator|measure|^kpi|^description$|^name$|^metric/i],
];

/** What one header cell names, or null when its words are not a dashboard column. */
export function headerRole(text: string): ColumnRole | null {
  const cleaned = text.replace(/[*:]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  for (const [role, pattern] of HEADER_WORDS) if (pattern.test(cleaned)) return role;
  return null;
}

const VALUE_ROLES: ColumnRole[] = ['previousValue', 'latestValue'];

export interface DashboardHeader {
  /** The role of each column by index (null for columns whose header says nothing known). */
  roles: Array<ColumnRole | null>;
  /** How many lines the header takes (a header can wrap onto a second tabbed line). */
  lineCount: number;
}

export function cellsOf(line: string): string[] {
  return line.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim());
}

function rolesOf(cells: string[]): Array<ColumnRole | null> {
  return cells.map(headerRole);
}

function isIndicatorHeader(roles: Array<ColumnRole | null>): boolean {
  const known = new Set(roles.filter((role): role is ColumnRole => role !== null));
  return known.size >= 3 && VALUE_ROLES.some((role) => known.has(role));
}

/**
 * Reads the header of a dashboard from its first lines: the cells of a wrapped second header line
 * join the first ("Previous" over "Value"); an unlabelled first column is the indicator name.
 */
export function findHeader(lines: string[]): { header: DashboardHeader; index: number } | null {
  for (let index = 0; index < Math.min(lines.length, 4); index += 1) {
    const cells = cellsOf(lines[index] ?? '');
    const next = lines[index + 1];
    const nextCells = next === undefined ? [] : cellsOf(next);
    const wraps =
      nextCells.length > 0 &&
      nextCells.some((cell) => cell && headerRole(cell) !== null) &&
      nextCells.every(
        (cell) => !cell || (headerRole(cell) !== null && cell.split(' ').length <= 4),
      );
    const joined = wraps
      ? Array.from({ length: Math.max(cells.length, nextCells.length) }, (_, column) =>
          [cells[column] ?? '', nextCells[column] ?? ''].filter(Boolean).join(' '),
        )
      : cells;
    const roles = rolesOf(joined);
    const withWrap = roles.map((role, column) =>
      wraps && (cells[column] ?? '') === '' ? headerRole(nextCells[column] ?? '') : role,
    );
    if (!isIndicatorHeader(withWrap)) continue;
    if (!withWrap.includes('name') && (joined[0] ?? '') === '') withWrap[0] = 'name';
    if (!withWrap.includes('name')) continue;
    return { header: { roles: withWrap, lineCount: wraps ? 2 : 1 }, index };
  }
  return null;
}

export type CellKind =
  | 'empty'
  | 'none'
  | 'frequency'
  | 'period'
  | 'figure'
  | 'target'
  | 'rag'
  | 'trend'
  | 'change'
  | 'text';

const FREQUENCY =
  /^(?:quarter(?:ly)?|term(?:ly)?|annual(?:ly)?|year(?:ly)?|month(?:ly)?|weekly|ytd|year to date|rolling(?: \d+ months| year)?|last mth of qtr|last month of (?:the )?quarter|academic year|financial year|calendar year|census)$/i;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const YEAR = String.raw`(?:\d{4}(?:[/-]\d{2,4})?|\d{2}(?:/\d{2})?)`;
const PERIOD = new RegExp(
  [
    String.raw`^(?:q|quarter\s?)[1-4](?:,?\s+${YEAR})?$`,
    String.raw`^${YEAR}\s+(?:q|quarter\s?)[1-4]$`,
    String.raw`^(?:spring|summer|autumn|winter)(?:\s+(?:term|census))*(?:\s+${YEAR})?(?:\s+(?:term|census))?$`,
    String.raw`^${MONTH}\s+${YEAR}$`,
    String.raw`^(?:${MONTH}\s*[-–]\s*${MONTH}\s+${YEAR})$`,
    String.raw`^(?:year to|ytd|rolling(?: 12 months)? to)\s+.+$`,
    String.raw`^\d{4}(?:/\d{2,4})?$`,
  ].join('|'),
  'i',
);

/** Whether a cell reads as a period label as printed ("Q3 2021/22", "Q1", "Autumn 2021"). */
export function isPeriodLabel(text: string): boolean {
  return PERIOD.test(text.trim());
}

/** What a cell looks like, judged from its text alone. */
export function cellKind(text: string): CellKind {
  const cell = text.trim();
  if (!cell) return 'empty';
  if (isNoFigure(cell)) return 'none';
  if (FREQUENCY.test(cell)) return 'frequency';
  if (isPeriodLabel(cell) && !/^\d{1,3}$/.test(cell)) return 'period';
  if (parseRag(cell) !== null) return 'rag';
  if (/^(?:>=|<=|≥|≤|>|<)\s*\d/.test(cell)) return 'target';
  if (parseIndicatorValue(cell).value !== null) return 'figure';
  if (parseTrendWord(cell) !== null) return 'trend';
  if (/^(?:positive|negative)$/i.test(cell)) return 'change';
  return 'text';
}

/** How well a cell fits a column: 2 a good fit, about 0 neutral (blank, "N/A"), -2 a misfit. */
export function fit(role: ColumnRole, cell: string): number {
  const kind = cellKind(cell);
  if (kind === 'empty') return 0.1;
  if (fits(role, kind, cell)) return 2;
  if (kind === 'none') return role === 'name' || role === 'topic' || role === 'theme' ? -2 : 0.5;
  return -2;
}

function fits(role: ColumnRole, kind: CellKind, cell: string): boolean {
  switch (role) {
    case 'topic':
    case 'theme':
    case 'name':
      return kind === 'text' || kind === 'trend';
    case 'frequency':
      return kind === 'frequency' || kind === 'text';
    case 'previousPeriod':
    case 'latestPeriod':
      return kind === 'period';
    case 'previousValue':
    case 'latestValue':
    case 'neighbour':
      return parseIndicatorValue(cell).value !== null;
    case 'trend':
      return kind === 'trend';
    case 'change':
      return kind === 'change' || kind === 'trend';
    case 'target':
      return kind === 'target' || kind === 'figure';
    case 'rag':
      return kind === 'rag';
    case 'quartile':
      return parseQuartile(cell) !== null;
  }
}
