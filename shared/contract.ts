// The one typed contract between the UI and the app: every method the renderer may call, with zod
// schemas for its arguments and result, and the events the app may push. Both hosts (Electron IPC
// and the loopback web host) validate against these schemas, so neither side can drift.
import { z } from 'zod';
import {
  indicatorExceptionSchema,
  indicatorSeriesSchema,
  ragSchema,
  targetSchema,
} from './indicator-series';
import { briefingLayoutSchema } from './briefing/blocks';
import { briefingFormats } from './briefing/types';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const isoDateTime = z.string().min(1);
const noArgs = z.object({}).strict();

/** One page of a long list: without them the whole list, as before. */
const listPageArgs = z
  .object({
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

export const polaritySchema = z.enum(['high', 'low', 'none', 'unknown']);
export const questionStatusSchema = z.enum(['draft', 'ready', 'asked', 'answered', 'follow-up']);
export const resolutionStatusSchema = z.enum(['open', 'in-progress', 'done', 'dropped']);
export const meetingStatusSchema = z.enum(['scheduled', 'held', 'minutes-only']);

export const appInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  storePath: z.string(),
  host: z.enum(['desktop', 'web']),
});

export const meetingSummarySchema = z.object({
  id,
  committee: z.string(),
  date: isoDate,
  time: z.string().nullable(),
  location: z.string().nullable(),
  status: meetingStatusSchema,
  agendaItemCount: z.number().int().nonnegative(),
});

export const indicatorSummarySchema = z.object({
  id,
  name: z.string(),
  theme: z.string().nullable(),
  polarity: polaritySchema,
  unit: z.string().nullable(),
  valueCount: z.number().int().nonnegative(),
  latestPeriod: z.string().nullable(),
  aliases: z.array(z.string()),
  /** The council whose papers name the indicator (each council has its own catalogue). */
  council: z.string().nullable().optional(),
  /** The date of the most recent pack that gave a figure for it (its meeting, else its import). */
  latestPackDate: z.string().nullable().optional(),
  /** The scorecard's row: the latest and previous figures with their judgements. */
  latest: z
    .object({
      period: z.string(),
      value: z.number().nullable(),
      valueText: z.string().nullable(),
      count: z.number().int().nullable(),
      target: targetSchema.nullable(),
      rag: ragSchema.nullable(),
      quartile: z.number().int().nullable(),
      neighbourAverage: z.number().nullable(),
    })
    .nullable(),
  previous: z
    .object({ period: z.string(), value: z.number().nullable(), valueText: z.string().nullable() })
    .nullable(),
  /** latest against previous, read with the polarity ('changed' when polarity is unknown). */
  direction: z.enum(['improved', 'worsened', 'unchanged', 'changed']).nullable(),
  /** Values oldest first, for a sparkline (null where a period had no figure). */
  sparkline: z.array(z.number().nullable()),
  exceptionCount: z.number().int().nonnegative(),
});

