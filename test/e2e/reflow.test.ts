// Readable at any zoom and window size, checked in Chromium: a member imports the sample pack,
// opens a meeting, an indicator and a question with the keyboard alone in a 320px window (a
// 1280px window at 400% zoom); then every page the app can reach (found at run time from the
// navigation and the links on each page, so pages added later are covered too) is checked at
// 320px and 1366px: no sideways page scroll at 320px, no axe-core WCAG 2.2 A/AA violations,
// targets of at least 24×24px, text spacing that clips nothing, focus never under the sticky
// header, the system's text size and reduced motion followed. Screenshots of every page at both
// widths go to test-output/screenshots/reflow-<width>-<page>.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { axeViolations, repoRoot, screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(600_000);
let e2e: E2eSession;
let page: Page;
let inFlight = 0;

const narrow = { width: 320, height: 640 };
const wide = { width: 1366, height: 800 };

/** A page the app can show: its address and a name for its screenshot. */
interface Route {
  hash: string;
  name: string;
}
let routes: Route[] = [];

beforeAll(async () => {
  e2e = await startE2e();
  page = e2e.page;
  // Calls to the app, not the event stream (which stays open while an import runs).
  const isCall = (request: Request): boolean => request.resourceType() === 'fetch';
  page.on('request', (request) => void (isCall(request) && inFlight++));
  page.on('requestfinished', (request) => void (isCall(request) && inFlight--));
  page.on('requestfailed', (request) => void (isCall(request) && inFlight--));
  await page.setViewportSize(narrow);
  await page.goto(e2e.url);
  await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
});
afterAll(async () => {
  await e2e?.stop();
});

/** Waits until no call to the app is running and nothing on the page says it is loading. */
async function settle(): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    await page.waitForFunction(
      () =>
        document.querySelector('h1') !== null &&
        document.querySelector('.loading, [aria-busy="true"]') === null,
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    quiet = inFlight === 0 ? quiet + 1 : 0;
  }
}

/** What has keyboard focus: its text (or aria-label), link address and element name. */
interface Focused {
  name: string;
  href: string | null;
  tag: string;
}

const focused = (): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement;
    const labelled = element?.getAttribute('aria-label');
    return {
      name: (labelled ?? (element as HTMLElement | null)?.innerText ?? '').trim(),
      href: element?.getAttribute('href') ?? null,
      tag: element?.tagName ?? '',
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches; fails if it never does. */
async function tabTo(
  matches: (target: Focused) => boolean,
  what: string,
  { backwards = false, limit = 400 } = {},
): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (matches(await focused())) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
const named = (pattern: RegExp) => (target: { name: string }) => pattern.test(target.name);

/** Opens the menu from the keyboard: back from the page to the menu button, then Enter. */
async function openMenuByKeyboard(): Promise<void> {
  await tabTo(named(/^Menu$/), 'the menu button', { backwards: true });
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/** The page's h1 has focus once it has loaded: its words. */
async function headingHasFocus(): Promise<string> {
  await settle();
  expect((await focused()).tag).toBe('H1');
  return (await focused()).name;
}

describe('reading Scrutineer in a 320px window with the keyboard alone', () => {
  it('imports the sample pack and opens the meeting it found', async () => {
    await tabTo(named(/^Try the sample briefing$/), 'the sample briefing button');
    await page.keyboard.press('Enter');
    const report = page.getByRole('region', { name: 'Import report' });
    await report.getByText('Imported', { exact: false }).first().waitFor();
    await tabTo(
      (target) => /^#\/meetings\/\d+$/.test(target.href ?? ''),
      'a meeting in the import report',
    );
    await page.keyboard.press('Enter');
    expect(await headingHasFocus()).toMatch(/\d{4}$/);
    await settle();
    expect(e2e.problems).toEqual([]);
  });

  it('opens a fact’s source page and closes it with Escape, back where it was', async () => {
    await tabTo(named(/^Source: page \d+/), 'a source button');
    const button = (await focused()).name;
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused()).name).toBe(button);
  });

  it('opens the menu, closes it with Escape onto its button, and goes to the indicators', async () => {
    await openMenuByKeyboard();
    const menuButton = page.getByRole('button', { name: 'Menu' });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: path.join(screenshotDir, 'reflow-320-menu-open.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect((await focused()).name).toBe('Menu');
    await page.keyboard.press('Enter');
    await tabTo(named(/^Indicators$/), 'the Indicators link');
    await page.keyboard.press('Enter');
    expect(await headingHasFocus()).toBe('Indicators');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await settle();
  });

  it('opens an indicator’s questions to ask and adds one to the member’s questions', async () => {
    await tabTo(
      (target) => /^#\/indicators\/\d+\/exceptions$/.test(target.href ?? ''),
      'an indicator with questions to ask',
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Questions to ask' }).waitFor();
    await settle();
    await tabTo(named(/^Add to my questions$/), 'an Add to my questions button');
    await page.keyboard.press('Enter');
    await page.getByText('Added to your questions').first().waitFor();
    await tabTo(named(/^Go to your questions$/), 'the link to the questions');
    await page.keyboard.press('Enter');
    expect(await headingHasFocus()).toBe('Questions');
    await settle();
  });

  it('writes a question of its own and finds it listed', async () => {
    await tabTo((target) => target.tag === 'TEXTAREA', 'the question box');
    await page.keyboard.type('Why did re-referrals rise this quarter?');
    await tabTo(named(/^Add (the )?question$/i), 'the Add question button');
    await page.keyboard.press('Enter');
    await page.getByText('Why did re-referrals rise this quarter?').first().waitFor();
    expect(e2e.problems).toEqual([]);
  });
});

/** A route's shape: its address with every number as "id", so one meeting stands for all. */
const shapeOf = (hash: string): string => hash.replace(/\d+/g, 'id');
const nameOf = (hash: string): string =>
  shapeOf(hash)
    .replace(/^#\//, '')
    .replace(/[^a-z0-9]+/gi, '-');

async function visit(hash: string): Promise<void> {
  await page.evaluate((address) => {
    window.location.hash = address;
  }, hash);
  await settle();
}

/**
 * Every kind of page the app can show, found as a member would: the navigation's links, then the
 * in-app links on each page they lead to (a meeting, an indicator, anything added later), one
 * page of each shape.
 */
async function discoverRoutes(): Promise<Route[]> {
  const linksIn = (scope: string): Promise<string[]> =>
    page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((link) => link.getAttribute('href') ?? ''),
      `${scope} a[href^="#/"]`,
    );
  const found = new Map<string, string>();
  const queue = await linksIn('nav');
  while (queue.length > 0 && found.size < 40) {
    const hash = queue.shift()!;
    if (found.has(shapeOf(hash))) continue;
    found.set(shapeOf(hash), hash);
    await visit(hash);
    queue.push(...(await linksIn('main')), ...(await linksIn('nav')));
  }
  return [...found.values()].map((hash) => ({ hash, name: nameOf(hash) }));
}

/** The page scrolls sideways: its content is wider than the window. */
const sidewaysScroll = (): Promise<string | null> =>
  page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return scrollWidth > clientWidth
      ? `scrolls sideways (${scrollWidth}px in ${clientWidth}px)`
      : null;
  });

