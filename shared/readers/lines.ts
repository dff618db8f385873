// Turns the raw text of a pack into numbered lines the other parsers can trust: emphasis markers
// stripped, page furniture (blank-page notices, page numbers, running headers) dropped.

import { unmarkedBreaks } from './line-breaks';
import type { PackLine, SourceRange } from '../agenda-pack';

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

/** A line opening a numbered paragraph ("6. The Committee …", "2.3 Officers …"). */
const PARAGRAPH_NUMBER = /^\d{1,3}(?:\.\d{1,2})*\.\s+\S|^\d{1,3}(?:\.\d{1,2})+\s+\S/;

/** The first content line after `index` on the same page, or ''. */
function nextContentLine(page: string[], index: number): string {
  return page.slice(index + 1).find((text) => text.trim() !== '') ?? '';
}

/**
 * Lines that open or close most pages of a long pack (running headers and footers). A line that
 * introduces a numbered paragraph everywhere it sits at a page edge is a heading ("Recommendation"
 * ending several one-page reports), and a numbered paragraph is content, so neither is furniture.
 */
function runningFurniture(pages: string[][]): Set<string> {
  const repeated = new Set<string>();
  if (pages.length < 3) return repeated;
  const counts = new Map<string, number>();
  const notHeading = new Set<string>();
  for (const page of pages) {
    const content = page.flatMap((text, index) => (text.trim() ? [index] : []));
    const edges = new Set([...content.slice(0, 2), ...content.slice(-2)]);
    const keys = new Set<string>();
    for (const index of edges) {
      const text = page[index] ?? '';
      if (PARAGRAPH_NUMBER.test(text.trim())) continue;
      const key = furnitureKey(text);
      keys.add(key);
      if (!PARAGRAPH_NUMBER.test(nextContentLine(page, index).trim())) notHeading.add(key);
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, Math.ceil(pages.length / 2));
  for (const [key, count] of counts) {
    if (count >= threshold && key.length < 120 && notHeading.has(key)) repeated.add(key);
  }
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

const breaksByPack = new WeakMap<PackLine[], Set<number>>();

/** Where paragraphs start with no gap before them (computed once per pack). */
function breaksIn(lines: PackLine[]): Set<number> {
  const known = breaksByPack.get(lines);
  if (known) return known;
  const breaks = unmarkedBreaks(lines);
  breaksByPack.set(lines, breaks);
  return breaks;
}

/**
 * Groups lines[from..to) into blocks: a block ends at a gap or a page break (a heading at the top
 * of a page is not glued to the foot of the page before); a block that starts in lower case after
 * an unfinished sentence is joined to the one before (a paragraph split by a page break). Pages
 * printed without gaps are broken where a new part plainly starts (see line-breaks.ts).
 */
export function blocksOf(lines: PackLine[], from = 0, to = lines.length): TextBlock[] {
  const breaks = breaksIn(lines);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let gapBefore = false;
  let page: number | null = null;
  for (let index = from; index < to; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (!text) {
      gapBefore = true;
      continue;
    }
    const linePage = lines[index]?.page ?? null;
    if ((page !== null && linePage !== page) || breaks.has(index)) gapBefore = true;
    page = linePage;
    const previous: TextBlock | undefined = blocks[blocks.length - 1];
    if (current && !gapBefore) {
      current.lines.push(text);
      current.text = `${current.text} ${text}`;
      current.to = index;
    } else if (previous && !breaks.has(index) && continuesAfterGap(previous, text)) {
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

/**
 * Splits a block before its line `at` (an offset into block.lines), for a part the gap-based
 * grouping could not see (a minute heading printed straight after the last resolution).
 */
export function splitBlock(
  block: TextBlock,
  at: number,
  lines: PackLine[],
): [TextBlock, TextBlock] {
  const indexes: number[] = [];
  for (let index = block.from; index <= block.to; index += 1) {
    if ((lines[index]?.text ?? '').trim()) indexes.push(index);
  }
  const head = block.lines.slice(0, at);
  const tail = block.lines.slice(at);
  const tailFrom = indexes[at] ?? block.to;
  return [
    { text: head.join(' '), lines: head, from: block.from, to: indexes[at - 1] ?? block.from },
    { text: tail.join(' '), lines: tail, from: tailFrom, to: block.to },
  ];
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
