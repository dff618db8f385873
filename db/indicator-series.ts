// An indicator's whole run of values, oldest period first, each with every statement of it (which
// document, page and meeting), its restatements and its judgement fields (target, RAG, quartile).
import type Database from 'better-sqlite3';
import type { IndicatorSeries, SeriesPoint, Statement } from '../shared/indicator-series';

interface ValueRow {
  id: number;
  periodKey: string;
  period: string;
  start: string;
  end: string;
  value: number | null;
  valueText: string | null;
  count: number | null;
  targetOp: '>' | '>=' | '<' | '<=' | '=' | null;
  targetValue: number | null;
  rag: 'red' | 'amber' | 'green' | null;
  quartile: number | null;
  neighbourAverage: number | null;
  statedTrend: string | null;
  statedChange: string | null;
}

interface StatementRow {
  valueId: number;
  value: number | null;
  valueText: string | null;
  count: number | null;
  isRestatement: number;
  documentId: number;
  fileName: string;
  page: number;
  lineFrom: number | null;
  lineTo: number | null;
  kind: 'table' | 'narrative';
  meetingDate: string | null;
}

/** `isCumulative` says from a period key whether it is year-to-date or rolling (shared/periods). */
export function getIndicatorSeries(
  db: Database.Database,
  indicatorId: number,
  isCumulative: (periodKey: string) => boolean,
): IndicatorSeries | null {
  const indicator = db
    .prepare('SELECT id, name, polarity, unit FROM indicator WHERE id = ?')
    .get(indicatorId) as Omit<IndicatorSeries['indicator'], 'cumulative'> | undefined;
  if (!indicator) return null;
  const values = db
    .prepare(
      `SELECT id, period_key AS periodKey, period_label AS period, period_start AS start, period_end AS "end",
              value, value_text AS valueText, count, target_op AS targetOp, target_value AS targetValue, rag,
              quartile, neighbour_average AS neighbourAverage, stated_trend AS statedTrend,
              stated_change AS statedChange
         FROM indicator_value WHERE indicator_id = ?
        ORDER BY period_end, period_start DESC, period_key`,
    )
    .all(indicatorId) as ValueRow[];
  const statements = db
    .prepare(
      `SELECT s.indicator_value_id AS valueId, s.stated_value AS value, s.stated_value_text AS valueText,
              s.stated_count AS count, s.is_restatement AS isRestatement, s.document_id AS documentId,
              d.file_name AS fileName, s.page, s.line_from AS lineFrom, s.line_to AS lineTo, s.source_kind AS kind,
              m.date AS meetingDate
         FROM indicator_statement s
         JOIN indicator_value v ON v.id = s.indicator_value_id
         JOIN document d ON d.id = s.document_id
         LEFT JOIN meeting m ON m.id = d.meeting_id
        WHERE v.indicator_id = ?
        ORDER BY m.date IS NULL, m.date, s.source_kind = 'narrative', s.id`,
    )
    .all(indicatorId) as StatementRow[];
  const byValue = new Map<number, StatementRow[]>();
  for (const row of statements)
    byValue.set(row.valueId, [...(byValue.get(row.valueId) ?? []), row]);
  const points: SeriesPoint[] = values.map((row) => {
    const stated = byValue.get(row.id) ?? [];
    const asStatement = (s: StatementRow): Statement => ({
      value: s.value,
      valueText: s.valueText,
      count: s.count,
      source: {
        documentId: s.documentId,
        fileName: s.fileName,
        page: s.page,
        lineFrom: s.lineFrom,
        lineTo: s.lineTo,
        kind: s.kind,
        meetingDate: s.meetingDate,
      },
    });
    return {
      periodKey: row.periodKey,
      period: row.period,
      start: row.start,
      end: row.end,
      value: row.value,
      valueText: row.valueText,
      count: row.count,
      target:
        row.targetOp && row.targetValue !== null
          ? { op: row.targetOp, value: row.targetValue }
          : null,
      rag: row.rag,
      quartile: row.quartile,
      neighbourAverage: row.neighbourAverage,
      statedTrend: row.statedTrend,
      statedChange: row.statedChange,
      sources: stated.map((s) => asStatement(s).source),
      statements: stated.map(asStatement),
      restatements: stated.filter((s) => s.isRestatement === 1).map(asStatement),
    };
  });
  return {
    indicator: {
      ...indicator,
      cumulative: points.length > 0 && points.every((point) => isCumulative(point.periodKey)),
    },
    points,
  };
}
