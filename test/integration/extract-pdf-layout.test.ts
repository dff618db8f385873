// Council PDFs draw their text out of reading order and cut printed lines apart (Word printed by
// Aspose.Words on modern.gov): these cases print such pages with a real PDF writer and prove the
// extractor gives back the lines, paragraphs, bold headings and table rows a member sees.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { writePdf, type PlacedText } from '../support/pdf-writer';

jest.setTimeout(30_000);

const folder = mkdtempSync(path.join(tmpdir(), 'extract-layout-'));

async function extracted(name: string, pages: PlacedText[][]) {
  const file = path.join(folder, name);
  await writePdf(file, pages);
  return extractDocument(file);
}

/** Places words along one line from x0 so that the last one ends exactly at x1, as justified. */
function justified(words: string[], x0: number, x1: number, y: number): PlacedText[] {
  const measure = new PDFDocument({ autoFirstPage: false }).font('Helvetica').fontSize(11);
  const widths = words.map((word) => measure.widthOfString(word));
  const gap = (x1 - x0 - widths.reduce((sum, width) => sum + width, 0)) / (words.length - 1);
  let x = x0;
  return words.map((word, index) => {
    const placed = { text: word, x, y };
    x += (widths[index] ?? 0) + gap;
    return placed;
  });
}

describe('reading a PDF page in the order a member reads it', () => {
  it('puts a minute number drawn after its title back in front of it, and lines top to bottom', async () => {
    const document = await extracted('minutes.pdf', [
      [
        { text: 'The committee noted the quarterly report on missed bins.', x: 72, y: 200 },
        { text: 'Waste Collection Performance', x: 110, y: 170, font: 'Helvetica-Bold' },
        { text: '84.', x: 72, y: 170, font: 'Helvetica-Bold' },
        { text: 'Minutes of the meeting held on 10 December 2024', x: 72, y: 100 },
      ],
    ]);
    expect(document.pages[0]).toBe(
      [
        'Minutes of the meeting held on 10 December 2024',
        '',
        '84. Waste Collection Performance',
        '',
        'The committee noted the quarterly report on missed bins.',
      ].join('\n'),
    );
  });

  it('keeps a justified line cut at its stretched spaces as one line, joined to the line it wraps into', async () => {
    const document = await extracted('present.pdf', [
      [
        { text: 'PRESENT: Councillor Amy Bell (Chair), Councillor Carl Dunn,', x: 72, y: 100 },
        ...justified(
          [
            'Councillor Eve Fox,',
            'Councillor Gus Hill,',
            'Councillor Ian Jones,',
            'Councillor Kay Lamb,',
          ],
          72,
          523,
          114,
        ),
        { text: 'Cllr Max Noon and Cllr Olu Price', x: 72, y: 128 },
      ],
    ]);
    expect(document.pages[0]).toBe(
      [
        'PRESENT: Councillor Amy Bell (Chair), Councillor Carl Dunn,',
        'Councillor Eve Fox, Councillor Gus Hill, Councillor Ian Jones, Councillor Kay Lamb, Cllr Max Noon and Cllr Olu Price',
      ].join('\n'),
    );
  });

  it('marks bold headings as bold with a heading level, and body text as neither', async () => {
    const document = await extracted('headings.pdf', [
      [
        { text: 'Housing Repairs Backlog', x: 72, y: 80, font: 'Helvetica-Bold', size: 16 },
        { text: 'Purpose of the report', x: 72, y: 130, font: 'Helvetica-Bold' },
        {
          text: 'This report sets out the backlog of housing repairs at the end of',
          x: 72,
          y: 160,
        },
        { text: 'the second quarter and the plan to clear it by the spring.', x: 72, y: 174 },
      ],
    ]);
    const [title, heading, body] = document.documentPages[0]?.blocks ?? [];
    expect(title?.style).toMatchObject({ bold: true, headingLevel: 1 });
    expect(title?.style.relativeSize).toBeGreaterThan(1.3);
    expect(heading?.lines).toEqual(['Purpose of the report']);
    expect(heading?.style).toMatchObject({ bold: true, headingLevel: 2, relativeSize: 1 });
    expect(body?.lines).toEqual([
      'This report sets out the backlog of housing repairs at the end of the second quarter and the plan to clear it by the spring.',
    ]);
    expect(body?.style).toMatchObject({ bold: false, headingLevel: null });
  });

  it('rebuilds a table row by row as cells, printed with tabs between them', async () => {
    const row = (y: number, cells: string[]) =>
      cells.map((text, index) => ({ text, x: [72, 300, 380, 460][index] ?? 0, y }));
    const document = await extracted('dashboard.pdf', [
      [
        { text: 'Performance dashboard', x: 72, y: 80, font: 'Helvetica-Bold' },
        ...row(120, ['Indicator', 'Target', 'Current', 'Status']),
        ...row(136, ['Household waste recycled', '45%', '41.2%', 'Amber']),
        ...row(152, ['Missed bins per 100,000', '60', '71', 'Red']),
      ],
    ]);
    const rows = document.documentPages[0]?.blocks.filter((block) => block.kind === 'table-row');
    expect(rows?.map((block) => block.cells)).toEqual([
      ['Indicator', 'Target', 'Current', 'Status'],
      ['Household waste recycled', '45%', '41.2%', 'Amber'],
      ['Missed bins per 100,000', '60', '71', 'Red'],
    ]);
    expect(document.pages[0]).toBe(
      [
        'Performance dashboard',
        '',
        'Indicator\tTarget\tCurrent\tStatus',
        'Household waste recycled\t45%\t41.2%\tAmber',
        'Missed bins per 100,000\t60\t71\tRed',
      ].join('\n'),
    );
  });

  it('joins a table cell wrapped over several lines back into its row', async () => {
    const at = (x: number, y: number, text: string) => ({ text, x, y });
    const document = await extracted('wrapped.pdf', [
      [
        at(72, 100, 'Ref'),
        at(130, 100, 'Measure'),
        at(330, 100, 'Q1'),
        at(400, 100, 'Q2'),
        at(470, 100, 'Target'),
        at(330, 113, '2031/32'),
        at(400, 113, '2031/32'),
        at(72, 140, 'HS 4'),
        at(130, 140, 'Households in temporary'),
        at(330, 140, '531'),
        at(400, 140, '544'),
        at(470, 140, '520'),
        at(130, 153, 'accommodation at the end'),
        at(130, 166, 'of the quarter'),
        at(72, 192, 'HS 5'),
        at(130, 192, 'Homes let within 28 days'),
        at(330, 192, '71%'),
        at(400, 192, '74%'),
        at(470, 192, '80%'),
      ],
    ]);
    expect(document.pages[0]).toBe(
      [
        'Ref\tMeasure\tQ1 2031/32\tQ2 2031/32\tTarget',
        'HS 4\tHouseholds in temporary accommodation at the end of the quarter\t531\t544\t520',
        'HS 5\tHomes let within 28 days\t71%\t74%\t80%',
      ].join('\n'),
    );
  });
});
