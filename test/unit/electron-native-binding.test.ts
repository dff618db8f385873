// `npm start` runs Electron, whose Node cannot load the better-sqlite3 build that tests and the CLI
// use. These cases show which build each runtime loads, that the Electron build is made only when
// missing or stale and never over node_modules, and that a failed build ends in one plain sentence.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { RebuildOptions } from '@electron/rebuild';
import { openStore } from '../../db/store';
import {
  chooseNativeBinding,
  electronAddonPath,
  nativeBuildKey,
  type NativeTarget,
} from '../../electron/main/native-binding';
import {
  envForElectronRebuild,
  explainRebuildFailure,
  installedElectronBinary,
  installedTarget,
  prepareElectronSqlite,
  rebuildForElectron,
  runPrestart,
} from '../../electron/packaging/electron-native';
import { makeTempDir } from '../support/temp-store';

// The real @electron/rebuild compiles for minutes and needs the network; this stand-in records
// the environment node-gyp would inherit.
const rebuildSaw: { nodedir: string | undefined; options: RebuildOptions }[] = [];
jest.mock('@electron/rebuild', () => ({
  rebuild: async (options: RebuildOptions) => {
    rebuildSaw.push({ nodedir: process.env.npm_config_nodedir, options });
  },
}));

const target: NativeTarget = {
  electronVersion: '38.8.6',
  sqliteVersion: '12.11.1',
  platform: 'linux',
  arch: 'x64',
};

