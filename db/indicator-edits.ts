// The member's corrections to the indicator catalogue: rename, set polarity, merge two indicators
// that are one measure, split out an alias that is really another. Each is marked as the member's,
// so a later import files new figures accordingly and never undoes it.
import type Database from 'better-sqlite3';
import { createIndicator, type Polarity, type PolaritySource } from './indicator-catalogue';
import { settleValue } from './indicator-values';

export class CatalogueEditError extends Error {}

function requireIndicator(db: Database.Database, id: number): { name: string } {
  const row = db.prepare('SELECT name FROM indicator WHERE id = ?').get(id) as
    { name: string } | undefined;
  if (!row)
    throw new CatalogueEditError(
      `There is no indicator ${id}. It may have been merged into another.`,
    );
  return row;
}

export function renameIndicator(db: Database.Database, id: number, name: string): void {
  requireIndicator(db, id);
  const clash = db.prepare('SELECT id FROM indicator WHERE name = ? AND id <> ?').get(name, id);
  if (clash)
    throw new CatalogueEditError(
      `Another indicator is already called “${name}”. Merge them instead.`,
    );
  db.prepare('UPDATE indicator SET name = ?, member_named = 1 WHERE id = ?').run(name, id);
}

export function setIndicatorPolarity(db: Database.Database, id: number, polarity: Polarity): void {
  requireIndicator(db, id);
  db.prepare("UPDATE indicator SET polarity = ?, polarity_source = 'member' WHERE id = ?").run(
    polarity,
    id,
  );
}

/** Moves every statement of `fromId`'s values into `toId`, one value per period, then settles them. */
function moveValues(db: Database.Database, fromValueIds: number[], toId: number): void {
  for (const valueId of fromValueIds) {
    const value = db
      .prepare('SELECT period_key AS periodKey FROM indicator_value WHERE id = ?')
      .get(valueId) as { periodKey: string };
    const target = db
      .prepare('SELECT id FROM indicator_value WHERE indicator_id = ? AND period_key = ?')
      .get(toId, value.periodKey) as { id: number } | undefined;
    if (target) {
      db.prepare(
        'UPDATE indicator_statement SET indicator_value_id = ? WHERE indicator_value_id = ?',
      ).run(target.id, valueId);
      db.prepare('DELETE FROM indicator_value WHERE id = ?').run(valueId);
      settleValue(db, target.id);
    } else {
      db.prepare('UPDATE indicator_value SET indicator_id = ? WHERE id = ?').run(toId, valueId);
    }
  }
}

export function mergeIndicators(db: Database.Database, keepId: number, mergeId: number): void {
  if (keepId === mergeId)
    throw new CatalogueEditError('An indicator cannot be merged into itself.');
  requireIndicator(db, keepId);
  requireIndicator(db, mergeId);
  const councils = db
    .prepare(`SELECT DISTINCT coalesce(council, '') AS council FROM indicator WHERE id IN (?, ?)`)
    .all(keepId, mergeId) as { council: string }[];
  if (councils.length > 1) {
    throw new CatalogueEditError(
      'These indicators belong to different councils, so they are not merged: each council keeps its own series.',
    );
  }
  db.transaction(() => {
    const values = db
      .prepare('SELECT id FROM indicator_value WHERE indicator_id = ?')
      .all(mergeId) as { id: number }[];
    moveValues(
      db,
      values.map((row) => row.id),
      keepId,
    );
    db.prepare(
      "UPDATE indicator_alias SET indicator_id = ?, source = 'member' WHERE indicator_id = ?",
    ).run(keepId, mergeId);
    db.prepare('UPDATE question SET indicator_id = ? WHERE indicator_id = ?').run(keepId, mergeId);
    db.prepare('UPDATE note SET indicator_id = ? WHERE indicator_id = ?').run(keepId, mergeId);
    db.prepare('DELETE FROM indicator WHERE id = ?').run(mergeId);
  })();
}

/** Makes an alias its own indicator, taking the figures reports printed under that name. */
export function splitAlias(db: Database.Database, id: number, alias: string): number {
  const indicator = db
    .prepare(
      'SELECT council, theme, polarity, polarity_source AS polaritySource, unit, frequency FROM indicator WHERE id = ?',
    )
    .get(id) as
    | {
        council: string | null;
        theme: string | null;
        polarity: Polarity;
        polaritySource: PolaritySource;
        unit: string | null;
        frequency: string | null;
      }
    | undefined;
  if (!indicator) throw new CatalogueEditError(`There is no indicator ${id}.`);
  const aliasRow = db
    .prepare('SELECT id FROM indicator_alias WHERE indicator_id = ? AND alias = ?')
    .get(id, alias) as { id: number } | undefined;
  if (!aliasRow) throw new CatalogueEditError(`“${alias}” is not a name of this indicator.`);
  const aliases = db
    .prepare('SELECT count(*) AS n FROM indicator_alias WHERE indicator_id = ?')
    .get(id) as { n: number };
  if (aliases.n < 2)
    throw new CatalogueEditError(
      'This is the indicator’s only name: there is nothing to split it from.',
    );
  return db.transaction(() => {
    const newId = createIndicator(db, { ...indicator, name: alias }, true);
    db.prepare(
      "UPDATE indicator_alias SET indicator_id = ?, source = 'member', confidence = 1 WHERE id = ?",
    ).run(newId, aliasRow.id);
    const statements = db
      .prepare(
        `SELECT s.id, v.period_key AS periodKey, v.period_label AS periodLabel, v.period_start AS periodStart,
                v.period_end AS periodEnd, v.id AS valueId
           FROM indicator_statement s JOIN indicator_value v ON v.id = s.indicator_value_id
          WHERE v.indicator_id = ? AND s.stated_name = ?`,
      )
      .all(id, alias) as {
      id: number;
      periodKey: string;
      periodLabel: string;
      periodStart: string;
      periodEnd: string;
      valueId: number;
    }[];
    const touched = new Set<number>();
    for (const statement of statements) {
      db.prepare(
        `INSERT OR IGNORE INTO indicator_value (indicator_id, period_key, period_label, period_start, period_end)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(
        newId,
        statement.periodKey,
        statement.periodLabel,
        statement.periodStart,
        statement.periodEnd,
      );
      const target = db
        .prepare('SELECT id FROM indicator_value WHERE indicator_id = ? AND period_key = ?')
        .get(newId, statement.periodKey) as { id: number };
      db.prepare('UPDATE indicator_statement SET indicator_value_id = ? WHERE id = ?').run(
        target.id,
        statement.id,
      );
      touched.add(target.id).add(statement.valueId);
    }
    for (const valueId of touched) {
      const left = db
        .prepare('SELECT count(*) AS n FROM indicator_statement WHERE indicator_value_id = ?')
        .get(valueId) as { n: number };
      if (left.n === 0) db.prepare('DELETE FROM indicator_value WHERE id = ?').run(valueId);
      else settleValue(db, valueId);
    }
    return newId;
  })();
}
