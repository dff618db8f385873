// The member's corrections to the indicator catalogue through the contract, on a real store:
// rename, polarity, merge and split all stick, and importing another pack never undoes them.
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import {
  openAppSession,
  samplePackPath,
  type AppSession,
} from '../../electron/services/app-session';
import { importFiles } from '../../electron/services/import/import-files';
import type { Method } from '../../shared/contract';
import { makeTempDir } from '../support/temp-store';

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;
const today = '2026-11-22';

async function call(method: Method, args: unknown) {
  const envelope = await dispatch(session.handlers, method, args);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.result as never;
}

/** The sample pack for the next quarter: new figures, and one indicator renamed by the council. */
function nextQuarterPack(): string {
  const file = path.join(temp.dir, 'next-quarter.txt');
  const text = fs
    .readFileSync(samplePackPath, 'utf8')
    .replace(/12 January 2027/g, '13 April 2027')
    .replace(/12 JANUARY 2027/g, '13 APRIL 2027')
    .replace(/(quarter) 2\b/gi, '$1 3')
    .replace('19.6%\t20.1% (245)', '20.1%\t21.0% (250)')
    .replace('Child protection cases reviewed in timescale', 'CP cases reviewed within timescale');
  fs.writeFileSync(file, text);
  return file;
}

beforeEach(async () => {
  temp = makeTempDir();
  session = await openAppSession(path.join(temp.dir, 'store.db'), 'desktop');
  await importFiles(session.store.db, [samplePackPath], { today });
});
afterEach(() => {
  session.close();
  temp.remove();
});

type Row = { id: number; name: string; polarity: string; aliases: string[]; valueCount: number };
const list = async (): Promise<Row[]> => call('indicators.list', {});
const byName = async (pattern: RegExp) => (await list()).find((row) => pattern.test(row.name))!;

describe('the indicator catalogue', () => {
  it('files the sample dashboard as indicators with polarity from the printed words', async () => {
    const reReferrals = await byName(/Re-referrals/);
    expect(reReferrals.polarity).toBe('low');
    expect(reReferrals.valueCount).toBe(2);
  });

  it('keeps a member’s name and polarity when a later pack is imported', async () => {
    const reReferrals = await byName(/Re-referrals/);
    await call('indicators.rename', { id: reReferrals.id, name: 'Re-referrals (12 months)' });
    const leavers = await byName(/Care leavers/);
    await call('indicators.setPolarity', { id: leavers.id, polarity: 'none' });
    await importFiles(session.store.db, [nextQuarterPack()], { today });
    const after = await list();
    expect(after.find((row) => row.id === reReferrals.id)).toMatchObject({
      name: 'Re-referrals (12 months)',
      valueCount: 3,
    });
    expect(after.find((row) => row.id === leavers.id)?.polarity).toBe('none');
  });

  it('merges two indicators that are one measure, keeping every figure and the member’s questions', async () => {
    await importFiles(session.store.db, [nextQuarterPack()], { today });
    const rows = await list();
    const original = rows.find((row) => /^Child protection cases reviewed/.test(row.name))!;
    const renamed = rows.find((row) => /^CP cases reviewed/.test(row.name));
    if (!renamed) {
      // The names were close enough to be matched on import: already one indicator.
      expect(original.aliases).toEqual(
        expect.arrayContaining(['CP cases reviewed within timescale']),
      );
      return;
    }
    await call('questions.create', { text: 'Why did reviews slip?', indicatorId: renamed.id });
    const merged: Row = await call('indicators.merge', {
      keepId: original.id,
      mergeId: renamed.id,
    });
    expect(merged.aliases).toEqual(expect.arrayContaining(['CP cases reviewed within timescale']));
    expect(merged.valueCount).toBe(3);
    const questions: { indicatorId: number | null }[] = await call('questions.list', {});
    expect(questions[0]?.indicatorId).toBe(original.id);
    expect((await list()).some((row) => row.id === renamed.id)).toBe(false);
  });

  it('splits out an alias as its own indicator with the figures printed under that name', async () => {
    await importFiles(session.store.db, [nextQuarterPack()], { today });
    const original = await byName(/^Child protection cases reviewed/);
    const rows = await list();
    const other = rows.find((row) => row.id !== original.id && /^CP cases reviewed/.test(row.name));
    if (other) await call('indicators.merge', { keepId: original.id, mergeId: other.id });
    const split: Row = await call('indicators.splitAlias', {
      id: original.id,
      alias: 'CP cases reviewed within timescale',
    });
    expect(split.name).toBe('CP cases reviewed within timescale');
    expect(split.valueCount).toBeGreaterThan(0);
    const left = (await list()).find((row) => row.id === original.id)!;
    expect(left.aliases).not.toContain('CP cases reviewed within timescale');
  });

  it('refuses to merge an indicator into itself, with a reason', async () => {
    const reReferrals = await byName(/Re-referrals/);
    const envelope = await dispatch(session.handlers, 'indicators.merge', {
      keepId: reReferrals.id,
      mergeId: reReferrals.id,
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { message: 'An indicator cannot be merged into itself.' },
    });
  });
});
