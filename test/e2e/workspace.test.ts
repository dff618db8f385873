// End to end in Chromium with the keyboard only: on a meeting's page the member adds a question
// and a note beside report paragraphs, then in "My preparation" sees the question carried from
// the last meeting, reorders questions, sets a status and records an answer that survives a reload.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { runCli } from '../../electron/services/command-line';
import { samplePackPath } from '../../electron/services/app-session';
import { screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(180_000);
let e2e: E2eSession;

async function cli(...argv: string[]): Promise<void> {
  let stderr = '';
  const code = await runCli(argv, { stdout: () => undefined, stderr: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`scrutineer ${argv.join(' ')}: ${stderr}`);
}

const carried = 'Was the route review timetable circulated to members?';
const first = 'Why have re-referrals stayed above target for three quarters?';
const second = 'Which care leavers are not in education, employment or training?';
const third = 'Which councils are our statistical neighbours?';

beforeAll(async () => {
  e2e = await startE2e(async (storePath) => {
    await cli('import', samplePackPath, '--db', storePath);
    await cli('questions', 'add', '--meeting', '2026-11-03', '--text', carried, '--db', storePath);
  });
});
afterAll(async () => {
  await e2e?.stop();
});

/** What the focused element says (its accessible text), for choosing where Tab has landed. */
const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '(nothing focused)';
    return (active?.getAttribute('aria-label') ?? active?.innerText ?? '').replace(/\s+/g, ' ');
  });

/** The question of the "My preparation" row holding the focus, if any. */
const focusedRow = (page: Page): Promise<string | null> =>
  page.evaluate(
    () =>
      document.activeElement?.closest('.prep-row')?.querySelector('.prep-text')?.textContent ??
      null,
  );

/**
 * Presses Tab (or Shift+Tab) until the focused element's text matches (and, given `row`, it sits
 * in that question's row of "My preparation"); fails after `limit` presses.
 */
