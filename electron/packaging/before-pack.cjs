// electron-builder beforePack hook: rebuilds better-sqlite3, and only it, for the Electron version
// and platform being packaged (npmRebuild is off). The Node build jest and the CLI use is set aside
// first; after-pack.cjs puts it back so the working tree still runs tests after `npm run dist`.
const fs = require('node:fs');
const path = require('node:path');

const nativeModule = 'better-sqlite3';
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** Where better-sqlite3's compiled addon lives, and where its Node build waits during packaging. */
function nativeBuildPaths(projectDir) {
  return {
    addon: path.join(
      projectDir,
      'node_modules',
      nativeModule,
      'build',
      'Release',
      'better_sqlite3.node',
    ),
    setAside: path.join(projectDir, 'release', '.node-build', 'better_sqlite3.node'),
  };
}

/** The @electron/rebuild options for one packaging run, or null for a universal macOS merge. */
function rebuildOptionsFor(context) {
  const arch = archNames[context.arch];
  if (arch === undefined)
    throw new Error(`Scrutineer cannot package for architecture ${context.arch}.`);
  if (arch === 'universal') return null;
  return {
    buildPath: context.packager.info.projectDir,
    electronVersion: context.packager.info.framework.version,
    platform: context.electronPlatformName,
    arch,
    onlyModules: [nativeModule],
    force: true,
  };
}

async function beforePack(context, rebuild = require('@electron/rebuild').rebuild) {
  const options = rebuildOptionsFor(context);
  if (options === null) return;
  const { addon, setAside } = nativeBuildPaths(options.buildPath);
  if (!fs.existsSync(setAside) && fs.existsSync(addon)) {
    fs.mkdirSync(path.dirname(setAside), { recursive: true });
    fs.copyFileSync(addon, setAside);
  }
  console.log(
    `  • rebuilding ${nativeModule} for Electron ${options.electronVersion} (${options.platform}, ${options.arch})`,
  );
  await rebuild(options);
}

module.exports = { beforePack, rebuildOptionsFor, nativeBuildPaths };
