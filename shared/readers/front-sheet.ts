// Reads a pack's front sheet: the fields (meeting, date and time, venue, contact, email), labelled
// or printed bare under the committee's name, and the membership list, to file the pack correctly.

import { parseUkDate, parseUkTime } from './dates';
import { joinWrapped, sourceOf } from './lines';
import { isPrintedList, namesInPrintedList, namesOnLine, startsNameList } from './names';
import type { FrontSheet, MeetingContact, PackLine } from '../agenda-pack';

const LABEL =
  /^(meeting|committee|date\s*(?:\/|and|&)\s*time|date|time|location|venue|place|contact(?: officer)?|democratic services(?: officer)?|enquiries(?: to)?|e-?mail|tel(?:ephone)?|phone)\s*:\s*(.*)$/i;
const MEMBERSHIP =
  /^(membership|members|committee members|councillors(?=\s*:)|cllrs(?=\s*:))\b\s*:?\s*(.*)$/i;
const BODY_WORDS = /\b(committee|commission|board|panel|cabinet|council|forum|scrutiny)\b/i;
/** A meeting's body rather than the council publishing the pack ("Northbridge Borough Council"). */
const MEETING_WORDS = /\b(committee|commission|board|panel|cabinet|forum|scrutiny)\b/i;
const VENUE_WORDS =
  /\b(chamber|room|hall|house|offices?|centre|center|building|civic|guildhall|library|online|virtual|remote|microsoft teams|zoom)\b/i;
const MAX_BARE_DATE_LINE = 100;
const MAX_VENUE_LINE = 120;

/** A line printing only the meeting's date (and perhaps its time), with no label. */
function isBareDateLine(text: string): boolean {
  return text.length < MAX_BARE_DATE_LINE && !LABEL.test(text) && parseUkDate(text) !== null;
}
export const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function labelKind(label: string): string {
  const lower = label.toLowerCase();
  if (lower.startsWith('date')) return /time/.test(lower) ? 'datetime' : 'date';
  if (lower === 'time') return 'time';
  if (['location', 'venue', 'place'].includes(lower)) return 'location';
  if (/^e-?mail$/.test(lower)) return 'email';
  if (/^(tel|telephone|phone)$/.test(lower)) return 'phone';
  if (lower === 'meeting' || lower === 'committee') return 'committee';
  return 'contact';
}

function contactFrom(fields: Map<string, string>): MeetingContact | null {
  const printed = fields.get('contact');
  const phoneText = fields.get('phone') ?? printed ?? '';
  const email = EMAIL.exec(fields.get('email') ?? printed ?? '')?.[0] ?? null;
  const phone = PHONE.exec(phoneText)?.[0] ?? null;
  const name = printed
    ?.replace(/\(.*?\)/g, '')
    .replace(EMAIL, '')
    .replace(PHONE, '')
    .replace(/\b(tel|telephone|phone|e-?mail)\b\s*:?/gi, '')
    .replace(/[\s,;–-]+$/, '')
    .split(/\s*,\s*/)[0]
    ?.trim();
  if (!name && !phone && !email) return null;
  return { name: name ?? '', phone, email };
}

/** Reads the front sheet found in lines[from..to). */
export function parseFrontSheet(lines: PackLine[], from: number, to: number): FrontSheet {
  const fields = new Map<string, string>();
  const membership: string[] = [];
  let chair: string | null = null;
  let inMembership = false;
  let listOpen = false;
  let firstBodyLine: string | null = null;
  let meetingLine: string | null = null;
  let bareDateLine: string | null = null;
  let bareVenue: string | null = null;
  let afterDateLine = false;
  for (let index = from; index < to; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (!text) continue;
    const label = LABEL.exec(text);
    const member = MEMBERSHIP.exec(text);
    const followsDate = afterDateLine;
    afterDateLine = false;
    if (inMembership && label && !member) inMembership = false;
    if (label && !inMembership) {
      const kind = labelKind(label[1] ?? '');
      if (!fields.has(kind)) fields.set(kind, (label[2] ?? '').trim());
      continue;
    }
    if (member) {
      inMembership = true;
      if (!member[2]) continue;
    }
    if (inMembership) {
      const source = member ? (member[2] ?? '') : text;
      const continuesList =
        listOpen && !label && (/^(?:and|&)\s/i.test(source) || isPrintedList(source));
      if (!startsNameList(source) && !continuesList && !(member && isPrintedList(source))) {
        if (!member) inMembership = false;
        continue;
      }
      listOpen = isPrintedList(source) && !/\.$/.test(source);
      const names = listOpen || continuesList ? namesInPrintedList(source) : namesOnLine(source);
      for (const printed of names) {
        membership.push(printed.name);
        if (printed.isChair && !chair) chair = printed.name;
      }
      continue;
    }
    if (!bareDateLine && isBareDateLine(text)) {
      bareDateLine = text;
      afterDateLine = true;
      // "Cabinet – 4 December 2023": the body named before the date is the meeting's.
      const before = /^(.+?)\s+[–—-]\s+\S/.exec(text)?.[1];
      if (!meetingLine && before && MEETING_WORDS.test(before)) meetingLine = before;
      continue;
    }
    if (followsDate && !bareVenue && VENUE_WORDS.test(text) && text.length < MAX_VENUE_LINE) {
      bareVenue = text;
      continue;
    }
    if (!firstBodyLine && BODY_WORDS.test(text) && text.length < 150) firstBodyLine = text;
    if (!meetingLine && MEETING_WORDS.test(text) && text.length < 150) meetingLine = text;
  }
  const dateText = fields.get('datetime') ?? fields.get('date') ?? bareDateLine ?? '';
  const timeText = fields.get('time') ?? fields.get('datetime') ?? bareDateLine ?? '';
  return {
    committee: joinWrapped([fields.get('committee') ?? meetingLine ?? firstBodyLine ?? '']) || null,
    date: parseUkDate(dateText),
    time: parseUkTime(timeText),
    location: fields.get('location') || bareVenue,
    contact: contactFrom(fields),
    membership,
    chair,
    source: sourceOf(lines, from, to - 1),
  };
}

/**
 * Whether lines[from..to) look like a front sheet: at least two labelled fields, one a date; or,
 * unlabelled, a line naming a committee and a line printing only a date.
 */
export function looksLikeFrontSheet(lines: PackLine[], from: number, to: number): boolean {
  const kinds = new Set<string>();
  let namesMeeting = false;
  let bareDate = false;
  for (let index = from; index < to; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    const label = LABEL.exec(text);
    if (label) kinds.add(labelKind(label[1] ?? ''));
    if (MEETING_WORDS.test(text) && text.length < 150 && !/[.;]$/.test(text)) namesMeeting = true;
    if (isBareDateLine(text)) bareDate = true;
  }
  const hasDate = kinds.has('date') || kinds.has('datetime');
  return (hasDate && kinds.size >= 2) || (namesMeeting && bareDate);
}
