// A council publishes one pack as PDF, Word and text: the readers see the same page text whichever
// a member imports. One pack written three ways by real writers (pdfkit, docx, plain text) must give
// identical pages: a blank line between paragraphs, one line per table row, TABs between cells.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { writePdf, type PlacedText } from '../support/pdf-writer';

jest.setTimeout(30_000);

type PackBlock = { heading: string } | { lines: string[] } | { rows: string[][] };

const pack: PackBlock[] = [
  { heading: 'Place Scrutiny Committee' },
  { lines: ['Minutes of a meeting held at the Civic Centre on Tuesday, 14 January 2031.'] },
  {
    lines: ['PRESENT: Councillor Amy Bell (Chair), Councillor Carl Dunn and', 'Councillor Eve Fox'],
  },
  { heading: '12. Waste Collection Performance' },
  {
    lines: [
      'The committee considered the quarterly report on missed bins and',
      'asked officers about the new rounds.',
    ],
  },
  { lines: ['RESOLVED: That the report be noted.'] },
  {
    rows: [
      ['Indicator', 'Target', 'Current'],
      ['Missed bins per 100,000', '60', '71'],
    ],
  },
];

const expectedText = pack
  .map((block) =>
    'heading' in block
      ? block.heading
      : 'lines' in block
        ? block.lines.join('\n')
        : block.rows.map((row) => row.join('\t')).join('\n'),
  )
  .join('\n\n');

function pdfPage(): PlacedText[] {
  const placed: PlacedText[] = [];
  let y = 72;
  for (const block of pack) {
    if ('heading' in block) {
      placed.push({ text: block.heading, x: 72, y, font: 'Helvetica-Bold' });
      y += 14;
    } else if ('lines' in block) {
      for (const line of block.lines) {
        placed.push({ text: line, x: 72, y });
        y += 14;
      }
    } else {
      for (const row of block.rows) {
        row.forEach((cell, index) => placed.push({ text: cell, x: 72 + index * 180, y }));
        y += 16;
      }
    }
    y += 14;
  }
  return placed;
}

function wordDocument(): Document {
  const children = pack.map((block) => {
    if ('heading' in block) {
      return new Paragraph({ children: [new TextRun({ text: block.heading, bold: true })] });
    }
    if ('lines' in block) {
      return new Paragraph({
        children: block.lines.map((line, index) => new TextRun({ text: line, break: index })),
      });
    }
    return new Table({
      rows: block.rows.map(
        (row) =>
          new TableRow({
            children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
          }),
      ),
    });
  });
  return new Document({ sections: [{ children }] });
}

describe('one pack as PDF, Word and text', () => {
  it('gives the same page text in every format', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'extract-same-'));
    const text = path.join(folder, 'pack.txt');
    const word = path.join(folder, 'pack.docx');
    const pdf = path.join(folder, 'pack.pdf');
    writeFileSync(text, `${expectedText}\n`);
    writeFileSync(word, await Packer.toBuffer(wordDocument()));
    await writePdf(pdf, [pdfPage()]);
    const pages = await Promise.all(
      [text, word, pdf].map(async (file) => (await extractDocument(file)).pages),
    );
    expect(pages).toEqual([[expectedText], [expectedText], [expectedText]]);
  });

  it('marks the same blocks as headings and table rows in every format', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'extract-same-'));
    const word = path.join(folder, 'pack.docx');
    const pdf = path.join(folder, 'pack.pdf');
    writeFileSync(word, await Packer.toBuffer(wordDocument()));
    await writePdf(pdf, [pdfPage()]);
    for (const file of [word, pdf]) {
      const blocks = (await extractDocument(file)).documentPages[0]?.blocks ?? [];
      expect(blocks.map((block) => [block.kind, block.style.bold])).toEqual([
        ['paragraph', true],
        ['paragraph', false],
        ['paragraph', false],
        ['paragraph', true],
        ['paragraph', false],
        ['paragraph', false],
        ['table-row', false],
        ['table-row', false],
      ]);
    }
  });
});
