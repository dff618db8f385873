// Indicators as the member sees them: the scorecard (latest against previous, read with polarity),
// each indicator's series, and the exceptions the pure rules in shared/ find in them, for one
// indicator, one meeting's pack or the whole store.
import type Database from 'better-sqlite3';
import { listIndicators, type IndicatorListing } from '../../db/indicators';
import { getAllIndicatorSeries, getIndicatorSeries } from '../../db/indicator-series';
import {
  findExceptions,
  findReportExceptions,
  type ReportPeriodFacts,
} from '../../shared/exceptions';
import {
  isCumulativeKey,
  parsePeriod,
  reportPeriodFromTitle,
  standardLabel,
} from '../../shared/periods';
import type { IndicatorException, IndicatorSeries } from '../../shared/indicator-series';
import type { Result } from '../../shared/contract';

type ScorecardRow = Result<'indicators.list'>[number];

export function seriesOf(db: Database.Database, id: number): IndicatorSeries | null {
  return getIndicatorSeries(db, id, isCumulativeKey);
}

/** The newest period end the store knows: figures much older than this are stale. */
function newestPeriodEnd(db: Database.Database): string | undefined {
  const row = db.prepare('SELECT max(period_end) AS newest FROM indicator_value').get() as {
    newest: string | null;
  };
  return row.newest ?? undefined;
}

function directionOf(
  series: IndicatorSeries,
  latest: number | null,
  previous: number | null,
): ScorecardRow['direction'] {
  if (latest === null || previous === null) return null;
  if (Math.abs(latest - previous) < 1e-9) return 'unchanged';
  const rose = latest > previous;
  if (series.indicator.polarity === 'high') return rose ? 'improved' : 'worsened';
  if (series.indicator.polarity === 'low') return rose ? 'worsened' : 'improved';
  return 'changed';
}

function scorecardRow(
  listing: IndicatorListing,
  series: IndicatorSeries,
  exceptions: number,
): ScorecardRow {
  const latest = series.points.at(-1);
  const previous = series.points.at(-2);
  return {
    ...listing,
    latest: latest
      ? {
          period: latest.period,
          value: latest.value,
          valueText: latest.valueText,
          count: latest.count,
          target: latest.target,
          rag: latest.rag,
          quartile: latest.quartile,
          neighbourAverage: latest.neighbourAverage,
        }
      : null,
    previous: previous
      ? { period: previous.period, value: previous.value, valueText: previous.valueText }
      : null,
    direction: directionOf(series, latest?.value ?? null, previous?.value ?? null),
    sparkline: series.points.map((point) => point.value),
    exceptionCount: exceptions,
  };
}

/** Every indicator's series (read in one pass), or just the one asked for. */
function seriesById(db: Database.Database, onlyId?: number): Map<number, IndicatorSeries> {
  if (onlyId === undefined) return getAllIndicatorSeries(db, isCumulativeKey);
  const series = seriesOf(db, onlyId);
  return new Map(series ? [[onlyId, series]] : []);
}

export function scorecard(db: Database.Database, onlyId?: number): ScorecardRow[] {
  const asOf = newestPeriodEnd(db);
  const series = seriesById(db, onlyId);
  return listIndicators(db, onlyId).flatMap((listing) => {
    const indicatorSeries = series.get(listing.id);
    if (!indicatorSeries) return [];
    return [
      scorecardRow(listing, indicatorSeries, findExceptions(indicatorSeries, { asOf }).length),
    ];
  });
}

/** The indicators and periods a meeting's own papers stated. */
function statedAtMeeting(db: Database.Database, meetingId: number): Map<number, Set<string>> {
  const rows = db
    .prepare(
      `SELECT DISTINCT v.indicator_id AS indicatorId, v.period_key AS periodKey
         FROM indicator_statement s
         JOIN indicator_value v ON v.id = s.indicator_value_id
         JOIN document d ON d.id = s.document_id
        WHERE d.meeting_id = ?`,
    )
    .all(meetingId) as { indicatorId: number; periodKey: string }[];
  const stated = new Map<number, Set<string>>();
  for (const row of rows)
    stated.set(row.indicatorId, (stated.get(row.indicatorId) ?? new Set()).add(row.periodKey));
  return stated;
}

