// The indicator catalogue as a list: each measure with how many periods the store holds for it
// and the latest of those periods as printed, so the member can see at a glance how deep it goes.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { indicatorSummarySchema } from '../shared/contract';

export type IndicatorSummary = z.infer<typeof indicatorSummarySchema>;

/** By theme (indicators without one last), then name. */
export function listIndicators(db: Database.Database): IndicatorSummary[] {
  return db
    .prepare(
      `SELECT i.id, i.name, i.theme, i.polarity, i.unit,
              (SELECT count(*) FROM indicator_value v WHERE v.indicator_id = i.id) AS valueCount,
              (SELECT v.period_label FROM indicator_value v
                WHERE v.indicator_id = i.id
                ORDER BY v.period_end IS NULL, v.period_end DESC, v.period_key DESC
                LIMIT 1) AS latestPeriod
         FROM indicator i
        ORDER BY i.theme IS NULL, i.theme, i.name, i.id`,
    )
    .all() as IndicatorSummary[];
}
