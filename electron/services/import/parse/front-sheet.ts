// Reads a pack's front sheet: the labelled fields (meeting, date and time, venue, contact, email)
// and the membership list, so the pack can be filed against the right meeting.

import { parseUkDate, parseUkTime } from './dates';
import { joinWrapped, sourceOf } from './lines';
import { namesOnLine, startsWithHonorific } from './names';
import type { FrontSheet, MeetingContact, PackLine } from '../../../../shared/agenda-pack';

const LABEL =
  /^(meeting|committee|date\s*(?:\/|and|&)\s*time|date|time|location|venue|place|contact(?: officer)?|democratic services(?: officer)?|enquiries(?: to)?|e-?mail|tel(?:ephone)?|phone)\s*:\s*(.*)$/i;
const MEMBERSHIP = /^(membership|members|committee members)\b\s*:?\s*(.*)$/i;
const BODY_WORDS = /\b(committee|commission|board|panel|cabinet|council|forum|scrutiny)\b/i;
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
    .replace(/\b(tel|telephone|phone)\s*:?/gi, '')
    .replace(/[\s,;–-]+$/, '')
    .trim();
  if (!name && !phone && !email) return null;
  return { name: name ?? '', phone, email };
}

/** Reads the front sheet found in lines[from..to). */
export function parseFrontSheet(lines: PackLine[], from: number, to: number): FrontSheet {
  const fields = new Map<string, string>();
  const membership: string[] = [];
  let chair: string | null = null;
  let inMembership = false;
  let firstBodyLine: string | null = null;
  for (let index = from; index < to; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (!text) continue;
    const label = LABEL.exec(text);
    const member = MEMBERSHIP.exec(text);
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
      if (!startsWithHonorific(source)) {
        if (!member) inMembership = false;
        continue;
      }
      for (const printed of namesOnLine(source)) {
        membership.push(printed.name);
        if (printed.isChair && !chair) chair = printed.name;
      }
      continue;
    }
    if (!firstBodyLine && BODY_WORDS.test(text) && text.length < 150) firstBodyLine = text;
  }
  const dateText = fields.get('datetime') ?? fields.get('date') ?? '';
  const timeText = fields.get('time') ?? fields.get('datetime') ?? '';
  return {
    committee: joinWrapped([fields.get('committee') ?? firstBodyLine ?? '']) || null,
    date: parseUkDate(dateText),
    time: parseUkTime(timeText),
    location: fields.get('location') || null,
    contact: contactFrom(fields),
    membership,
    chair,
    source: sourceOf(lines, from, to - 1),
  };
}

/** Whether lines[from..to) look like a front sheet (at least two of its labelled fields). */
export function looksLikeFrontSheet(lines: PackLine[], from: number, to: number): boolean {
  const kinds = new Set<string>();
  for (let index = from; index < to; index += 1) {
    const label = LABEL.exec((lines[index]?.text ?? '').trim());
    if (label) kinds.add(labelKind(label[1] ?? ''));
  }
  const hasDate = kinds.has('date') || kinds.has('datetime');
  return hasDate && kinds.size >= 2;
}
