// A briefing laid out as a list of format-neutral blocks (headings, paragraphs, quoted passages,
// lists, tables with header rows, charts). Word, PDF, HTML, Markdown and the on-screen preview all
// draw these same blocks, so the four files and the preview keep one order and one set of words.
import { z } from 'zod';

export const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Run = z.infer<typeof runSchema>;

const chartPointSchema = z.object({
  period: z.string(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  neighbourAverage: z.number().nullable(),
  rag: z.enum(['red', 'amber', 'green']).nullable(),
});

export const blockSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    text: z.string(),
  }),
  z.object({
    type: z.literal('paragraph'),
    runs: z.array(runSchema),
    /** 'source' paragraphs are the small print naming where something was printed. */
    role: z.enum(['body', 'source', 'cover']).optional(),
  }),
  /** A passage as printed in the papers, with its paragraph number. */
  z.object({
    type: z.literal('quote'),
    number: z.string().nullable(),
    text: z.string(),
    source: z.string().nullable(),
  }),
  z.object({ type: z.literal('list'), items: z.array(z.array(runSchema)) }),
  z.object({
    type: z.literal('table'),
    caption: z.string(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    /** Relative column widths, one per column, summing to 1. */
    widths: z.array(z.number().positive()),
  }),
  z.object({
    type: z.literal('chart'),
    /** Key of the chart image (the indicator's id). */
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    unit: z.string().nullable(),
    points: z.array(chartPointSchema),
    alt: z.string(),
  }),
  z.object({ type: z.literal('page-break') }),
]);
export type Block = z.infer<typeof blockSchema>;

export const briefingLayoutSchema = z.object({
  title: z.string(),
  blocks: z.array(blockSchema),
});
export type BriefingLayout = z.infer<typeof briefingLayoutSchema>;

/** The plain text of a run list. */
export const textOf = (runs: Run[]): string => runs.map((run) => run.text).join('');
