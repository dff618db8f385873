// Reads the agenda: numbered items with their title, the officer reporting and the pages in the
// pack, rebuilt from a two-column layout that text conversion flattens and hard-wraps.

import { joinWrapped, sourceOf } from './lines';
import { tidyTitle } from './titles';
import type { AgendaItem, PackLine } from '../agenda-pack';

const ITEM_START = /^(\d{1,2})\s?([a-z])?[.)]?\s+(\S.*)$/;
const COLUMN_HEADINGS = /^item\b.*\breport(?:ing)? (?:by|of|officer)\b/i;
const PAGE_RANGE = /\(?\bpages?\s+(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?\s*\)?/i;
/** A bare page range closing a line or cell ("5 - 12"), as modern.gov prints it. */
const BARE_PAGE_RANGE = /(?:^|\s)(\d{1,3})\s*[-–]\s*(\d{1,3})$/;
const REPORT_OF_PREFIX = /^(?:joint\s+)?report\s+(?:of|by|from)\s*:?\s*(?:the\s+)?/i;
/** Words opening a line printed under an item to describe it, not to carry on its title. */
const DESCRIPTION_START =
  /^(?:to|the|this|a|an|members|councillors|report|joint|motion|purpose|there|it|please|note|contact|lead|cabinet|for)\b/i;
/** "5.1 Question by …": a sub-item printed under item 5. */
const SUB_ITEM = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;
/** "(a) Apologies", "a. Minutes": a lettered item under a numbered heading. */
const LETTERED_ITEM = /^(?:\(([a-z])\)|([a-z])[.)])\s+(\S.*)$/;
const OFFICER =
  /^(?:and\s+|&\s+)?(?:the\s+)?(?:joint\s+report\s+of\s+)?(chief executive|(?:assistant |executive |corporate |strategic |service |interim )?director|head of|chief officer|monitoring officer|lead member|cabinet member|cabinet lead member|portfolio holder|leader|clerk|secretary|commissioner|treasurer|solicitor|chair(?:man)?)\b/i;
const NOTE_START = /^(the|a|an|this|it|there|please|members|note)\b/i;
const ABBREVIATION = /^(mr|mrs|ms|dr|st|no|nos|cllr|co|ltd|e\.g|i\.e|etc|vs|rev|[a-z])$/i;
const WRAPPED_PHRASE_END = /\b(of|and|or|the|for|in|on|at|to|from|with|by|under|&)$/i;

/** Where the title's closing full stop is in a fragment, or -1 ("Rule 16." yes, "Mr." no). */
function titleEnd(fragment: string): number {
  for (const match of fragment.matchAll(/(\S+)\.(?=\s|$)/g)) {
    if (!ABBREVIATION.test(match[1] ?? '')) return (match.index ?? 0) + match[0].length - 1;
  }
  return -1;
}

function isAllCapitalsHeading(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 12 && letters === letters.toUpperCase();
}

/** A bare "5 - 12" page range at the end of a fragment, when it reads as pages (from ≤ to). */
function bareRange(text: string): RegExpExecArray | null {
  const range = BARE_PAGE_RANGE.exec(text);
  return range && Number(range[1]) <= Number(range[2]) ? range : null;
}

/**
 * Whether a new line under an item starts its description rather than carrying on a title printed
 * without a full stop: a modern.gov title is one line, and its description opens like a sentence.
 */
function endsTitle(titleParts: string[], next: string): boolean {
  const last = titleParts[titleParts.length - 1] ?? '';
  if (WRAPPED_PHRASE_END.test(last)) return false;
  if (isUpperCaseText(titleParts.join(' ')) && !isUpperCaseText(next)) return true;
  return DESCRIPTION_START.test(next) && /^[A-Z]/.test(next);
}

