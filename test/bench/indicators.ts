// Measures indicator reads on a ten-year archive (npm run bench:indicators): each series, every
// exception in the store, and the scorecard rendered in Chromium, each against its target.
import { openStore } from '../../db/store';
import { getAllIndicatorSeries } from '../../db/indicator-series';
import { exceptionsFor, scorecard, seriesOf } from '../../electron/services/indicator-service';
import { isCumulativeKey } from '../../shared/periods';
import { buildIndicatorArchive, type ArchiveSize } from './indicator-archive';
import { ensureRendererBuilt, measureScorecardRender } from './scorecard-render';

const SERIES_ROUNDS = 50;
const EXCEPTION_RUNS = 5;
const targets = { seriesP95Ms: 5, exceptionsMs: 200, scorecardMs: 300 } as const;

interface StoreFigures {
  size: ArchiveSize;
  buildMs: number;
  seriesP50Ms: number;
  seriesP95Ms: number;
  seriesCalls: number;
  exceptionsMs: number;
  exceptionsByRule: Map<string, number>;
  scorecardServiceMs: number;
  /** Whether reading every series at once gives what reading them one by one gives. */
  batchAgrees: boolean;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

function bestOf(runs: number, measure: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    measure();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Builds the archive into `storePath` and times the store and service reads on it. */
async function measureStore(storePath: string): Promise<StoreFigures> {
  const { db } = await openStore(storePath);
  try {
    const buildStarted = performance.now();
    const size = buildIndicatorArchive(db);
    const buildMs = performance.now() - buildStarted;
    const ids = (db.prepare('SELECT id FROM indicator ORDER BY id').all() as { id: number }[]).map(
      (row) => row.id,
    );
    for (const id of ids) seriesOf(db, id); // warm the page cache and the statement cache
    const timings: number[] = [];
    for (let round = 0; round < SERIES_ROUNDS; round += 1) {
      for (const id of ids) {
        const started = performance.now();
        seriesOf(db, id);
        timings.push(performance.now() - started);
      }
    }
    timings.sort((a, b) => a - b);
    const batch = getAllIndicatorSeries(db, isCumulativeKey);
    const batchAgrees = ids.every(
      (id) => JSON.stringify(batch.get(id)) === JSON.stringify(seriesOf(db, id)),
    );
    const exceptionsByRule = new Map<string, number>();
    for (const exception of exceptionsFor(db, {})) {
      exceptionsByRule.set(exception.rule, (exceptionsByRule.get(exception.rule) ?? 0) + 1);
    }
    return {
      size,
      buildMs,
      seriesP50Ms: percentile(timings, 0.5),
      seriesP95Ms: percentile(timings, 0.95),
      seriesCalls: timings.length,
      exceptionsMs: bestOf(EXCEPTION_RUNS, () => exceptionsFor(db, {})),
      exceptionsByRule,
      scorecardServiceMs: bestOf(EXCEPTION_RUNS, () => scorecard(db)),
      batchAgrees,
    };
  } finally {
    db.close();
  }
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function verdict(name: string, figure: number | null, target: number): string {
  const shown = figure === null ? 'not measured' : ms(figure);
  const ok = figure !== null && figure <= target ? 'ok' : 'over';
  return `${name.padEnd(28)} ${shown.padStart(12)}  target ≤ ${target} ms  ${ok}`;
}

async function main(): Promise<void> {
  const renderer = ensureRendererBuilt();
  const measured: { store?: StoreFigures } = {};
  // The store is built and measured before the web host opens it, so nothing else reads it meanwhile.
  const render = await measureScorecardRender(async (storePath) => {
    measured.store = await measureStore(storePath);
  }, 60);
  const figures = measured.store;
  if (!figures) throw new Error('the archive was not built');
  const { size } = figures;

  console.log(
    `archive               ${size.indicators} indicators, ${size.values} values, ` +
      `${size.statements} statements (${size.restatements} restatements), ${size.documents} ` +
      `documents at ${size.meetings} meetings of ${size.committees} committees`,
  );
  console.log(`built in              ${ms(figures.buildMs)}`);
  console.log(
    `seriesOf              p50 ${ms(figures.seriesP50Ms)}, p95 ${ms(figures.seriesP95Ms)} ` +
      `(${figures.seriesCalls} calls, ${SERIES_ROUNDS} rounds of every indicator)`,
  );
  if (!figures.batchAgrees) {
    console.log('  WARNING: the one-pass read of every series differs from reading each one');
  }
  const total = [...figures.exceptionsByRule.values()].reduce((sum, n) => sum + n, 0);
  console.log(
    `all exceptions        ${ms(figures.exceptionsMs)} best of ${EXCEPTION_RUNS}, ${total} found`,
  );
  for (const [rule, count] of [...figures.exceptionsByRule].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(28)} ${String(count).padStart(5)}`);
  }
  console.log(`scorecard service     ${ms(figures.scorecardServiceMs)} best of ${EXCEPTION_RUNS}`);
  console.log(
    `scorecard in Chromium ${render.runsMs.map(ms).join(', ') || 'no complete render'} ` +
      `(renderer ${renderer}); page "${render.heading ?? 'no heading'}" holds ${render.rows} rows ` +
      `of ${size.indicators}; screenshot ${render.screenshot}`,
  );
  if (render.rows < size.indicators) {
    console.log(`  the page never showed all ${size.indicators} rows: the time is not measured`);
  }
  for (const problem of render.problems) console.log(`  browser: ${problem}`);
  console.log('');
  console.log(verdict('seriesOf p95', figures.seriesP95Ms, targets.seriesP95Ms));
  console.log(verdict('all exceptions', figures.exceptionsMs, targets.exceptionsMs));
  console.log(verdict('scorecard render (best of 3)', render.bestMs, targets.scorecardMs));
}

// A measurement, not a test: it reports what it found and exits 0 even when a target is missed.
main().catch((error: unknown) => {
  console.error(error);
});
