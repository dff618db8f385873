// Walks a Word document's body into the one document model: a block per paragraph with Word's
// automatic number restored, its heading level from the paragraph style, bold and italic when every
// run is, its size relative to the body text; a table-row block per table row; a new page at each
// explicit page break.
import type { DocumentBlock, DocumentPage } from '../../../../../shared/document-blocks';
import { attribute, childElements, type XmlElement } from './word-xml';
import type { WordNumbering } from './word-numbering';
import { inherited, sizeOf, toggle, type WordStyles } from './word-styles';

/** A block before the document's body size is known. */
interface WordBlock extends DocumentBlock {
  size: number;
}

interface RunStyle {
  bold: boolean;
  italic: boolean;
  size: number;
}

/** What a paragraph's runs add up to, counted in non-space characters. */
class RunTally {
  characters = 0;
  bold = 0;
  italic = 0;
  private readonly sizes = new Map<number, number>();

  add(text: string, run: RunStyle): void {
    const count = text.replace(/\s+/g, '').length;
    this.characters += count;
    if (run.bold) this.bold += count;
    if (run.italic) this.italic += count;
    this.sizes.set(run.size, (this.sizes.get(run.size) ?? 0) + count);
  }

  /** The size carrying most of the text. */
  size(fallback: number): number {
    let best = fallback;
    let bestCount = 0;
    for (const [size, count] of this.sizes) {
      if (count > bestCount) {
        best = size;
        bestCount = count;
      }
    }
    return best;
  }
}

function cellsOf(row: XmlElement): XmlElement[] {
  return childElements(row).flatMap((child) =>
    child.name === 'w:sdt'
      ? childElements(childElements(child, 'w:sdtContent')[0], 'w:tc')
      : child.name === 'w:tc'
        ? [child]
        : [],
  );
}

export class BlockWriter {
  private readonly pages: WordBlock[][] = [[]];

  constructor(
    private readonly numbering: WordNumbering,
    private readonly styles: WordStyles,
  ) {}

  private breakPage(): void {
    if ((this.pages[this.pages.length - 1] ?? []).length > 0) this.pages.push([]);
  }

  private push(block: WordBlock): void {
    this.pages[this.pages.length - 1]?.push(block);
  }

  /** Walks body-level content: paragraphs, tables and content controls. */
  body(element: XmlElement): void {
    for (const child of childElements(element)) {
      if (child.name === 'w:p') this.paragraph(child);
      else if (child.name === 'w:tbl') this.table(child);
      else if (child.name === 'w:sdt') this.body(childElements(child, 'w:sdtContent')[0] ?? child);
    }
  }

  /** The pages, each block's size made relative to the size that carries most of the text. */
  documentPages(): DocumentPage[] {
    const pages = this.pages.filter((page, index) => index === 0 || page.length > 0);
    const characters = new Map<number, number>();
    for (const block of pages.flat()) {
      if (block.kind === 'table-row') continue;
      const length = block.lines.join('').length;
      characters.set(block.size, (characters.get(block.size) ?? 0) + length);
    }
    const body = [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? this.styles.defaultSize;
    return pages.map((blocks, index) => ({
      number: index + 1,
      blocks: blocks.map(({ size, ...block }) => ({
        ...block,
        style: { ...block.style, relativeSize: Math.round((size / body) * 100) / 100 },
      })),
    }));
  }

  private numberLabel(pPr: XmlElement | undefined): string {
    const numPr = childElements(pPr, 'w:numPr')[0];
    let numId = attribute(childElements(numPr, 'w:numId')[0], 'w:val');
    const ilvl = attribute(childElements(numPr, 'w:ilvl')[0], 'w:val');
    let level = ilvl === undefined ? undefined : Number(ilvl);
    let styleId = attribute(childElements(pPr, 'w:pStyle')[0], 'w:val');
    for (
      let depth = 0;
      styleId && depth < 10 && (numId === undefined || level === undefined);
      depth += 1
    ) {
      const style = this.styles.styles.get(styleId);
      numId ??= style?.numId;
      level ??= style?.level;
      styleId = style?.basedOn;
    }
    if (numId === undefined || numId === '0') return '';
    return this.numbering.labelFor(numId, level ?? 0);
  }

  private addParagraph(text: string, tally: RunTally, headingLevel: number | null, size: number) {
    const lines = text
      .split('\n')
      .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length === 0) return;
    const all = (count: number) => tally.characters > 0 && count === tally.characters;
    this.push({
      kind: 'paragraph',
      lines,
      style: { bold: all(tally.bold), italic: all(tally.italic), relativeSize: 1, headingLevel },
      size: tally.size(size),
    });
  }

