// Turns the raw text of a pack into numbered lines the other parsers can trust: emphasis markers
// stripped, page furniture (blank-page notices, page numbers, running headers) dropped.

import type { PackLine, SourceRange } from '../../../../shared/agenda-pack';

const BLANK_PAGE_NOTICE = /^this page (is )?(intentionally|deliberately) (left )?blank\.?$/i;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?$/i;

/** Splits one text into pages at form feeds (what pdftotext writes between pages). */
export function splitPages(text: string): string[] {
  return text.split('\f');
}

/** Removes markdown bold/italic and HTML underline markers that text conversions leave in. */
export function stripEmphasis(text: string): string {
  return text
    .replace(/<\/?u>/gi, '')
    .replace(/([a-z0-9.,;:)])\*\*(?=[A-Z])/g, '$1 ')
    .replace(/\*\*/g, '')
    .replace(/(^|[\s'‘(])\*(\S[^*]*\S)\*(?=[\s'’).,;:]|$)/g, '$1$2');
}

function cleanLine(raw: string): string {
  return stripEmphasis(raw.replace(/\u00a0/g, ' '))
    .replace(/[ ]+$/g, '')
    .replace(/^\s+$/, '');
}

/** A line's furniture key: digits folded so "Page 4" and "Page 5" count as the same header. */
function furnitureKey(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, '#');
}

/** Lines that open or close most pages of a long pack (running headers and footers). */
function runningFurniture(pages: string[][]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < 3) return repeated;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const content = page.filter((text) => text.trim() !== '');
    const edges = new Set([...content.slice(0, 2), ...content.slice(-2)].map(furnitureKey));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  for (const [key, count] of counts) if (count >= threshold && key.length < 120) repeated.add(key);
  return repeated;
}

/**
 * Normalises pages into lines. Furniture lines become gaps ('') so line numbers still match the
 * input; a lone number is treated as a page number only at the top or bottom of a page.
 */
export function normalisePages(pages: string[]): PackLine[] {
  const split = pages.map((page) => page.split(/\r\n|\r|\n/).map(cleanLine));
  const repeated = runningFurniture(split);
  const lines: PackLine[] = [];
  split.forEach((pageLines, pageIndex) => {
    const contentIndexes = pageLines.flatMap((text, index) => (text.trim() ? [index] : []));
    const edges = new Set([...contentIndexes.slice(0, 1), ...contentIndexes.slice(-1)]);
    pageLines.forEach((text, index) => {
      const trimmed = text.trim();
      const furniture =
        BLANK_PAGE_NOTICE.test(trimmed) ||
        (edges.has(index) && PAGE_NUMBER.test(trimmed)) ||
        (trimmed !== '' && repeated.has(furnitureKey(trimmed)));
      lines.push({ page: pageIndex + 1, line: index + 1, text: furniture ? '' : text });
    });
  });
  return lines;
}

/** The source range covering lines[from..to] (inclusive indexes into a PackLine array). */
export function sourceOf(lines: PackLine[], from: number, to: number): SourceRange {
  const first = lines[Math.max(0, Math.min(from, lines.length - 1))];
  const last = lines[Math.max(0, Math.min(Math.max(from, to), lines.length - 1))];
  return {
    page: first?.page ?? 1,
    lineFrom: first?.line ?? 1,
    pageTo: last?.page ?? first?.page ?? 1,
    lineTo: last?.line ?? first?.line ?? 1,
  };
}

/** A paragraph of the pack: consecutive non-empty lines, with where they sit in the line array. */
export interface TextBlock {
  text: string;
  /** The lines as printed, trimmed, in order. */
  lines: string[];
  from: number;
  to: number;
}

const LIST_MARKER = /^(-|•|\u2022|\(?[a-z]{1,4}[.)]\s|\(\d+\)|\d+(\.\d+)*\.?\s)/i;
const SENTENCE_END = /[.:;!?]["'’”)]?$/;

/** Whether a line that follows a gap carries on the sentence before it (a PDF page or column break). */
function continuesAfterGap(previous: TextBlock, next: string): boolean {
  if (LIST_MARKER.test(next) || SENTENCE_END.test(previous.text)) return false;
  if (/^[a-z]/.test(next)) return true;
  const longParagraphCutShort = previous.text.length > 150 && /[a-z,]$/.test(previous.text);
  return longParagraphCutShort && /^[A-Z]/.test(next) && next.length > 70;
}

/**
 * Groups lines[from..to) into blocks: a block ends at a gap; a block that starts in lower case
 * after an unfinished sentence is joined to the one before (a paragraph split by a page break).
 */
export function blocksOf(lines: PackLine[], from = 0, to = lines.length): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let gapBefore = false;
  for (let index = from; index < to; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (!text) {
      gapBefore = true;
      continue;
    }
    const previous: TextBlock | undefined = blocks[blocks.length - 1];
    if (current && !gapBefore) {
      current.lines.push(text);
      current.text = `${current.text} ${text}`;
      current.to = index;
    } else if (previous && continuesAfterGap(previous, text)) {
      current = previous;
      current.lines.push(text);
      current.text = `${current.text} ${text}`;
      current.to = index;
    } else {
      current = { text, lines: [text], from: index, to: index };
      blocks.push(current);
    }
    gapBefore = false;
  }
  return blocks;
}

/** Joins hard-wrapped fragments into one line of text, tidying spaces. */
export function joinWrapped(fragments: string[]): string {
  return fragments
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