/**
 * Visible controls smaller than 24×24px (2.5.8). Links inside a sentence are exempt, as the
 * success criterion exempts them; visually hidden inputs (1px) are not targets.
 */
const smallTargets = (): Promise<string[]> =>
  page.evaluate(() => {
    const describeElement = (element: Element): string =>
      `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    const selector =
      'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [tabindex="0"]';
    const small: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      if (!element.checkVisibility({ checkOpacity: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const parent = element.parentElement;
      if (getComputedStyle(element).display === 'inline' && parent) {
        const around = (parent.textContent ?? '').replace(element.textContent ?? '', '').trim();
        if (around.length > 0) continue;
      }
      if (box.width < 23.5 || box.height < 23.5) {
        small.push(
          `${describeElement(element)} is ${Math.round(box.width)}×${Math.round(box.height)}px`,
        );
      }
    }
    return small;
  });

async function shoot(width: number, route: Route, suffix = ''): Promise<void> {
  await page.screenshot({
    path: path.join(screenshotDir, `reflow-${width}-${route.name}${suffix}.png`),
    fullPage: true,
  });
}

describe('every page of the app, found from its navigation and links', () => {
  beforeAll(async () => {
    await page.setViewportSize(narrow);
    // The import report stays above every page until closed; the screenshots show the pages.
    const closeReport = page.getByRole('button', { name: 'Close the report' });
    if (await closeReport.isVisible()) await closeReport.click();
    routes = await discoverRoutes();
  });

  it('has checks that see a nameless tiny button and a too-wide block when one is put in', async () => {
    await visit(routes[0]!.hash);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.id = 'check-the-checks';
      wide.style.width = '2000px';
      const tiny = document.createElement('button');
      tiny.style.cssText = 'width: 10px; height: 10px; padding: 0';
      wide.append(tiny);
      document.querySelector('main')!.append(wide);
    });
    try {
      expect(await sidewaysScroll()).toMatch(/scrolls sideways/);
      expect((await axeViolations(page)).join('\n')).toMatch(/^button-name:/m);
      expect((await smallTargets()).join('\n')).toMatch(/button “” is 10×10px/);
    } finally {
      await page.evaluate(() => document.getElementById('check-the-checks')?.remove());
    }
  });

  it('finds the sections, a meeting and an indicator to check', () => {
    expect(routes.map((route) => route.name)).toEqual(
      expect.arrayContaining([
        'meetings',
        'meetings-id',
        'indicators',
        'indicators-id',
        'questions',
      ]),
    );
  });

  it.each([
    ['320', narrow],
    ['1366', wide],
  ])(
    'at %spx: no sideways scroll, no WCAG 2.2 A/AA violations and targets of 24px or more',
    async (_, size) => {
      await page.setViewportSize(size);
      // The menu button stands in for the navigation only on a narrow window.
      const narrowLayout = size.width < 768;
      expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(narrowLayout);
      expect(await page.getByRole('navigation', { name: 'Sections' }).isVisible()).toBe(
        !narrowLayout,
      );
      const failures: string[] = [];
      for (const route of routes) {
        await visit(route.hash);
        const sideways = await sidewaysScroll();
        if (sideways) failures.push(`${route.hash} ${sideways}`);
        for (const violation of await axeViolations(page)) {
          failures.push(`${route.hash} ${violation}`);
        }
        for (const target of await smallTargets()) failures.push(`${route.hash} ${target}`);
        await shoot(size.width, route);
      }
      expect(failures).toEqual([]);
      expect(e2e.problems).toEqual([]);
    },
  );
});

/** WCAG 1.4.12's text spacing, applied over the app's own styles as a member's own sheet would. */
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** Sets or removes the text spacing sheet (a constructed sheet, which the CSP allows). */
const setTextSpacing = (on: boolean): Promise<void> =>
  page.evaluate(
    ({ css, on }) => {
      const holder = window as unknown as { spacingSheet?: CSSStyleSheet };
      holder.spacingSheet ??= new CSSStyleSheet();
      holder.spacingSheet.replaceSync(css);
      const others = document.adoptedStyleSheets.filter((sheet) => sheet !== holder.spacingSheet);
      document.adoptedStyleSheets = on ? [...others, holder.spacingSheet] : others;
    },
    { css: textSpacing, on },
  );

/** Controls, headings, labels and cells whose text runs past their own box. */
const clippedText = (): Promise<string[]> =>
  page.evaluate(() => {
    const selector = 'a, button, summary, label, legend, h1, h2, h3, h4, th, td, dt, dd, li, p';
    const clipped: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (getComputedStyle(element).display === 'inline') continue;
      if (!element.checkVisibility() || element.clientWidth === 0) continue;
      const over = element.scrollWidth - element.clientWidth;
      const under = element.scrollHeight - element.clientHeight;
      if (over > 1 || under > 1) {
        const words = (element.textContent ?? '').trim().slice(0, 40);
        clipped.push(`${element.tagName.toLowerCase()} “${words}” overflows by ${over}×${under}px`);
      }
    }
    return clipped;
  });

/** Every element that scrolls sideways, with its role, name and whether Tab can reach it. */
const sidewaysScrollers = (): Promise<
  { role: string | null; name: string; focusable: boolean }[]
> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => {
        const overflow = getComputedStyle(element).overflowX;
        return /auto|scroll/.test(overflow) && element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => {
        const labelledBy = element.getAttribute('aria-labelledby');
        const name =
          element.getAttribute('aria-label') ??
          (labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '') : '');
        return {
          role: element.getAttribute('role'),
          name: name.trim(),
          focusable: element.tabIndex === 0,
        };
      }),
  );

describe('wide tables and charts at 320px', () => {
  it('scroll inside their own named region that Tab reaches, never the page', async () => {
    await page.setViewportSize(narrow);
    const scrollers: { role: string | null; name: string; focusable: boolean }[] = [];
    const indicator = routes.find((route) => route.name === 'indicators-id')!;
    for (const route of routes) {
      await visit(route.hash);
      scrollers.push(...(await sidewaysScrollers()));
      if (route === indicator) {
        await page.getByRole('button', { name: 'Show as a table' }).click();
        expect(await sidewaysScroll()).toBeNull();
        scrollers.push(...(await sidewaysScrollers()));
        await page.getByRole('button', { name: 'Show as a chart' }).click();
      }
    }
    // The indicator's table at least is too wide for 320px, so this is not vacuous.
    expect(scrollers.map((each) => each.name)).toContainEqual(
      expect.stringMatching(/values by period/),
    );
    for (const scroller of scrollers) {
      expect(scroller).toEqual({
        role: 'region',
        name: expect.stringMatching(/\S/),
        focusable: true,
      });
    }
  });
});

describe('text spacing, focus, text size and motion', () => {
  beforeAll(async () => {
    if (routes.length === 0) routes = await discoverRoutes();
  });
  afterEach(async () => {
    await setTextSpacing(false);
    await page.setViewportSize(narrow);
  });

  it('clips no text at 320px with WCAG text spacing, and still scrolls no page sideways', async () => {
    await page.setViewportSize(narrow);
    const failures: string[] = [];
    for (const route of routes) {
      await visit(route.hash);
      await setTextSpacing(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).wordSpacing)).not.toBe(
        '0px',
      );
      const sideways = await sidewaysScroll();
      if (sideways) failures.push(`${route.hash} ${sideways}`);
      for (const clipped of await clippedText()) failures.push(`${route.hash} ${clipped}`);
      if (/^meetings-id$|^indicators-id$/.test(route.name)) await shoot(320, route, '-spacing');
      await setTextSpacing(false);
    }
    expect(failures).toEqual([]);
  });

  it('never leaves the focused control under the sticky header at 1366px', async () => {
    await page.setViewportSize(wide);
    const failures: string[] = [];
    for (const route of routes.filter((each) => /-id/.test(each.name))) {
      await visit(route.hash);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('heading', { level: 1 }).focus();
      // Forwards, then back up the page, where controls come into view under the header.
      const keys = [...Array<string>(50).fill('Tab'), ...Array<string>(50).fill('Shift+Tab')];
      for (const key of keys) {
        await page.keyboard.press(key);
        // Hidden means the header, not the control, is what a pointer at its top edge would hit.
        const hidden = await page.evaluate(() => {
          const header = document.querySelector('header');
          const element = document.activeElement;
          if (!header || !element || element === document.body) return null;
          if (element.closest('header, dialog')) return null;
          const box = element.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, Math.max(box.top + 1, 0));
          return top && header.contains(top)
            ? `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}” is under the header`
            : null;
        });
        if (hidden) failures.push(`${route.hash} ${hidden}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('follows the system’s text size: twice the text at 1366px reflows into the narrow layout', async () => {
    await page.setViewportSize(wide);
    const session = await page.context().newCDPSession(page);
    const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await session.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    try {
      const failures: string[] = [];
      for (const route of routes) {
        await visit(route.hash);
        const size = await page.evaluate(() =>
          parseFloat(getComputedStyle(document.body).fontSize),
        );
        if (size < normal * 1.9) failures.push(`${route.hash} text stayed at ${size}px`);
        const sideways = await sidewaysScroll();
        if (sideways) failures.push(`${route.hash} ${sideways}`);
      }
      expect(failures).toEqual([]);
      expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(true);
      const meeting = routes.find((route) => route.name === 'meetings-id') ?? routes[0]!;
      await visit(meeting.hash);
      // The window as the member sees it: a full-page capture resizes the view, which Chromium
      // takes as a reason to drop the text size set here.
      await page.screenshot({
        path: path.join(screenshotDir, `reflow-1366-${meeting.name}-text-200.png`),
      });
    } finally {
      await session.send('Page.setFontSizes', { fontSizes: { standard: 16 } });
      await session.detach();
    }
  });

  it('sets no font size in pixels in any stylesheet, so the member’s text size always counts', () => {
    const sheets = [
      path.join(repoRoot, 'renderer', 'styles.css'),
      ...fs
        .readdirSync(path.join(repoRoot, 'renderer', 'styles'))
        .filter((name) => name.endsWith('.css'))
        .map((name) => path.join(repoRoot, 'renderer', 'styles', name)),
    ];
    const pixelSizes = sheets.flatMap((sheet) =>
      [...fs.readFileSync(sheet, 'utf8').matchAll(/font(?:-size)?\s*:[^;]*\d+px/g)].map(
        (match) => `${path.basename(sheet)}: ${match[0]}`,
      ),
    );
    expect(pixelSizes).toEqual([]);
  });

  it('moves nothing for a member who asks the system to reduce motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      const failures: string[] = [];
      for (const route of routes) {
        await visit(route.hash);
        const moving = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((element) => {
              const style = getComputedStyle(element);
              const longest = (value: string): number =>
                Math.max(
                  ...value
                    .split(',')
                    .map((part) => parseFloat(part) * (part.includes('ms') ? 1 : 1000)),
                );
              return (
                longest(style.transitionDuration) > 1 ||
                (style.animationName !== 'none' && longest(style.animationDuration) > 1) ||
                style.scrollBehavior === 'smooth'
              );
            })
            .map((element) => element.tagName.toLowerCase()),
        );
        if (moving.length > 0) failures.push(`${route.hash} moves: ${moving.join(', ')}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await page.emulateMedia({ reducedMotion: null });
    }
  });
});
