// Packs saved as text or Markdown must be read exactly as written: strictly UTF-8, one page per
// form feed, and file-level refusals (empty, too large, missing) that say which file and why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { packPages } from '../fixtures/packs/pack-text';

const packs = path.resolve(__dirname, '../fixtures/packs');

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), name);
  writeFileSync(file, content);
  return file;
}

describe('extracting a text or Markdown pack', () => {
  it('gives the same pages as the PDF twin, split at form feeds', async () => {
    const document = await extractDocument(path.join(packs, 'pack.txt'));
    expect(document.format).toBe('text');
    expect(document.pages).toEqual(packPages.map((lines) => lines.join('\n')));
    const bytes = readFileSync(path.join(packs, 'pack.txt'));
    expect(document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(document.byteSize).toBe(bytes.byteLength);
  });

  it('strips a byte-order mark and Windows line endings from Markdown', async () => {
    const file = tempFile('minutes.md', '\ufeff# Minutes\r\n\r\n1. Apologies\r\n\fPage two\r\n');
    const document = await extractDocument(file);
    expect(document.format).toBe('markdown');
    expect(document.pages).toEqual(['# Minutes\n\n1. Apologies', 'Page two']);
  });

  it('keeps pound signs and dashes written in UTF-8', async () => {
    const document = await extractDocument(tempFile('budget.txt', 'Budget £4.2m – agreed\n'));
    expect(document.pages).toEqual(['Budget £4.2m – agreed']);
  });

  it('refuses text that is not UTF-8, naming the file and the line', async () => {
    await expect(extractDocument(path.join(packs, 'latin1.txt'))).rejects.toMatchObject({
      code: 'invalid-utf8',
      message: expect.stringMatching(
        /^latin1\.txt is not UTF-8 text \(bad byte on line 1\): .*UTF-8/,
      ),
    });
  });

  it('refuses a file bigger than the limit before reading it', async () => {
    const file = tempFile('huge.txt', 'x'.repeat(2048));
    await expect(extractDocument(file, { maxBytes: 1024 })).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/^huge\.txt is too large to import/),
    });
  });

  it('refuses an empty or blank file as empty', async () => {
    await expect(extractDocument(tempFile('blank.txt', '\n \n'))).rejects.toMatchObject({
      code: 'empty',
    });
    await expect(extractDocument(tempFile('nothing.md', ''))).rejects.toMatchObject({
      code: 'empty',
      message: expect.stringMatching(/^nothing\.md is empty/),
    });
  });

  it('says a missing file could not be read', async () => {
    await expect(extractDocument(path.join(tmpdir(), 'no-such-pack.txt'))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/^no-such-pack\.txt could not be read \(no such file\)/),
    });
  });

  it('calls an old binary Word file unsupported', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(extractDocument(tempFile('report.doc', ole))).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

describe('reading a text pack into blocks', () => {
  it('splits blocks at blank lines, rows at tabs, and hints headings from #, capitals and numbers', async () => {
    const file = tempFile(
      'minutes.md',
      [
        '# Place Scrutiny Committee',
        '',
        'PRESENT',
        'Councillor Amy Bell (Chair) and Councillor Carl Dunn',
        '',
        'MINUTES',
        '',
        '12. Waste Collection Performance',
        '',
        'The committee noted the report.',
        'RESOLVED: That the report be noted.',
        '',
        'Indicator\tTarget\tCurrent',
        'Missed bins\t60\t71',
      ].join('\n'),
    );
    const document = await extractDocument(file);
    const blocks = document.documentPages[0]?.blocks ?? [];
    expect(
      blocks.map((block) => [block.kind, block.style.headingLevel, block.lines.length]),
    ).toEqual([
      ['paragraph', 1, 1],
      ['paragraph', null, 2],
      ['paragraph', 2, 1],
      ['paragraph', 3, 1],
      ['paragraph', null, 2],
      ['table-row', null, 1],
      ['table-row', null, 1],
    ]);
    expect(blocks[6]?.cells).toEqual(['Missed bins', '60', '71']);
    expect(document.pages[0]).toBe(readFileSync(file, 'utf8'));
  });
});
