// The scorecard (indicators.list) kept ready: computing it reads every indicator's whole series,
// seconds on a twenty-year archive, so the rows are kept with the store generation they were made
// from (migration 0006). Triggers move the generation on with every change to indicators, values,
// statements or the documents and meetings that date them; a kept scorecard from an older
// generation is never answered, and is computed again at once.
import type Database from 'better-sqlite3';

interface State {
  generation: number;
  bodyGeneration: number | null;
  body: string | null;
}

function stateOf(db: Database.Database): State | undefined {
  return db
    .prepare(
      `SELECT generation, body_generation AS bodyGeneration, body FROM scorecard_state WHERE id = 1`,
    )
    .get() as State | undefined;
}

/**
 * The kept scorecard when nothing it was made from has changed; otherwise `compute()`'s answer,
 * kept for next time. Read and computed in one read transaction, so an import committing
 * meanwhile cannot pair old rows with a new generation.
 */
export function keptScorecard<Row>(db: Database.Database, compute: () => Row[]): Row[] {
  const read = db.transaction(() => {
    const state = stateOf(db);
    if (state && state.body !== null && state.bodyGeneration === state.generation) {
      return { rows: JSON.parse(state.body) as Row[], fresh: false, generation: state.generation };
    }
    return { rows: compute(), fresh: true, generation: state?.generation ?? null };
  });
  const { rows, fresh, generation } = read.deferred();
  if (fresh && generation !== null && !db.readonly) {
    // Kept only if no change landed since it was computed: the generation must still match.
    db.prepare(
      `UPDATE scorecard_state SET body = ?, body_generation = generation
        WHERE id = 1 AND generation = ?`,
    ).run(JSON.stringify(rows), generation);
  }
  return rows;
}

/** Computes and keeps the scorecard now (after an import), so the member's next look is quick. */
export function refreshScorecard<Row>(db: Database.Database, compute: () => Row[]): void {
  keptScorecard(db, compute);
}
