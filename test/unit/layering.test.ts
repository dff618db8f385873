// The layering rules of ARCHITECTURE.md are enforced by ESLint; these cases prove the rules fire,
// so a change to the lint config cannot quietly switch the boundaries off.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
jest.setTimeout(60_000);

function lint(fileName: string, source: string): string {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/eslint/bin/eslint.js'),
      '--config',
      '.config/eslint.config.mjs',
      '--stdin',
      '--stdin-filename',
      fileName,
    ],
    { cwd: root, input: source, encoding: 'utf8' },
  );
  return result.stdout + result.stderr;
}

describe('the layering rules', () => {
  it('stop shared/ from importing Node, the store or Electron', () => {
    const output = lint(
      'shared/probe.ts',
      "import fs from 'node:fs';\nimport { openStore } from '../db/store';\nexport const x = [fs, openStore];\n",
    );
    expect(output).toMatch(/'node:fs' import is restricted/);
    expect(output).toMatch(/'\.\.\/db\/store' import is restricted/);
  });

  it('stop the UI from reaching the store or Node directly', () => {
    const output = lint(
      'renderer/probe.ts',
      "import Database from 'better-sqlite3';\nimport path from 'path';\nexport const y = [Database, path];\n",
    );
    expect(output).toMatch(/'better-sqlite3' import is restricted/);
    expect(output).toMatch(/'path' import is restricted/);
  });

  it('stop services from importing electron, so they run without it', () => {
    const output = lint(
      'electron/services/probe.ts',
      "import { app } from 'electron';\nexport const z = app;\n",
    );
    expect(output).toMatch(/'electron' import is restricted/);
  });

  it('let the UI import the contract', () => {
    const output = lint(
      'renderer/probe.ts',
      "import { methods } from '../shared/contract';\nexport const m = methods;\n",
    );
    expect(output).not.toMatch(/restricted/);
  });
});
