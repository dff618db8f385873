// Reads the action logs (or recommendation trackers) many councils print in their packs: a table
// of earlier meetings' actions with the minute they came from and a status column ("Complete",
// "Ongoing", "Not started", "Withdrawn"). Each row is read from its cells; only pages headed as an
// action log are read, so a status word in a report's prose never changes anything.

import type { ActionStatus } from './status';
import { monthNumber } from '../long-date';

export interface ActionLogRow {
  page: number;
  /** The meeting the action came from, when the row prints it (YYYY-MM-DD). */
  meetingDate: string | null;
  minuteNumber: string;
  label: string | null;
  status: ActionStatus;
  /** The row's words as printed, kept as the status note. */
  text: string;
}

const HEADING =
  /^\s*(?:(?:committee|panel|scrutiny|board)?\s*action(?:s)?\s+(?:log|tracker|sheet|list|arising)|recommendations?\s+(?:tracker|monitoring|log)|actions?\s+from\s+(?:previous|earlier)\s+meetings?)\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

const STATUS_WORDS: [RegExp, ActionStatus][] = [
  [
    /^(?:withdrawn|dropped|cancelled|no longer (?:required|needed)|superseded|closed - not)/i,
    'dropped',
  ],
  [/^(?:complete[d]?|done|closed|achieved|delivered|actioned|circulated|provided)\b/i, 'done'],
  [
    /^(?:ongoing|in progress|in hand|under ?way|on track|partially|progressing|part complete)/i,
    'in-progress',
  ],
  [/^(?:open|outstanding|not started|not yet|pending|awaited|overdue)\b/i, 'open'],
];

/** A cell that is only a minute reference: "32", "32(b)", "32b", "Minute 32 (b)", "Min. 12/21". */
const MINUTE_CELL =
  /^(?:min(?:ute)?\.?\s*(?:no\.?\s*)?)?(\d{1,4}(?:\/\d{2,4})?)\s*(?:\(([a-z])\)|([a-z]))?\.?$/i;

function dateOf(cell: string): string | null {
  const long = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})$/i.exec(cell);
  if (long) {
    const month = monthNumber(long[2]!);
    if (month > 0) return `${long[3]}-${pad(month)}-${pad(Number(long[1]))}`;
  }
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(cell);
  if (numeric) {
    const year = numeric[3]!.length === 2 ? `20${numeric[3]}` : numeric[3]!;
    return `${year}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  }
  return null;
}

function statusOf(cells: string[]): ActionStatus | null {
  // The status column is usually last; read from the right.
  for (const cell of [...cells].reverse()) {
    for (const [pattern, status] of STATUS_WORDS) if (pattern.test(cell)) return status;
  }
  return null;
}

function rowOf(line: string, page: number): ActionLogRow | null {
  const cells = line
    .split(/\t+|\s{2,}|\s*\|\s*/)
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (cells.length < 3) return null;
  const minuteAt = cells.findIndex((cell) => MINUTE_CELL.test(cell));
  if (minuteAt < 0) return null;
  const minute = MINUTE_CELL.exec(cells[minuteAt]!)!;
  const status = statusOf(cells.slice(minuteAt + 1));
  if (!status) return null;
  const meetingDate = cells.map(dateOf).find((date) => date !== null) ?? null;
  return {
    page,
    meetingDate,
    minuteNumber: minute[1]!,
    label: (minute[2] ?? minute[3] ?? null)?.toLowerCase() ?? null,
    status,
    text: cells.join(' | '),
  };
}

/** The rows of every action log in a document's pages (page numbers 1-based, text as stored). */
export function readActionLog(pages: { page: number; text: string }[]): ActionLogRow[] {
  const rows: ActionLogRow[] = [];
  let inLog = false;
  for (const { page, text } of pages) {
    const lines = text.split('\n');
    const headed = lines.slice(0, 8).some((line) => HEADING.test(line));
    const found = lines.flatMap((line) => rowOf(line, page) ?? []);
    // A log runs on over following pages only while they still hold rows.
    inLog = headed || (inLog && found.length > 0);
    if (inLog) rows.push(...found);
  }
  return rows;
}
