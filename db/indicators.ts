// The indicator catalogue as a list: each measure with how many periods the store holds for it
// and the latest of those periods as printed, so the member can see at a glance how deep it goes.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { indicatorSummarySchema } from '../shared/contract';

/** The catalogue's own columns; the scorecard adds figures and judgements from each series. */
export type IndicatorListing = Pick<
  z.infer<typeof indicatorSummarySchema>,
  | 'id'
  | 'name'
  | 'theme'
  | 'polarity'
  | 'unit'
  | 'valueCount'
  | 'latestPeriod'
  | 'aliases'
  | 'council'
  | 'latestPackDate'
>;

/** By theme (indicators without one last), then name. */
export function listIndicators(db: Database.Database, onlyId?: number): IndicatorListing[] {
  return db
    .prepare(
      `SELECT i.id, i.name, i.theme, i.polarity, i.unit, i.council,
              (SELECT max(coalesce(m.date, substr(d.imported_at, 1, 10)))
                 FROM indicator_value v
                 JOIN indicator_statement s ON s.indicator_value_id = v.id
                 JOIN document d ON d.id = s.document_id
                 LEFT JOIN meeting m ON m.id = d.meeting_id
                WHERE v.indicator_id = i.id) AS latestPackDate,
              (SELECT count(*) FROM indicator_value v WHERE v.indicator_id = i.id) AS valueCount,
              (SELECT v.period_label FROM indicator_value v
                WHERE v.indicator_id = i.id
                ORDER BY v.period_end IS NULL, v.period_end DESC, v.period_key DESC
                LIMIT 1) AS latestPeriod,
              (SELECT json_group_array(a.alias) FROM indicator_alias a WHERE a.indicator_id = i.id) AS aliases
         FROM indicator i
        WHERE :onlyId IS NULL OR i.id = :onlyId
        ORDER BY i.theme IS NULL, i.theme, i.name, i.id`,
    )
    .all({ onlyId: onlyId ?? null })
    .map((row) => {
      const listing = row as Omit<IndicatorListing, 'aliases'> & { aliases: string };
      return { ...listing, aliases: JSON.parse(listing.aliases) as string[] };
    });
}
