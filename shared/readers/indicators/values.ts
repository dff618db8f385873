// Reads the figures and words printed in dashboard cells ("27.3% (39)", ">97.2%", "A", "Higher
// (low is good)") into plain values, keeping the printed text whenever there is no figure.
import type { Target } from '../../../../shared/indicator-series';
import type { ChangeWord, IndicatorValue, PolarityValue, Rag, TrendWord } from './types';

const NUMBER = String.raw`[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-−]?\.\d+`;
const FIGURE = new RegExp(
  String.raw`^[£$]?(${NUMBER})\s*(%|per\s?cent\b|percent\b)?\s*(?:\(\s*(${NUMBER})\s*\))?\s*(per\s+[\d,]+(?:\s.*)?|:\s*(${NUMBER}))?\s*\*?$`,
  'i',
);
const NO_FIGURE =
  /^(?:n\/?a|-+|–|—|\.|nil|none|not (?:available|applicable|reported|published)\b.*|tbc|tbd|\*+|x|\.\.)$/i;

function toNumber(text: string): number {
  return Number(text.replace(/,/g, '').replace('−', '-'));
}

/** Whether the cell says there is no figure ("N/A", "n/a", "Not available this quarter", "-"). */
export function isNoFigure(text: string): boolean {
  return NO_FIGURE.test(text.trim());
}

/** Reads one printed figure; anything that is not a figure keeps its text with a null value. */
export function parseIndicatorValue(text: string): IndicatorValue {
  const printed = text.replace(/\s+/g, ' ').trim();
  const match = FIGURE.exec(printed);
  if (!match || !match[1]) return { value: null, count: null, unit: null, text: printed };
  const first = toNumber(match[1]);
  const count = match[3] === undefined ? null : toNumber(match[3]);
  if (match[5] !== undefined) {
    const second = toNumber(match[5]);
    return { value: second === 0 ? null : first / second, count, unit: 'ratio', text: printed };
  }
  const unit = match[2] ? 'percent' : match[4] ? 'rate' : 'number';
  return { value: first, count: Number.isInteger(count) ? count : null, unit, text: printed };
}

const TARGET = new RegExp(String.raw`^(>=|<=|≥|≤|=>|=<|>|<|=)?\s*(${NUMBER})\s*%?\s*\*?$`);

/**
 * Reads a printed target. ">97.2%" and "<20.8%" carry their own direction; a bare "90%" takes it
 * from the indicator's polarity (at least 90% when high is good, at most when low is good).
 */
export function parseTarget(text: string, polarity: PolarityValue = 'unknown'): Target | null {
  const match = TARGET.exec(text.replace(/\s+/g, ' ').trim());
  if (!match || !match[2]) return null;
  const value = toNumber(match[2]);
  const printedOp = match[1];
  if (printedOp === '>' || printedOp === '<' || printedOp === '=') return { op: printedOp, value };
  if (printedOp === '>=' || printedOp === '≥' || printedOp === '=>') return { op: '>=', value };
  if (printedOp === '<=' || printedOp === '≤' || printedOp === '=<') return { op: '<=', value };
  if (polarity === 'high') return { op: '>=', value };
  if (polarity === 'low') return { op: '<=', value };
  return { op: '=', value };
}

const RAG_WORDS: Record<string, Rag> = {
  r: 'red',
  red: 'red',
  a: 'amber',
  amber: 'amber',
  g: 'green',
  green: 'green',
};

/** "Red"/"R", "Amber"/"A", "Green"/"G" in any case; anything else (N/A, blank) is null. */
export function parseRag(text: string): Rag | null {
  return RAG_WORDS[text.trim().toLowerCase().replace(/\.$/, '')] ?? null;
}

const QUARTILE_WORDS: Record<string, number> = {
  top: 1,
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  bottom: 4,
};

/** National benchmark quartile 1–4 ("2", "Q2", "2nd", "Second quartile"); anything else is null. */
export function parseQuartile(text: string): number | null {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/\s*quartile$/, '');
  const digit = /^q?([1-4])$/.exec(cleaned)?.[1];
  if (digit) return Number(digit);
  return QUARTILE_WORDS[cleaned] ?? null;
}

const TREND_PATTERNS: Array<[RegExp, TrendWord]> = [
  [/^(?:increase[ds]?|increasing|higher|up|upward|rise|risen|rising|rose)\b/i, 'increase'],
  [
    /^(?:decrease[ds]?|decreasing|lower|down|downward|fall|fallen|falling|fell|reduced?)\b/i,
    'decrease',
  ],
  [/^(?:similar|no change|unchanged|same|stable|static|level|no significant change)\b/i, 'similar'],
  [/^(?:better|improv(?:ed|ing|ement))\b/i, 'better'],
  [/^(?:worse|declin(?:ed|ing|e)|deteriorat(?:ed|ing|ion))\b/i, 'worse'],
];

/** The trend word at the start of a trend cell ("Higher (low is good)" → increase). */
export function parseTrendWord(text: string): TrendWord | null {
  const trimmed = text.trim();
  for (const [pattern, word] of TREND_PATTERNS) if (pattern.test(trimmed)) return word;
  return null;
}

/** The change column's verdict: "Positive"/"Improved" or "Negative"/"Declined"; else null. */
export function parseChangeWord(text: string): ChangeWord | null {
  const trimmed = text.trim();
  if (/^(?:positive|improv(?:ed|ing|ement)|better)\b/i.test(trimmed)) return 'positive';
  if (/^(?:negative|declin(?:ed|ing|e)|worse|deteriorat(?:ed|ing|ion))\b/i.test(trimmed)) {
    return 'negative';
  }
  return null;
}
