// The bundles esbuild makes for the app. A sandboxed preload can require nothing but 'electron',
// and the main process must leave the native better-sqlite3 module to node_modules.
import { builtinModules } from 'node:module';
import { build, type BuildOptions } from 'esbuild';
import { bundles } from '../../electron/build';

jest.setTimeout(30_000);

async function requiresOf(options: BuildOptions): Promise<string[]> {
  const result = await build({ ...options, write: false, minify: false, logLevel: 'silent' });
  const code = result.outputFiles?.[0]?.text ?? '';
  return [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] ?? ''))];
}

describe('the app bundles', () => {
  it('bundle the preload so it requires nothing but electron', async () => {
    expect(await requiresOf(bundles.preload)).toEqual(['electron']);
  });

  it('bundle the main process with only electron, the native and file-reading modules and Node built-ins left out', async () => {
    const required = await requiresOf(bundles.main);
    expect(required).toEqual(expect.arrayContaining(['electron', 'better-sqlite3']));
    // resvg is native and pdfkit reads its font metrics from beside its own code (briefings).
    const external = new Set(['electron', 'better-sqlite3', '@resvg/resvg-js', 'pdfkit']);
    const others = required.filter((name) => !external.has(name));
    const builtIns = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(others.filter((name) => !builtIns.has(name))).toEqual([]);
  });

  it('start the CLI bundle with a shebang so it runs as a command', async () => {
    const result = await build({ ...bundles.cli, write: false, logLevel: 'silent' });
    expect(result.outputFiles?.[0]?.text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
