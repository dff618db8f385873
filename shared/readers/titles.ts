// Report titles are printed in capitals on the report and in mixed case on the agenda; these
// rules make them readable and say how alike two titles are, so a report finds its agenda item.

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

function isMostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4) return false;
  return letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8;
}

/** "QUARTER 4 2021/22 PERFORMANCE REPORT" → "Quarter 4 2021/22 Performance Report"; mixed case kept. */
export function readableCase(text: string): string {
  if (!isMostlyCapitals(text)) return text;
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, index) => {
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(
        /^([^a-z]*)([a-z])/,
        (_, lead: string, letter: string) => `${lead}${letter.toUpperCase()}`,
      );
    })
    .join('');
}

/** Tidies a printed title: joined spaces, trailing full stop and colon removed, capitals eased. */
export function tidyTitle(text: string): string {
  return readableCase(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.:]+$/, '')
      .trim(),
  );
}

const IGNORED = new Set([...SMALL_WORDS, 'report', 'update', 'the']);

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9/ ]+/g, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 1 && !IGNORED.has(word)),
  );
}

/** How alike two titles are, 0 to 1 (Dice coefficient over their significant words). */
export function titleSimilarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}
