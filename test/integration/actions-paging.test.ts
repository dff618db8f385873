// The chair's actions a page at a time through the contract, on real imports of a panel's packs:
// each page is the next slice of the same filtered list in the chair's order, a caller asking for
// no page gets the whole list as before, and the summary counts every action, not a page.
import path from 'node:path';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { openStore, type OpenedStore } from '../../db/store';
import { importFiles } from '../../electron/services/import/import-files';
import type { Args, Result } from '../../shared/contract';
import { makeTempDir } from '../support/temp-store';
import { webHandlers } from '../fixtures/store/temp-store';

type Action = Result<'actions.list'>[number];
const fixtures = path.resolve(__dirname, '../fixtures/actions');
const today = '2027-10-01';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
let handlers: Handlers;

beforeEach(async () => {
  temp = makeTempDir();
  store = await openStore(path.join(temp.dir, 'store.db'));
  const packs = ['panel-2027-03-09.txt', 'panel-2027-06-15.txt'].map((name) =>
    path.join(fixtures, name),
  );
  const results = await importFiles(store.db, packs, { today });
  expect(results.map((result) => result.error)).toEqual([null, null]);
  handlers = webHandlers(store, today);
});
afterEach(() => {
  store.db.close();
  temp.remove();
});

async function call<M extends 'actions.list' | 'actions.summary' | 'actions.setStatus'>(
  method: M,
  args: Args<M>,
): Promise<Result<M>> {
  const envelope = await dispatch(handlers, method, args);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.result as Result<M>;
}

async function pagesOf(filters: Args<'actions.list'>, size: number): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await call('actions.list', { ...filters, limit: size, offset });
    ids.push(...page.map((action) => action.id));
    if (page.length < size) return ids;
  }
}

const outstanding = (a: Action): boolean =>
  a.tracked && (a.status === 'open' || a.status === 'in-progress');

describe('the actions list a page at a time', () => {
  it('answers consecutive pages of the whole list, and the whole list when no page is asked', async () => {
    const whole = await call('actions.list', {});
    expect(whole.length).toBeGreaterThanOrEqual(8);
    expect(whole.some((action) => action.overdue)).toBe(true);
    const rank = (a: Action): number => (outstanding(a) ? (a.overdue ? 0 : 1) : a.tracked ? 2 : 3);
    const chairsOrder = [...whole].sort(
      (a, b) => rank(a) - rank(b) || b.meetingDate.localeCompare(a.meetingDate) || a.id - b.id,
    );
    expect(whole.map((a) => a.id)).toEqual(chairsOrder.map((a) => a.id));
    expect(new Set(whole.map(rank)).size).toBeGreaterThanOrEqual(3);
    for (const size of [1, 3, 5]) {
      expect(await pagesOf({}, size)).toEqual(whole.map((action) => action.id));
    }
    const first = await call('actions.list', { limit: 3 });
    expect(first).toEqual(whole.slice(0, 3));
    expect(await call('actions.list', { limit: 3, offset: whole.length })).toEqual([]);
  });

  it('pages the filtered list, so "More" continues the same actions the filters chose', async () => {
    const whole = await call('actions.list', {});
    const [someone] = whole.flatMap((action) => (action.owner ? [action.owner] : []));
    expect(someone).toBeDefined();
    const choices: Args<'actions.list'>[] = [
      { kinds: ['request', 'recommendation', 'commitment'] },
      { statuses: ['open', 'in-progress'] },
      { owner: someone },
      { committeeName: whole[0]!.committee, kinds: ['noted', 'decision'] },
      { open: true },
    ];
    for (const filters of choices) {
      const kept = whole.filter(
        (a) =>
          (!filters.kinds || filters.kinds.includes(a.kind)) &&
          (!filters.statuses || filters.statuses.includes(a.status)) &&
          (!filters.owner || a.owner === filters.owner) &&
          (!filters.committeeName || a.committee === filters.committeeName) &&
          (!filters.open || outstanding(a)),
      );
      expect(kept.length).toBeGreaterThan(0);
      expect(await pagesOf(filters, 2)).toEqual(kept.map((action) => action.id));
    }
    expect(await call('actions.list', { committeeName: 'Environment' })).toEqual([]);
  });

  it('counts outstanding, overdue and matching actions over the whole list, not a page', async () => {
    const whole = await call('actions.list', {});
    const counts = await call('actions.summary', {
      committeeName: whole[0]!.committee,
      kinds: ['request'],
    });
    expect(counts).toEqual({
      committees: [whole[0]!.committee],
      owners: [...new Set(whole.flatMap((a) => (a.owner ? [a.owner] : [])))].sort(),
      outstanding: whole.filter(outstanding).length,
      overdue: whole.filter((a) => a.overdue).length,
      matching: whole.filter((a) => a.kind === 'request').length,
    });
  });

  it('moves an action the chair marks done out of the outstanding pages and its count', async () => {
    const [overdue] = await call('actions.list', { open: true, limit: 1 });
    expect(overdue?.overdue).toBe(true);
    const before = await call('actions.summary', { open: true });
    await call('actions.setStatus', { id: overdue!.id, status: 'done' });
    const after = await call('actions.summary', { open: true });
    expect(after.outstanding).toBe(before.outstanding - 1);
    expect(after.matching).toBe(before.matching - 1);
    expect(await pagesOf({ open: true }, 2)).not.toContain(overdue!.id);
    const done = await call('actions.list', { statuses: ['done'] });
    expect(done.map((action) => action.id)).toContain(overdue!.id);
  });

  it('files the actions of a store that never filed them before answering its first page', async () => {
    const printed = (actions: Action[]) =>
      actions.map(({ meetingDate, minuteNumber, label, text, kind }) =>
        [meetingDate, minuteNumber, label, text, kind].join(' '),
      );
    const whole = await call('actions.list', { statuses: ['open'] });
    store.db.prepare('DELETE FROM action_item').run();
    expect(printed(await call('actions.list', { limit: 100 }))).toEqual(
      expect.arrayContaining(printed(whole)),
    );
  });

  it('refuses a page of no rows, too many rows or a negative offset with a readable message', async () => {
    for (const [args, word] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 5000 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ limit: 2.5 }, 'limit'],
    ] as const) {
      await expect(dispatch(handlers, 'actions.list', args)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments', message: expect.stringContaining(word) },
      });
    }
  });
});
