// The briefing as a Word file: Word's own Heading 1–4 styles (so the navigation pane lists the
// items), tables with a repeating header row, columnWidths and a width on every cell, charts as
// PNG images with alt text, and "Page N of M" in the footer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  PageNumber,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, BriefingLayout, Run } from '../../../shared/briefing/blocks';
import type { ChartImage } from './chart-images';

/** A4 with 2 cm margins: the text column in twentieths of a point. */
const pageWidth = 11906;
const margin = 1134;
const textWidth = pageWidth - 2 * margin;
const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

const textRuns = (list: Run[], size?: number): TextRun[] =>
  list.map(
    (run) =>
      new TextRun({
        text: run.text,
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italics: true } : {}),
        ...(size ? { size } : {}),
      }),
  );

const border = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };

function table(item: Extract<Block, { type: 'table' }>): (Paragraph | Table)[] {
  const widths = item.widths.map((w) => Math.floor(w * textWidth));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, column) =>
          new TableCell({
            width: { size: widths[column]!, type: WidthType.DXA },
            borders: { top: border, bottom: border, left: border, right: border },
            ...(header
              ? { shading: { type: ShadingType.CLEAR, fill: 'F3F2F1', color: 'auto' } }
              : {}),
            children: [
              new Paragraph({
                children: [new TextRun({ text, bold: header, size: 18 })],
              }),
            ],
          }),
      ),
    });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(item.caption)] }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(item.header, true), ...item.rows.map((cells) => row(cells, false))],
    }),
    new Paragraph({ children: [] }),
  ];
}

function chart(
  item: Extract<Block, { type: 'chart' }>,
  charts: Map<number, ChartImage>,
): Paragraph[] {
  const image = charts.get(item.id);
  if (!image) return [];
  const width = 620;
  const height = Math.round((image.height / image.width) * width);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width, height },
          altText: { name: `Chart ${item.id}`, title: item.title, description: item.alt },
        }),
      ],
    }),
  ];
}

function paragraphs(
  layout: BriefingLayout,
  charts: Map<number, ChartImage>,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let breakNext = false;
  for (const item of layout.blocks) {
    if (item.type === 'page-break') {
      breakNext = true;
      continue;
    }
    switch (item.type) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: headings[item.level - 1],
            pageBreakBefore: breakNext,
            keepNext: true,
            children: [new TextRun(item.text)],
          }),
        );
        breakNext = false;
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            spacing: { after: 120 },
            children: textRuns(item.runs, item.role === 'cover' ? 26 : undefined),
          }),
        );
        break;
      case 'quote':
        out.push(
          new Paragraph({
            style: 'Quote',
            children: [
              ...(item.number ? [new TextRun({ text: `${item.number} `, bold: true })] : []),
              new TextRun(item.text),
            ],
          }),
        );
        if (item.source)
          out.push(
            new Paragraph({
              style: 'Quote',
              spacing: { after: 160 },
              children: [new TextRun({ text: `Source: ${item.source}`, italics: true, size: 18 })],
            }),
          );
        break;
      case 'list':
        for (const entry of item.items)
          out.push(
            new Paragraph({
              numbering: { reference: 'bullets', level: 0 },
              children: textRuns(entry),
            }),
          );
        break;
      case 'table':
        out.push(...table(item));
        break;
      case 'chart':
        out.push(...chart(item, charts));
        break;
    }
  }
  return out;
}

export async function writeDocx(
  layout: BriefingLayout,
  charts: Map<number, ChartImage>,
): Promise<Buffer> {
  const document = new Document({
    title: layout.title,
    creator: 'Scrutineer',
    description: 'Briefing note',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 } },
        // Word's own heading styles, with outline levels so the navigation pane lists them.
        ...Object.fromEntries(
          [32, 28, 24, 22].map((size, level) => [
            `heading${level + 1}`,
            {
              run: { size, bold: true, color: '0B0C0C' },
              paragraph: { outlineLevel: level, spacing: { before: 240, after: 120 } },
            },
          ]),
        ),
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: {
            indent: { left: 567 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '505A5F', space: 8 } },
            spacing: { after: 60 },
          },
        },
        {
          // The footer's size for its fields too, which take the paragraph style's size.
          id: 'PageFooter',
          name: 'Page footer',
          basedOn: 'Normal',
          run: { size: 18 },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 20 },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: 16838 },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                style: 'PageFooter',
                // One run per part, so the page numbers take the footer's size too.
                children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES].map(
                  (part) => new TextRun({ children: [part], size: 18 }),
                ),
              }),
            ],
          }),
        },
        children: paragraphs(layout, charts),
      },
    ],
  });
  return Packer.toBuffer(document);
}