  /** One paragraph as a block, or its text into `collect` for a table cell. */
  private paragraph(paragraph: XmlElement, collect?: string[]): void {
    const pPr = childElements(paragraph, 'w:pPr')[0];
    if (!collect && childElements(pPr, 'w:pageBreakBefore').length > 0) this.breakPage();
    const label = this.numberLabel(pPr);
    const { styles, defaultSize } = this.styles;
    const styleId = attribute(childElements(pPr, 'w:pStyle')[0], 'w:val');
    const paragraphRun: RunStyle = {
      bold: inherited(styles, styleId, 'bold') ?? false,
      italic: inherited(styles, styleId, 'italic') ?? false,
      size: inherited(styles, styleId, 'size') ?? defaultSize,
    };
    const headingLevel = inherited(styles, styleId, 'headingLevel') ?? null;
    let text = '';
    let tally = new RunTally();
    const visit = (element: XmlElement, run: RunStyle) => {
      for (const child of element.children) {
        if (typeof child === 'string') continue;
        switch (child.name) {
          case 'w:r': {
            const rPr = childElements(child, 'w:rPr')[0];
            const characterStyle = attribute(childElements(rPr, 'w:rStyle')[0], 'w:val');
            visit(child, {
              bold: toggle(rPr, 'w:b') ?? inherited(styles, characterStyle, 'bold') ?? run.bold,
              italic:
                toggle(rPr, 'w:i') ?? inherited(styles, characterStyle, 'italic') ?? run.italic,
              size: sizeOf(rPr) ?? inherited(styles, characterStyle, 'size') ?? run.size,
            });
            break;
          }
          case 'w:t': {
            const piece = child.children.filter((node) => typeof node === 'string').join('');
            text += piece;
            tally.add(piece, run);
            break;
          }
          case 'w:tab':
            text += '\t';
            break;
          case 'w:noBreakHyphen':
            text += '-';
            break;
          case 'w:cr':
            text += '\n';
            break;
          case 'w:br':
            if (attribute(child, 'w:type') === 'page' && !collect) {
              this.addParagraph(text, tally, headingLevel, paragraphRun.size);
              text = '';
              tally = new RunTally();
              this.breakPage();
            } else {
              text += '\n';
            }
            break;
          case 'w:pPr':
          case 'w:rPr':
          case 'w:del':
          case 'w:instrText':
          case 'mc:Fallback':
            break;
          default:
            visit(child, run);
        }
      }
    };
    visit(paragraph, paragraphRun);
    const line = label && text.trim() !== '' ? `${label} ${text.replace(/^\s+/, '')}` : text;
    if (collect) collect.push(line.replace(/\s+/g, ' ').trim());
    else this.addParagraph(line, tally, headingLevel, paragraphRun.size);
  }

  /** A block per row, its cells left to right; a cell's paragraphs (and nested tables) run together. */
  private table(table: XmlElement): void {
    let first = true;
    for (const row of childElements(table, 'w:tr')) {
      const cells = cellsOf(row).map((cell) => {
        const parts: string[] = [];
        const collectFrom = (element: XmlElement) => {
          for (const child of childElements(element)) {
            if (child.name === 'w:p') this.paragraph(child, parts);
            else if (child.name === 'w:tbl') {
              for (const inner of childElements(child, 'w:tr')) cellsOf(inner).forEach(collectFrom);
            } else if (child.name === 'w:sdt')
              collectFrom(childElements(child, 'w:sdtContent')[0] ?? child);
          }
        };
        collectFrom(cell);
        return parts.filter(Boolean).join(' ');
      });
      // Empty cells at either end print nothing, as in a PDF of the same table.
      while (cells[0] === '') cells.shift();
      while (cells[cells.length - 1] === '') cells.pop();
      if (cells.length === 0) continue;
      this.push({
        kind: 'table-row',
        lines: [cells.join('\t')],
        cells,
        ...(first ? { tableStart: true } : {}),
        style: { bold: false, italic: false, relativeSize: 1, headingLevel: null },
        size: this.styles.defaultSize,
      });
      first = false;
    }
  }
}
