// End to end in Debian's Chromium against the loopback web host and a real store: every section
// opens with no console errors and no request leaving the machine, and a member's question
// survives a reload. Screenshots go to test-output/screenshots (look at them).
import path from 'node:path';
import { screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(120_000);
let e2e: E2eSession;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => {
  await e2e?.stop();
});

const sections = ['Meetings', 'Indicators', 'Questions', 'Resolutions', 'Search'];

describe('the app in Chromium', () => {
  it('opens on the meetings page and drops the token from the address bar', async () => {
    await e2e.page.goto(e2e.url);
    await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(e2e.page.url()).not.toContain('token=');
  });

  it.each(sections)(
    'opens the %s section from the navigation with its empty state',
    async (section) => {
      await e2e.page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: section })
        .click();
      await e2e.page.getByRole('heading', { level: 1, name: section, exact: true }).waitFor();
      await e2e.page.waitForLoadState('networkidle');
      await e2e.page.screenshot({
        path: path.join(screenshotDir, `section-${section.toLowerCase()}.png`),
        fullPage: true,
      });
      expect(e2e.problems).toEqual([]);
    },
  );

  it('keeps a question the member wrote after the page is reloaded', async () => {
    await e2e.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Questions' })
      .click();
    await e2e.page
      .getByLabel('Your question')
      .fill('What is the plan to bring re-referrals back under target?');
    await e2e.page.getByRole('button', { name: 'Add question' }).click();
    await e2e.page
      .getByText('What is the plan to bring re-referrals back under target?')
      .first()
      .waitFor();
    await e2e.page.reload();
    await e2e.page
      .getByText('What is the plan to bring re-referrals back under target?')
      .first()
      .waitFor();
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'questions-with-one-question.png'),
      fullPage: true,
    });
    expect(e2e.problems).toEqual([]);
  });

  it('can be used from the keyboard alone: skip link first, then the sections', async () => {
    await e2e.page.goto(e2e.url.replace(/\?.*$/, '') + '#/meetings');
    await e2e.page.reload();
    await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await e2e.page.keyboard.press('Tab');
    const first = await e2e.page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe('Skip to content');
    expect(e2e.problems).toEqual([]);
  });

  it('has a dark theme that a member can switch to', async () => {
    await e2e.page.emulateMedia({ colorScheme: 'dark' });
    await e2e.page.reload();
    await e2e.page.getByRole('heading', { level: 1 }).waitFor();
    const background = await e2e.page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    const [r, g, b] = (background.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'meetings-dark.png'),
      fullPage: true,
    });
    expect(e2e.problems).toEqual([]);
  });
});
