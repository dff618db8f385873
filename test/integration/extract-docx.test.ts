// Some councils publish reports as Word files whose paragraph numbers are Word's automatic
// numbering: these cases prove the numbers members cite ("2.1", "(b)") survive extraction.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { extractDocument } from '../../electron/services/import/extract/extract-document';

const packs = path.resolve(__dirname, '../fixtures/packs');

/** A page's lines without the blank lines that mark Word's paragraph breaks. */
const joined = (page: string | undefined): string =>
  (page ?? '').split('\n').filter(Boolean).join('\n');

describe('extracting a Word agenda pack', () => {
  it('marks the end of each Word paragraph with a blank line, as printed packs have', async () => {
    const document = await extractDocument(path.join(packs, 'numbered.docx'));
    expect(document.pages[0]).toMatch(
      /^Report of the Head of Waste\n\n1\. Purpose of the report\n\n/,
    );
  });

  it('keeps automatic paragraph numbers, including multi-level ones like 2.1', async () => {
    const document = await extractDocument(path.join(packs, 'numbered.docx'));
    expect(document.format).toBe('docx');
    const lines = (document.pages[0] ?? '').split('\n').filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'Report of the Head of Waste',
      '1. Purpose of the report',
      '2. Recommendations',
      '2.1 That the committee notes the dashboard.',
    ]);
  });

  it('keeps lettered resolutions (a) and (b) apart, with roman sub-points under them', async () => {
    const document = await extractDocument(path.join(packs, 'numbered.docx'));
    expect(joined(document.pages[0])).toContain(
      [
        'RESOLVED: That',
        '(a) the report be noted;',
        'i) in particular the missed bin rate;',
        'ii) and the recycling rate;',
        '(b) a further report come in March.',
      ].join('\n'),
    );
  });

  it('restarts a new lettered list at (a) and honours a list that starts at 5', async () => {
    const document = await extractDocument(path.join(packs, 'numbered.docx'));
    expect(joined(document.pages[0])).toContain(
      'Second resolution: That\n(a) the action plan be agreed.',
    );
    expect(joined(document.pages[0])).toMatch(/\n5\. Background papers$/);
  });

  it('starts a new page at a page break and writes table rows as tab-separated cells', async () => {
    const document = await extractDocument(path.join(packs, 'numbered.docx'));
    expect(document.pages).toHaveLength(2);
    expect(document.pages[1]).toBe(
      [
        'Performance dashboard',
        '',
        'Indicator\tTarget\tCurrent\tStatus',
        'Household waste recycled\t45%\t27.3% (39)\tRed',
      ].join('\n'),
    );
  });

  it('says a .docx without a Word document inside is not a Word document', async () => {
    await expect(extractDocument(path.join(packs, 'not-a-document.docx'))).rejects.toMatchObject({
      code: 'not-docx',
      message: expect.stringMatching(
        /^not-a-document\.docx is named as a Word document but is not one/,
      ),
    });
  });

  it('calls another kind of zip (a spreadsheet) unsupported rather than a broken Word file', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), 'budget.xlsx');
    copyFileSync(path.join(packs, 'not-a-document.docx'), file);
    await expect(extractDocument(file)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(
        /^budget\.xlsx is not a format Scrutineer can read: import a PDF/,
      ),
    });
  });
});

describe('reading a Word pack into blocks', () => {
  async function written(document: Document): Promise<string> {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), 'styles.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    return file;
  }

  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

  it('takes heading levels from Word heading styles, bold from bold runs, and rows from tables', async () => {
    const file = await written(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Housing Repairs Backlog', heading: HeadingLevel.TITLE }),
              new Paragraph({ text: 'Purpose of the report', heading: HeadingLevel.HEADING_2 }),
              new Paragraph({ children: [new TextRun({ text: 'RESOLVED: That', bold: true })] }),
              new Paragraph({
                children: [
                  new TextRun({ text: 'the backlog be ', bold: true }),
                  new TextRun('cleared by the spring.'),
                ],
              }),
              new Table({
                rows: [
                  new TableRow({ children: ['Indicator', 'Target', 'Current'].map(cell) }),
                  new TableRow({ children: ['Repairs on time', '90%', '84%'].map(cell) }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const document = await extractDocument(file);
    const blocks = document.documentPages[0]?.blocks ?? [];
    expect(blocks.map((block) => [block.kind, block.style.headingLevel, block.style.bold])).toEqual(
      [
        ['paragraph', 1, false],
        ['paragraph', 2, false],
        ['paragraph', null, true],
        ['paragraph', null, false],
        ['table-row', null, false],
        ['table-row', null, false],
      ],
    );
    expect(blocks[5]?.cells).toEqual(['Repairs on time', '90%', '84%']);
    expect(document.pages[0]).toBe(
      [
        'Housing Repairs Backlog',
        '',
        'Purpose of the report',
        '',
        'RESOLVED: That',
        '',
        'the backlog be cleared by the spring.',
        '',
        'Indicator\tTarget\tCurrent',
        'Repairs on time\t90%\t84%',
      ].join('\n'),
    );
  });
});
