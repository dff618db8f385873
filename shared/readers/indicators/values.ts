// Reads the figures and words printed in dashboard cells ("27.3% (39)", ">97.2%", "A", "Higher
// (low is good)") into plain values, keeping the printed text whenever there is no figure.
import type { Target } from '../../indicator-series';
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

/** "£1.2m", "£350k", "£2bn": a money figure with its multiplier. */
const MONEY = new RegExp(String.raw`^£\s*(${NUMBER})\s*(m|k|bn|million|billion)\b\.?$`, 'i');
const MULTIPLIER: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
/** A unit word after the figure ("12.5 days", "97.4 kg"): the figure is read, the word dropped. */
const UNIT_WORD =
  /\s+(?:days?|weeks?|hours?|hrs|mins?|minutes?|seconds?|kg|tonnes?|people|households|homes|children|cases|visits)\.?$/i;
/** Suppressed small numbers ("<5", "< 10") are printed so as not to identify anyone: no figure. */
const SUPPRESSED = /^[<≤]\s*\d{1,2}$/;

/** Reads one printed figure; anything that is not a figure keeps its text with a null value. */
export function parseIndicatorValue(text: string): IndicatorValue {
  const printed = text.replace(/\s+/g, ' ').trim();
  if (SUPPRESSED.test(printed)) return { value: null, count: null, unit: null, text: printed };
  const money = MONEY.exec(printed);
  if (money?.[1] && money[2]) {
    const value = toNumber(money[1]) * (MULTIPLIER[money[2].toLowerCase()] ?? 1);
    return { value, count: null, unit: 'number', text: printed };
  }
  const match = FIGURE.exec(printed.replace(UNIT_WORD, ''));
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

const TARGET = new RegExp(
  String.raw`^(>=|<=|≥|≤|=>|=<|>|<|=|at least|no (?:less|fewer) than|at most|no more than|under|over|above|below)?\s*[£]?(${NUMBER})\s*%?\s*(\+|or (?:more|above|higher|less|below|lower|fewer))?\s*(?:days?|weeks?)?\s*\*?$`,
  'i',
);
const TARGET_RANGE = new RegExp(
  String.raw`^[£]?(${NUMBER})\s*%?\s*(?:-|–|to)\s*[£]?(${NUMBER})\s*%?$`,
  'i',
);
const AT_LEAST = /^(?:>=|≥|=>|at least|no (?:less|fewer) than)$|^(?:\+|or (?:more|above|higher))$/i;
const AT_MOST = /^(?:<=|≤|=<|at most|no more than)$|^or (?:less|below|lower|fewer)$/i;
const ABOVE = /^(?:>|over|above)$/i;
const BELOW = /^(?:<|under|below)$/i;

/**
 * Reads a printed target. ">97.2%" and "<20.8%" carry their own direction; a bare "90%" takes it
 * from the indicator's polarity (at least 90% when high is good, at most when low is good).
 */
export function parseTarget(text: string, polarity: PolarityValue = 'unknown'): Target | null {
  const printed = text.replace(/\s+/g, ' ').trim();
  const range = TARGET_RANGE.exec(printed);
  if (range?.[1] && range[2]) {
    // A range ("90-95%") is met from its lower end when high is good, its upper end when low is.
    const [low, high] = [toNumber(range[1]), toNumber(range[2])].sort((a, b) => a - b);
    return polarity === 'low' ? { op: '<=', value: high! } : { op: '>=', value: low! };
  }
  const match = TARGET.exec(printed);
  if (!match || !match[2]) return null;
  const value = toNumber(match[2]);
  const printedOp = match[1] ?? match[3] ?? '';
  if (printedOp === '=') return { op: '=', value };
  if (ABOVE.test(printedOp)) return { op: '>', value };
  if (BELOW.test(printedOp)) return { op: '<', value };
  if (AT_LEAST.test(printedOp)) return { op: '>=', value };
  if (AT_MOST.test(printedOp)) return { op: '<=', value };
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
  // Blue is "exceeding target" on the councils that print it: the target is met.
  b: 'green',
  blue: 'green',
  'on track': 'green',
  'on target': 'green',
  achieved: 'green',
  met: 'green',
  'at risk': 'amber',
  'close to target': 'amber',
  'off track': 'red',
  'off target': 'red',
  'not met': 'red',
};

/**
 * "Red"/"R", "Amber"/"A", "Green"/"G" (and Blue, "On track", "Off track") in any case; anything
 * else (N/A, blank) is null.
 */
export function parseRag(text: string): Rag | null {
  return (
    RAG_WORDS[
      text
        .trim()
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/[\s/-]+/g, ' ')
    ] ?? null
  );
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
  [/^(?:worse|worsen(?:ed|ing)?|declin(?:ed|ing|e)|deteriorat(?:ed|ing|ion))\b/i, 'worse'],
  // Direction-of-travel arrows say whether performance improved, not which way the figure moved.
  [/^[↑⇧▲△⬆]$/u, 'better'],
  [/^[↓⇩▼▽⬇]$/u, 'worse'],
  [/^[↔⇔►▶→⟷=]$/u, 'similar'],
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
