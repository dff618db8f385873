// Sets each PDF block's size relative to the document's body text and a heading level where the
// fonts say "heading": larger sizes rank first, then short bold blocks at body size.
import type { DocumentBlock } from '../../../../../shared/document-blocks';
import type { PdfBlock } from './page-blocks';

/** Larger than the body by this much reads as a heading size. */
const headingRatio = 1.1;
const shortBlock = 120;

/** The font size carrying the most characters. */
function bodySize(blocks: PdfBlock[]): number {
  const characters = new Map<number, number>();
  for (const block of blocks) {
    if (block.size <= 0) continue;
    const size = Math.round(block.size * 2) / 2;
    const length = block.lines.reduce((sum, line) => sum + line.length, 0);
    characters.set(size, (characters.get(size) ?? 0) + length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of characters) {
    if (count > bestCount) {
      best = size;
      bestCount = count;
    }
  }
  return best || 10;
}

export function styleDocument(pages: PdfBlock[][]): DocumentBlock[][] {
  const all = pages.flat();
  const body = bodySize(all);
  // Each distinct heading size (to half a point), largest first, is one level.
  const headingSizes = [
    ...new Set(
      all
        .filter((block) => block.kind === 'paragraph' && block.size >= body * headingRatio)
        .map((block) => Math.round(block.size * 2) / 2),
    ),
  ].sort((a, b) => b - a);
  const boldLevel = Math.min(headingSizes.length + 1, 6);
  return pages.map((blocks) =>
    blocks.map(({ size, ...block }) => {
      const relativeSize = size > 0 ? Math.round((size / body) * 100) / 100 : 1;
      const text = block.lines.join(' ');
      let headingLevel: number | null = null;
      if (block.kind === 'paragraph' && text.length <= shortBlock && /\p{L}/u.test(text)) {
        const rank = headingSizes.indexOf(Math.round(size * 2) / 2);
        if (rank !== -1) headingLevel = Math.min(rank + 1, 6);
        else if (block.style.bold && block.lines.length <= 2) headingLevel = boldLevel;
      }
      return { ...block, style: { ...block.style, relativeSize, headingLevel } };
    }),
  );
}