async function tabTo(
  page: Page,
  text: RegExp,
  { back = false, limit = 250, row }: { back?: boolean; limit?: number; row?: string } = {},
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (text.test(await focusedText(page)) && (!row || (await focusedRow(page)) === row)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${text} (last: ${await focusedText(page)})`);
}

/** Waits for what the page shows to settle on the expected value (no timing is asserted). */
async function settlesOn<T>(read: () => Promise<T>, expected: T): Promise<void> {
  let last: T | undefined;
  for (let tries = 0; tries < 100; tries++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(last).toEqual(expected);
}

async function openMeeting(): Promise<void> {
  await e2e.page.goto(e2e.url);
  await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
  await tabTo(e2e.page, /^Tuesday 12 January 2027/);
  await e2e.page.keyboard.press('Enter');
  await e2e.page.getByRole('heading', { level: 1, name: /12 January 2027/ }).waitFor();
}

/** Opens the form beside a paragraph of the performance report and saves a question or note. */
async function addFromParagraph(paragraph: string, kind: 'Question' | 'Note', text: string) {
  const page = e2e.page;
  await tabTo(page, new RegExp(`Add question or note on paragraph ${paragraph} of Quarter 2`));
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Your question' }).waitFor();
  if (kind === 'Note') {
    await page.keyboard.press('Shift+Tab'); // onto the chosen radio button ("Question")
    await page.keyboard.press('ArrowRight'); // the next radio button: "Note"
    await page.keyboard.press('Tab'); // into the note box
  }
  await page.keyboard.type(text);
  await tabTo(page, new RegExp(`Save ${kind.toLowerCase()}`));
  await page.keyboard.press('Enter');
  await page.getByText(text).first().waitFor();
  await settlesOn(
    async () => /^Add question or note on paragraph/.test(await focusedText(page)),
    true,
  );
}

describe("the member's workspace in Chromium, by keyboard only", () => {
  it('adds a question and a note beside report paragraphs on the meeting page', async () => {
    await openMeeting();
    const page = e2e.page;
    await tabTo(page, /Read the report \(6 paragraphs/);
    await page.keyboard.press('Enter'); // opens the report
    await addFromParagraph('3', 'Question', first);
    await addFromParagraph('5', 'Question', second);
    await addFromParagraph('4', 'Note', 'Ask for the figure for the same quarter last year.');

    // A passage: words selected in paragraph 2 when its button is pressed become the quote.
    const paragraph2 = page.locator('.report-paragraph', { hasText: 'statistical neighbours' });
    await tabTo(page, /Add question or note on paragraph 2 of Quarter 2/);
    await paragraph2
      .locator('p')
      .first()
      .evaluate((element) => {
        const text = element.firstChild!;
        const start = text.textContent!.indexOf('statistical neighbours');
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 'statistical neighbours'.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      });
    await page.keyboard.press('Enter');
    await page.locator('.work-form .work-quote', { hasText: 'statistical neighbours' }).waitFor();
    await page.keyboard.type(third);
    await tabTo(page, /Save question/);
    await page.keyboard.press('Enter');
    await paragraph2.locator('.work-item .work-quote').waitFor();
    expect(await paragraph2.locator('.work-item .work-quote').innerText()).toBe(
      '“statistical neighbours”',
    );

    const paragraph3 = page.locator('.report-paragraph', { hasText: 'Re-referrals to children' });
    expect(await paragraph3.locator('.work-item').count()).toBe(1);
    const paragraph4 = page.locator('.report-paragraph', { hasText: 'child protection cases' });
    expect(await paragraph4.locator('.work-note').innerText()).toMatch(/Your note/);
    await page
      .locator('section.report', { hasText: 'Quarter 2 2026/27 Performance Report' })
      .screenshot({ path: path.join(screenshotDir, 'workspace-meeting-paragraphs.png') });
    expect(e2e.problems).toEqual([]);
  });

  it('shows My preparation in agenda order with the carried question, and reorders, sets a status and keeps an answer', async () => {
    const page = e2e.page;
    await openMeeting();
    await tabTo(page, /^My preparation$/);
    await page.keyboard.press('Enter');
    const prep = page.locator('section.prep');
    await prep.getByText(carried).waitFor();
    expect(await prep.locator('.prep-carried').innerText()).toBe(
      'Carried from Children and Young People Scrutiny Committee, 3 November 2026',
    );
    const itemRows = prep.locator('[data-group^="item-"] > li .prep-text');
    expect(await itemRows.allInnerTexts()).toEqual([first, second, third]);

    // Move the second question up with its button, then back down with Alt+Down.
    await tabTo(page, /^Move up$/, { row: second });
    await page.keyboard.press('Enter');
    await settlesOn(() => itemRows.allInnerTexts(), [second, first, third]);
    await settlesOn(() => focusedRow(page), second);
    expect(await focusedText(page)).toBe('Move up');
    await page.keyboard.press('Alt+ArrowDown');
    await settlesOn(() => itemRows.allInnerTexts(), [first, second, third]);

    // Status by typing its first letter, then the answer and a note.
    const firstRow = prep.locator('li', { hasText: first });
    await tabTo(page, /Draft/, { back: true, row: first });
    await page.keyboard.type('a'); // "Asked"
    await settlesOn(() => firstRow.getByLabel('Status').inputValue(), 'asked');
    await tabTo(page, /^$/, { row: first }); // the answer box
    await page.keyboard.type('The director will bring a deep dive in March.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Press for the neighbour comparison.');
    await tabTo(page, /^Save answer and note$/);
    await page.keyboard.press('Enter');
    await page.getByText('Saved.').waitFor({ state: 'attached' });
    await prep.screenshot({ path: path.join(screenshotDir, 'workspace-my-preparation.png') });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /12 January 2027/ }).waitFor();
    const kept = page.locator('section.prep li', { hasText: first });
    await settlesOn(
      () => kept.getByLabel('Answer received').inputValue(),
      'The director will bring a deep dive in March.',
    );
    expect(await kept.getByLabel('Status').inputValue()).toBe('asked');
    expect(e2e.problems).toEqual([]);
  });
});
