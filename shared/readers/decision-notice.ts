// Reads a published decisions notice (modern.gov "Decisions published": one block per decision,
// "Made at meeting: 14/11/2023 - The Cabinet", "(item 9)", "Decision: …"): each meeting named
// becomes a record of that meeting, each decision a minute numbered by its agenda item.

import { blocksOf, sourceOf, type TextBlock } from './lines';
import { findDates } from './dates';
import { splitCouncil } from './committee-names';
import { classifyResolution } from './resolutions';
import type { Minute, MinutesOfMeeting, PackLine, Resolution } from '../agenda-pack';

const MADE_AT = /^made at meeting\s*:\s*(.+?)\s*[-–]\s*(.+)$/i;
const TITLE_LINE = /^\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]\s*(.+?)(?:\s+ref:?\s*\d+.*)?$/i;
const ITEM = /\((?:agenda\s+)?item\s+([A-Z]?\d{1,3}[a-z]?)\)/i;
const DECISION = /^decisions?\s*:\s*(.*)$/i;
const ENDS_DECISION =
  /^(?:lead officer|reasons?|alternative options|interests? and dispensations|report author|contact|wards? affected|subject to call-in|accompanying documents|decision maker|made at meeting|decision published|effective from)\b/i;
const NUMBERED = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+\S/i;
const DECISION_VERB =
  /^(?:to\s+|that\s+)?(?:accept|approve|ask|agree|note|adopt|endorse|refer|recommend|delegate|authori[sz]e|request|support|reject|defer|establish|grant|confirm|resolve|instruct|commission|allocate|award|proceed)/i;

interface Draft {
  title: string;
  item: string | null;
  date: string | null;
  body: string | null;
  decision: TextBlock[];
  from: number;
  to: number;
}

/** How many decisions a decision's text records: numbered ones, else paragraphs opening with a verb. */
function decisionsIn(blocks: TextBlock[], lines: PackLine[]): Resolution[] {
  const numbered = blocks.flatMap((block) =>
    block.lines.flatMap((text, offset) =>
      NUMBERED.test(text) ? [{ text, at: block.from + offset }] : [],
    ),
  );
  const entries =
    numbered.length > 0
      ? numbered
      : blocks
          .filter((block, position) => position === 0 || DECISION_VERB.test(block.text))
          .map((block) => ({ text: block.text, at: block.from }));
  return entries.map((entry) => {
    const text = entry.text.replace(NUMBERED, (marker) => marker.slice(-1)).trim();
    return {
      label: null,
      text,
      kind: classifyResolution(text),
      source: sourceOf(lines, entry.at, entry.at),
    };
  });
}

/** The meetings a decisions notice records, or [] when the text is not such a notice. */
export function readDecisionNotice(lines: PackLine[]): MinutesOfMeeting[] {
  if (!lines.some((line) => MADE_AT.test(line.text.trim()))) return [];
  const drafts: Draft[] = [];
  let inDecision = false;
  for (const block of blocksOf(lines)) {
    const first = block.lines[0] ?? '';
    const title = TITLE_LINE.exec(first);
    if (title && /\bref\b/i.test(first)) {
      drafts.push({
        title: (title[1] ?? '').trim(),
        item: null,
        date: null,
        body: null,
        decision: [],
        from: block.from,
        to: block.to,
      });
      inDecision = false;
      continue;
    }
    const current = drafts[drafts.length - 1];
    if (!current) continue;
    current.to = block.to;
    const item = ITEM.exec(block.text);
    if (item && !current.item) current.item = item[1] ?? null;
    const made = MADE_AT.exec(first);
    if (made) {
      current.date = findDates(made[1] ?? '')[0]?.iso ?? null;
      current.body = splitCouncil(made[2] ?? '').committee;
      inDecision = false;
      continue;
    }
    const decision = DECISION.exec(first);
    if (decision) {
      inDecision = true;
      const rest = [decision[1] ?? '', ...block.lines.slice(1)].filter((text) => text.trim());
      if (rest.length > 0) current.decision.push({ ...block, lines: rest, text: rest.join(' ') });
      continue;
    }
    if (ENDS_DECISION.test(first)) inDecision = false;
    else if (inDecision) current.decision.push(block);
  }
  const meetings = new Map<string, MinutesOfMeeting>();
  for (const draft of drafts) {
    if (!draft.date || !draft.body) continue;
    const key = `${draft.date}|${draft.body.toLowerCase()}`;
    const meeting = meetings.get(key) ?? {
      committee: draft.body,
      council: null,
      date: draft.date,
      location: null,
      attendance: { chair: null, present: [], inAttendance: [], apologies: [] },
      minutes: [],
      startTime: null,
      endTime: null,
      source: sourceOf(lines, draft.from, draft.to),
    };
    const minute: Minute = {
      number: draft.item ?? String(meeting.minutes.length + 1),
      title: draft.title,
      body: draft.decision.map((block) => block.text).join('\n\n'),
      discussionPoints: [],
      resolutions: decisionsIn(draft.decision, lines),
      questions: [],
      declarations: [],
      source: sourceOf(lines, draft.from, draft.to),
    };
    meeting.minutes.push(minute);
    meetings.set(key, meeting);
  }
  for (const meeting of meetings.values()) {
    meeting.minutes.sort((a, b) => Number.parseInt(a.number, 10) - Number.parseInt(b.number, 10));
  }
  return [...meetings.values()];
}
