// Packaging cannot run here (it needs Electron downloads), so these cases check what can be: the
// electron-builder config passes electron-builder's own schema, and the native-rebuild hooks.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { RebuildOptions } from '@electron/rebuild';
import {
  beforePack,
  nativeBuildPaths,
  rebuildOptionsFor,
  type PackContextFields,
} from '../../electron/packaging/before-pack.cjs';
import {
  afterPack,
  electronBinaryPath,
  fuseConfig,
  type AfterPackContext,
} from '../../electron/packaging/after-pack.cjs';
import { FuseV1Options } from '@electron/fuses';
import { makeTempDir } from '../support/temp-store';

const root = path.resolve(__dirname, '../..');

describe('the electron-builder configuration', () => {
  let config: Configuration;
  beforeAll(async () => {
    config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  });

  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a misspelt option, so the check above means something', async () => {
    const misspelt = { ...config, npmRebuilds: false } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /npmRebuilds/,
    );
  });

  it('ships only the built app, with better-sqlite3 rebuilt by our hooks, not by npm', () => {
    expect(config.productName).toBe('Scrutineer');
    expect(config.files).toEqual([
      { filter: ['dist/**/*', '!dist/**/*.map', 'package.json', 'assets/sample/**/*'] },
    ]);
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    expect(config.beforePack).toBe('./electron/packaging/before-pack.cjs');
    expect(config.afterPack).toBe('./electron/packaging/after-pack.cjs');
    expect(config.directories?.output).toBe('release');
  });

  it('builds an NSIS installer, a DMG, an AppImage and a deb', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('offers to open PDF and Word agenda packs, without taking over as the default viewer', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map((association) => association.ext)).toEqual(['pdf', 'docx']);
    for (const association of associations) {
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
      expect(association.mimeType).toMatch(/^application\//);
    }
  });

  it('points package.json at the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('dist/electron/main.js');
  });
});

function packContext(
  projectDir: string,
  arch: number,
  platform = 'linux',
): PackContextFields & AfterPackContext {
  return {
    arch,
    electronPlatformName: platform,
    appOutDir: path.join(projectDir, 'release', 'linux-unpacked'),
    packager: {
      info: { projectDir, framework: { version: '38.8.6' } },
      appInfo: { productFilename: 'Scrutineer' },
      executableName: 'scrutineer',
    },
  };
}

describe('rebuilding better-sqlite3 for the packaged app', () => {
  it('rebuilds better-sqlite3 alone for the Electron version, platform and architecture', () => {
    expect(rebuildOptionsFor(packContext('/project', 1))).toEqual({
      buildPath: '/project',
      electronVersion: '38.8.6',
      platform: 'linux',
      arch: 'x64',
      onlyModules: ['better-sqlite3'],
      force: true,
    });
    expect(rebuildOptionsFor(packContext('/project', 3))?.arch).toBe('arm64');
  });

  it('skips the universal macOS merge, whose halves were rebuilt already', () => {
    expect(rebuildOptionsFor(packContext('/project', 4))).toBeNull();
  });

  it('puts the Node build back after packing, so tests still run after npm run dist', async () => {
    const temp = makeTempDir('scrutineer-pack-');
    jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const { addon, setAside } = nativeBuildPaths(temp.dir);
      mkdirSync(path.dirname(addon), { recursive: true });
      writeFileSync(addon, 'node build');
      const rebuilds: RebuildOptions[] = [];
      await beforePack(packContext(temp.dir, 1), async (options) => {
        rebuilds.push(options);
        writeFileSync(addon, 'electron build');
      });
      expect(rebuilds.map((options) => options.onlyModules)).toEqual([['better-sqlite3']]);
      expect(readFileSync(addon, 'utf8')).toBe('electron build');
      expect(readFileSync(setAside, 'utf8')).toBe('node build');

      const flipped: string[] = [];
      await afterPack(packContext(temp.dir, 1), async (binary) => flipped.push(binary));
      expect(flipped).toEqual([path.join(temp.dir, 'release', 'linux-unpacked', 'scrutineer')]);
      expect(readFileSync(addon, 'utf8')).toBe('node build');
    } finally {
      temp.remove();
      jest.restoreAllMocks();
    }
  });
});

describe('Electron fuses on the packaged app', () => {
  it('turns off running as Node, NODE_OPTIONS and inspector flags, and turns on asar integrity', () => {
    const config = fuseConfig(packContext('/project', 1));
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('finds the executable to fuse on each platform', () => {
    expect(electronBinaryPath(packContext('/p', 1, 'win32'))).toBe(
      path.join('/p/release/linux-unpacked', 'Scrutineer.exe'),
    );
    expect(electronBinaryPath(packContext('/p', 3, 'darwin'))).toBe(
      path.join('/p/release/linux-unpacked', 'Scrutineer.app'),
    );
    expect(fuseConfig(packContext('/p', 3, 'darwin')).resetAdHocDarwinSignature).toBe(true);
  });
});
