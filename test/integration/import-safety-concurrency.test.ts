// Two imports of the same file at the same moment (the app and the command line, say) must not
// collide: the one that writes second finds the first one's document and reports the file as
// already imported, instead of failing on the store's unique sha256.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openStore, type OpenedStore } from '../../db/store';
import { samplePackPath } from '../../electron/services/app-session';
import { makeTempDir } from '../support/temp-store';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const child = path.join(root, 'test/support/import-race-child.ts');

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

interface Racer {
  /** Resolves once the racer has read the file and is about to write. */
  read: Promise<void>;
  done: Promise<{ status: string; warnings: string[]; error: string | null }[]>;
}

function race(file: string): Racer {
  const process = spawn(tsx, [child, store.path, file], { cwd: root });
  let stdout = '';
  let stderr = '';
  let signalRead: () => void = () => undefined;
  const read = new Promise<void>((resolve) => (signalRead = resolve));
  process.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.startsWith('read\n')) signalRead();
  });
  process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Racer extends { done: Promise<infer T> } ? T : never>(
    (resolve, reject) =>
      process.on('close', (code) => {
        const json = stdout.split('\n').filter(Boolean).pop() ?? '';
        if (code === 0) resolve(JSON.parse(json));
        else reject(new Error(`the import process failed (${code}): ${stderr}`));
      }),
  );
  return { read, done };
}

describe('two imports of the same file at once', () => {
  it('imports it once and reports the other as already imported', async () => {
    // The test holds the write lock until both racers have read the file and checked the store,
    // so both find it absent before either can write: the collision the check must survive.
    store.db.prepare('BEGIN IMMEDIATE').run();
    const racers = [race(samplePackPath), race(samplePackPath)];
    await Promise.all(racers.map((racer) => racer.read));
    await new Promise((resolve) => setTimeout(resolve, 500));
    store.db.prepare('ROLLBACK').run();
    const results = (await Promise.all(racers.map((racer) => racer.done))).flat();
    expect(results.map((result) => result.status).sort()).toEqual(['imported', 'skipped']);
    const skipped = results.find((result) => result.status === 'skipped')!;
    expect(skipped.warnings[0]).toMatch(/was imported before .*nothing was changed/);
    const count = store.db.prepare('SELECT count(*) AS n FROM document').get() as { n: number };
    expect(count.n).toBe(1);
  }, 60_000);
});
