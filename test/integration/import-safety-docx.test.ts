// A Word file is a zip, and a zip can lie: a 2 MB .docx may unpack to a gigabyte, list tens of
// thousands of entries, or nest its XML thousands of levels deep. Each is refused while it is being
// read, quickly and in little memory, with a reason naming the file and the limit it reached; an
// ordinary Word file with the same structure still reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docxPages } from '../../electron/services/import/extract/docx/docx-pages';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { docxLimits, LimitedZip } from '../../electron/services/import/extract/docx/limited-zip';
import { deflated, docxBomb, docxOf, stored, zipOf } from '../support/zip-bomb';

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('refusing a Word file built to exhaust memory', () => {
  it('refuses a .docx whose document unpacks to 1 GB, naming the file and the unpacked limit', async () => {
    const bomb = docxBomb(1024);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    await expect(docxPages(bomb, 'bomb.docx')).rejects.toMatchObject({
      code: 'over-limit',
      message: expect.stringMatching(
        /^bomb\.docx was refused: word\/document\.xml unpacks to more than 64 MB \(the limit is 64 MB unpacked\)/,
      ),
    });
  });

  it('refuses a document that unpacks past the limit even when the zip claims it is 1 KB', async () => {
    const liar = docxBomb(100, 1024);
    await expect(docxPages(liar, 'liar.docx')).rejects.toMatchObject({
      code: 'over-limit',
      message: expect.stringContaining('liar.docx was refused'),
    });
  });

  it('refuses a zip listing more entries than the limit, without unpacking any', async () => {
    const entries = Array.from({ length: docxLimits.maxEntries + 1 }, (_, index) =>
      stored(`word/media/image${index}.png`, 'x'),
    );
    const crowded = zipOf([deflated('word/document.xml', paragraph('Hello')), ...entries]);
    await expect(docxPages(crowded, 'crowded.docx')).rejects.toMatchObject({
      code: 'over-limit',
      message: expect.stringMatching(
        /^crowded\.docx was refused: its zip lists more than 10000 entries \(the limit is 10000 entries\)/,
      ),
    });
  });

  it('refuses XML nested deeper than the limit, naming the part and the depth', async () => {
    const depth = docxLimits.maxXmlDepth + 10;
    const nested = `${'<w:sdt><w:sdtContent>'.repeat(depth / 2)}${paragraph('Deep')}${'</w:sdtContent></w:sdt>'.repeat(depth / 2)}`;
    await expect(docxPages(docxOf(nested), 'nested.docx')).rejects.toMatchObject({
      code: 'over-limit',
      message: expect.stringMatching(
        /^nested\.docx was refused: word\/document\.xml nests its XML more than 512 levels deep/,
      ),
    });
  });

  it('refuses a small zip of dense markup holding more elements than the limit, before parsing it', async () => {
    const dense = docxOf(paragraph('Item').repeat(docxLimits.maxXmlElements / 2));
    expect(dense.length).toBeLessThan(100 * 1024);
    await expect(docxPages(dense, 'dense.docx')).rejects.toMatchObject({
      code: 'over-limit',
      message: expect.stringMatching(
        /^dense\.docx was refused: word\/document\.xml holds more than 500,000 XML elements/,
      ),
    });
  });

  it('stops reading when the time allowed is spent, naming the limit', async () => {
    const zip = new LimitedZip(docxBomb(40), 'slow.docx', { ...docxLimits, maxMilliseconds: 0 });
    await expect(zip.file('word/document.xml')!.async('string')).rejects.toMatchObject({
      code: 'over-limit',
      message: expect.stringMatching(/^slow\.docx was refused: unpacking it took too long/),
    });
  });

  it('still reads an ordinary Word document, nested tables and all', async () => {
    const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('Indicator')}${cell('Q1')}</w:tr></w:tbl>`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'docx-')), 'ok.docx');
    writeFileSync(file, docxOf(`${paragraph('Minutes')}${table}`));
    const document = await extractDocument(file);
    expect(document.pages).toHaveLength(1);
    expect(document.pages[0]!.split('\n').filter(Boolean)).toEqual(['Minutes', 'Indicator\tQ1']);
  });
});
