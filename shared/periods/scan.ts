// Finds periods in a label, a table cell or running text, and reads a report's own period from
// its title: the entry points the importer, the store and the charts call.
import { PERIOD_FORMS } from './forms';
import { NOT_A_PERIOD, resolveReading, surroundings } from './resolve';
import type { Period, PeriodContext } from './types';

export interface FoundPeriod {
  period: Period;
  /** Where the printed period starts in the text, and how long it is (including "YTD" words). */
  index: number;
  length: number;
}

interface Candidate {
  start: number;
  end: number;
  rank: number;
  outcome: Period | typeof NOT_A_PERIOD;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every non-overlapping period in the text, longest reading first where readings overlap. */
function scan(text: string, context: PeriodContext, wholeLabel: boolean): FoundPeriod[] {
  const candidates: Candidate[] = [];
  PERIOD_FORMS.forEach((form, rank) => {
    for (const match of text.matchAll(form.pattern)) {
      const reading = form.read(match.groups ?? {});
      if (!reading) continue;
      const around = surroundings(text, match.index, match.index + match[0].length);
      const outcome = resolveReading(reading, around.cumulation, context, wholeLabel);
      if (outcome) candidates.push({ start: around.start, end: around.end, rank, outcome });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const found: FoundPeriod[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    reached = candidate.end;
    if (candidate.outcome === NOT_A_PERIOD) continue;
    const label = collapse(text.slice(candidate.start, candidate.end));
    found.push({
      period: withStandardLabel({ ...candidate.outcome, label }, candidate.outcome.label),
      index: candidate.start,
      length: candidate.end - candidate.start,
    });
  }
  return found;
}

/** A printed label without wrapping brackets, footnote marks or trailing punctuation. */
function cleanLabel(label: string): string {
  let cleaned = collapse(label)
    .replace(/[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '')
    .replace(/[.,:;]+$/, '')
    .trim();
  const wrapped = /^\((.*)\)$/.exec(cleaned);
  if (wrapped?.[1] && !/[()]/.test(wrapped[1])) cleaned = wrapped[1].trim();
  return cleaned;
}

/**
 * The period a whole label names ("Q2 2021/22", "Dec 2021/22", "Summer Census 2021"), or null
 * when the label is anything else or cannot be settled without more context. Never a guess.
 */
export function parsePeriod(label: string, context: PeriodContext = {}): Period | null {
  const cleaned = cleanLabel(label);
  if (cleaned === '') return null;
  const [only, ...rest] = scan(cleaned, context, true);
  if (!only || rest.length > 0 || only.index !== 0 || only.length !== cleaned.length) return null;
  return withStandardLabel({ ...only.period, label: cleaned }, standardLabel(only.period));
}

/** Standard labels ride beside periods rather than in them, so a Period stays as printed. */
const standardLabels = new WeakMap<Period, string>();

function withStandardLabel(period: Period, label: string): Period {
  standardLabels.set(period, label);
  return period;
}

/** The same period labelled the standard way ("Q1 2021/22" for a bare "Q1"), for charts and lists. */
export function standardLabel(period: Period): string {
  return standardLabels.get(period) ?? period.label;
}

/**
 * Every period printed in running text. Stricter than parsePeriod: a lone year ("since 2019") or
 * season ("in summer 2021") is not taken as a period, and a day ("7 June 2022") is not a month.
 */
export function findPeriods(text: string, context: PeriodContext = {}): FoundPeriod[] {
  return scan(text, context, false);
}

/**
 * The period a report covers, from its title: "Quarter 1 2021/22 Performance Report",
 * "Performance for the period to December 2021 (Quarter 3)", or "Dashboard for Quarter 3" read
 * against the meeting date. Null when the title names no period.
 */
export function reportPeriodFromTitle(title: string, meetingDate?: string | null): Period | null {
  const explicit = scan(title, {}, false);
  const quarter = explicit.find((found) => found.period.kind === 'quarter');
  if (quarter) return quarter.period;
  const anchor = explicit[0]?.period;
  const context: PeriodContext = anchor ? { reportPeriod: anchor } : { meetingDate };
  const settled = scan(title, context, false).filter(
    (found) => !explicit.some((known) => known.index === found.index),
  );
  return settled[0]?.period ?? anchor ?? null;
}
