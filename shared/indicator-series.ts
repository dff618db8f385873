// The shape of an indicator's run of values across quarters, and of the exceptions found in it:
// shared by the store (which builds series), the exception rules (pure, in shared/), the CLI and
// the UI's charts. Percentages are numbers in percent (27.3, not 0.273).
import { z } from 'zod';

export const targetSchema = z.object({
  op: z.enum(['>', '>=', '<', '<=', '=']),
  value: z.number(),
});

export const ragSchema = z.enum(['red', 'amber', 'green']);

/** Where a value was stated: a document page (and lines), from a table or a narrative paragraph. */
export const statementSourceSchema = z.object({
  documentId: z.number().int().positive(),
  fileName: z.string(),
  page: z.number().int().positive(),
  lineFrom: z.number().int().nullable(),
  lineTo: z.number().int().nullable(),
  kind: z.enum(['table', 'narrative']),
  /** The meeting whose pack stated it, when known. */
  meetingDate: z.string().nullable(),
});

/** One report's statement of a value for one period (a table cell or a narrative sentence). */
export const statementSchema = z.object({
  value: z.number().nullable(),
  valueText: z.string().nullable(),
  count: z.number().int().nullable(),
  source: statementSourceSchema,
});

export const restatementSchema = statementSchema;

export const seriesPointSchema = z.object({
  /** Stable, sortable period key, e.g. "2021-22-Q1" (see shared/periods.ts). */
  periodKey: z.string(),
  /** The period as printed, e.g. "Q1 2021/22". */
  period: z.string(),
  start: z.string(),
  end: z.string(),
  value: z.number().nullable(),
  valueText: z.string().nullable(),
  count: z.number().int().nullable(),
  target: targetSchema.nullable(),
  rag: ragSchema.nullable(),
  quartile: z.number().int().min(1).max(4).nullable(),
  neighbourAverage: z.number().nullable(),
  statedTrend: z.string().nullable(),
  statedChange: z.string().nullable(),
  sources: z.array(statementSourceSchema),
  /** Every statement of this period's value, tables and narrative, oldest report first. */
  statements: z.array(statementSchema),
  /** Different figures for the same period stated by later reports (kept, never overwritten). */
  restatements: z.array(restatementSchema),
});

export const indicatorSeriesSchema = z.object({
  indicator: z.object({
    id: z.number().int().positive(),
    name: z.string(),
    polarity: z.enum(['high', 'low', 'none', 'unknown']),
    unit: z.string().nullable(),
    /** Year-to-date or rolling measures: SPC rules do not apply to them. */
    cumulative: z.boolean(),
  }),
  points: z.array(seriesPointSchema),
});

export const exceptionRuleSchema = z.enum([
  'missed-target',
  'rag-worsened',
  'quartile-fell',
  'consecutive-decline',
  'spc-signal',
  'worse-than-neighbours',
  'trend-word-contradiction',
  'narrative-contradiction',
  'restated-value',
  'count-percent-mismatch',
  'period-label-contradiction',
  'stale-value',
  'small-numbers',
]);

export const indicatorExceptionSchema = z.object({
  rule: exceptionRuleSchema,
  /** Null for report-level exceptions (period-label-contradiction), which concern no one indicator. */
  indicator: z.object({ id: z.number().int().positive(), name: z.string() }).nullable(),
  period: z.string(),
  periodKey: z.string(),
  periodStart: z.string(),
  /** Plain English, phrased as a question a member could ask. */
  message: z.string(),
  /** The figures and sources the message rests on. */
  evidence: z.array(
    z.object({
      label: z.string(),
      value: z.union([z.number(), z.string(), z.null()]),
      source: statementSourceSchema.nullable(),
    }),
  ),
});

export type Target = z.infer<typeof targetSchema>;
export type StatementSource = z.infer<typeof statementSourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;
export type ExceptionRule = z.infer<typeof exceptionRuleSchema>;
export type IndicatorException = z.infer<typeof indicatorExceptionSchema>;
