// How dates and the contract's coded values read on screen: GOV.UK style dates
// ("Tuesday 14 January 2025") and plain-English labels for statuses and kinds.
import type { Result } from '../shared/contract';

type Meeting = Result<'meetings.list'>[number];
type Indicator = Result<'indicators.list'>[number];
type Question = Result<'questions.list'>[number];
type Resolution = Result<'resolutions.list'>[number];
type SearchHit = Result<'search.query'>[number];

function utcDate(isoDate: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function formatParts(isoDate: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
    .formatToParts(utcDate(isoDate))
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** "2025-01-14" → "Tuesday 14 January 2025". */
export function formatLongDate(isoDate: string): string {
  return formatParts(isoDate, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "2025-01-14" → "14 January 2025". */
export function formatDate(isoDate: string): string {
  return formatParts(isoDate, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Today's local calendar date as YYYY-MM-DD. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const meetingStatusLabels: Record<Meeting['status'], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  'minutes-only': 'Minutes only',
};

/** A resolution's kind in words: "noting" → "Noting"; kinds not known here are shown as given. */
export function resolutionKindLabel(kind: string): string {
  const known: Record<string, string> = {
    noting: 'Noting',
    request: 'Request',
    recommendation: 'Recommendation',
    decision: 'Decision',
    commitment: 'Commitment',
  };
  return known[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export const polarityLabels: Record<Indicator['polarity'], string> = {
  high: 'Higher is better',
  low: 'Lower is better',
  none: 'No better direction',
  unknown: 'Not known',
};

export const questionStatusLabels: Record<Question['status'], string> = {
  draft: 'Draft',
  ready: 'Ready',
  asked: 'Asked',
  answered: 'Answered',
  'follow-up': 'Follow up',
};

export const resolutionStatusLabels: Record<Resolution['status'], string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const searchKindLabels: Record<SearchHit['kind'], string> = {
  paragraph: 'Report paragraph',
  minute: 'Minute',
  resolution: 'Resolution',
  question: 'Your question',
  note: 'Your note',
  page: 'Document page',
};
