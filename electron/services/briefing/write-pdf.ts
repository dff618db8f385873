// The briefing as a tagged PDF (PDF 1.7, language set, headings, paragraphs, lists, tables with
// header cells and figures with alt text in the structure tree), in the same order and words as
// the Word file, with "Page N of M" in the footer marked as pagination, not content.
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Block, BriefingLayout, Run } from '../../../shared/briefing/blocks';
import type { ChartImage } from './chart-images';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** A font with real Unicode coverage where the machine has one; Helvetica otherwise. */
const fontFiles = {
  regular: [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  ],
  bold: [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
  italic: [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  ],
};

type FontName = keyof typeof fontFiles;

function registerFonts(doc: Doc): Record<FontName, string> {
  const fallback = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
  const names = { ...fallback };
  for (const name of Object.keys(fontFiles) as FontName[]) {
    const file = fontFiles[name].find((candidate) => fs.existsSync(candidate));
    if (file) {
      doc.registerFont(`briefing-${name}`, file);
      names[name] = `briefing-${name}`;
    }
  }
  return names;
}

/** Characters Helvetica's encoding lacks, replaced only when no Unicode font was found. */
const plain = (text: string, unicode: boolean): string =>
  unicode
    ? text
    : text.replace(
        /[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac]/g,
        '?',
      );

/**
 * PDFKit starts a continued run on a new line when it does not fit the rest of the current one,
 * so a paragraph is drawn as at most two runs: its bold lead-in and the rest.
 */
function mergeRuns(list: Run[]): Run[] {
  const lead = list[0]?.bold ? [list[0]] : [];
  const rest = list.slice(lead.length);
  if (rest.length === 0) return lead;
  const allItalic = rest.every((run) => run.italic || !run.text.trim());
  return [...lead, { text: rest.map((run) => run.text).join(''), italic: allItalic }];
}

const headingSizes = [20, 15, 12.5, 11.5];
const ink = '#0b0c0c';
const grey = '#383f43';

export function writePdf(layout: BriefingLayout, charts: Map<number, ChartImage>): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56.7, bottom: 62, left: 56.7, right: 56.7 },
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: layout.title, Creator: 'Scrutineer', Subject: 'Briefing note' },
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);
  const unicode = fonts.regular !== 'Helvetica';
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const root = doc.struct('Document');
  doc.addStructure(root);

  const ensureRoom = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const fontOf = (run: Run) => (run.bold ? fonts.bold : run.italic ? fonts.italic : fonts.regular);

  /** One paragraph of mixed runs, tagged as one structure element. */
  const runs = (
    list: Run[],
    options: {
      x?: number;
      width?: number;
      size?: number;
      type?: string;
      parent?: Struct;
      colour?: string;
    },
  ) => {
    const parent = options.parent ?? root;
    const x = options.x ?? left;
    const w = options.width ?? width;
    const element = doc.struct(options.type ?? 'P');
    parent.add(element);
    const content = doc.markStructureContent(options.type ?? 'P');
    element.add(content);
    doc.fontSize(options.size ?? 10.5).fillColor(options.colour ?? ink);
    mergeRuns(list).forEach((run, index, merged) => {
      doc
        .font(fontOf(run))
        .text(
          plain(run.text, unicode),
          index === 0 ? x : undefined,
          index === 0 ? doc.y : undefined,
          {
            width: w,
            continued: index < merged.length - 1,
            lineGap: 1.5,
          },
        );
    });
    doc.endMarkedContent();
    element.end();
  };

  /**
   * A table drawn cell by cell (PDFKit's own table is many times slower), tagged Table, TR, TH and
   * TD; the header row is drawn again at the top of each page the table runs onto.
   */
  const drawTable = (item: Extract<Block, { type: 'table' }>) => {
    const widths = item.widths.map((w) => w * width);
    const pad = 3;
    const size = 8.5;
    const table = doc.struct('Table');
    root.add(table);
    const heightOf = (cells: string[], font: string) =>
      Math.max(
        ...cells.map(
          (text, column) =>
            doc
              .font(font)
              .fontSize(size)
              .heightOfString(plain(text, unicode) || ' ', {
                width: widths[column]! - 2 * pad,
              }) +
            2 * pad,
        ),
      );
    const drawRow = (cells: string[], header: boolean, height: number) => {
      const font = header ? fonts.bold : fonts.regular;
      const row = doc.struct('TR');
      table.add(row);
      const y = doc.y;
      let x = left;
      cells.forEach((text, column) => {
        const w = widths[column]!;
        doc.markContent('Artifact', { type: 'Layout' });
        if (header) doc.save().rect(x, y, w, height).fill('#f3f2f1').restore();
        doc.save().rect(x, y, w, height).lineWidth(0.5).strokeColor('#b1b4b6').stroke().restore();
        doc.endMarkedContent();
        const type = header ? 'TH' : 'TD';
        const cell = doc.struct(type);
        row.add(cell);
        const content = doc.markStructureContent(type);
        cell.add(content);
        doc.font(font).fontSize(size).fillColor(ink);
        doc.text(plain(text, unicode), x + pad, y + pad, { width: w - 2 * pad, lineGap: 0 });
        doc.endMarkedContent();
        cell.end();
        x += w;
      });
      row.end();
      doc.x = left;
      doc.y = y + height;
    };
    const headerHeight = heightOf(item.header, fonts.bold);
    for (const [index, cells] of item.rows.entries()) {
      const height = heightOf(cells, fonts.regular);
      if (
        doc.y + height + (index === 0 ? headerHeight : 0) >
        doc.page.height - doc.page.margins.bottom
      ) {
        doc.addPage();
        drawRow(item.header, true, headerHeight);
      } else if (index === 0) drawRow(item.header, true, headerHeight);
      drawRow(cells, false, height);
    }
    if (item.rows.length === 0) drawRow(item.header, true, headerHeight);
    table.end();
  };

  let breakNext = false;
  const drawBlock = (item: Block) => {
    if (item.type === 'page-break') {
      breakNext = true;
      return;
    }
    switch (item.type) {
      case 'heading': {
        if (breakNext && doc.y > doc.page.margins.top + 1) doc.addPage();
        breakNext = false;
        const size = headingSizes[item.level - 1]!;
        // An indicator's heading (level 4) leads straight into its chart: keep them on one page.
        ensureRoom(item.level === 4 ? 300 : size * 4);
        doc.moveDown(item.level === 1 ? 0 : 0.6);
        runs([{ text: item.text, bold: true }], { size, type: `H${item.level}` });
        if (item.level <= 2) {
          doc
            .save()
            .moveTo(left, doc.y + 2)
            .lineTo(left + width, doc.y + 2)
            .lineWidth(1)
            .strokeColor(ink);
          doc.markContent('Artifact', { type: 'Layout' });
          doc.stroke();
          doc.endMarkedContent();
          doc.restore();
        }
        doc.moveDown(0.4);
        break;
      }
      case 'paragraph':
        // A bold label alone introduces what follows: keep it off the foot of a page.
        if (item.runs.length === 1 && item.runs[0]!.bold) ensureRoom(80);
        runs(item.runs, { size: item.role === 'cover' ? 13 : 10.5 });
        doc.moveDown(0.4);
        break;
      case 'quote': {
        const quote = doc.struct('BlockQuote');
        root.add(quote);
        const top = doc.y;
        const startPage = doc.page;
        runs(
          [...(item.number ? [{ text: `${item.number} `, bold: true }] : []), { text: item.text }],
          {
            x: left + 14,
            width: width - 14,
            parent: quote,
          },
        );
        if (item.source)
          runs([{ text: `Source: ${item.source}`, italic: true }], {
            x: left + 14,
            width: width - 14,
            size: 9,
            parent: quote,
            colour: grey,
          });
        quote.end();
        if (doc.page === startPage) {
          doc.markContent('Artifact', { type: 'Layout' });
          doc
            .save()
            .rect(left, top, 3, doc.y - top)
            .fill('#505a5f')
            .restore();
          doc.endMarkedContent();
        }
        doc.x = left;
        doc.moveDown(0.5);
        break;
      }
      case 'list': {
        const list = doc.struct('L');
        root.add(list);
        for (const entry of item.items) {
          ensureRoom(24);
          const listItem = doc.struct('LI');
          list.add(listItem);
          const y = doc.y;
          const label = doc.struct('Lbl');
          listItem.add(label);
          const labelContent = doc.markStructureContent('Lbl');
          label.add(labelContent);
          doc
            .font(fonts.regular)
            .fontSize(10.5)
            .fillColor(ink)
            .text('•', left + 4, y, { width: 10, lineBreak: false });
          doc.endMarkedContent();
          label.end();
          doc.y = y;
          runs(entry, { x: left + 18, width: width - 18, type: 'LBody', parent: listItem });
          listItem.end();
          doc.x = left;
          doc.moveDown(0.2);
        }
        list.end();
        doc.moveDown(0.3);
        break;
      }
      case 'table': {
        ensureRoom(60);
        runs([{ text: item.caption, bold: true }], { size: 10, type: 'Caption' });
        doc.moveDown(0.2);
        drawTable(item);
        doc.x = left;
        doc.moveDown(0.8);
        break;
      }
      case 'chart': {
        const image = charts.get(item.id);
        if (!image) return;
        const drawWidth = width;
        const drawHeight = (image.height / image.width) * drawWidth;
        ensureRoom(drawHeight + 8);
        const y = doc.y;
        const figure = doc.struct('Figure', { alt: item.alt }, () => {
          doc.image(image.png, left, y, { width: drawWidth, height: drawHeight });
        });
        root.add(figure);
        figure.end();
        doc.x = left;
        doc.y = y + drawHeight + 8;
        break;
      }
    }
  };
  for (const item of layout.blocks) drawBlock(item);
  root.end();

  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(fonts.regular)
      .fontSize(9)
      .fillColor(grey)
      .text(`Page ${index + 1} of ${range.count}`, left, doc.page.height - 40, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
