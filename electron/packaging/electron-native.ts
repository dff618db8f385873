// The step `npm start` runs first (prestart): checks that Electron's binary is installed and makes
// better-sqlite3 for this Electron in .electron-native/<key>/ when that build is missing or stale,
// leaving the Node build in node_modules alone. Failures end in one plain sentence, no stack trace.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { RebuildOptions } from '@electron/rebuild';
import {
  addonFileName,
  electronAddonPath,
  installedSqliteVersion,
  nativeFolderName,
  type NativeTarget,
} from '../main/native-binding';

export const projectRoot = path.resolve(__dirname, '..', '..');
const nativeModule = 'better-sqlite3';

/**
 * The Electron executable npm installed, or null when its download was skipped or failed. Reads
 * what node_modules/electron/index.js reads, without requiring it (which throws, or downloads).
 */
export function installedElectronBinary(
  root: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative || 'electron');
    return existsSync(binary) ? binary : null;
  }
  if (!relative) return null;
  const binary = path.join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

/** The Electron, better-sqlite3, platform and architecture installed under the project. */
export function installedTarget(
  root: string,
  platform: string = process.platform,
  arch: string = process.arch,
): NativeTarget {
  const electronPackage = path.join(root, 'node_modules', 'electron', 'package.json');
  const electronVersion = (JSON.parse(readFileSync(electronPackage, 'utf8')) as { version: string })
    .version;
  return { electronVersion, sqliteVersion: installedSqliteVersion(root), platform, arch };
}

// npm settings that would make node-gyp build against Node's own headers (as .ci/run asks for the
// Node build): an Electron build made with them would carry the wrong module version.
const nodeHeaderSettings = [
  'npm_config_nodedir',
  'npm_config_target',
  'npm_config_runtime',
  'npm_config_disturl',
  'npm_config_dist_url',
];

/** The environment for the Electron rebuild: the caller's, minus settings naming Node's headers. */
export function envForElectronRebuild(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const copy = { ...env };
  for (const name of Object.keys(copy)) {
    if (nodeHeaderSettings.includes(name.toLowerCase())) delete copy[name];
  }
  return copy;
}

export type Rebuild = (options: RebuildOptions) => Promise<void>;

export interface PrepareResult {
  status: 'up to date' | 'built';
  addon: string;
}

/**
 * Makes the Electron build of better-sqlite3 for `target` unless it is already there. The module
 * is copied, without its build folder, into a staging project of its own so @electron/rebuild
 * never touches node_modules; only a finished addon is moved into place.
 */
