// Gives text and Markdown pages the one document model: a block per run of lines between blank
// lines, a table row per line of TAB-separated cells, and heading hints from what a text file has
// instead of fonts: '#' marks, a short line in capitals, a numbered one-line title, **bold**.
import type { BlockStyle, DocumentBlock } from '../../../../shared/document-blocks';

const markdownHeading = /^(#{1,6})\s+\S/;
const wholeBold = /^\s*(\*\*|__)(?=\S)[^*_]+\S\1\s*$/;
const numberedTitle =
  /^\s*(?:\d{1,4}(?:\.\d{1,3})*\.?|[A-Z]{1,4} ?\d{1,4}(?:\/\d{1,4})?\.?|\(?[a-z]\))\s+[A-Z]/;

function isCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && line.trim().length <= 80;
}

function styleOf(lines: string[]): BlockStyle {
  const [only] = lines;
  const style: BlockStyle = { bold: false, italic: false, relativeSize: 1, headingLevel: null };
  if (lines.length !== 1 || only === undefined) return style;
  const markdown = markdownHeading.exec(only);
  if (markdown) return { ...style, headingLevel: markdown[1]?.length ?? 1 };
  if (wholeBold.test(only)) return { ...style, bold: true, headingLevel: 3 };
  if (isCapitals(only)) return { ...style, headingLevel: 2 };
  if (numberedTitle.test(only) && only.trim().length <= 100 && !/[.;:]$/.test(only.trim())) {
    return { ...style, headingLevel: 3 };
  }
  return style;
}

/** A row of a table when the line has a TAB between two pieces of text. */
function isTableRow(line: string): boolean {
  return /\S\t+\S/.test(line);
}

/** One page of text as blocks; every line is kept as written, so pageText gives it back. */
export function textBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    if (lines.every(isTableRow)) {
      lines.forEach((line, index) => {
        blocks.push({
          kind: 'table-row',
          lines: [line],
          cells: line.split('\t'),
          ...(index === 0 ? { tableStart: true } : {}),
          style: styleOf([]),
        });
      });
    } else {
      blocks.push({ kind: 'paragraph', lines, style: styleOf(lines) });
    }
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return blocks;
}
