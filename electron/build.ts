// Bundles the Node side of the desktop app with esbuild (npm run build:electron): the main
// process, the sandboxed preload (which cannot require local files) and the `scrutineer` CLI.
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(__dirname, '..');
export const outDir = path.join(root, 'dist', 'electron');

const nodeBundle: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // better-sqlite3 is a native module: it is loaded from node_modules, never bundled. So is
  // resvg (charts to PNG); pdfkit reads its font metrics from files beside its own code.
  external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfkit'],
  logLevel: 'warning',
};

export const bundles: Record<'main' | 'preload' | 'cli', BuildOptions> = {
  main: {
    ...nodeBundle,
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: path.join(outDir, 'main.js'),
  },
  preload: {
    bundle: true,
    // A sandboxed preload runs in the renderer with only `electron` to require.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
    // zod comes along with the contract; minified, the window parses far less on every load.
    minify: true,
    logLevel: 'warning',
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(outDir, 'preload.js'),
  },
  cli: {
    ...nodeBundle,
    entryPoints: [path.join(root, 'electron/cli.ts')],
    outfile: path.join(outDir, 'cli.js'),
    banner: { js: '#!/usr/bin/env node' },
  },
};

/** Files the bundled code loads from beside itself (`path.join(__dirname, …)`). */
function copyRuntimeFiles(): void {
  const migrationsFrom = path.join(root, 'db', 'migrations');
  const migrationsTo = path.join(outDir, 'migrations');
  mkdirSync(migrationsTo, { recursive: true });
  for (const file of readdirSync(migrationsFrom).filter((name) => name.endsWith('.sql'))) {
    copyFileSync(path.join(migrationsFrom, file), path.join(migrationsTo, file));
  }
  const pdfWorker = path.join(root, 'electron/services/import/extract/pdf/pdf-worker.mjs');
  copyFileSync(pdfWorker, path.join(outDir, 'pdf-worker.mjs'));
}

export async function buildElectron(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await Promise.all(Object.values(bundles).map((options) => build(options)));
  chmodSync(path.join(outDir, 'cli.js'), 0o755);
  copyRuntimeFiles();
}

if (require.main === module) {
  buildElectron().then(
    () => console.log(`Built the app's main process, preload and CLI into ${outDir}.`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
