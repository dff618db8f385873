// End to end in Chromium: two quarters' packs imported through the file chooser, then the
// scorecard, one indicator's chart and its data table, and an exception turned into a question.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { samplePackPath } from '../../electron/services/app-session';
import { screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(120_000);
let e2e: E2eSession;
let packsDir: string;
const shot = (name: string) =>
  e2e.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
const nav = (name: string) =>
  e2e.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });

/** Our sample pack, and the same council's pack for the quarter before, with earlier figures. */
function writePacks(): string[] {
  packsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-packs-'));
  const text = fs.readFileSync(samplePackPath, 'utf8');
  const earlier = text
    .replace(/12 January 2027/g, '6 October 2026')
    .replace(/12 JANUARY 2027/g, '6 OCTOBER 2026')
    .replace(/(quarter) 2\b/gi, '$1 1')
    .replace('19.6%\t20.1% (245)', '18.9%\t19.6% (238)')
    .replace('94.9%\t94.6%', '95.3%\t94.9%')
    .replace('55.2%\t58.0%', '53.0%\t55.2%');
  const files = [path.join(packsDir, 'pack-october.txt'), path.join(packsDir, 'pack-january.txt')];
  fs.writeFileSync(files[0]!, earlier);
  fs.writeFileSync(files[1]!, text);
  return files;
}

beforeAll(async () => {
  e2e = await startE2e();
  await e2e.page.goto(e2e.url);
  await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
  await e2e.page.getByLabel('Choose agenda pack files').setInputFiles(writePacks());
  await e2e.page.getByText(/Import finished/).waitFor();
});
afterAll(async () => {
  await e2e?.stop();
  fs.rmSync(packsDir, { recursive: true, force: true });
});

describe('indicators in the browser', () => {
  it('shows a scorecard with each indicator’s latest figure, direction in words and RAG as text', async () => {
    await nav('Indicators').click();
    await e2e.page.getByRole('heading', { level: 1, name: 'Indicators' }).waitFor();
    const main = e2e.page.getByRole('main');
    await main.getByRole('link', { name: /Re-referrals/ }).waitFor();
    const text = await main.innerText();
    expect(text).toMatch(/20\.1%/);
    expect(text).toMatch(/Worsened|Improved/);
    expect(text).toMatch(/Red|Amber|Green/);
    await shot('indicators-scorecard');
    expect(e2e.problems).toEqual([]);
  });

  it('charts one indicator with its alt text, and shows the same figures as a table with sources', async () => {
    await e2e.page
      .getByRole('main')
      .getByRole('link', { name: /Re-referrals/ })
      .click();
    const figure = e2e.page.getByRole('figure');
    await figure.waitFor();
    expect(await figure.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await e2e.page.getByRole('main').innerText()).toMatch(/Q1 2026\/27.*Q2 2026\/27/s);
    await shot('indicator-chart');
    await e2e.page.getByRole('button', { name: 'Show as a table' }).click();
    const table = e2e.page
      .getByRole('table')
      .filter({ has: e2e.page.getByRole('columnheader', { name: 'Period' }) });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    expect(await table.getByRole('button', { name: /^Source: page/ }).count()).toBeGreaterThan(0);
    await shot('indicator-table');
    expect(e2e.problems).toEqual([]);
  });

  it('downloads the chart as SVG', async () => {
    await e2e.page.getByRole('button', { name: 'Show as a chart' }).click();
    const [download] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('button', { name: 'Download chart as SVG' }).click(),
    ]);
    const file = await download.path();
    const svg = fs.readFileSync(file!, 'utf8');
    expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/<title>[^<]*Re-referrals/);
    expect(e2e.problems).toEqual([]);
  });

  it('turns an exception into one of the member’s questions', async () => {
    await e2e.page.getByRole('button', { name: 'Add to my questions' }).first().click();
    await e2e.page.getByText('Added to your questions').first().waitFor();
    await nav('Questions').click();
    await e2e.page.getByRole('heading', { level: 1, name: 'Questions' }).waitFor();
    expect(await e2e.page.getByRole('main').innerText()).toMatch(/Re-referrals/);
    await shot('questions-from-exception');
    expect(e2e.problems).toEqual([]);
  });
});