export const questionSchema = z.object({
  id,
  text: z.string(),
  status: questionStatusSchema,
  meetingId: id.nullable(),
  agendaItemId: id.nullable(),
  indicatorId: id.nullable(),
  resolutionId: id.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** What a member's question or note is attached to, kept with the words it quoted. */
export const anchorKindSchema = z.enum([
  'none',
  'meeting',
  'agenda-item',
  'paragraph',
  'minute',
  'resolution',
  'indicator',
]);
export const anchorSchema = z.object({
  kind: anchorKindSchema,
  agendaNumber: z.string().nullable(),
  /** The paragraph number as printed, e.g. '3.2'. */
  paragraph: z.string().nullable(),
  quote: z.string().nullable(),
  agendaItemId: id.nullable(),
  paragraphId: id.nullable(),
  minuteId: id.nullable(),
  resolutionId: id.nullable(),
  indicatorId: id.nullable(),
  periodKey: z.string().nullable(),
  /** The quoted text could not be found again after a revised pack: shown, never deleted. */
  changed: z.boolean(),
});
/** Where to attach a new question or note; a paragraph may narrow to a passage [start, end). */
export const anchorTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('meeting') }).strict(),
  z.object({ kind: z.literal('agenda-item'), agendaItemId: id }).strict(),
  z
    .object({
      kind: z.literal('paragraph'),
      paragraphId: id,
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('minute'), minuteId: id }).strict(),
  z.object({ kind: z.literal('resolution'), resolutionId: id }).strict(),
  z
    .object({ kind: z.literal('indicator'), indicatorId: id, periodKey: z.string().optional() })
    .strict(),
]);
const meetingRef = z.object({ meetingId: id, committee: z.string(), date: isoDate });
export const workspaceQuestionSchema = z.object({
  id,
  uid: z.string(),
  text: z.string(),
  status: questionStatusSchema,
  answer: z.string().nullable(),
  note: z.string().nullable(),
  priority: z.number().int(),
  meetingId: id.nullable(),
  anchor: anchorSchema,
  /** Set when the question was raised for an earlier meeting that has been held. */
  carriedFrom: meetingRef.nullable(),
  /** The committee's next meeting, where an unasked question from a held meeting now appears. */
  carriedTo: meetingRef.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export const workspaceNoteSchema = z.object({
  id,
  uid: z.string(),
  body: z.string(),
  meetingId: id.nullable(),
  anchor: anchorSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export const workspaceSchema = z.object({
  questions: z.array(workspaceQuestionSchema),
  notes: z.array(workspaceNoteSchema),
});

/** A committee as a member manages it: `aliases` are the name keys of its earlier names. */
export const committeeSchema = z.object({
  id,
  name: z.string(),
  council: z.string().nullable(),
  meetingCount: z.number().int().min(0),
  aliases: z.array(z.string()).optional(),
});

export const resolutionSummarySchema = z.object({
  id,
  committee: z.string(),
  meetingDate: isoDate,
  minuteNumber: z.string(),
  minuteTitle: z.string(),
  label: z.string().nullable(),
  text: z.string(),
  status: resolutionStatusSchema,
});

/** The chair's action tracker (issue 10): one resolution or undertaking, with its follow-ups. */
export const actionKindSchema = z.enum([
  'noted',
  'decision',
  'recommendation',
  'request',
  'commitment',
  'procedural',
]);
export const followUpStateSchema = z.enum(['suggested', 'confirmed', 'rejected']);
export const actionSchema = z.object({
  id,
  committee: z.string(),
  meetingId: id,
  meetingDate: isoDate,
  minuteNumber: z.string(),
  minuteTitle: z.string(),
  label: z.string().nullable(),
  text: z.string(),
  kind: actionKindSchema,
  tracked: z.boolean(),
  owner: z.string().nullable(),
  /** YYYY-MM or YYYY-MM-DD, read from the words; null when they give no date. */
  due: z.string().nullable(),
  dueWords: z.string().nullable(),
  status: resolutionStatusSchema,
  overdue: z.boolean(),
  source: z
    .object({
      documentId: id,
      page: z.number().int().positive(),
      lineFrom: z.number().int().nullable(),
      lineTo: z.number().int().nullable(),
    })
    .nullable(),
  history: z.array(
    z.object({
      status: resolutionStatusSchema,
      note: z.string().nullable(),
      at: isoDateTime,
      by: z.enum(['chair', 'action-log']),
      /** For a status an action log stated: the page it was printed on. */
      source: z.object({ documentId: id, page: z.number().int().positive() }).nullable(),
    }),
  ),
  followUps: z.array(
    z.object({
      id,
      meetingId: id,
      meetingDate: isoDate,
      agendaNumber: z.string().nullable(),
      title: z.string(),
      target: z.enum(['agenda-item', 'report', 'minute']),
      evidence: z.string(),
      state: followUpStateSchema,
    }),
  ),
});

const actionFilterArgs = z
  .object({
    committee: z.string().max(200).optional(),
    committeeName: z.string().max(300).optional(),
    open: z.boolean().optional(),
    kinds: z.array(actionKindSchema).min(1).max(6).optional(),
    owner: z.string().max(300).optional(),
    statuses: z.array(resolutionStatusSchema).min(1).max(4).optional(),
  })
  .strict();

export const actionCountsSchema = z.object({
  /** Committees with at least one action, A to Z. */
  committees: z.array(z.string()),
  /** Owners the committee's actions name (all committees' when none is given), A to Z. */
  owners: z.array(z.string()),
  /** The committee's outstanding and overdue actions, whatever the other filters. */
  outstanding: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  /** How many actions every filter keeps. */
  matching: z.number().int().nonnegative(),
});

export const searchKindSchema = z.enum([
  'paragraph',
  'minute',
  'resolution',
  'question',
  'note',
  'page',
]);

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  id,
  title: z.string(),
  snippet: z.string(),
  meetingDate: isoDate.nullable(),
  /** The meeting the hit belongs to (hits arrive grouped by it), and that meeting's committee. */
  meetingId: id.nullable().optional(),
  committee: z.string().nullable().optional(),
  /** Where the query's words are in the snippet: [start, end) ranges of its characters. */
  highlights: z
    .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }))
    .optional(),
});

