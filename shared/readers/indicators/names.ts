// Indicator names are reworded, abbreviated and truncated from one pack to the next ("Re-referrals
// to CSC within 12 mths", "% re-referrals to children's Social Care within 12 months"): this file
// reduces a name to comparable words and scores how alike two names are.

const MEASURE_WORDS =
  /^(?:(?:the|a|an)\s+)?(?:%|percentage|per cent|percent|proportion|number|no\.?|rate|count|total|level)(?:\s+of\b)?\s*/i;

const ABBREVIATIONS: Record<string, string> = {
  mths: 'months',
  mth: 'month',
  yrs: 'years',
  yr: 'year',
  qtr: 'quarter',
  csc: 'childrens social care',
  cpp: 'child protection plan',
  eet: 'education employment training',
  neet: 'not in education employment training',
  ehcp: 'education health care plan',
  ehcps: 'education health care plan',
  sen: 'special educational needs',
  send: 'special educational needs disabilities',
  cfws: 'children families wellbeing service',
  feee: 'free early education entitlement',
  cic: 'children in care',
  lac: 'looked after children',
  ehe: 'electively home educated',
  fte: 'first time entrants',
  ytd: 'year to date',
};

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
};

const STOP_WORDS = new Set(
  'a an and are at by for from had has have in into is of on or the their to was were which who with within'.split(
    ' ',
  ),
);

/** Removes what a line wrap or a truncated cell leaves behind: doubled spaces, "…", a full stop. */
export function cleanPrintedName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (?=[a-z])/g, '$1-')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s*(?:…|\.\.\.)$/, '')
    .replace(/[.;:,]$/, '')
    .trim();
}

/**
 * A name reduced for matching: lower case, measure words ("% of", "The percentage of") and
 * bracketed qualifiers ("(low = good)", an unclosed "(at end of") dropped, abbreviations spelt out.
 */
export function normaliseIndicatorName(name: string): string {
  let text = cleanPrintedName(name)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\([^()]*$/, ' ')
    .replace(/^[\w\s]{0,40}?\s-\s/, (prefix) => (prefix.split(' ').length <= 4 ? '' : prefix));
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(MEASURE_WORDS, '').trim();
  }
  return text
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, 's')
    .replace(/'/g, '')
    .replace(/(\d)\s*\+/g, '$1 plus')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => ABBREVIATIONS[word] ?? NUMBER_WORDS[word] ?? word)
    .join(' ')
    .trim();
}

/** "2 year olds" and "2 and 3 year olds" share most words but are different measures. */
const NUMBERS_DIFFER = 0.8;

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Names already reduced to their content words: an import compares each printed name with every
 * alias in the catalogue, so the same names are reduced again and again. Bounded; never mutated.
 */
const knownContentWords = new Map<string, readonly string[]>();
const MAX_KNOWN_NAMES = 20_000;

function contentWords(name: string): readonly string[] {
  const known = knownContentWords.get(name);
  if (known) return known;
  const words = normaliseIndicatorName(name)
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map(stem);
  if (knownContentWords.size >= MAX_KNOWN_NAMES) knownContentWords.clear();
  knownContentWords.set(name, words);
  return words;
}

/**
 * How alike two indicator names are, 0–1: the share of content words they have in common, and a
 * near-full score when one is a cut-short start of the other; less when their numbers differ.
 */
export function nameSimilarity(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const setB = new Set(wordsB);
  const setA = new Set(wordsA);
  const shared = [...setA].filter((word) => setB.has(word)).length;
  const numbersA = [...setA]
    .filter((word) => /^\d/.test(word))
    .sort()
    .join(' ');
  const numbersB = [...setB]
    .filter((word) => /^\d/.test(word))
    .sort()
    .join(' ');
  const numbersDiffer = numbersA !== '' && numbersB !== '' && numbersA !== numbersB;
  const dice = ((2 * shared) / (setA.size + setB.size)) * (numbersDiffer ? NUMBERS_DIFFER : 1);
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const truncated =
    shorter.length >= 4 && shorter.every((word, index) => longer[index] === word) ? 0.9 : 0;
  return Math.max(dice, numbersDiffer ? 0 : truncated);
}
