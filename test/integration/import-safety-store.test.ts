// Each way a store path can be wrong gets a plain message instead of SQLite's or Node's own: a
// read-only store says it is read-only, a folder given as the store says it is a folder, and
// `import` into a folder that does not exist is refused with a pointer to `init` (which still
// creates it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/store';
import { runCli } from '../../electron/services/command-line';
import { samplePackPath } from '../../electron/services/app-session';
import { makeTempDir } from '../support/temp-store';

const root = path.resolve(__dirname, '../..');
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.remove());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** What openStore says about `file` to an ordinary user (root may write anything, so not root). */
async function messageForOrdinaryUser(file: string): Promise<string> {
  if (process.getuid?.() !== 0) {
    return openStore(file).then(
      (store) => {
        store.db.close();
        return 'opened';
      },
      (error: Error) => error.message,
    );
  }
  fs.chmodSync(temp.dir, 0o755);
  const child = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'test/support/open-store-child.ts'), file],
    {
      cwd: root,
      uid: 65534,
      gid: 65534,
      env: { ...process.env, HOME: temp.dir },
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`the child could not run: ${child.stderr}`);
  return child.stdout.trim();
}

/**
 * Root may write to any file, so as root the check runs in a child process as `nobody`, which needs
 * to read this checkout; a checkout inside a private folder (mode 700) cannot be read by it.
 */
const ordinaryUserCanRun =
  process.getuid?.() !== 0 ||
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(root)})`], {
    uid: 65534,
    gid: 65534,
  }).status === 0;
if (!ordinaryUserCanRun) {
  console.warn(
    `Running as root in ${root}, which an unprivileged user cannot read; skipping the read-only store check.`,
  );
}
const itAsOrdinaryUser = ordinaryUserCanRun ? it : it.skip;

describe('plain messages for a store that cannot be used', () => {
  itAsOrdinaryUser(
    'says a read-only store is read-only, not that it is no store',
    async () => {
      const file = path.join(temp.dir, 'store.db');
      (await openStore(file)).db.close();
      fs.chmodSync(file, 0o444);
      const message = await messageForOrdinaryUser(file);
      expect(message).toMatch(/store\.db is read-only, and Scrutineer must be able to write/);
      expect(message).not.toMatch(/not a Scrutineer store/);
    },
    60_000,
  );

  it('says a folder given as the store is a folder, from the app and the command line', async () => {
    await expect(openStore(temp.dir)).rejects.toThrow(
      `${temp.dir} is a folder, not a store file: name the store file inside it`,
    );
    const result = await cli('meetings', '--db', temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a folder, not a store file');
    expect(result.stderr).not.toMatch(/EISDIR/);
  });

  it('refuses to import into a folder that does not exist, pointing to init', async () => {
    const mistyped = path.join(temp.dir, 'Documnets', 'council.db');
    const result = await cli('import', samplePackPath, '--db', mistyped, '--json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`There is no folder ${path.dirname(mistyped)}`);
    expect(result.stderr).toContain(`scrutineer init --db ${mistyped}`);
    expect(fs.existsSync(path.dirname(mistyped))).toBe(false);
  });

  it('still lets init create the folder and the store', async () => {
    const fresh = path.join(temp.dir, 'new', 'council.db');
    const init = await cli('init', '--db', fresh);
    expect(init.code).toBe(0);
    expect(fs.existsSync(fresh)).toBe(true);
    const imported = await cli('import', samplePackPath, '--db', fresh, '--json');
    expect(JSON.parse(imported.stdout)[0]).toMatchObject({ status: 'imported' });
  });
});