function isUpperCaseText(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

interface ItemDraft {
  number: string;
  from: number;
  to: number;
  fragments: Array<{ text: string; newCell: boolean }>;
}

function readItem(draft: ItemDraft, lines: PackLine[]): AgendaItem {
  let pages: AgendaItem['pages'] = null;
  const titleParts: string[] = [];
  const after: string[] = [];
  let inTitle = true;
  for (const { text: raw, newCell } of draft.fragments) {
    let text = raw;
    const range = PAGE_RANGE.exec(text) ?? bareRange(text);
    if (range) {
      const start = Number(range[1]);
      pages ??= { from: start, to: Number(range[2] ?? start) };
      text = `${text.slice(0, range.index)} ${text.slice(range.index + range[0].length)}`.trim();
    }
    if (!text) continue;
    if (inTitle && titleParts.length > 0 && endsTitle(titleParts, text)) inTitle = false;
    if (inTitle && newCell && titleParts.length > 0) inTitle = false;
    if (
      inTitle &&
      titleParts.length > 0 &&
      OFFICER.test(text) &&
      !WRAPPED_PHRASE_END.test(titleParts[titleParts.length - 1] ?? '')
    )
      inTitle = false;
    if (!inTitle) {
      after.push(text);
      continue;
    }
    const end = titleEnd(text);
    if (end < 0) {
      titleParts.push(text);
      continue;
    }
    titleParts.push(text.slice(0, end + 1));
    const rest = text.slice(end + 1).trim();
    if (rest) after.push(rest);
    inTitle = false;
  }
  const reportBy: string[] = [];
  const note: string[] = [];
  for (const fragment of after) {
    const continuesOfficer =
      reportBy.length > 0 &&
      note.length === 0 &&
      !NOTE_START.test(fragment) &&
      !/\.$/.test(fragment) &&
      fragment.length < 50;
    const officer = fragment.replace(REPORT_OF_PREFIX, '');
    if (note.length === 0 && OFFICER.test(officer) && officer !== fragment) reportBy.push(officer);
    else if (note.length === 0 && (OFFICER.test(fragment) || continuesOfficer))
      reportBy.push(fragment);
    else note.push(fragment);
  }
  return {
    number: draft.number,
    title: tidyTitle(joinWrapped(titleParts)),
    reportBy: joinWrapped(reportBy) || null,
    pages,
    note: joinWrapped(note) || null,
    source: sourceOf(lines, draft.from, draft.to),
  };
}

function followsInSequence(previous: ItemDraft | undefined, number: number, letter: string) {
  if (!previous) return number <= 3;
  const last = Number.parseInt(previous.number, 10);
  if (letter) return number === last || number === last + 1;
  return number === last + 1 || number === last + 2;
}

const FIRST_ITEMS_WINDOW = 12;

/**
 * Where the agenda's items begin in lines[from..to): a line numbered 1 followed within a few lines
 * by one numbered 2, or -1. Finds an agenda printed with no "Agenda" heading, or under a heading
 * that opens the front sheet (modern.gov's "Agenda" title above the meeting details).
 */
export function firstAgendaItemAt(lines: PackLine[], from: number, to: number): number {
  for (let index = from; index < to; index += 1) {
    const start = ITEM_START.exec((lines[index]?.text ?? '').trim());
    if (!start || start[1] !== '1' || start[2]) continue;
    let seen = 0;
    for (let next = index + 1; next < to && seen < FIRST_ITEMS_WINDOW; next += 1) {
      const text = (lines[next]?.text ?? '').trim();
      if (!text) continue;
      seen += 1;
      if (ITEM_START.exec(text)?.[1] === '2') return index;
    }
  }
  return -1;
}

/** Reads the agenda items in lines[from..to) (from is the "AGENDA" heading or the first item). */
export function parseAgenda(lines: PackLine[], from: number, to: number): AgendaItem[] {
  const drafts: Array<ItemDraft & { parentOf?: boolean }> = [];
  let closed = false;
  let gap = false;
  for (let index = from; index < to; index += 1) {
    const text = (lines[index]?.text ?? '').trim();
    if (!text) gap = true;
    if (!text || COLUMN_HEADINGS.test(text)) continue;
    const afterGap = gap;
    gap = false;
    const previous = drafts[drafts.length - 1];
    const start = ITEM_START.exec(text);
    const sub = SUB_ITEM.exec(text);
    const lettered = previous ? LETTERED_ITEM.exec(text) : null;
    const base = previous ? Number.parseInt(previous.number, 10) : NaN;
    const push = (number: string, rest: string): void => {
      const all = rest.split('\t').map((cell) => cell.trim());
      // A table row may print a ward or other column before the title: the title is the
      // upper-case cell where the row has one.
      const titleCell = all.findIndex((cell) => isUpperCaseText(cell) && cell.length > 8);
      const cells = (titleCell > 0 ? all.slice(titleCell) : all).filter(
        (cell, position) => position === 0 || cell !== '',
      );
      drafts.push({
        number,
        from: index,
        to: index,
        fragments: cells.map((cell, position) => ({ text: cell.trim(), newCell: position > 0 })),
      });
      closed = false;
    };
    if (sub && Number(sub[1]) === base) {
      push(`${sub[1]}.${sub[2]}`, sub[3] ?? '');
      continue;
    }
    if (lettered && previous && !Number.isNaN(base)) {
      const letter = lettered[1] ?? lettered[2] ?? '';
      const last = /[a-z]$/.exec(previous.number)?.[0] ?? '';
      const expected = last ? String.fromCharCode(last.charCodeAt(0) + 1) : 'a';
      const title = lettered[3] ?? '';
      if (letter === expected && /^[A-Z]/.test(title)) {
        if (!last) previous.parentOf = true;
        push(`${base}${letter}`, title);
        continue;
      }
    }
    if (start && followsInSequence(previous, Number(start[1]), start[2] ?? '')) {
      push(`${start[1]}${start[2] ?? ''}`, start[3] ?? '');
      continue;
    }
    if (!previous) continue;
    if (isAllCapitalsHeading(text) || /^[-•]\s/.test(text)) {
      closed = true;
      continue;
    }
    if (closed) continue;
    const joinsTitle =
      /^[a-z]/.test(text) ||
      WRAPPED_PHRASE_END.test(previous.fragments[previous.fragments.length - 1]?.text ?? '');
    text.split('\t').forEach((cell, position) => {
      previous.fragments.push({
        text: cell.trim(),
        newCell: position > 0 || (afterGap && !joinsTitle),
      });
    });
    previous.to = index;
  }
  return drafts.filter((draft) => !draft.parentOf).map((draft) => readItem(draft, lines));
}
