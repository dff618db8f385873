// The chair's review in Chromium: a store holding four meetings of one panel (our own packs,
// moved two years back so that one request is past due today), the Actions page with the overdue
// request marked and a status an action log stated, a status saved with a note, a follow-up
// confirmed, and the meeting page's "Actions from earlier meetings". Screenshots in test-output/screenshots/actions-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/store';
import { importFiles } from '../../electron/services/import/import-files';
import { axeViolations, screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(180_000);
let e2e: E2eSession;

const fixtures = path.resolve(__dirname, '../fixtures/actions');

/** Our fixture packs with every 2027 and 2026 date moved back two years. */
async function fillStore(storePath: string): Promise<void> {
  const folder = path.join(path.dirname(storePath), 'packs');
  fs.mkdirSync(folder);
  for (const name of fs.readdirSync(fixtures)) {
    const text = fs
      .readFileSync(path.join(fixtures, name), 'utf8')
      .replace(/2026/g, '2024')
      .replace(/2027/g, '2025');
    fs.writeFileSync(path.join(folder, name.replace('2027', '2025')), text);
  }
  const { db } = await openStore(storePath);
  const results = await importFiles(db, [folder], { today: '2026-01-01' });
  db.close();
  if (results.some((result) => result.status !== 'imported'))
    throw new Error(`fixture import failed: ${JSON.stringify(results)}`);
}

beforeAll(async () => {
  e2e = await startE2e(fillStore);
  await e2e.page.goto(e2e.url);
});
afterAll(async () => {
  await e2e?.stop();
});

const nav = (name: string) =>
  e2e.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });
const card = (words: RegExp) => e2e.page.locator('article').filter({ hasText: words });

describe('the chair reviewing actions', () => {
  it('lists the panel’s actions, outstanding first, with the past-due request marked overdue', async () => {
    await nav('Actions').click();
    await e2e.page.getByRole('heading', { level: 1, name: 'Actions' }).waitFor();
    const first = e2e.page.locator('article').first();
    await first.getByText('Overdue').waitFor();
    expect(await first.innerText()).toMatch(/missed bin collections/);
    expect(await e2e.page.getByText('That the report be noted.').count()).toBe(0);
    await e2e.page
      .getByText(/Environment and Transport Scrutiny Panel: \d+ outstanding, 1 overdue/)
      .waitFor();
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'actions-page.png'),
      fullPage: true,
    });
    expect(await axeViolations(e2e.page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
  });

  it('shows the status the September action log stated, with its page', async () => {
    const bus = card(/evening bus network/);
    await bus.getByText('Status history (1)').click();
    await bus.getByText(/Done \(stated by the action log in the papers\)/).waitFor();
    await bus.getByRole('button', { name: 'Source: page 2' }).last().click();
    const dialog = e2e.page.getByRole('dialog');
    await dialog
      .getByText(/Panel Action Log/)
      .first()
      .waitFor();
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'actions-log-source.png'),
      fullPage: false,
    });
    await e2e.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('opens the printed page a request was read from', async () => {
    await card(/gully cleansing/)
      .getByRole('button', { name: /Source: page/ })
      .click();
    const dialog = e2e.page.getByRole('dialog');
    await dialog
      .getByText(/gully cleansing by ward/)
      .first()
      .waitFor();
    await e2e.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('saves a status with a note, which the history keeps', async () => {
    const bins = card(/missed bin collections/);
    await bins.getByLabel('New status').selectOption('in-progress');
    await bins.getByLabel('Note (optional)').fill('Update booked for the next cycle');
    await bins.getByRole('button', { name: 'Save status' }).click();
    await bins.getByText('Saved: In progress.').waitFor();
    await bins.getByText('Status history (2)').click();
    await bins.getByText(/Open \(stated by the action log in the papers\)/).waitFor();
    await bins.getByText(/In progress – Update booked for the next cycle/).waitFor();
    expect(await bins.getByText('Overdue').count()).toBe(1);
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'actions-status-saved.png'),
      fullPage: true,
    });
    expect(e2e.problems).toEqual([]);
  });

  it('confirms the later item suggested as a request’s follow-up', async () => {
    const bus = card(/evening bus network/);
    await bus.getByText('Suggested').waitFor();
    await bus.getByRole('button', { name: 'Confirm follow-up' }).click();
    await bus.getByText('Confirmed').waitFor();
    expect(await bus.getByRole('button', { name: 'Confirm follow-up' }).count()).toBe(0);
  });

  it('shows on the June meeting page the earlier actions due by then, with their follow-ups', async () => {
    await card(/evening bus network/)
      .getByRole('link', { name: /Evening Bus Network: Progress Report/ })
      .click();
    await e2e.page.getByRole('heading', { level: 1, name: /15 June 2025/ }).waitFor();
    const section = e2e.page.getByRole('region', { name: 'Actions from earlier meetings' });
    await section.getByText(/evening bus network/).waitFor();
    await section.getByText('Confirmed').waitFor();
    expect(await section.getByText(/gully cleansing/).count()).toBe(0);
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'actions-meeting-section.png'),
      fullPage: true,
    });
    expect(await axeViolations(e2e.page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
  });
});
