// Text-quote anchors (after the W3C Web Annotation TextQuoteSelector): the exact words a member
// pointed at, with a little text either side, so the same words can be found again when a revised
// pack renumbers, reorders or lightly rewords its paragraphs. Pure functions over plain strings.

export interface TextQuote {
  /** The exact words pointed at. */
  quote: string;
  /** Up to `contextLength` characters just before the quote. */
  prefix: string;
  /** Up to `contextLength` characters just after the quote. */
  suffix: string;
  /** Where the quote started in the text it was taken from (a hint, not a requirement). */
  start: number;
}

export interface Candidate {
  id: number;
  text: string;
}

export interface FoundQuote {
  id: number;
  start: number;
  /** 'exact' when the words are there as written; 'fuzzy' when they were lightly reworded. */
  match: 'exact' | 'fuzzy';
}

export const contextLength = 32;
/** A whole-paragraph anchor keeps at most this much of the paragraph as its quote. */
export const longestQuote = 300;
/** How alike reworded words must be (share of words in common) to count as the same passage. */
export const fuzzyThreshold = 0.75;

/** Makes an anchor for text[start, end); the whole text (up to longestQuote) when no range. */
export function quoteOf(
  text: string,
  start = 0,
  end = Math.min(text.length, longestQuote),
): TextQuote {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return {
    quote: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - contextLength), from),
    suffix: text.slice(to, to + contextLength),
    start: from,
  };
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every index where `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** How many characters of context agree, read outwards from the quote. */
function contextScore(text: string, at: number, anchor: TextQuote, length: number): number {
  let score = 0;
  const before = squash(text.slice(Math.max(0, at - contextLength * 2), at));
  const prefix = squash(anchor.prefix);
  while (score < prefix.length && before.endsWith(prefix.slice(prefix.length - score - 1))) score++;
  const after = squash(text.slice(at + length, at + length + contextLength * 2));
  const suffix = squash(anchor.suffix);
  let suffixScore = 0;
  while (suffixScore < suffix.length && after.startsWith(suffix.slice(0, suffixScore + 1))) {
    suffixScore++;
  }
  return score + suffixScore;
}

/** Maps an index in the squashed text back to the original text. */
function originalIndex(text: string, squashedIndex: number): number {
  let squashed = 0;
  let inSpace = true; // leading space is trimmed away
  for (let index = 0; index < text.length; index++) {
    const space = /\s/.test(text[index]!);
    if (space) {
      if (!inSpace) {
        if (squashed === squashedIndex) return index;
        squashed++;
      }
      inSpace = true;
      continue;
    }
    if (squashed === squashedIndex) return index;
    squashed++;
    inSpace = false;
  }
  return text.length;
}

const wordsOf = (text: string): string[] => squash(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of words two passages have in common (Dice coefficient over word multisets). */
export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** The best window of `candidate` for the quote's words, and how alike it is. */
function bestWindow(quoteWords: string[], text: string): { similarity: number; start: number } {
  const words = [...squash(text).matchAll(/[\p{L}\p{N}]+/gu)];
  const size = quoteWords.length;
  let best = { similarity: 0, start: 0 };
  const sizes = [size, size - 1, size + 1].filter((each) => each > 0);
  for (const width of sizes) {
    for (let from = 0; from + width <= Math.max(words.length, width); from++) {
      const window = words.slice(from, from + width).map((match) => match[0]);
      const similarity = wordSimilarity(quoteWords, window);
      if (similarity > best.similarity) {
        best = { similarity, start: originalIndex(text, words[from]?.index ?? 0) };
      }
    }
  }
  return best;
}

/**
 * Finds the anchor's words again among the candidates: exactly (space and case aside) first, with
 * the prefix and suffix choosing between several places and the candidate `preferId` winning a
 * tie; otherwise the passage sharing the most words, if it shares at least fuzzyThreshold of them.
 * Returns null when the words are gone.
 */
export function findQuote(
  candidates: Candidate[],
  anchor: TextQuote,
  preferId: number | null = null,
): FoundQuote | null {
  const quote = squash(anchor.quote);
  if (quote.length === 0) return null;
  let best: { found: FoundQuote; score: number } | null = null;
  for (const candidate of candidates) {
    const text = squash(candidate.text);
    for (const at of occurrences(text, quote)) {
      const score =
        contextScore(text, at, anchor, quote.length) * 4 +
        (candidate.id === preferId ? 2 : 0) -
        Math.min(1, Math.abs(at - anchor.start) / 1000);
      if (!best || score > best.score) {
        best = {
          found: { id: candidate.id, start: originalIndex(candidate.text, at), match: 'exact' },
          score,
        };
      }
    }
  }
  if (best) return best.found;
  const quoteWords = wordsOf(anchor.quote);
  let fuzzy: { found: FoundQuote; similarity: number } | null = null;
  for (const candidate of candidates) {
    const window = bestWindow(quoteWords, candidate.text);
    const similarity = window.similarity + (candidate.id === preferId ? 0.001 : 0);
    if (window.similarity >= fuzzyThreshold && (!fuzzy || similarity > fuzzy.similarity)) {
      fuzzy = { found: { id: candidate.id, start: window.start, match: 'fuzzy' }, similarity };
    }
  }
  return fuzzy?.found ?? null;
}
