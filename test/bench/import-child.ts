// The measuring half of npm run bench:import, bundled and run in a fresh plain-node process per
// variant (as the app runs bundled code), so its peak memory is the import's own and not tsx's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { storePack, type PackCounts } from '../../db/pack-writer';
import { openStore } from '../../db/store';
import { extractDocument } from '../../electron/services/import/extract/extract-document';
import { importFiles } from '../../electron/services/import/import-files';
import { parsePack } from '../../shared/readers/pack';

export const runs = 3;
const today = '2031-02-01';

export interface ImportMeasure {
  /** Best full import (or, for a phase run, best extract + parse + store) in milliseconds. */
  ms: number;
  maxRssKb: number;
  counts: PackCounts | null;
  outcome: string;
  /** Best time of each phase, when they were timed one by one. */
  phases: { extract: number; parse: number; store: number } | null;
}

async function inFreshStore<T>(work: (db: Database.Database) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), 'scrutineer-bench-store-'));
  const store = await openStore(path.join(folder, 'store.db'));
  try {
    return await work(store.db);
  } finally {
    store.db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What the app does: importFiles into a fresh store, best of `runs`. */
async function measureImport(file: string): Promise<ImportMeasure> {
  let best = Number.POSITIVE_INFINITY;
  let counts: PackCounts | null = null;
  let outcome = 'not run';
  for (let run = 0; run < runs; run += 1) {
    await inFreshStore(async (db) => {
      const started = performance.now();
      const [result] = await importFiles(db, [file], { today });
      best = Math.min(best, performance.now() - started);
      counts = result?.counts ?? null;
      outcome = result?.error ?? result?.status ?? 'no result';
    });
  }
  return { ms: best, maxRssKb: process.resourceUsage().maxRSS, counts, outcome, phases: null };
}

/** The same three steps importFiles takes, timed one by one, with a chosen number of PDF workers. */
async function measurePhases(file: string, pdfWorkers: number): Promise<ImportMeasure> {
  const phases = { extract: Infinity, parse: Infinity, store: Infinity };
  let best = Number.POSITIVE_INFINITY;
  let counts: PackCounts | null = null;
  for (let run = 0; run < runs; run += 1) {
    await inFreshStore(async (db) => {
      const started = performance.now();
      const document = await extractDocument(file, { pdfWorkers });
      const extracted = performance.now();
      const pack = parsePack({ pages: document.pages });
      const parsed = performance.now();
      counts = storePack(db, document, pack, today).counts;
      const stored = performance.now();
      phases.extract = Math.min(phases.extract, extracted - started);
      phases.parse = Math.min(phases.parse, parsed - extracted);
      phases.store = Math.min(phases.store, stored - parsed);
      best = Math.min(best, stored - started);
    });
  }
  const maxRssKb = process.resourceUsage().maxRSS;
  return { ms: best, maxRssKb, counts, outcome: 'imported', phases };
}

async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2);
  if (!file) throw new Error('usage: import-child <pdf> [import | phases-1 | phases-2]');
  const measure =
    mode === 'phases-1' || mode === 'phases-2'
      ? await measurePhases(file, Number(mode.slice(-1)))
      : await measureImport(file);
  console.log(JSON.stringify(measure));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
