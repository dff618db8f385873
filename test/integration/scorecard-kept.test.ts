// The scorecard kept ready on a large store: answered from what was kept until anything it shows
// changes (an import, a value, a catalogue edit), and then never stale.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { importFiles } from '../../electron/services/import/import-files';
import { keptScorecard } from '../../db/scorecard-cache';
import type { OpenedStore } from '../../db/store';
import { openTempStore, removeTempDir, webHandlers } from '../fixtures/store/temp-store';

const fixtures = path.resolve(__dirname, '../fixtures/indicators');

let store: OpenedStore;
let dir: string;
let db: Database.Database;
let handlers: Handlers;

beforeEach(async () => {
  ({ store, dir } = await openTempStore());
  db = store.db;
  handlers = webHandlers(store);
});
afterEach(() => {
  db.close();
  removeTempDir(dir);
});

async function scorecardNames(): Promise<string[]> {
  const envelope = await dispatch(handlers, 'indicators.list', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  return (envelope.result as { name: string }[]).map((row) => row.name).sort();
}

describe('the scorecard kept ready', () => {
  it('is computed once and then answered from what was kept until something it shows changes', () => {
    db.prepare("INSERT INTO indicator (name, polarity) VALUES ('Rent collected', 'high')").run();
    let computed = 0;
    const compute = () => {
      computed += 1;
      return db.prepare('SELECT name FROM indicator ORDER BY name').all() as { name: string }[];
    };
    expect(keptScorecard(db, compute)).toEqual([{ name: 'Rent collected' }]);
    expect(keptScorecard(db, compute)).toEqual([{ name: 'Rent collected' }]);
    expect(computed).toBe(1);

    db.prepare("UPDATE indicator SET name = 'Rent collected (%)'").run();
    expect(keptScorecard(db, compute)).toEqual([{ name: 'Rent collected (%)' }]);
    expect(computed).toBe(2);
  });

  it('shows a newly imported pack’s indicators and a renamed indicator at once', async () => {
    expect(await scorecardNames()).toEqual([]);
    await importFiles(db, [path.join(fixtures, 'northwold-q2.txt')], { today: '2024-02-01' });
    const first = await scorecardNames();
    expect(first.length).toBeGreaterThan(0);
    expect(await scorecardNames()).toEqual(first);

    const id = (db.prepare('SELECT min(id) FROM indicator').pluck().get() as number) ?? 0;
    const renamed = await dispatch(handlers, 'indicators.rename', { id, name: 'A new name' });
    expect(renamed.ok).toBe(true);
    expect(await scorecardNames()).toContain('A new name');

    await importFiles(db, [path.join(fixtures, 'eastbridge-q2.txt')], { today: '2024-02-01' });
    expect((await scorecardNames()).length).toBeGreaterThan(first.length);
  });
});