describe('choosing the better-sqlite3 build the main process loads', () => {
  const inElectron = {
    isPackaged: false,
    projectRoot: '/work/app',
    electronVersion: '38.8.6',
    platform: 'linux',
    arch: 'x64',
    readSqliteVersion: () => '12.11.1',
  };

  it('loads the .electron-native build for exactly this Electron, better-sqlite3 and platform', () => {
    expect(chooseNativeBinding(inElectron)).toBe(
      path.join('/work/app', '.electron-native', '38.8.6-12.11.1-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('keys the build by every part, so a new Electron or better-sqlite3 needs a new build', () => {
    const keys = new Set([
      nativeBuildKey(target),
      nativeBuildKey({ ...target, electronVersion: '39.0.0' }),
      nativeBuildKey({ ...target, sqliteVersion: '12.12.0' }),
      nativeBuildKey({ ...target, platform: 'darwin' }),
      nativeBuildKey({ ...target, arch: 'arm64' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('leaves a packaged app on the node_modules build its installer rebuilt for Electron', () => {
    const readSqliteVersion = jest.fn(() => '12.11.1');
    expect(chooseNativeBinding({ ...inElectron, isPackaged: true, readSqliteVersion })).toBe(
      undefined,
    );
    expect(readSqliteVersion).not.toHaveBeenCalled();
  });

  it('leaves plain Node (tests, the CLI, the web host) on the node_modules build', () => {
    expect(chooseNativeBinding({ ...inElectron, electronVersion: undefined })).toBe(undefined);
  });

  it.each([
    ['an Electron version that climbs out of the folder', { electronVersion: '../../etc' }],
    ['a better-sqlite3 version with a slash', { sqliteVersion: '12.11.1/x' }],
    ['a platform with a separator', { platform: 'linux/../..' }],
    ['an empty architecture', { arch: '' }],
  ])('refuses %s', (_case, change) => {
    expect(() => electronAddonPath('/p', { ...target, ...change })).toThrow(/is not/);
  });

  it('accepts pre-release Electron versions', () => {
    expect(nativeBuildKey({ ...target, electronVersion: '39.0.0-beta.2' })).toBe(
      '39.0.0-beta.2-12.11.1-linux-x64',
    );
  });
});

describe('opening the store with a chosen build', () => {
  const temp = makeTempDir('scrutineer-binding-');
  afterAll(() => temp.remove());
  const nodeBuild = path.resolve(
    __dirname,
    '../../node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  );

  it('loads better-sqlite3 from the file it is given', async () => {
    const copy = path.join(temp.dir, 'elsewhere', 'better_sqlite3.node');
    mkdirSync(path.dirname(copy), { recursive: true });
    copyFileSync(nodeBuild, copy);
    const store = await openStore(path.join(temp.dir, 'a.db'), { nativeBinding: copy });
    expect(store.schemaVersion).toBeGreaterThan(0);
    store.db.close();
  });

  it('fails, naming the missing file, rather than quietly loading node_modules', async () => {
    const missing = path.join(temp.dir, 'missing', 'better_sqlite3.node');
    await expect(
      openStore(path.join(temp.dir, 'b.db'), { nativeBinding: missing }),
    ).rejects.toThrow(/missing/);
  });
});

/** A project folder holding node_modules/better-sqlite3 with a Node build, as after npm ci. */
function fakeProject(root: string): { nodeBuild: string } {
  const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
  const nodeBuild = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  mkdirSync(path.dirname(nodeBuild), { recursive: true });
  mkdirSync(path.join(moduleDir, 'src'), { recursive: true });
  writeFileSync(nodeBuild, 'node build');
  writeFileSync(path.join(moduleDir, 'src', 'better_sqlite3.cpp'), '// source');
  writeFileSync(path.join(moduleDir, 'package.json'), JSON.stringify({ version: '12.11.1' }));
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(
    path.join(root, 'node_modules', 'electron', 'package.json'),
    JSON.stringify({ version: '38.8.6' }),
  );
  return { nodeBuild };
}

/** Stands in for @electron/rebuild: compiles nothing, writes the addon where it would. */
function fakeRebuild(seen: RebuildOptions[], sawNodeBuild: boolean[] = []) {
  return async (options: RebuildOptions): Promise<void> => {
    seen.push(options);
    const moduleDir = path.join(options.buildPath, 'node_modules', 'better-sqlite3');
    sawNodeBuild.push(existsSync(path.join(moduleDir, 'build')));
    const addon = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
    mkdirSync(path.dirname(addon), { recursive: true });
    writeFileSync(addon, `electron ${options.electronVersion} build`);
  };
}

describe('making the Electron build before npm start', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('scrutineer-native-');
  });
  afterEach(() => temp.remove());

  it('builds it once into .electron-native, from sources without the Node build', async () => {
    const { nodeBuild } = fakeProject(temp.dir);
    const seen: RebuildOptions[] = [];
    const sawNodeBuild: boolean[] = [];
    const result = await prepareElectronSqlite(temp.dir, target, fakeRebuild(seen, sawNodeBuild));

    expect(result).toEqual({ status: 'built', addon: electronAddonPath(temp.dir, target) });
    expect(readFileSync(result.addon, 'utf8')).toBe('electron 38.8.6 build');
    expect(seen).toMatchObject([
      { electronVersion: '38.8.6', arch: 'x64', onlyModules: ['better-sqlite3'], force: true },
    ]);
    expect(seen[0]?.buildPath).not.toBe(temp.dir);
    expect(seen[0]?.projectRootPath).toBe(seen[0]?.buildPath);
    expect(sawNodeBuild).toEqual([false]);
    expect(readFileSync(nodeBuild, 'utf8')).toBe('node build');
    expect(readdirSync(path.join(temp.dir, '.electron-native'))).toEqual([nativeBuildKey(target)]);
  });

  it('does not rebuild when the build for this Electron is already there', async () => {
    fakeProject(temp.dir);
    const seen: RebuildOptions[] = [];
    await prepareElectronSqlite(temp.dir, target, fakeRebuild(seen));
    const again = await prepareElectronSqlite(temp.dir, target, fakeRebuild(seen));
    expect(again.status).toBe('up to date');
    expect(seen).toHaveLength(1);
  });

  it('rebuilds when Electron has been updated, keeping the old build apart', async () => {
    fakeProject(temp.dir);
    const seen: RebuildOptions[] = [];
    await prepareElectronSqlite(temp.dir, target, fakeRebuild(seen));
    const newer = { ...target, electronVersion: '39.1.0' };
    const result = await prepareElectronSqlite(temp.dir, newer, fakeRebuild(seen));
    expect(result.status).toBe('built');
    expect(readFileSync(result.addon, 'utf8')).toBe('electron 39.1.0 build');
    expect(seen.map((options) => options.electronVersion)).toEqual(['38.8.6', '39.1.0']);
  });

  it('leaves nothing half-made when the rebuild fails', async () => {
    const { nodeBuild } = fakeProject(temp.dir);
    const offline = Object.assign(new Error('getaddrinfo ENOTFOUND www.electronjs.org'), {
      code: 'ENOTFOUND',
    });
    await expect(
      prepareElectronSqlite(temp.dir, target, async () => {
        throw offline;
      }),
    ).rejects.toBe(offline);
    expect(readdirSync(path.join(temp.dir, '.electron-native'))).toEqual([]);
    expect(readFileSync(nodeBuild, 'utf8')).toBe('node build');
  });

  it('reads the installed Electron and better-sqlite3 versions', () => {
    fakeProject(temp.dir);
    expect(installedTarget(temp.dir, 'win32', 'arm64')).toEqual({
      electronVersion: '38.8.6',
      sqliteVersion: '12.11.1',
      platform: 'win32',
      arch: 'arm64',
    });
  });
});

describe('what npm start says when it cannot go on', () => {
  it('says in one sentence that Electron’s headers could not be downloaded', () => {
    const error = new Error('node-gyp failed to rebuild', {
      cause: Object.assign(new Error('getaddrinfo EAI_AGAIN www.electronjs.org'), {
        code: 'EAI_AGAIN',
      }),
    });
    expect(explainRebuildFailure(error, target)).toBe(
      "npm start could not build better-sqlite3 for Electron 38.8.6 because Electron's headers " +
        'could not be downloaded: connect to the internet once and run npm start again.',
    );
  });

  it('names missing build tools, and otherwise gives the first line of the reason only', () => {
    expect(explainRebuildFailure(new Error('gyp ERR! find Python'), target)).toMatch(
      /no C\+\+ build tools were found/,
    );
    const odd = new Error('something odd happened.\n    at rebuild (/x/y.js:1:1)');
    expect(explainRebuildFailure(odd, target)).toBe(
      'npm start could not build better-sqlite3 for Electron 38.8.6: something odd happened.',
    );
  });

  it('never builds against Node’s own headers, even when npm is told to for the Node build', async () => {
    const env = { npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.19.0', PATH: '/usr/bin' };
    expect(envForElectronRebuild(env)).toEqual({ PATH: '/usr/bin' });
    const before = process.env.npm_config_nodedir;
    process.env.npm_config_nodedir = '/usr';
    try {
      await rebuildForElectron({ buildPath: '/staging', electronVersion: '38.8.6' });
      expect(rebuildSaw).toEqual([
        { nodedir: undefined, options: { buildPath: '/staging', electronVersion: '38.8.6' } },
      ]);
    } finally {
      if (before === undefined) delete process.env.npm_config_nodedir;
      else process.env.npm_config_nodedir = before;
    }
  });

  it('stops with one line when Electron’s binary was never downloaded', async () => {
    const temp = makeTempDir('scrutineer-prestart-');
    try {
      fakeProject(temp.dir);
      const lines: string[] = [];
      const seen: RebuildOptions[] = [];
      expect(await runPrestart(temp.dir, fakeRebuild(seen), (line) => lines.push(line))).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Electron is not installed here/);
      expect(seen).toEqual([]);
    } finally {
      temp.remove();
    }
  });

  it('finds the Electron binary from path.txt without loading the electron package', () => {
    const temp = makeTempDir('scrutineer-electron-bin-');
    try {
      const electronDir = path.join(temp.dir, 'node_modules', 'electron');
      mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      expect(installedElectronBinary(temp.dir, {})).toBeNull();
      writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
      expect(installedElectronBinary(temp.dir, {})).toBe(
        path.join(electronDir, 'dist', 'electron'),
      );
    } finally {
      temp.remove();
    }
  });
});

describe('a machine where Electron is installed', () => {
  it('builds when needed and says where the build is, in one line', async () => {
    const temp = makeTempDir('scrutineer-prestart-ok-');
    try {
      fakeProject(temp.dir);
      const electronDir = path.join(temp.dir, 'node_modules', 'electron');
      mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
      const lines: string[] = [];
      const seen: RebuildOptions[] = [];
      const here = `${process.platform}-${process.arch}`;
      expect(await runPrestart(temp.dir, fakeRebuild(seen), (line) => lines.push(line))).toBe(0);
      expect(await runPrestart(temp.dir, fakeRebuild(seen), (line) => lines.push(line))).toBe(0);
      expect(seen).toHaveLength(1);
      expect(lines[1]).toBe(
        `better-sqlite3 for Electron 38.8.6 (${here}) is built: ` +
          path.join('.electron-native', `38.8.6-12.11.1-${here}`, 'better_sqlite3.node'),
      );
      expect(lines[2]).toMatch(/is up to date/);
    } finally {
      temp.remove();
    }
  });
});
