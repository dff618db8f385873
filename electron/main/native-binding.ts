// Which compiled better-sqlite3 the Electron main process loads. Node (tests, CLI, web host) keeps
// the Node build in node_modules; `npm start` runs Electron, whose embedded Node has another module
// version, so it loads a build made for that Electron from .electron-native/<key>/ instead.
// The installers rebuild node_modules itself for Electron (electron/packaging/before-pack.cjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder, in the project, that holds one Electron build of better-sqlite3 per key. */
export const nativeFolderName = '.electron-native';
export const addonFileName = 'better_sqlite3.node';

/** What an Electron build of better-sqlite3 is made for; a change to any part makes it stale. */
export interface NativeTarget {
  electronVersion: string;
  sqliteVersion: string;
  platform: string;
  arch: string;
}

const version = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/;
const word = /^[a-z0-9_]+$/;

/** `<electron>-<better-sqlite3>-<platform>-<arch>`; refuses parts that could leave the folder. */
export function nativeBuildKey(target: NativeTarget): string {
  const { electronVersion, sqliteVersion, platform, arch } = target;
  if (!version.test(electronVersion)) {
    throw new Error(`"${electronVersion}" is not an Electron version.`);
  }
  if (!version.test(sqliteVersion)) {
    throw new Error(`"${sqliteVersion}" is not a better-sqlite3 version.`);
  }
  if (!word.test(platform) || !word.test(arch)) {
    throw new Error(`"${platform}-${arch}" is not a platform and architecture.`);
  }
  return `${electronVersion}-${sqliteVersion}-${platform}-${arch}`;
}

/** The Electron build's file for this target under the project root. */
export function electronAddonPath(projectRoot: string, target: NativeTarget): string {
  return path.join(projectRoot, nativeFolderName, nativeBuildKey(target), addonFileName);
}

export interface BindingChoice {
  /** A packaged app carries node_modules rebuilt for its own Electron by the installer build. */
  isPackaged: boolean;
  projectRoot: string;
  /** process.versions.electron: undefined when the code runs under plain Node (tests, CLI). */
  electronVersion: string | undefined;
  platform: string;
  arch: string;
  /** Read only when the answer depends on it (never in a packaged app, whose files are in asar). */
  readSqliteVersion: () => string;
}

/**
 * The `nativeBinding` to hand better-sqlite3: undefined (its own node_modules build) under plain
 * Node and in a packaged app, else the .electron-native build for exactly this Electron,
 * better-sqlite3, platform and architecture.
 */
export function chooseNativeBinding(choice: BindingChoice): string | undefined {
  const { isPackaged, projectRoot, electronVersion, platform, arch } = choice;
  if (isPackaged || electronVersion === undefined) return undefined;
  const sqliteVersion = choice.readSqliteVersion();
  return electronAddonPath(projectRoot, { electronVersion, sqliteVersion, platform, arch });
}

/** What the app says when `npm start`'s build step has not made the build it needs. */
export function missingBuildMessage(addon: string, electronVersion: string): string {
  return (
    `better-sqlite3 has not been built for Electron ${electronVersion} yet (${addon} is ` +
    'missing): start Scrutineer with npm start, which builds it.'
  );
}

/** The installed better-sqlite3's version, read from its package.json under the project. */
export function installedSqliteVersion(projectRoot: string): string {
  const file = path.join(projectRoot, 'node_modules', 'better-sqlite3', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