/** Where an imported fact was printed: a document and page, and the lines where known. */
export const sourceRefSchema = z.object({
  documentId: id,
  page: z.number().int().positive(),
  lineFrom: z.number().int().nullable(),
  lineTo: z.number().int().nullable(),
});
const source = sourceRefSchema.nullable();

export const meetingDetailSchema = z.object({
  id,
  committee: z.string(),
  date: isoDate,
  time: z.string().nullable(),
  location: z.string().nullable(),
  status: meetingStatusSchema,
  contact: z
    .object({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  membership: z.array(z.string()),
  source,
  agenda: z.array(
    z.object({
      id,
      number: z.string().nullable(),
      title: z.string(),
      reportBy: z.string().nullable(),
      pages: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
      reportId: id.nullable(),
      source,
    }),
  ),
  attendance: z.object({
    chair: z.string().nullable(),
    present: z.array(z.string()),
    inAttendance: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
    apologies: z.array(z.string()),
  }),
  minutes: z.array(
    z.object({
      id,
      number: z.string(),
      title: z.string(),
      body: z.string(),
      discussionPoints: z.array(z.string()),
      resolutions: z.array(
        z.object({
          id,
          label: z.string().nullable(),
          text: z.string(),
          kind: z.string(),
          status: resolutionStatusSchema,
          source,
        }),
      ),
      questions: z.array(
        z.object({
          kind: z.enum(['public', 'member']),
          asker: z.string().nullable(),
          question: z.string(),
          reply: z.string().nullable(),
          supplementary: z.string().nullable(),
          supplementaryReply: z.string().nullable(),
          source,
        }),
      ),
      source,
    }),
  ),
  reports: z.array(
    z.object({
      id,
      title: z.string(),
      agendaNumber: z.string().nullable(),
      reportOf: z.string().nullable(),
      paragraphs: z.array(
        z.object({
          id,
          number: z.string().nullable(),
          heading: z.string().nullable(),
          text: z.string(),
          source,
        }),
      ),
      source,
    }),
  ),
  sources: z.array(
    z.object({
      documentId: id,
      file: z.string(),
      sha256: z.string(),
      format: z.string(),
      pages: z.number().int().nonnegative(),
      importedAt: z.string(),
    }),
  ),
});

export const documentPageSchema = z.object({
  documentId: id,
  fileName: z.string(),
  page: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  text: z.string(),
});

export const importCountsSchema = z.object({
  pages: z.number().int(),
  agendaItems: z.number().int(),
  reports: z.number().int(),
  paragraphs: z.number().int(),
  minutes: z.number().int(),
  resolutions: z.number().int(),
  questions: z.number().int(),
  dashboards: z.number().int(),
  unrecognisedLines: z.number().int(),
  indicatorFigures: z.number().int(),
});

export const importResultSchema = z.object({
  file: z.string(),
  status: z.enum(['imported', 'skipped', 'failed']),
  meetings: z.array(isoDate),
  /** The ids of the meetings the file touched, when it was imported. */
  meetingIds: z.array(z.number().int()).optional(),
  counts: importCountsSchema.nullable(),
  warnings: z.array(z.string()),
  error: z.string().nullable(),
  /** Each table of figures found, with how many of its rows became indicator values. */
  tables: z
    .array(
      z.object({
        title: z.string().nullable(),
        page: z.number().int(),
        rows: z.number().int().nonnegative(),
        readRows: z.number().int().nonnegative(),
        values: z.number().int().nonnegative(),
        read: z.boolean(),
      }),
    )
    .optional(),
});

/** A file the member chose or dropped, sent as base64 so both hosts carry it the same way. */
const uploadedFile = z.object({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/\0]/.test(name), 'a file name, not a path'),
  dataBase64: z.string().max(280_000_000, 'a file larger than 200 MB cannot be imported'),
});

const questionText = z.string().trim().min(1, 'a question needs some text').max(10_000);

