// Times the Indicators page in Debian's Chromium against the real web host for
// npm run bench:indicators: from navigation start until the scorecard holds every indicator's row.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, screenshotDir, startE2e } from '../e2e/browser';

const RELOADS = 3;
const WAIT_MS = 30_000;

export interface ScorecardRender {
  /** Best of the reloads, in ms from navigation start; null when the rows never all appeared. */
  bestMs: number | null;
  runsMs: number[];
  /** Rows the page held at the end (fewer than expected means the page is not finished). */
  rows: number;
  heading: string | null;
  screenshot: string;
  problems: string[];
}

function newestChange(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs;
    }),
  );
}

/** Builds the UI when dist/renderer is missing or older than the renderer's sources. */
export function ensureRendererBuilt(): 'built' | 'up to date' {
  const index = path.join(repoRoot, 'dist', 'renderer', 'index.html');
  const builtAt = (() => {
    try {
      return statSync(index).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = Math.max(
    newestChange(path.join(repoRoot, 'renderer')),
    newestChange(path.join(repoRoot, 'shared')),
  );
  if (builtAt > sources) return 'up to date';
  execFileSync('npm', ['run', 'build:renderer'], { cwd: repoRoot, stdio: 'ignore' });
  return 'built';
}

/**
 * Serves `prepareStore`'s store and opens #/indicators; each reload is timed from navigation start
 * to the first animation frame in which the scorecard tables hold `expectedRows` rows.
 */
export async function measureScorecardRender(
  prepareStore: (storePath: string) => Promise<void>,
  expectedRows: number,
): Promise<ScorecardRender> {
  const e2e = await startE2e(prepareStore);
  const { page } = e2e;
  const screenshot = path.join(screenshotDir, 'bench-scorecard.png');
  const rowsNow = (): Promise<number> =>
    page.evaluate(() => document.querySelectorAll('main table tbody tr').length);
  const timeToRows = async (): Promise<number | null> => {
    try {
      const handle = await page.waitForFunction(
        (wanted: number) => {
          if (document.querySelectorAll('main table tbody tr').length < wanted) return false;
          const [navigation] = performance.getEntriesByType('navigation');
          return performance.now() - (navigation?.startTime ?? 0);
        },
        expectedRows,
        { polling: 'raf', timeout: WAIT_MS },
      );
      return (await handle.jsonValue()) as number;
    } catch {
      return null;
    }
  };
  try {
    await page.goto(`${e2e.url.replace(/#.*$/, '')}#/indicators`);
    const firstLoad = await timeToRows();
    const runsMs: number[] = [];
    if (firstLoad !== null) {
      for (let run = 0; run < RELOADS; run += 1) {
        await page.reload();
        const ms = await timeToRows();
        if (ms !== null) runsMs.push(ms);
      }
    }
    await page.waitForLoadState('networkidle');
    const heading = await page
      .locator('h1')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    await page.screenshot({ path: screenshot, fullPage: true });
    return {
      bestMs: runsMs.length > 0 ? Math.min(...runsMs) : null,
      runsMs,
      rows: await rowsNow(),
      heading,
      screenshot: path.relative(repoRoot, screenshot),
      problems: [...e2e.problems],
    };
  } finally {
    await e2e.stop();
  }
}
