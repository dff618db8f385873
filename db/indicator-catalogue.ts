// The indicator catalogue's rows: one canonical indicator per measure, every name reports have
// given it as an alias, and the member's own decisions (name, polarity) that re-imports keep.
import type Database from 'better-sqlite3';

export type Polarity = 'high' | 'low' | 'none' | 'unknown';
export type PolaritySource = 'stated' | 'inferred' | 'member' | 'unknown';

export interface CatalogueEntry {
  indicatorId: number;
  name: string;
  alias: string;
  normalisedAlias: string;
}

export interface NewIndicator {
  name: string;
  /** The council whose papers name the indicator; null when they do not say. */
  council?: string | null;
  theme: string | null;
  unit: string | null;
  frequency: string | null;
  polarity: Polarity;
  polaritySource: PolaritySource;
}

/**
 * One council's catalogue (every alias of its indicators); with `council` undefined, every
 * council's. Indicators whose council is not known form a catalogue of their own (null).
 */
export function listCatalogue(db: Database.Database, council?: string | null): CatalogueEntry[] {
  const all = council === undefined;
  return db
    .prepare(
      `SELECT i.id AS indicatorId, i.name, a.alias, a.normalised_alias AS normalisedAlias
         FROM indicator_alias a JOIN indicator i ON i.id = a.indicator_id
        WHERE ? OR a.council = ? ORDER BY i.id, a.id`,
    )
    .all(all ? 1 : 0, council ?? '') as CatalogueEntry[];
}

/**
 * The name itself when free; else, for another council's indicator of the same name, the name with
 * the council ("NEET 16-17 (Medway Council)"); else the first free number: "Name (2)".
 */
function uniqueIndicatorName(
  db: Database.Database,
  wanted: string,
  council: string | null,
): string {
  const taken = (name: string) => db.prepare('SELECT 1 FROM indicator WHERE name = ?').get(name);
  if (!taken(wanted)) return wanted;
  const base = council ? `${wanted} (${council})` : wanted;
  let name = base;
  for (let n = 2; taken(name); n += 1) name = `${base} (${n})`;
  return name;
}

/**
 * A new indicator named as the report (or, for `memberNamed`, the member) names it; names are
 * unique, so a clash gets a suffix.
 */
export function createIndicator(
  db: Database.Database,
  indicator: NewIndicator,
  memberNamed = false,
): number {
  const council = indicator.council ?? null;
  const name = uniqueIndicatorName(db, indicator.name, council);
  return Number(
    db
      .prepare(
        `INSERT INTO indicator (name, council, theme, polarity, polarity_source, unit, frequency, member_named)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        name,
        council,
        indicator.theme,
        indicator.polarity,
        indicator.polaritySource,
        indicator.unit,
        indicator.frequency,
        memberNamed ? 1 : 0,
      ).lastInsertRowid,
  );
}

export function addAlias(
  db: Database.Database,
  indicatorId: number,
  alias: string,
  normalisedAlias: string,
  source: 'import' | 'member',
  confidence: number,
): void {
  db.prepare(
    `INSERT OR IGNORE INTO indicator_alias (indicator_id, alias, normalised_alias, council, source, confidence)
     VALUES (?, ?, ?, (SELECT coalesce(council, '') FROM indicator WHERE id = ?), ?, ?)`,
  ).run(indicatorId, alias, normalisedAlias, indicatorId, source, confidence);
}

const strength: Record<PolaritySource, number> = { unknown: 0, inferred: 1, stated: 2, member: 3 };

/**
 * Fills in what a later report knows better (polarity stated where it was inferred, a theme or unit
 * where none was known). A member's own polarity is never replaced.
 */
export function enrichIndicator(
  db: Database.Database,
  indicatorId: number,
  facts: Pick<NewIndicator, 'theme' | 'unit' | 'frequency' | 'polarity' | 'polaritySource'>,
): void {
  const current = db
    .prepare('SELECT polarity_source AS polaritySource FROM indicator WHERE id = ?')
    .get(indicatorId) as { polaritySource: PolaritySource };
  if (
    facts.polarity !== 'unknown' &&
    strength[facts.polaritySource] > strength[current.polaritySource]
  ) {
    db.prepare('UPDATE indicator SET polarity = ?, polarity_source = ? WHERE id = ?').run(
      facts.polarity,
      facts.polaritySource,
      indicatorId,
    );
  }
  db.prepare(
    `UPDATE indicator SET theme = coalesce(theme, ?), unit = coalesce(unit, ?), frequency = coalesce(frequency, ?)
      WHERE id = ?`,
  ).run(facts.theme, facts.unit, facts.frequency, indicatorId);
}
