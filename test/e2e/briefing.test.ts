// End to end in Chromium: on the 7 June 2022 meeting's page the member opens "Export briefing",
// sees the preview (items, their question, a chart), and saves all four formats as downloads;
// each file is read back, and pictures of the PDF's and the Word file's first pages are kept
// with the screenshots. Skips with a message when the seed packs are absent.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { axeViolations, screenshotDir, startE2e, type E2eSession } from './browser';
import { describeWithSeeds, fillBriefingStore, memberQuestion } from '../support/briefing-store';
import { makeTempDir } from '../support/temp-store';

jest.setTimeout(240_000);
const describeIfSeeds = describeWithSeeds('the briefing export e2e test');

let e2e: E2eSession;
let meetingId = 0;
const saved = makeTempDir('scrutineer-briefing-downloads-');
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file));

/** The first pages of a PDF as PNGs beside the other screenshots; returns their paths. */
function firstPages(pdf: string, name: string, pages = 2): string[] {
  const prefix = path.join(screenshotDir, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(pages), pdf, prefix]);
  return fs
    .readdirSync(screenshotDir)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
    .sort()
    .map((file) => path.join(screenshotDir, file));
}

async function saveAs(label: RegExp): Promise<string> {
  const page = e2e.page;
  const dialog = page.getByRole('dialog', { name: 'Export briefing' });
  await dialog.getByRole('radio', { name: label }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save briefing' }).click(),
  ]);
  const file = path.join(saved.dir, download.suggestedFilename());
  await download.saveAs(file);
  await dialog.getByRole('status').getByText(`Saved ${download.suggestedFilename()}.`).waitFor();
  return file;
}

describeIfSeeds('exporting a briefing from the meeting page', () => {
  beforeAll(async () => {
    e2e = await startE2e(async (storePath) => {
      ({ meetingId } = await fillBriefingStore(storePath));
    });
  });
  afterAll(async () => {
    await e2e?.stop();
    saved.remove();
  });

  it('previews the briefing with the items, the member’s question and a chart', async () => {
    const page = e2e.page;
    await page.goto(`${e2e.url}#/meetings/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: /7 June 2022/ }).waitFor();
    await page.getByRole('button', { name: 'Export briefing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export briefing' });
    await dialog.waitFor();
    const preview = dialog.getByRole('region', { name: 'Preview of the briefing' });
    await preview
      .getByRole('heading', { name: 'Item 10: Quarter 4 2021/22 Performance Report' })
      .waitFor();
    await expect(preview.getByText(memberQuestion).count()).resolves.toBe(1);
    await expect(
      preview
        .getByRole('img', {
          name: /^Child protection cases which were reviewed within timescales$/,
        })
        .count(),
    ).resolves.toBe(1);
    expect(
      await dialog
        .getByRole('checkbox', { name: /^10\. Quarter 4 2021\/22 Performance Report/ })
        .isChecked(),
    ).toBe(true);
    expect(
      await dialog.getByRole('checkbox', { name: /^1\. Appointment of Chairman/ }).isChecked(),
    ).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'briefing-dialog.png') });
    await preview
      .getByRole('heading', { name: 'Indicators with exceptions' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'briefing-dialog-chart.png') });
  });

  it('saves a Word file with heading styles, the question and a chart with alt text', async () => {
    const file = await saveAs(/^Word/);
    expect(path.basename(file)).toBe('briefing-2022-06-07.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain(memberQuestion);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Chart: /);
    if (soffice) {
      execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', saved.dir, file], {
        timeout: 180_000,
      });
      const pages = firstPages(
        path.join(saved.dir, 'briefing-2022-06-07.pdf'),
        'briefing-docx-page',
      );
      expect(pages.length).toBe(2);
    } else console.warn('LibreOffice is not installed: the Word file’s first page is not drawn.');
  });

  it('saves a tagged PDF whose first pages are kept as pictures', async () => {
    const file = await saveAs(/^PDF/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(memberQuestion);
    expect(text).toContain('Item 10: Quarter 4 2021/22 Performance Report');
    expect(text).toMatch(/forwarded to the Scrutiny Commission/);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    expect(firstPages(file, 'briefing-pdf-app-page').length).toBe(2);
  });

  it('saves one HTML file and a Markdown zip with its chart pictures', async () => {
    const html = fs.readFileSync(await saveAs(/^Web page/), 'utf8');
    expect(html).toContain(memberQuestion);
    expect(html).toMatch(/<img src="data:image\/png;base64,[^"]+" [^>]*alt="Chart: /);
    const zip = await JSZip.loadAsync(fs.readFileSync(await saveAs(/^Markdown/)));
    const names = Object.keys(zip.files);
    expect(names).toContain('briefing-2022-06-07.md');
    const markdown = await zip.file('briefing-2022-06-07.md')!.async('string');
    expect(markdown).toContain(memberQuestion);
    const linked = [...markdown.matchAll(/!\[Chart: [^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((name) => names.includes(name))).toBe(true);
    expect(e2e.problems).toEqual([]);
  });
});
