// Says what each column of a performance table holds from its header words alone, in any council's
// wording: a period ("Q2 2023/24 Result", "Apr-23", "2022/23 Outturn", "As at 31 March 2023"), a
// relative period ("Previous quarter", "Same quarter last year"), or a role such as target or RAG.
import { parsePeriod } from '../../periods';

export type Relative = 'latest' | 'previous' | 'same-last-year';

export type ColumnMeaning =
  | { kind: 'period'; label: string; count: boolean }
  | { kind: 'relative'; relative: Relative; count: boolean }
  | {
      kind:
        | 'ref'
        | 'name'
        | 'theme'
        | 'target'
        | 'floor'
        | 'rag'
        | 'trend'
        | 'polarity'
        | 'benchmark'
        | 'neighbour'
        | 'quartile'
        | 'commentary'
        | 'frequency'
        | 'count'
        | 'unit';
    }
  | { kind: 'unknown' };

/** Tried in order, the more specific first: "Q2 Target" is a target, not a period. */
const ROLE_WORDS: Array<
  [Exclude<ColumnMeaning['kind'], 'period' | 'relative' | 'unknown'>, RegExp]
> = [
  ['commentary', /comment|narrative|explanation|notes?$|remarks|context|actions?\b|update$/i],
  ['floor', /\bfloor\b|threshold|tolerance|minimum standard|intervention level/i],
  ['target', /target|aim$|standard$/i],
  ['quartile', /quartile/i],
  ['neighbour', /neighbour|comparator|\bsn\b/i],
  ['benchmark', /national|england|regional|benchmark|\bavg\b|average$|\bwales\b|scotland/i],
  ['rag', /\brag\b|status|rating|red.?amber.?green|^performance$/i],
  ['trend', /trend|direction|travel|^dot$|^d\.o\.t\.?$|compared (?:to|with)|^change$|^movement$/i],
  [
    'polarity',
    /polarity|good is|better is|^aim is|higher or lower|high or low|good performance is/i,
  ],
  ['frequency', /frequency|how often|^reported$|^period type$/i],
  [
    'ref',
    /^(?:ref(?:erence)?\.?|code|pi(?: ref| code| no\.?)?|kpi (?:ref|no\.?|code)|id|no\.?|measure (?:ref|code|no\.?)|indicator (?:ref|code|no\.?))$/i,
  ],
  ['unit', /^units?$|^measure type$/i],
  [
    'theme',
    /^(?:theme|service area|area|service|directorate|portfolio|priority|outcome|ambition|objective)s?$/i,
  ],
  ['name', /indicator|measure|^kpi|description|^name$|metric|^title$|^pi$|performance indicator/i],
];

const COUNT_WORDS = /\b(?:count|number|no\.?|numerator|n)$|^(?:count|number|no\.?|numerator)\b/i;
const VALUE_WORDS =
  /\b(?:result|results|outturn|out-turn|actual|actuals|performance|value|figure|data|position|ytd|year to date|%|rate|score|level|cumulative)\b/gi;

const RELATIVE: Array<[Relative, RegExp]> = [
  [
    'same-last-year',
    /same (?:quarter|period|month|time) (?:last|previous|prior) year|last year'?s? same/i,
  ],
  [
    'previous',
    /^(?:previous|prior|last|preceding)(?: (?:quarter|period|month|update|reported))?$/i,
  ],
  [
    'latest',
    /^(?:latest|current|this|most recent)(?: (?:quarter|period|month|update|reported))?$/i,
  ],
];

/** "As at 31 March 2023" → "March 2023": a snapshot date read as its month. */
function withoutDay(text: string): string {
  return text
    .replace(/^(?:as at|as of|at)\s+/i, '')
    .replace(/^(?:\d{1,2}(?:st|nd|rd|th)?\s+)(?=[a-z])/i, '');
}

/** The period a header names, once value words ("Result", "Outturn") are set aside; else null. */
export function headerPeriod(text: string): string | null {
  const stripped = withoutDay(text.replace(VALUE_WORDS, ' ').replace(/[()*:%]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  if (!stripped) return null;
  // Only to tell whether it is a period: a bare "Q1" is settled later against the report.
  return parsePeriod(stripped, { meetingDate: '2000-06-01' }) ? stripped : null;
}

/** What one header cell names. */
export function columnMeaning(header: string): ColumnMeaning {
  const text = header.replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'unknown' };
  const count = COUNT_WORDS.test(text.replace(/[()]/g, ' ').trim());
  for (const [relative, pattern] of RELATIVE) {
    const bare = text.replace(VALUE_WORDS, ' ').replace(/\s+/g, ' ').trim();
    if (pattern.test(bare) || (relative === 'same-last-year' && pattern.test(text))) {
      return { kind: 'relative', relative, count };
    }
  }
  for (const [kind, pattern] of ROLE_WORDS) {
    if (kind === 'name' || kind === 'theme' || kind === 'ref') continue;
    if (pattern.test(text)) return { kind };
  }
  const label = headerPeriod(text.replace(COUNT_WORDS, ' '));
  if (label) return { kind: 'period', label, count };
  for (const [kind, pattern] of ROLE_WORDS) {
    if ((kind === 'name' || kind === 'theme' || kind === 'ref') && pattern.test(text)) {
      return { kind };
    }
  }
  if (/^(?:count|number|no\.?|numerator|denominator|\(n\))$/i.test(text)) return { kind: 'count' };
  return { kind: 'unknown' };
}

/** Whether a header's columns make a table of indicator values: a name and some period columns. */
export function isPeriodHeader(meanings: ColumnMeaning[]): boolean {
  const periods = meanings.filter(
    (m) => (m.kind === 'period' || m.kind === 'relative') && !m.count,
  );
  return periods.length >= 1 && meanings.some((m) => m.kind === 'name' || m.kind === 'ref');
}
