// The file a member exports to share a meeting's questions and notes with a colleague: plain JSON,
// each entry with its uid (so a second import adds nothing), its meeting by committee and date,
// and its anchor by agenda number and quoted words (row ids mean nothing in another store).
import { z } from 'zod';

export const shareFormat = 'scrutineer-questions';
export const shareVersion = 1;

const sharedAnchor = z.object({
  kind: z.enum([
    'none',
    'meeting',
    'agenda-item',
    'paragraph',
    'minute',
    'resolution',
    'indicator',
  ]),
  agendaNumber: z.string().nullable(),
  paragraph: z.string().nullable(),
  quote: z.string().nullable(),
  prefix: z.string().nullable(),
  suffix: z.string().nullable(),
  start: z.number().int().nonnegative().nullable(),
  /** The indicator by name, with its period, for an indicator anchor. */
  indicator: z.string().nullable(),
  periodKey: z.string().nullable(),
});
export type SharedAnchor = z.infer<typeof sharedAnchor>;

const sharedMeeting = z
  .object({ committee: z.string().min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
  .nullable();
const uid = z.string().regex(/^[0-9a-z-]{8,64}$/, 'a uid of 8 to 64 letters and digits');

export const shareFileSchema = z.object({
  format: z.literal(shareFormat),
  version: z.literal(shareVersion),
  exportedAt: z.string(),
  meeting: z.object({ committee: z.string(), date: z.string() }),
  questions: z.array(
    z.object({
      uid,
      meeting: sharedMeeting,
      text: z.string().trim().min(1).max(10_000),
      status: z.enum(['draft', 'ready', 'asked', 'answered', 'follow-up']),
      answer: z.string().max(20_000).nullable(),
      note: z.string().max(20_000).nullable(),
      anchor: sharedAnchor,
    }),
  ),
  notes: z.array(
    z.object({
      uid,
      meeting: sharedMeeting,
      body: z.string().trim().min(1).max(20_000),
      anchor: sharedAnchor,
    }),
  ),
});
export type ShareFile = z.infer<typeof shareFileSchema>;
