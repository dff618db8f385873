// Indicators' whole runs of values (one, or all in one pass), oldest period first, each with every
// statement of it (document, page, meeting), its restatements and its target, RAG and quartile.
import type Database from 'better-sqlite3';
import type { IndicatorSeries, SeriesPoint, Statement } from '../shared/indicator-series';

type IndicatorRow = Omit<IndicatorSeries['indicator'], 'cumulative'>;

interface ValueRow {
  id: number;
  indicatorId: number;
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

const valueColumns = `v.id, v.indicator_id AS indicatorId, v.period_key AS periodKey, v.period_label AS period,
  v.period_start AS start, v.period_end AS "end", v.value, v.value_text AS valueText, v.count,
  v.target_op AS targetOp, v.target_value AS targetValue, v.rag, v.quartile,
  v.neighbour_average AS neighbourAverage, v.stated_trend AS statedTrend, v.stated_change AS statedChange`;
const statementColumns = `s.indicator_value_id AS valueId, s.stated_value AS value, s.stated_value_text AS valueText,
  s.stated_count AS count, s.is_restatement AS isRestatement, s.document_id AS documentId,
  d.file_name AS fileName, s.page, s.line_from AS lineFrom, s.line_to AS lineTo, s.source_kind AS kind,
  m.date AS meetingDate`;
const statementOrder = `ORDER BY m.date IS NULL, m.date, s.source_kind = 'narrative', s.id`;

/** One indicator's rows, or every indicator's at once (so a scorecard is three queries, not 3n). */
const queries = {
  oneIndicator: 'SELECT id, name, polarity, unit FROM indicator WHERE id = ?',
  allIndicators: 'SELECT id, name, polarity, unit FROM indicator',
  oneValues: `SELECT ${valueColumns} FROM indicator_value v WHERE v.indicator_id = ?
    ORDER BY v.period_end, v.period_start DESC, v.period_key`,
  allValues: `SELECT ${valueColumns} FROM indicator_value v
    ORDER BY v.indicator_id, v.period_end, v.period_start DESC, v.period_key`,
  oneStatements: `SELECT ${statementColumns} FROM indicator_statement s
    JOIN indicator_value v ON v.id = s.indicator_value_id
    JOIN document d ON d.id = s.document_id
    LEFT JOIN meeting m ON m.id = d.meeting_id
    WHERE v.indicator_id = ? ${statementOrder}`,
  allStatements: `SELECT ${statementColumns} FROM indicator_statement s
    JOIN document d ON d.id = s.document_id
    LEFT JOIN meeting m ON m.id = d.meeting_id ${statementOrder}`,
} as const;

/** Each query is prepared once per connection, not on every read. */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statementFor(db: Database.Database, sql: string): Database.Statement {
  const cache = prepared.get(db) ?? new Map<string, Database.Statement>();
  prepared.set(db, cache);
  const statement = cache.get(sql) ?? db.prepare(sql);
  cache.set(sql, statement);
  return statement;
}

function asStatement(s: StatementRow): Statement {
  return {
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
  };
}

function asPoint(row: ValueRow, stated: StatementRow[]): SeriesPoint {
  const statements = stated.map(asStatement);
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
    sources: statements.map((statement) => statement.source),
    statements,
    restatements: statements.filter((_, index) => stated[index]!.isRestatement === 1),
  };
}

/** Groups the rows into series, keeping each query's order (periods oldest first, reports too). */
function assemble(
  indicators: IndicatorRow[],
  values: ValueRow[],
  statements: StatementRow[],
  isCumulative: (periodKey: string) => boolean,
): Map<number, IndicatorSeries> {
  const byValue = new Map<number, StatementRow[]>();
  for (const row of statements) {
    const list = byValue.get(row.valueId);
    if (list) list.push(row);
    else byValue.set(row.valueId, [row]);
  }
  const pointsOf = new Map<number, SeriesPoint[]>();
  for (const row of values) {
    const point = asPoint(row, byValue.get(row.id) ?? []);
    const list = pointsOf.get(row.indicatorId);
    if (list) list.push(point);
    else pointsOf.set(row.indicatorId, [point]);
  }
  const series = new Map<number, IndicatorSeries>();
  for (const indicator of indicators) {
    const points = pointsOf.get(indicator.id) ?? [];
    series.set(indicator.id, {
      indicator: {
        ...indicator,
        cumulative: points.length > 0 && points.every((point) => isCumulative(point.periodKey)),
      },
      points,
    });
  }
  return series;
}

/** `isCumulative` says from a period key whether it is year-to-date or rolling (shared/periods). */
export function getIndicatorSeries(
  db: Database.Database,
  indicatorId: number,
  isCumulative: (periodKey: string) => boolean,
): IndicatorSeries | null {
  const indicator = statementFor(db, queries.oneIndicator).get(indicatorId) as
    IndicatorRow | undefined;
  if (!indicator) return null;
  const values = statementFor(db, queries.oneValues).all(indicatorId) as ValueRow[];
  const statements = statementFor(db, queries.oneStatements).all(indicatorId) as StatementRow[];
  return assemble([indicator], values, statements, isCumulative).get(indicatorId) ?? null;
}

/** Every indicator's series, by indicator id, read in one pass over the store. */
export function getAllIndicatorSeries(
  db: Database.Database,
  isCumulative: (periodKey: string) => boolean,
): Map<number, IndicatorSeries> {
  const read = db.transaction(() =>
    assemble(
      statementFor(db, queries.allIndicators).all() as IndicatorRow[],
      statementFor(db, queries.allValues).all() as ValueRow[],
      statementFor(db, queries.allStatements).all() as StatementRow[],
      isCumulative,
    ),
  );
  return read();
}
