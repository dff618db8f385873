// End to end in Chromium against the web host and a real store: a new member tries the sample
// briefing, opens the meeting, reads its minutes and resolutions, opens a source; then imports a
// PDF pack through the file chooser and sees it in the report. Screenshots are saved.
import path from 'node:path';
import { screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(120_000);
let e2e: E2eSession;
const shot = (name: string) =>
  e2e.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  e2e = await startE2e();
  await e2e.page.goto(e2e.url);
  await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
});
afterAll(async () => {
  await e2e?.stop();
});

describe('importing agenda packs in the browser', () => {
  it('imports the sample briefing in one click and reports what it found', async () => {
    await e2e.page.getByRole('button', { name: 'Try the sample briefing' }).click();
    const report = e2e.page.getByRole('region', { name: 'Import report' });
    await report.waitFor();
    await report.getByText('Imported', { exact: false }).first().waitFor();
    await shot('import-report-sample');
    expect(await report.innerText()).toMatch(/Tuesday 12 January 2027/);
    expect(e2e.problems).toEqual([]);
  });

  it('opens the meeting with its agenda, and the minutes it records with resolutions set apart', async () => {
    await e2e.page
      .getByRole('region', { name: 'Import report' })
      .getByRole('link', { name: /Tuesday 3 November 2026/ })
      .click();
    await e2e.page.getByRole('heading', { level: 1, name: /3 November 2026/ }).waitFor();
    const main = e2e.page.getByRole('main');
    await main.getByText('Resolved', { exact: true }).first().waitFor();
    const text = await main.innerText();
    expect(text).toMatch(/That the Director be requested to bring a report on re-referrals/);
    expect(text).toMatch(/Cllr J\. Archer/);
    await shot('meeting-minutes');
    expect(e2e.problems).toEqual([]);
  });

  it('shows the source of a fact as the page it was read from', async () => {
    await e2e.page
      .getByRole('button', { name: /^Source: page \d+/ })
      .first()
      .click();
    const dialog = e2e.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').first().innerText()).toContain(
      'sample-agenda-pack.txt',
    );
    expect(await dialog.locator('mark').count()).toBeGreaterThan(0);
    await shot('source-dialog');
    await e2e.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(e2e.problems).toEqual([]);
  });

  it('imports a PDF chosen in the file chooser and lists its meeting', async () => {
    await e2e.page
      .getByLabel('Choose agenda pack files')
      .setInputFiles(path.resolve(__dirname, '../fixtures/packs/pack.pdf'));
    const report = e2e.page.getByRole('region', { name: 'Import report' });
    await report.getByText('pack.pdf').first().waitFor();
    await e2e.page.getByText(/Import finished/).waitFor();
    expect(await report.innerText()).toMatch(/14 January 2025/);
    await shot('import-report-pdf');
    await e2e.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await e2e.page
      .getByRole('main')
      .getByText(/14 January 2025/)
      .first()
      .waitFor();
    await shot('meetings-after-import');
    expect(e2e.problems).toEqual([]);
  });

  it('reports a file that is not a pack, with its reason, and keeps going', async () => {
    await e2e.page
      .getByLabel('Choose agenda pack files')
      .setInputFiles([path.resolve(__dirname, '../fixtures/packs/locked.pdf')]);
    const report = e2e.page.getByRole('region', { name: 'Import report' });
    await report.getByRole('alert').first().waitFor();
    expect(await report.innerText()).toMatch(/locked\.pdf.*password/is);
    await shot('import-report-failure');
    expect(e2e.problems).toEqual([]);
  });
});
