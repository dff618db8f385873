// Agenda packs arrive as PDFs printed from Word or a browser: these cases prove the extractor gives
// back the lines a member reads, in reading order and on the right page, and refuses bad files clearly.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { ExtractionError } from '../../electron/services/import/extract/extraction-error';
import {
  afterColumns,
  alignedLeft,
  alignedRight,
  packPages,
  twoColumnLeft,
  twoColumnRight,
} from '../fixtures/packs/pack-text';

const packs = path.resolve(__dirname, '../fixtures/packs');
const fixture = (name: string) => path.join(packs, name);
jest.setTimeout(15_000);

/** Joins a page's wrapped lines back into one string, to compare prose regardless of line breaks. */
const prose = (page: string | undefined) => (page ?? '').split(/\n+/).join(' ');

/** A page's printed lines, without the blank lines that separate its paragraphs. */
const printedLines = (page: string | undefined) =>
  (page ?? '').split('\n').filter((line) => line !== '');

async function failureOf(file: string): Promise<ExtractionError> {
  const error: unknown = await extractDocument(file).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ExtractionError))
    throw new Error(`expected an ExtractionError, got ${String(error)}`);
  return error;
}

/** OS threads in this process: each PDF worker is one while it runs. */
const threadCount = () => readdirSync('/proc/self/task').length;