export async function prepareElectronSqlite(
  root: string,
  target: NativeTarget,
  rebuild: Rebuild,
): Promise<PrepareResult> {
  const addon = electronAddonPath(root, target);
  if (existsSync(addon)) return { status: 'up to date', addon };
  const staging = path.join(root, nativeFolderName, `.staging-${process.pid}`);
  const sourceDir = path.join(root, 'node_modules', nativeModule);
  const stagedModule = path.join(staging, 'node_modules', nativeModule);
  rmSync(staging, { recursive: true, force: true });
  try {
    cpSync(sourceDir, stagedModule, {
      recursive: true,
      filter: (source) => path.relative(sourceDir, source) !== 'build',
    });
    writeFileSync(
      path.join(staging, 'package.json'),
      JSON.stringify({
        name: 'scrutineer-electron-native',
        private: true,
        dependencies: { [nativeModule]: target.sqliteVersion },
      }),
    );
    await rebuild({
      buildPath: staging,
      projectRootPath: staging,
      electronVersion: target.electronVersion,
      platform: target.platform as NodeJS.Platform,
      arch: target.arch,
      onlyModules: [nativeModule],
      force: true,
    });
    const built = path.join(stagedModule, 'build', 'Release', addonFileName);
    if (!existsSync(built)) throw new Error(`the rebuild finished without making ${addonFileName}`);
    mkdirSync(path.dirname(addon), { recursive: true });
    copyFileSync(built, `${addon}.partial`);
    renameSync(`${addon}.partial`, addon);
    return { status: 'built', addon };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function messagesOf(error: unknown): string[] {
  const messages: string[] = [];
  for (let cause = error, depth = 0; cause !== undefined && depth < 5; depth += 1) {
    if (cause instanceof Error) {
      const code = (cause as { code?: unknown }).code;
      messages.push(`${typeof code === 'string' ? code : ''} ${cause.message}`);
      cause = cause.cause;
    } else {
      messages.push(String(cause));
      cause = undefined;
    }
  }
  return messages;
}

const networkFailure =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|network|HTTPError|Response code \d+|status code \d+/i;
const noToolchain =
  /find Python|not found: (?:make|g\+\+|cc)|gyp: No Xcode|xcode-select|Visual Studio|No such file or directory.*(?:make|g\+\+)/i;

/**
 * One plain sentence saying why the Electron build could not be made and what to do. `output` is
 * what the build printed (node-gyp's log), read only to recognise the cause.
 */
export function explainRebuildFailure(error: unknown, target: NativeTarget, output = ''): string {
  const messages = messagesOf(error);
  const text = `${messages.join(' ')}\n${output}`;
  const what = `npm start could not build better-sqlite3 for Electron ${target.electronVersion}`;
  if (networkFailure.test(text)) {
    return `${what} because Electron's headers could not be downloaded: connect to the internet once and run npm start again.`;
  }
  if (noToolchain.test(text)) {
    return `${what} because no C++ build tools were found (Python, make and a C++ compiler, or Xcode, or Visual Studio Build Tools): install them and run npm start again.`;
  }
  const firstLine = (messages[0] ?? '')
    .trim()
    .split('\n')[0]
    ?.trim()
    .replace(/[.\s]+$/, '');
  return `${what}: ${firstLine || 'the rebuild failed without saying why'}.`;
}

/** Where the last failed build's own output is kept, for whoever wants the detail. */
export const rebuildLogName = 'rebuild.log';

/** Runs `task` with console.error captured (@electron/rebuild prints node-gyp's whole log there). */
async function quietly<T>(
  task: () => Promise<T>,
): Promise<{ result?: T; error?: unknown; output: string }> {
  const captured: string[] = [];
  const original = console.error;
  console.error = (...parts: unknown[]) => {
    captured.push(parts.map(String).join(' '));
  };
  try {
    return { result: await task(), output: captured.join('\n') };
  } catch (error) {
    return { error: error ?? new Error('the rebuild failed'), output: captured.join('\n') };
  } finally {
    console.error = original;
  }
}

/** The prestart step itself: returns the exit code and prints one line either way. */
export async function runPrestart(
  root: string,
  rebuild: Rebuild,
  log: (line: string) => void,
): Promise<number> {
  if (installedElectronBinary(root) === null) {
    log(
      'Electron is not installed here (node_modules/electron has no binary): run npm ci on a ' +
        'machine that can download Electron, without ELECTRON_SKIP_BINARY_DOWNLOAD set.',
    );
    return 1;
  }
  let target: NativeTarget;
  try {
    target = installedTarget(root);
  } catch {
    log('npm start could not read the installed Electron and better-sqlite3: run npm ci first.');
    return 1;
  }
  const where = `${target.platform}-${target.arch}`;
  if (!existsSync(electronAddonPath(root, target))) {
    log(
      `Building better-sqlite3 ${target.sqliteVersion} for Electron ${target.electronVersion} ` +
        `(${where}) once; this downloads Electron's headers.`,
    );
  }
  const { result, error, output } = await quietly(() =>
    prepareElectronSqlite(root, target, rebuild),
  );
  if (result === undefined) {
    const logFile = path.join(root, nativeFolderName, rebuildLogName);
    mkdirSync(path.dirname(logFile), { recursive: true });
    writeFileSync(logFile, `${messagesOf(error).join('\n')}\n\n${output}\n`);
    log(explainRebuildFailure(error, target, output));
    return 1;
  }
  log(
    `better-sqlite3 for Electron ${target.electronVersion} (${where}) is ${result.status}: ` +
      `${path.relative(root, result.addon)}`,
  );
  return 0;
}

/**
 * The real rebuild, @electron/rebuild, run with npm's Node-header settings taken out of this
 * process's environment first (its node-gyp child inherits them). Loaded only when called, so
 * tests that hand runPrestart a fake never load node-gyp's machinery.
 */
export const rebuildForElectron: Rebuild = async (options) => {
  const cleanEnv = envForElectronRebuild(process.env);
  for (const name of Object.keys(process.env)) {
    if (!(name in cleanEnv)) delete process.env[name];
  }
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(options);
};

if (require.main === module) {
  runPrestart(projectRoot, rebuildForElectron, console.log).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.log(`npm start could not prepare Electron: ${String(error)}`);
      process.exitCode = 1;
    },
  );
}
