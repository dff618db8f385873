// A PDF can be built to exhaust the importer: thousands of pages, thousands of blank pages, pages
// that take forever. These cases prove each is refused by name with its limit, without reading on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { writePdf, type PlacedText } from '../support/pdf-writer';

jest.setTimeout(60_000);

const folder = mkdtempSync(path.join(tmpdir(), 'extract-limits-'));
const packs = path.resolve(__dirname, '../fixtures/packs');

async function written(name: string, pages: PlacedText[][]): Promise<string> {
  const file = path.join(folder, name);
  await writePdf(file, pages);
  return file;
}

const textPage = (number: number): PlacedText[] => [
  { text: `Agenda pack page ${number}`, x: 72, y: 80 },
];

describe('refusing PDFs that would take too long or too much memory', () => {
  it('refuses a PDF over the page limit, naming the file, its pages and the limit', async () => {
    const file = await written(
      'long-pack.pdf',
      Array.from({ length: 30 }, (_, index) => textPage(index + 1)),
    );
    const pagesRead: number[] = [];
    await expect(
      extractDocument(file, { maxPages: 20, onProgress: ({ page }) => pagesRead.push(page) }),
    ).rejects.toMatchObject({
      code: 'too-many-pages',
      message: expect.stringMatching(
        /^long-pack\.pdf has too many pages to import \(30; the limit is 20\)/,
      ),
    });
    expect(pagesRead).toEqual([]);
  });

  it('says 10,000 blank pages look scanned without reading them all', async () => {
    const file = await written(
      'blank.pdf',
      Array.from({ length: 10_000 }, () => []),
    );
    const pagesRead: number[] = [];
    await expect(
      extractDocument(file, { onProgress: ({ page }) => pagesRead.push(page) }),
    ).rejects.toMatchObject({
      code: 'no-text',
      message: expect.stringMatching(/^blank\.pdf has no text/),
    });
    expect(pagesRead.length).toBeLessThan(100);
  });

  it('stops reading a long PDF once its opening pages all turn out to have no text', async () => {
    const pages = Array.from({ length: 300 }, (_, index) => (index === 299 ? textPage(300) : []));
    const file = await written('scanned-pack.pdf', pages);
    const pagesRead: number[] = [];
    await expect(
      extractDocument(file, { onProgress: ({ page }) => pagesRead.push(page) }),
    ).rejects.toMatchObject({ code: 'no-text' });
    expect(pagesRead.length).toBeLessThan(100);
  });

  it('still reads a pack whose first few pages are blank', async () => {
    const pages = Array.from({ length: 12 }, (_, index) => (index < 5 ? [] : textPage(index + 1)));
    const document = await extractDocument(await written('cover-pages.pdf', pages));
    expect(document.pages[11]).toBe('Agenda pack page 12');
  });

  it('stops a PDF that takes longer than the time limit, naming the file and the limit', async () => {
    await expect(
      extractDocument(path.join(packs, 'long.pdf'), { timeLimitMs: 1 }),
    ).rejects.toMatchObject({
      code: 'too-slow',
      message: expect.stringMatching(/^long\.pdf took too long to read \(the limit is 1 ms\)/),
    });
  });
});
