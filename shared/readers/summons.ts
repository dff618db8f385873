// Reads the sentence that summons members to a meeting ("An extraordinary meeting of the County
// Council will be held in … on Thursday, 9th January, 2025 at 10.00 am", "You are requested to
// attend the meeting of the … Committee to be held …", "Meeting to be held in Civic Hall on …",
// a cover's "Agenda for an Extraordinary Meeting on Thursday, 9th January, 2025"): the meeting's
// date wins over the date the letter was sent or published.

import { findDates, parseUkTime } from './dates';
import { splitCouncil } from './committee-names';
import type { PackLine } from '../agenda-pack';

const SUMMONS =
  /\b(?:meeting(?:\s+of\s+(?:the\s+)?(.{3,80}?))?\s+(?:will\s+be|is\s+to\s+be|to\s+be|shall\s+be)\s+held\b|\bmeeting\s+on\b)/i;
const WINDOW = 80;
const MAX_GAP = 200;

export interface Summons {
  date: string;
  time: string | null;
  committee: string | null;
}

/** The meeting a summons sentence in the first lines of a pack names, or null. */
export function readSummons(lines: PackLine[], from = 0, to = lines.length): Summons | null {
  const text = lines
    .slice(from, Math.min(to, from + WINDOW))
    .map((line) => line.text.trim())
    .filter((line) => line !== '')
    .join(' ');
  let found: Summons | null = null;
  for (const match of text.matchAll(new RegExp(SUMMONS.source, 'gi'))) {
    const after = text.slice(match.index ?? 0, (match.index ?? 0) + match[0].length + MAX_GAP);
    const date = findDates(after)[0];
    if (!date) continue;
    const between = after.slice(match[0].length, date.index);
    if (/[.!?]\s/.test(between)) continue;
    const named = match[1] ? splitCouncil(match[1]).committee : null;
    if (found && found.date !== date.iso) break;
    found ??= {
      date: date.iso,
      time: parseUkTime(after.slice(date.index, date.index + date.length + 20)),
      committee: null,
    };
    found.committee ??= named;
    if (found.committee) return found;
  }
  return found;
}
