// electron-builder afterPack hook: sets Electron's fuses on the packaged binary (no running as
// plain Node, no NODE_OPTIONS or inspector flags, asar only and integrity-checked, encrypted
// cookies), then puts the Node build of better-sqlite3 back so jest and the CLI keep working.
const fs = require('node:fs');
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
const { nativeBuildPaths } = require('./before-pack.cjs');

/** The Electron executable (or .app bundle) electron-builder has just laid out. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** The fuse settings for the packaged app. arch 3 is arm64 in electron-builder's Arch enum. */
function fuseConfig(context) {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

async function afterPack(context, flip = flipFuses) {
  await flip(electronBinaryPath(context), fuseConfig(context));
  const { addon, setAside } = nativeBuildPaths(context.packager.info.projectDir);
  if (!fs.existsSync(setAside)) return;
  fs.copyFileSync(setAside, addon);
  fs.rmSync(setAside);
}

module.exports = { afterPack, electronBinaryPath, fuseConfig };
