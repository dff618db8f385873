// Starts the real web host (`npm run dev:web`'s entry) on a temporary store and Debian's
// Chromium through playwright-core, and records anything that should fail an end-to-end test:
// console errors, page errors and any request that would leave 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeTempDir } from '../support/temp-store';

export const repoRoot = path.resolve(__dirname, '../..');
export const screenshotDir = path.join(repoRoot, 'test-output', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface E2eSession {
  url: string;
  storePath: string;
  context: BrowserContext;
  page: Page;
  problems: string[];
  stop: () => Promise<void>;
}

function startHost(storePath: string): Promise<{ child: ChildProcess; url: string }> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['electron/webhost/start.ts', '--db', storePath, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited (${code}): ${output}`)));
  });
}

/** Starts host and browser; `prepareStore` may fill the store before the host opens it. */
export async function startE2e(
  prepareStore?: (storePath: string) => Promise<void>,
): Promise<E2eSession> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The UI has not been built: run npm run build:renderer (npm test does this).');
  }
  fs.mkdirSync(screenshotDir, { recursive: true });
  const temp = makeTempDir('scrutineer-e2e-');
  const storePath = path.join(temp.dir, 'store.db');
  if (prepareStore) await prepareStore(storePath);
  const host = await startHost(storePath);
  // A persistent context is how playwright takes a fresh --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(path.join(temp.dir, 'chromium-profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1366, height: 800 },
    locale: 'en-GB',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') problems.push(`request left the machine: ${request.url()}`);
  });
  return {
    url: host.url,
    storePath,
    context,
    page,
    problems,
    stop: async () => {
      await context.close();
      host.child.kill('SIGTERM');
      await new Promise((resolve) => host.child.once('exit', resolve));
      temp.remove();
    },
  };
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rule sets axe-core checks (2.0, 2.1 and 2.2). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each with its rule and
 * the elements. axe goes in through the DevTools protocol (page.evaluate), which the app's CSP
 * does not govern, so the policy stays as strict as it ships.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} – ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  }, wcagTags);
  return violations;
}
