// npm run smoke:desktop: starts the built desktop app in real Electron (under Xvfb on Linux without
// a display) with a fresh store, imports the sample pack through File › Import agenda pack… as a
// member would, opens a meeting, follows its email link (to a stubbed mail app), saves a chart
// through the save dialog, takes screenshots and quits. Where Electron's binary was never
// downloaded (as on the team's build machines) it says so and exits 0, so CI can always call it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { importMenuItemId } from '../../electron/main/menu';
import {
  installedElectronBinary,
  rebuildForElectron,
  runPrestart,
} from '../../electron/packaging/electron-native';

const root = path.resolve(__dirname, '..', '..');
const screenshotDir = path.join(root, 'test-output', 'screenshots');
const samplePack = path.join(root, 'assets', 'sample', 'sample-agenda-pack.txt');
const waitMs = 60_000;

/** Linux with no display: runs this same script again inside xvfb-run, if it is installed. */
function rerunUnderXvfb(): number | null {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.SCRUTINEER_UNDER_XVFB) {
    return null;
  }
  const command = [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const run = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1440x900x24', ...command], {
    stdio: 'inherit',
    env: { ...process.env, SCRUTINEER_UNDER_XVFB: '1' },
  });
  if (run.error) {
    console.log('The desktop smoke check needs a display: install xvfb (xvfb-run) or set DISPLAY.');
    return 1;
  }
  return run.status ?? 1;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, name) });
}

/** File › Import agenda pack…, pressed in the main process with the open dialog answering. */
async function importThroughMenu(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(
    ({ dialog, Menu }, { file, id }) => {
      dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [file] });
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      if (!item) throw new Error(`The application menu has no item "${id}".`);
      item.click();
    },
    { file, id: importMenuItemId },
  );
}

function documentsIn(storePath: string): number {
  const db = new Database(storePath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM document').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Polls the main process until `read` answers something other than undefined. */
async function waitInMain<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < waitMs / 100; attempt += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} never happened`);
}

type SmokeGlobals = { smokeOpened?: string[] };

/** A front sheet's email link goes to shell.openExternal (recorded here), and the page stays. */
async function checkEmailLink(app: ElectronApplication, page: Page): Promise<void> {
  await app.evaluate(({ shell }) => {
    const globals = globalThis as SmokeGlobals;
    globals.smokeOpened = [];
    shell.openExternal = async (url: string) => {
      globals.smokeOpened?.push(url);
    };
  });
  await page.getByRole('main').locator('a[href^="mailto:"]').first().click();
  const opened = await waitInMain(
    () =>
      app.evaluate(() => {
        const links = (globalThis as SmokeGlobals).smokeOpened ?? [];
        return links.length > 0 ? links : undefined;
      }),
    'opening the email link in the mail app',
  );
  if (!opened[0]?.startsWith('mailto:')) throw new Error(`opened ${opened.join(', ')}`);
  if (!page.url().startsWith('app://scrutineer/'))
    throw new Error(`the window went to ${page.url()}`);
}

/** Download chart as SVG goes through the save dialog (answered here) to the chosen file. */
async function checkChartDownload(
  app: ElectronApplication,
  page: Page,
  file: string,
): Promise<void> {
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialogSync = () => file;
  }, file);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Indicators' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Indicators' }).waitFor({ timeout: waitMs });
  await page
    .getByRole('main')
    .getByRole('link', { name: /Re-referrals/ })
    .click();
  await page.getByRole('figure').waitFor({ timeout: waitMs });
  await screenshot(page, 'desktop-3-indicator.png');
  await page.getByRole('button', { name: 'Download chart as SVG' }).click();
  await waitInMain(async () => {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return text.includes('</svg>') ? true : undefined;
  }, 'saving the chart to the file chosen in the save dialog');
}

async function drive(binary: string, storePath: string, profile: string): Promise<void> {
  mkdirSync(profile, { recursive: true });
  const args = [root, '--db', storePath];
  // Chromium will not start its sandbox as root (CI containers); the page is still sandboxed.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await _electron.launch({
    executablePath: binary,
    args,
    // A fresh profile: no remembered window, no earlier store in the user-data folder.
    env: { ...process.env, XDG_CONFIG_HOME: profile, HOME: profile },
    timeout: waitMs,
  });
  const pageErrors: string[] = [];
  try {
    const page = await app.firstWindow({ timeout: waitMs });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor({ timeout: waitMs });
    await screenshot(page, 'desktop-1-started.png');

    await importThroughMenu(app, samplePack);
    const report = page.getByRole('region', { name: 'Import report' });
    await report.waitFor({ timeout: waitMs });
    await report.getByRole('link', { name: /12 January 2027/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /12 January 2027/ })
      .waitFor({ timeout: waitMs });
    await screenshot(page, 'desktop-2-meeting.png');
    await checkEmailLink(app, page);
    await checkChartDownload(app, page, path.join(profile, 'saved-chart.svg'));
    if (pageErrors.length > 0) {
      throw new Error(`the window reported errors: ${pageErrors.join('; ')}`);
    }
  } catch (error) {
    const [page] = app.windows();
    if (page) await screenshot(page, 'desktop-failed.png').catch(() => {});
    throw error;
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const binary = installedElectronBinary(root);
  if (binary === null) {
    console.log('skipped: no Electron binary here');
    return 0;
  }
  const rerun = rerunUnderXvfb();
  if (rerun !== null) return rerun;
  if (!existsSync(path.join(root, 'dist', 'electron', 'main.js'))) {
    console.log('The desktop smoke check starts the built app: run npm run build first.');
    return 1;
  }
  // The same step npm start runs: better-sqlite3 built for this Electron, if it is not already.
  if ((await runPrestart(root, rebuildForElectron, console.log)) !== 0) return 1;

  const temp = mkdtempSync(path.join(os.tmpdir(), 'scrutineer-smoke-'));
  const storePath = path.join(temp, 'smoke.db');
  try {
    await drive(binary, storePath, path.join(temp, 'profile'));
    const documents = documentsIn(storePath);
    if (documents !== 1) throw new Error(`the store holds ${documents} documents, not 1`);
    console.log(
      'desktop smoke check passed: started, imported the sample pack from the File menu, ' +
        'opened a meeting, sent its email link to the mail app, saved a chart through the save ' +
        `dialog; screenshots in ${path.relative(root, screenshotDir)}`,
    );
    return 0;
  } catch (error) {
    console.log(
      `desktop smoke check failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.log(`desktop smoke check failed: ${String(error)}`);
    process.exitCode = 1;
  },
);
