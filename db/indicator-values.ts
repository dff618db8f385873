// One value per indicator and period, with every report that stated it. The earliest report's
// figure (tables before narrative) is the value; a different figure printed by a later report is
// kept as a restatement and flagged, never written over the original.
import type Database from 'better-sqlite3';
import type { Target } from '../shared/indicator-series';

export interface StatementInput {
  indicatorId: number;
  periodKey: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  valueText: string | null;
  count: number | null;
  target: Target | null;
  rag: 'red' | 'amber' | 'green' | null;
  quartile: number | null;
  neighbourAverage: number | null;
  statedTrend: string | null;
  statedChange: string | null;
  kind: 'table' | 'narrative';
  documentId: number;
  page: number;
  lineFrom: number | null;
  lineTo: number | null;
  reportParagraphId: number | null;
  /** The period as this statement printed it, when it differs from the period it is filed under. */
  statedPeriodLabel: string | null;
  /** The indicator's name as this report printed it (so an alias can be split out later). */
  statedName: string | null;
}

interface StatementRow {
  id: number;
  value: number | null;
  valueText: string | null;
  count: number | null;
  kind: 'table' | 'narrative';
  meetingDate: string | null;
}

const sameFigure = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;

/** Records one statement and returns the id of the indicator_value it belongs to. */
export function recordStatement(db: Database.Database, input: StatementInput): number {
  const existing = db
    .prepare('SELECT id FROM indicator_value WHERE indicator_id = ? AND period_key = ?')
    .get(input.indicatorId, input.periodKey) as { id: number } | undefined;
  const valueId =
    existing?.id ??
    Number(
      db
        .prepare(
          `INSERT INTO indicator_value (indicator_id, period_key, period_label, period_start, period_end)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(
          input.indicatorId,
          input.periodKey,
          input.periodLabel,
          input.periodStart,
          input.periodEnd,
        ).lastInsertRowid,
    );
  db.prepare(
    `INSERT INTO indicator_statement (indicator_value_id, document_id, page, line_from, line_to,
       report_paragraph_id, source_kind, stated_value, stated_value_text, stated_count, stated_period_label, stated_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    valueId,
    input.documentId,
    input.page,
    input.lineFrom,
    input.lineTo,
    input.reportParagraphId,
    input.kind,
    input.value,
    input.valueText,
    input.count,
    input.statedPeriodLabel,
    input.statedName,
  );
  // Judgement fields come from tables only; the first report to state each one keeps it.
  if (input.kind === 'table') {
    db.prepare(
      `UPDATE indicator_value SET target_op = coalesce(target_op, ?), target_value = coalesce(target_value, ?),
         rag = coalesce(rag, ?), quartile = coalesce(quartile, ?), neighbour_average = coalesce(neighbour_average, ?),
         stated_trend = coalesce(stated_trend, ?), stated_change = coalesce(stated_change, ?) WHERE id = ?`,
    ).run(
      input.target?.op ?? null,
      input.target?.value ?? null,
      input.rag,
      input.quartile,
      input.neighbourAverage,
      input.statedTrend,
      input.statedChange,
      valueId,
    );
  }
  settleValue(db, valueId);
  return valueId;
}

/**
 * Chooses the value from the earliest meeting's statement (a table before narrative), and flags
 * statements from later meetings whose figure differs as restatements.
 */
export function settleValue(db: Database.Database, valueId: number): void {
  const statements = db
    .prepare(
      `SELECT s.id, s.stated_value AS value, s.stated_value_text AS valueText, s.stated_count AS count,
              s.source_kind AS kind, m.date AS meetingDate
         FROM indicator_statement s
         JOIN document d ON d.id = s.document_id
         LEFT JOIN meeting m ON m.id = d.meeting_id
        WHERE s.indicator_value_id = ?
        ORDER BY m.date IS NULL, m.date, s.source_kind = 'narrative', s.id`,
    )
    .all(valueId) as StatementRow[];
  const original = statements[0];
  if (!original) return;
  db.prepare('UPDATE indicator_value SET value = ?, value_text = ?, count = ? WHERE id = ?').run(
    original.value,
    original.valueText,
    original.count,
    valueId,
  );
  const flag = db.prepare('UPDATE indicator_statement SET is_restatement = ? WHERE id = ?');
  for (const statement of statements) {
    const later = statement.meetingDate !== original.meetingDate;
    flag.run(later && !sameFigure(statement.value, original.value) ? 1 : 0, statement.id);
  }
}
