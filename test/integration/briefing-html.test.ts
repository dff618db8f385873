// The HTML briefing opened in Chromium from disk: it loads nothing from anywhere (every chart is a
// data: picture with alt text), axe-core finds no WCAG 2.2 A/AA violations, and it prints.
import path from 'node:path';
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { axeViolations, screenshotDir } from '../e2e/browser';
import {
  describeWithSeeds,
  memberQuestion,
  seedBriefingStore,
  writeBriefing,
  type BriefingStore,
} from '../support/briefing-store';

jest.setTimeout(120_000);
const describeIfSeeds = describeWithSeeds('the HTML briefing tests');

let store: BriefingStore;
let browser: Browser;
let page: Page;
const requests: string[] = [];

describeIfSeeds('the HTML briefing for the 7 June 2022 meeting', () => {
  beforeAll(async () => {
    store = await seedBriefingStore();
    const file = await writeBriefing(store, 'html');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== `file://${file}`)
        requests.push(request.url());
    });
    await page.goto(`file://${file}`);
  });
  afterAll(async () => {
    await browser?.close();
    store?.remove();
  });

  it('asks for nothing beyond its own file', () => {
    expect(requests).toEqual([]);
  });

  it('has no WCAG 2.2 A or AA violations that axe-core can find', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows each chart as a picture with a text alternative, beside its table of figures', async () => {
    const charts = await page.getByRole('img').evaluateAll((images) =>
      images.map((image) => ({
        alt: image.getAttribute('alt') ?? '',
        loaded: (image as HTMLImageElement).naturalWidth > 0,
      })),
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every((chart) => chart.loaded && chart.alt.startsWith('Chart: '))).toBe(true);
    await expect(
      page
        .getByRole('table', {
          name: /Child protection cases which were reviewed within timescales: figures by period/,
        })
        .count(),
    ).resolves.toBe(1);
  });

  it('holds the items, the member’s question, the earlier action and page citations', async () => {
    await expect(
      page
        .getByRole('heading', { level: 2, name: 'Item 10: Quarter 4 2021/22 Performance Report' })
        .count(),
    ).resolves.toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain(memberQuestion);
    expect(text).toMatch(/forwarded to the Scrutiny Commission/);
    expect(text).toMatch(/Source: 000_22fa5a7de2646d60\.txt, p\. 1, line \d+/);
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'briefing-html.png') });
  });
});