export function exceptionsFor(
  db: Database.Database,
  filter: { indicatorId?: number; meetingId?: number },
): IndicatorException[] {
  const asOf = newestPeriodEnd(db);
  const stated = filter.meetingId === undefined ? null : statedAtMeeting(db, filter.meetingId);
  const series = seriesById(db, filter.indicatorId);
  const reportLevel =
    filter.indicatorId === undefined ? reportExceptionsFor(db, filter.meetingId) : [];
  const byId = [...series].sort(([a], [b]) => a - b);
  return [
    ...reportLevel,
    ...byId.flatMap(([id, indicatorSeries]) => {
      if (stated && !stated.has(id)) return [];
      const found = findExceptions(indicatorSeries, { asOf });
      return stated ? found.filter((exception) => stated.get(id)?.has(exception.periodKey)) : found;
    }),
  ];
}

interface NarrativeRow {
  documentId: number;
  fileName: string;
  meetingId: number | null;
  meetingDate: string | null;
  title: string;
  printedPeriod: string;
  periodKey: string;
  page: number;
  lineFrom: number | null;
  lineTo: number | null;
}

/**
 * Reports whose narrative gives its headline figures for another period than its title names:
 * the import filed those figures under the title's period and kept the period as printed.
 */
function reportPeriodFacts(db: Database.Database, meetingId?: number): ReportPeriodFacts[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT s.document_id AS documentId, d.file_name AS fileName, d.meeting_id AS meetingId,
              m.date AS meetingDate, r.title, s.stated_period_label AS printedPeriod, v.period_key AS periodKey,
              s.page, s.line_from AS lineFrom, s.line_to AS lineTo
         FROM indicator_statement s
         JOIN indicator_value v ON v.id = s.indicator_value_id
         JOIN report_paragraph p ON p.id = s.report_paragraph_id
         JOIN report r ON r.id = p.report_id
         JOIN document d ON d.id = s.document_id
         LEFT JOIN meeting m ON m.id = d.meeting_id
        WHERE s.source_kind = 'narrative' AND s.stated_period_label IS NOT NULL
          AND (:meetingId IS NULL OR d.meeting_id = :meetingId)`,
    )
    .all({ meetingId: meetingId ?? null }) as NarrativeRow[];
  const byDocument = new Map<number, ReportPeriodFacts>();
  for (const row of rows) {
    const titlePeriod = reportPeriodFromTitle(row.title, row.meetingDate);
    const printed =
      titlePeriod &&
      parsePeriod(row.printedPeriod, { reportPeriod: titlePeriod, meetingDate: row.meetingDate });
    if (
      !titlePeriod ||
      !printed ||
      row.periodKey !== titlePeriod.key ||
      printed.key === titlePeriod.key
    )
      continue;
    const facts = byDocument.get(row.documentId) ?? {
      documentId: row.documentId,
      fileName: row.fileName,
      meetingDate: row.meetingDate,
      title: row.title,
      titlePeriod: standardLabel(titlePeriod),
      titlePeriodKey: titlePeriod.key,
      titlePeriodStart: titlePeriod.start,
      textPeriods: [],
    };
    facts.textPeriods.push({
      period: row.printedPeriod,
      periodKey: printed.key,
      source: {
        documentId: row.documentId,
        fileName: row.fileName,
        page: row.page,
        lineFrom: row.lineFrom,
        lineTo: row.lineTo,
        kind: 'narrative',
        meetingDate: row.meetingDate,
      },
    });
    byDocument.set(row.documentId, facts);
  }
  return [...byDocument.values()];
}

/** Exceptions about whole reports (a title and text naming different periods). */
export function reportExceptionsFor(
  db: Database.Database,
  meetingId?: number,
): IndicatorException[] {
  return findReportExceptions(reportPeriodFacts(db, meetingId));
}
