// Reads who was at a meeting from the top of its minutes: PRESENT (with the chair marked),
// "In Attendance" (cabinet members and others, with their roles) and apologies.

import { namesOnLine, splitNameAndRole, startsWithHonorific, surnameOf } from './names';
import type { Attendance } from '../../../../shared/agenda-pack';

const PRESENT = /^(?:members\s+)?present\s*:?\s*(.*)$/i;
const IN_ATTENDANCE = /^(?:also\s+)?in attendance\.?\s*:?\s*(.*)$/i;
const APOLOGIES = /^apologies(?: for absence)?(?: (?:were )?received from)?\s*[:–-]?\s*(.*)$/i;
const CHAIR_LINE = /^(.+?)\s*[–—-]\s*in the chair\.?$/i;

type Section = 'none' | 'present' | 'attendance' | 'apologies';

function namesInList(text: string): string[] {
  if (startsWithHonorific(text) && !/,|\band\b/.test(text)) {
    return namesOnLine(text).map((printed) => printed.name);
  }
  return text
    .replace(/^councillors?\s+/i, '')
    .replace(/\.$/, '')
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Reads attendance from the printed lines between the minutes heading and the first minute. */
export function parseAttendance(printedLines: string[]): Attendance {
  const attendance: Attendance = { chair: null, present: [], inAttendance: [], apologies: [] };
  let section: Section = 'none';
  for (const raw of printedLines) {
    const text = raw.trim();
    if (!text) continue;
    const present = PRESENT.exec(text);
    const inAttendance = IN_ATTENDANCE.exec(text);
    const apologies = APOLOGIES.exec(text);
    let rest = text;
    if (present && !startsWithHonorific(text)) {
      section = 'present';
      rest = present[1] ?? '';
    } else if (inAttendance) {
      section = 'attendance';
      rest = inAttendance[1] ?? '';
    } else if (apologies) {
      section = 'apologies';
      rest = apologies[1] ?? '';
    }
    if (!rest) continue;
    if (section === 'present') {
      for (const printed of namesOnLine(rest)) {
        if (printed.isChair) attendance.chair ??= printed.name;
        attendance.present.push(printed.name);
      }
    } else if (section === 'attendance') {
      const { name, role } = splitNameAndRole(rest);
      attendance.inAttendance.push({ name, role });
    } else if (section === 'apologies') {
      attendance.apologies.push(...namesInList(rest));
    }
  }
  return attendance;
}

/** The name in a line such as "Mrs. H. Smith CC – in the Chair", or null. */
export function chairNamedIn(text: string): string | null {
  return CHAIR_LINE.exec(text.trim())?.[1]?.trim() ?? null;
}

/** The present member a chair line refers to, matched by surname; the printed name if none. */
export function matchChair(attendance: Attendance, printedChair: string): string {
  const surname = surnameOf(printedChair);
  return attendance.present.find((name) => surnameOf(name) === surname) ?? printedChair;
}