/** The thread count once it has stayed put for half a second (workers take a while to exit). */
async function settledThreadCount(): Promise<number> {
  let previous = -1;
  for (let steady = 0, wait = 0; steady < 10 && wait < 60; wait += 1) {
    const count = threadCount();
    steady = count === previous ? steady + 1 : 0;
    previous = count;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return threadCount();
}

/** The thread count once it is back to `count`, or after three seconds of waiting for that. */
async function threadsBackTo(count: number): Promise<number> {
  for (let wait = 0; wait < 60 && threadCount() > count; wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return threadCount();
}

describe('extracting a PDF agenda pack', () => {
  it('gives back every page line by line, in order, with the printed page number last', async () => {
    const document = await extractDocument(fixture('pack.pdf'));
    expect(document.format).toBe('pdf');
    expect(document.pages).toHaveLength(7);
    packPages.forEach((lines, index) => {
      expect(printedLines(document.pages[index])).toEqual([...lines, `Page ${index + 1}`]);
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.byteSize).toBe(readFileSync(fixture('pack.pdf')).byteLength);
    expect(document.warnings).toEqual([]);
  });

  it('keeps the agenda page references and lettered resolutions on their own lines', async () => {
    const document = await extractDocument(fixture('pack.pdf'));
    expect(document.pages[1]).toContain('3. Minutes of the previous meeting (Pages 3 - 4)');
    expect(document.pages[2]).toContain('RESOLVED: That\n(a) the report be noted;\n(b) the Head');
  });

  it('separates dashboard table cells with tabs, one row per line', async () => {
    const document = await extractDocument(fixture('pack.pdf'));
    const rows = (document.pages[4] ?? '').split('\n');
    expect(rows).toContain('Household waste recycled\t45%\t27.3% (39)\t19.7%\tRed');
    expect(rows.filter((row) => row.split('\t').length === 5)).toHaveLength(4);
  });

  it('reads a two-column page down the left column before the right one', async () => {
    const document = await extractDocument(fixture('pack.pdf'));
    const page = prose(document.pages[5]);
    expect(page).toBe(
      ['Garden waste review', ...twoColumnLeft, ...twoColumnRight, 'Page 6'].join(' '),
    );
  });

  it('reads columns whose lines share baselines apart, then the full-width text below', async () => {
    const document = await extractDocument(fixture('pack.pdf'));
    expect(prose(document.pages[6])).toBe(
      ['Bulky waste review', ...alignedLeft, ...alignedRight, afterColumns, 'Page 7'].join(' '),
    );
  });

  it('reports progress once per page, counting up to the page total', async () => {
    const progress: { page: number; pages: number }[] = [];
    await extractDocument(fixture('pack.pdf'), { onProgress: (step) => progress.push(step) });
    expect(progress).toEqual(
      Array.from({ length: 7 }, (_, index) => ({ page: index + 1, pages: 7 })),
    );
  });

  it('shares a long pack between two workers and still returns its pages in order', async () => {
    const one = await extractDocument(fixture('long.pdf'), { pdfWorkers: 1 });
    const progress: number[] = [];
    const two = await extractDocument(fixture('long.pdf'), {
      onProgress: ({ page }) => progress.push(page),
    });
    expect(two.pages).toHaveLength(45);
    expect(two.pages).toEqual(one.pages);
    two.pages.forEach((page, index) => expect(page).toContain(`Long pack page ${index + 1}\n`));
    expect(progress).toEqual(Array.from({ length: 45 }, (_, index) => index + 1));
  });

  it('stops when cancelled mid-way, rejecting as cancelled and leaving no worker running', async () => {
    await extractDocument(fixture('pack.pdf'));
    const before = await settledThreadCount();
    const controller = new AbortController();
    let threadsWhileReading = 0;
    const reading = extractDocument(fixture('long.pdf'), {
      signal: controller.signal,
      onProgress: ({ page }) => {
        threadsWhileReading = threadCount();
        if (page === 3) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ code: 'cancelled', message: /long\.pdf/ });
    expect(threadsWhileReading).toBeGreaterThan(before);
    expect(await threadsBackTo(before)).toBeLessThanOrEqual(before);
  });

  it('refuses to start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      extractDocument(fixture('pack.pdf'), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('refusing PDFs that cannot be read', () => {
  it('asks for a copy without a password when the pack is encrypted', async () => {
    const error = await failureOf(fixture('locked.pdf'));
    expect(error.code).toBe('password');
    expect(error.message).toMatch(
      /^locked\.pdf is password-protected: .*save a copy without a password/,
    );
  });

  it('says a half-downloaded PDF is cut short', async () => {
    const whole = readFileSync(fixture('pack.pdf'));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), 'half.pdf');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.byteLength / 2)));
    const error = await failureOf(file);
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/^half\.pdf is incomplete/);
  });

  it('reads a PDF with a broken cross-reference table and warns that it is damaged', async () => {
    const whole = readFileSync(fixture('pack.pdf')).toString('latin1');
    const broken = whole.replace(/startxref\s+\d+/, 'startxref\n999');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'extract-')), 'repaired.pdf');
    writeFileSync(file, Buffer.from(broken, 'latin1'));
    const document = await extractDocument(file);
    expect(document.pages[0]).toContain('Northbridge Borough Council');
    expect(document.warnings).toEqual([
      expect.stringMatching(/^repaired\.pdf is damaged \(.+\); 7 of 7 pages were read/),
    ]);
  });

  it('says a scanned pack has no text instead of importing blank pages', async () => {
    const error = await failureOf(fixture('scanned.pdf'));
    expect(error.code).toBe('no-text');
    expect(error.message).toMatch(/^scanned\.pdf has no text.*OCR/);
  });

  it('warns which pages are images only when the rest has text', async () => {
    const document = await extractDocument(fixture('partly-scanned.pdf'));
    expect(document.pages).toEqual(['Cover letter with real text', '']);
    expect(document.warnings).toEqual([
      expect.stringMatching(/^partly-scanned\.pdf: no text on page 2 /),
    ]);
  });

  it('says a .pdf that is really text is not a PDF', async () => {
    const error = await failureOf(fixture('really-text.pdf'));
    expect(error.code).toBe('not-pdf');
    expect(error.message).toMatch(/^really-text\.pdf is named as a PDF but is not one/);
  });

  it('says an empty download is empty', async () => {
    const error = await failureOf(fixture('empty.pdf'));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/^empty\.pdf is empty/);
  });
});
