// Turns a .docx into pages of text lines: paragraphs with Word's automatic numbers restored, table
// rows as TAB-separated cells, and a new page at each explicit page break.
import { LimitedZip } from './limited-zip';
import { ExtractionError, extractionError } from '../extraction-error';
import { attribute, childElements, parseXml, type XmlElement } from './word-xml';
import { readNumbering, type WordNumbering } from './word-numbering';

interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

/** Paragraph styles that carry numbering (council templates number headings through styles). */
function readStyles(root: XmlElement | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const style of childElements(root, 'w:style')) {
    const numPr = childElements(childElements(style, 'w:pPr')[0], 'w:numPr')[0];
    const ilvl = attribute(childElements(numPr, 'w:ilvl')[0], 'w:val');
    styles.set(attribute(style, 'w:styleId') ?? '', {
      numId: attribute(childElements(numPr, 'w:numId')[0], 'w:val'),
      level: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: attribute(childElements(style, 'w:basedOn')[0], 'w:val'),
    });
  }
  return styles;
}

class PageWriter {
  readonly pages: string[][] = [[]];

  constructor(
    private readonly numbering: WordNumbering,
    private readonly styles: Map<string, StyleNumbering>,
  ) {}

  breakPage(): void {
    const page = this.pages[this.pages.length - 1] ?? [];
    while (page[page.length - 1] === '') page.pop();
    if (page.length > 0) this.pages.push([]);
  }

  addLines(text: string): void {
    const page = this.pages[this.pages.length - 1];
    for (const line of text.split('\n')) {
      const trimmed = line.replace(/[ \u00a0]+/g, ' ').trim();
      if (trimmed !== '' && page) page.push(trimmed);
    }
  }

  /**
   * A blank line after each Word paragraph and table, as printed packs and their text conversions
   * have: the parsers read a paragraph break as the end of a heading, a minute or a resolution.
   */
  private endBlock(): void {
    const page = this.pages[this.pages.length - 1];
    if (page && page.length > 0 && page[page.length - 1] !== '') page.push('');
  }

  /** Walks body-level content: paragraphs, tables and content controls. */
  body(element: XmlElement): void {
    for (const child of childElements(element)) {
      if (child.name === 'w:p') this.paragraph(child);
      else if (child.name === 'w:tbl') this.table(child);
      else if (child.name === 'w:sdt') this.body(childElements(child, 'w:sdtContent')[0] ?? child);
      if (child.name === 'w:p' || child.name === 'w:tbl') this.endBlock();
    }
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
      const style = this.styles.get(styleId);
      numId ??= style?.numId;
      level ??= style?.level;
      styleId = style?.basedOn;
    }
    if (numId === undefined || numId === '0') return '';
    return this.numbering.labelFor(numId, level ?? 0);
  }

  /** The text of one paragraph, with a page break flushed where Word has one. */
  private paragraph(paragraph: XmlElement, collect?: string[]): void {
    const pPr = childElements(paragraph, 'w:pPr')[0];
    if (!collect && childElements(pPr, 'w:pageBreakBefore').length > 0) this.breakPage();
    const label = this.numberLabel(pPr);
    let text = '';
    const visit = (element: XmlElement) => {
      for (const child of element.children) {
        if (typeof child === 'string') continue;
        switch (child.name) {
          case 'w:t':
            text += child.children.filter((node) => typeof node === 'string').join('');
            break;
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
              this.addLines(text);
              text = '';
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
            visit(child);
        }
      }
    };
    visit(paragraph);
    const line = label && text.trim() !== '' ? `${label} ${text.replace(/^\s+/, '')}` : text;
    if (collect) collect.push(line.replace(/\s+/g, ' ').trim());
    else this.addLines(line);
  }

  /** One line per row, cells separated by TAB; a cell's paragraphs (and nested tables) run together. */
  private table(table: XmlElement): void {
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
      if (cells.some((cell) => cell !== '')) this.addLines(cells.join('\t').replace(/\t+$/, ''));
    }
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

/** Reads a .docx; refuses a zip that is not a Word document. */
export async function docxPages(bytes: Uint8Array, fileName: string): Promise<string[]> {
  let zip: LimitedZip;
  try {
    zip = new LimitedZip(bytes, fileName);
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw extractionError('not-docx', fileName);
  }
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) throw extractionError('not-docx', fileName);
  const part = async (name: string) => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string')) : undefined;
  };
  try {
    const documentRoot = parseXml(await documentPart.async('string'));
    const writer = new PageWriter(
      readNumbering(await part('word/numbering.xml')),
      readStyles(await part('word/styles.xml')),
    );
    writer.body(childElements(documentRoot, 'w:body')[0] ?? documentRoot);
    const pages = writer.pages.map((lines) => lines.join('\n').replace(/\n+$/, ''));
    return pages.length > 1 && pages[pages.length - 1] === '' ? pages.slice(0, -1) : pages;
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw extractionError('unreadable', fileName, {
      reason: `the Word document is damaged: ${detail}`,
    });
  }
}
