// End to end in Chromium through the loopback web host: a pack of several megabytes imports from
// the file chooser (the web host once refused anything over about 730 KB), and a chart whose
// indicator name holds quotes, `class="…"`, `<` and `&` downloads as an SVG that parses with the
// name intact and as a PNG that renders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { samplePackPath } from '../../electron/services/app-session';
import { largePackText } from '../support/large-pack';
import { screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(180_000);
let e2e: E2eSession;
let packsDir: string;
const hostileName = 'Re-referrals class="rate" "within 12 months <18s & families';
const shot = (name: string) =>
  e2e.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  packsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-large-packs-'));
  e2e = await startE2e();
  await e2e.page.goto(e2e.url);
  await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
});
afterAll(async () => {
  await e2e?.stop();
  fs.rmSync(packsDir, { recursive: true, force: true });
});

describe('large packs and awkward names in the browser', () => {
  it('imports a 6 MB pack chosen in the file picker', async () => {
    const large = path.join(packsDir, 'pack-january-with-appendices.txt');
    fs.writeFileSync(large, largePackText(6));
    expect(fs.statSync(large).size).toBeGreaterThan(6 * 1024 * 1024);
    // The quarter before, so the indicators have a series to chart.
    const earlier = path.join(packsDir, 'pack-october.txt');
    fs.writeFileSync(
      earlier,
      fs
        .readFileSync(samplePackPath, 'utf8')
        .replace(/12 January 2027/g, '6 October 2026')
        .replace(/12 JANUARY 2027/g, '6 OCTOBER 2026')
        .replace(/(quarter) 2\b/gi, '$1 1')
        .replace('19.6%\t20.1% (245)', '18.9%\t19.6% (238)'),
    );
    await e2e.page.getByLabel('Choose agenda pack files').setInputFiles([earlier, large]);
    const finished = e2e.page.getByText(/^Import finished/);
    await finished.waitFor({ timeout: 120_000 });
    expect(await finished.innerText()).toBe('Import finished: 2 files imported.');
    const report = await e2e.page.getByRole('region', { name: 'Import report' }).innerText();
    expect(report).toContain('pack-january-with-appendices.txt');
    expect(report).not.toMatch(/could not be completed|too large/i);
    await shot('import-large-pack');
    expect(e2e.problems).toEqual([]);
  });

  it('downloads the chart of an indicator with an awkward name as a well-formed SVG and a PNG', async () => {
    const db = new Database(e2e.storePath);
    const renamed = db
      .prepare("UPDATE indicator SET name = ? WHERE name LIKE 'Re-referrals%'")
      .run(hostileName);
    db.close();
    expect(renamed.changes).toBe(1);
    await e2e.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', {
        name: 'Indicators',
      })
      .click();
    await e2e.page.getByRole('main').getByRole('link', { name: hostileName }).click();
    await e2e.page.getByRole('figure').waitFor();
    await shot('indicator-chart-awkward-name');

    const [svgDownload] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('button', { name: 'Download chart as SVG' }).click(),
    ]);
    const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
    // Parsed by the browser's own XML parser, as any program opening the file would.
    const parsed = await e2e.page.evaluate((markup) => {
      const file = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        errors: file.getElementsByTagName('parsererror').length,
        title: file.querySelector('title')?.textContent ?? '',
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    expect(parsed.title).toContain(hostileName);

    const [pngDownload] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('button', { name: 'Download chart as PNG' }).click(),
    ]);
    const png = fs.readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(600); // width, drawn at twice the chart's size
    fs.writeFileSync(path.join(screenshotDir, 'indicator-chart-awkward-name-export.png'), png);
    expect(e2e.problems).toEqual([]);
  });
});