/** One meeting's briefing: the agenda items chosen (all with substance when omitted), and the member's name for the cover. */
const briefingRequest = z
  .object({
    meetingId: id,
    items: z.array(z.string().trim().min(1).max(20)).max(200).optional(),
    memberName: z.string().trim().max(200).optional(),
  })
  .strict();

/** Every method the UI may call: name → argument and result schemas. */
export const contract = {
  'app.info': { args: noArgs, result: appInfoSchema },
  'meetings.list': { args: listPageArgs, result: z.array(meetingSummarySchema) },
  'indicators.list': { args: noArgs, result: z.array(indicatorSummarySchema) },
  'resolutions.list': { args: listPageArgs, result: z.array(resolutionSummarySchema) },
  'questions.list': {
    args: z.object({ meetingId: id.optional() }).strict(),
    result: z.array(questionSchema),
  },
  'questions.create': {
    args: z
      .object({
        text: questionText,
        meetingId: id.nullable().optional(),
        indicatorId: id.nullable().optional(),
      })
      .strict(),
    result: questionSchema,
  },
  'questions.update': {
    args: z
      .object({ id, text: questionText.optional(), status: questionStatusSchema.optional() })
      .strict(),
    result: questionSchema,
  },
  'questions.delete': {
    args: z.object({ id }).strict(),
    result: z.object({ deleted: z.boolean() }),
  },
  /** A meeting's questions (its own and those carried from earlier) and notes, agenda order. */
  'workspace.meeting': { args: z.object({ meetingId: id }).strict(), result: workspaceSchema },
  'workspace.addQuestion': {
    args: z
      .object({ meetingId: id, text: questionText, target: anchorTargetSchema.optional() })
      .strict(),
    result: workspaceQuestionSchema,
  },
  'workspace.updateQuestion': {
    args: z
      .object({
        id,
        text: questionText.optional(),
        status: questionStatusSchema.optional(),
        answer: z.string().max(20_000).nullable().optional(),
        note: z.string().max(20_000).nullable().optional(),
        /** The meeting whose preparation the change is made from (settles a carried question). */
        atMeetingId: id.optional(),
      })
      .strict(),
    result: workspaceQuestionSchema,
  },
  /** Sets the preparation order: the ids in the order the member wants them. */
  'workspace.reorder': {
    args: z.object({ ids: z.array(id).min(1).max(1000) }).strict(),
    result: z.object({ ids: z.array(id) }),
  },
  'workspace.addNote': {
    args: z
      .object({
        meetingId: id,
        body: z.string().trim().min(1, 'a note needs some text').max(20_000),
        target: anchorTargetSchema.optional(),
      })
      .strict(),
    result: workspaceNoteSchema,
  },
  'workspace.deleteNote': {
    args: z.object({ id }).strict(),
    result: z.object({ deleted: z.boolean() }),
  },
  'meetings.get': { args: z.object({ id }).strict(), result: meetingDetailSchema },
  'documents.page': {
    args: z.object({ documentId: id, page: z.number().int().positive() }).strict(),
    result: documentPageSchema,
  },
  'import.files': {
    args: z.object({ files: z.array(uploadedFile).min(1).max(50) }).strict(),
    result: z.array(importResultSchema),
  },
  'import.sample': { args: noArgs, result: z.array(importResultSchema) },
  /** Stops the import under way: the file being read changes nothing, the rest are not started. */
  'import.cancel': { args: noArgs, result: z.object({ cancelled: z.boolean() }) },
  'indicators.series': { args: z.object({ id }).strict(), result: indicatorSeriesSchema },
  'indicators.exceptions': {
    args: z.object({ indicatorId: id.optional(), meetingId: id.optional() }).strict(),
    result: z.array(indicatorExceptionSchema),
  },
  'indicators.rename': {
    args: z.object({ id, name: z.string().trim().min(1).max(300) }).strict(),
    result: indicatorSummarySchema,
  },
  'indicators.setPolarity': {
    args: z.object({ id, polarity: polaritySchema }).strict(),
    result: indicatorSummarySchema,
  },
  'indicators.merge': {
    args: z.object({ keepId: id, mergeId: id }).strict(),
    result: indicatorSummarySchema,
  },
  'indicators.splitAlias': {
    args: z.object({ id, alias: z.string().min(1) }).strict(),
    result: indicatorSummarySchema,
  },
  /**
   * Actions of one committee (words in its name, or `committeeName` exactly) or all, in the
   * chair's order; `open` keeps outstanding actions only, `kinds`, `owner` and `statuses` narrow
   * further; `limit`/`offset` answer one page of that list (none: the whole list).
   */
  'actions.list': {
    args: actionFilterArgs.extend(listPageArgs.shape).strict(),
    result: z.array(actionSchema),
  },
  /** The Actions page's summary under the same filters: cheap counts, no action read whole. */
  'actions.summary': { args: actionFilterArgs, result: actionCountsSchema },
  /** Actions from earlier meetings due at or before this one, or answered at it. */
  'actions.forMeeting': {
    args: z.object({ meetingId: id }).strict(),
    result: z.array(actionSchema),
  },
  'actions.setStatus': {
    args: z
      .object({
        id,
        status: resolutionStatusSchema,
        note: z.string().trim().max(2000).optional(),
      })
      .strict(),
    result: actionSchema,
  },
  'actions.decideFollowUp': {
    args: z.object({ id, state: followUpStateSchema }).strict(),
    result: actionSchema,
  },
  /** Every committee with its council and meetings, A to Z. */
  'committees.list': { args: noArgs, result: z.array(committeeSchema) },
  /** Renames a committee; papers printing the old name still file under it. Answers the new list. */
  'committees.rename': {
    args: z
      .object({ id, name: z.string().trim().min(1, 'give the committee a name').max(300) })
      .strict(),
    result: z.array(committeeSchema),
  },
  /** Moves every meeting of one committee into another; refused when both met on one day. */
  'committees.merge': {
    args: z.object({ fromId: id, intoId: id }).strict(),
    result: z.array(committeeSchema),
  },
  /** Every committee's name, A to Z, for the search filters. */
  'search.committees': { args: noArgs, result: z.array(z.string()) },
  /** The briefing laid out as blocks, for the preview before saving. */
  'briefing.preview': { args: briefingRequest, result: briefingLayoutSchema },
  /** Writes the briefing in one format (Markdown comes as a zip with its charts); progress events follow it. */
  'briefing.export': {
    args: briefingRequest.extend({ format: z.enum(briefingFormats) }).strict(),
    result: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  /** Stops the briefing being written; nothing is returned to save. */
  'briefing.cancel': { args: noArgs, result: z.object({ cancelled: z.boolean() }) },
  'search.query': {
    args: z
      .object({
        text: z.string().trim().min(1, 'type something to search for').max(500),
        limit: z.number().int().min(1).max(200).optional(),
        /** Hits already shown: the next page starts after them. */
        offset: z.number().int().min(0).max(5000).optional(),
        kinds: z.array(searchKindSchema).min(1).optional(),
        /** A committee's name, as meetings.list gives it. */
        committee: z.string().min(1).max(300).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
      })
      .strict(),
    result: z.array(searchHitSchema),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = z.output<Contract[M]['result']>;

export const methods = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events the app pushes to the UI (import and export progress). */
export const progressEventSchema = z.object({
  type: z.literal('progress'),
  task: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  message: z.string(),
  /** The file a progress event is about, so the UI can show a bar per file. */
  file: z.string().optional(),
  /** For an import of several files: how many are finished, of how many, for one batch bar. */
  batch: z
    .object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
    .optional(),
});
/** The outcome of an import started outside the page (the desktop File menu). */
export const importReportEventSchema = z.object({
  type: z.literal('import-report'),
  results: z.array(importResultSchema),
});
/** A desktop menu command the page acts on (File › Export briefing…). */
export const menuEventSchema = z.object({
  type: z.literal('menu'),
  command: z.enum(['export-briefing']),
});
export const appEventSchema = z.discriminatedUnion('type', [
  progressEventSchema,
  importReportEventSchema,
  menuEventSchema,
]);
export type AppEvent = z.infer<typeof appEventSchema>;

/** What travels back over either host: a result, or an error a person can read. */
export const errorCodes = [
  'unknown-method',
  'invalid-arguments',
  'failed',
  'invalid-result',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export type Envelope<T> =
  { ok: true; result: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  }),
]);

/** The IPC channel name for a method, and the one channel for events. */
export const ipcChannel = (method: Method): string => `scrutineer:${method}`;
export const eventChannel = 'scrutineer:event';

/** The API the preload script exposes on `window.scrutineer`: one function per method. */
export type DesktopBridge = {
  [M in Method]: (args: Args<M>) => Promise<Envelope<Result<M>>>;
} & { onEvent: (listener: (event: AppEvent) => void) => () => void };
