// Reads the inside of one numbered minute: its narrative, the "Arising from the discussion" points,
// the RESOLVED block, questions put at question time, declarations and commitments in passing.

import { sourceOf, splitBlock, type TextBlock } from './lines';
import { parseQuestions } from './questions';
import {
  BODY_DECISION,
  BODY_LEAD_IN,
  RESOLUTION_HEADING,
  commitmentsIn,
  continuesResolution,
  readResolutions,
  sentencesOf,
  type ResolutionEntry,
} from './resolutions';
import type { Minute, PackLine, Resolution } from '../agenda-pack';

const DISCUSSION_INTRO =
  /^arising from (?:the )?discussions?\b|\bthe following (?:points|comments|questions)(?: were)? (?:made|raised|noted)\b/i;
const POINT_MARKER =
  /^(?:[-•]\s*)?(?:\(?[ivxlc]+[.)]|\(?[a-z][.)]|\(?\d{1,2}[.)]|\d{1,3}\.\d{1,2}\.?)\s+|^[-•–]\s+/i;
const DECLARATION =
  /\bdeclared an? (?:[\w-]+ ){0,4}interests?\b|\binterests? (?:was|were) declared\b/i;
const MAX_SUBHEADING = 80;

type Mode = 'body' | 'discussion' | 'resolution';

interface Entry {
  text: string;
  from: number;
  to: number;
}

/** Splits a block's lines into list entries: a marked line starts an entry, others continue it. */
function entriesOf(block: TextBlock, lines: PackLine[]): Entry[] {
  const entries: Entry[] = [];
  let index = block.from;
  for (const text of block.lines) {
    while (index < block.to && !(lines[index]?.text ?? '').trim().endsWith(text)) index += 1;
    const last = entries[entries.length - 1];
    if (last && !POINT_MARKER.test(text)) {
      last.text = `${last.text} ${text}`;
      last.to = index;
    } else {
      entries.push({ text, from: index, to: index });
    }
  }
  return entries;
}

function stripMarker(text: string): string {
  return text.replace(POINT_MARKER, '').trim();
}

function isSubheadingText(text: string): boolean {
  return text.length < MAX_SUBHEADING && !/[.:;]$/.test(text) && !POINT_MARKER.test(text);
}

function isSubheading(block: TextBlock): boolean {
  return block.lines.length === 1 && isSubheadingText(block.text);
}

/**
 * Splits blocks before a line opening with a decision formula ("Moved by … and seconded by …"
 * then "RESOLVED that …" with no gap), so the formula always opens its own block.
 */
function splitAtFormulas(blocks: TextBlock[], lines: PackLine[]): TextBlock[] {
  return blocks.flatMap((block) => {
    const parts: TextBlock[] = [];
    let rest = block;
    for (;;) {
      const at = rest.lines.findIndex(
        (text, offset) => offset > 0 && RESOLUTION_HEADING.test(text),
      );
      if (at <= 0) break;
      const [head, tail] = splitBlock(rest, at, lines);
      parts.push(head);
      rest = tail;
    }
    parts.push(rest);
    return parts;
  });
}

/** The parts of a minute other than its number, title and source. */
export type MinuteContent = Omit<Minute, 'number' | 'title' | 'source'> & {
  hasEmptyResolution: boolean;
};

/** Reads a minute's paragraphs (everything after its heading). */
export function readMinuteBody(
  title: string,
  blocks: TextBlock[],
  lines: PackLine[],
): MinuteContent {
  const body: string[] = [];
  const discussionPoints: string[] = [];
  const entries: ResolutionEntry[] = [];
  const commitments: Resolution[] = [];
  const isQuestionMinute = /\bquestion/i.test(title) && !/declaration/i.test(title);
  let mode: Mode = 'body';
  let resolutionHeadings = 0;
  let entriesAtHeading = 0;
  let emptyResolution = false;
  const closeResolution = (): void => {
    if (mode === 'resolution' && entries.length === entriesAtHeading) emptyResolution = true;
  };
  for (const block of splitAtFormulas(blocks, lines)) {
    const heading = RESOLUTION_HEADING.exec(block.lines[0] ?? '');
    if (heading) {
      closeResolution();
      mode = 'resolution';
      resolutionHeadings += 1;
      entriesAtHeading = entries.length;
      const rest = [heading[1] ?? '', ...block.lines.slice(1)].filter((text) => text.trim());
      if (rest.length === 0) continue;
      const restBlock = { ...block, lines: rest, text: rest.join(' ') };
      for (const entry of entriesOf(restBlock, lines)) {
        entries.push({ text: entry.text, source: sourceOf(lines, entry.from, entry.to) });
      }
      continue;
    }
    if (mode === 'resolution') {
      const lastEntry = entries.length > entriesAtHeading ? entries[entries.length - 1] : undefined;
      // A list the decision introduced ("RESOLVED that Council:" then "1. Notes …") runs on while
      // its items are marked; a line the layout cut off from its item carries that item on.
      const listOpen =
        lastEntry !== undefined &&
        (/:-?$/.test(lastEntry.text) || POINT_MARKER.test(lastEntry.text));
      if (
        continuesResolution(block.text, entries.length === entriesAtHeading) ||
        (listOpen && POINT_MARKER.test(block.text))
      ) {
        for (const entry of entriesOf(block, lines)) {
          entries.push({ text: entry.text, source: sourceOf(lines, entry.from, entry.to) });
        }
        continue;
      }
      if (
        lastEntry &&
        listOpen &&
        !/[.;:!?]["'’”)]?$|\band$/.test(lastEntry.text) &&
        block.text.length < 200 &&
        !RESOLUTION_HEADING.test(block.lines[0] ?? '')
      ) {
        lastEntry.text = `${lastEntry.text} ${block.text}`;
        continue;
      }
      closeResolution();
      mode = 'body';
    }
    if (BODY_LEAD_IN.test(block.lines[0] ?? '') || BODY_DECISION.test(block.text)) {
      const listFollows = block.lines.length === 1 && /:-?$/.test(block.text);
      if (BODY_LEAD_IN.test(block.lines[0] ?? '') || listFollows) {
        closeResolution();
        mode = 'resolution';
        entriesAtHeading = entries.length;
        const rest = block.lines.slice(1);
        if (rest.length > 0) {
          const restBlock = { ...block, lines: rest, text: rest.join(' ') };
          for (const entry of entriesOf(restBlock, lines)) {
            entries.push({ text: entry.text, source: sourceOf(lines, entry.from, entry.to) });
          }
        }
        continue;
      }
      const listed = entriesOf(block, lines);
      const marked = listed.filter((entry) => POINT_MARKER.test(entry.text));
      for (const entry of marked.length > 1 ? marked : [listed[0] ?? entriesOf(block, lines)[0]!]) {
        entries.push({ text: entry.text, source: sourceOf(lines, entry.from, entry.to) });
      }
      body.push(block.text);
      continue;
    }
    if (DISCUSSION_INTRO.test(block.text) && !isQuestionMinute) {
      mode = 'discussion';
      body.push(block.text);
      continue;
    }
    if (mode === 'discussion') {
      const points = entriesOf(block, lines).filter(
        (entry, position) =>
          position > 0 || POINT_MARKER.test(entry.text) || !isSubheadingText(entry.text),
      );
      if (points.some((entry) => POINT_MARKER.test(entry.text))) {
        for (const entry of points) {
          const point = stripMarker(entry.text);
          discussionPoints.push(point);
          commitments.push(...commitmentsIn(point, sourceOf(lines, entry.from, entry.to)));
        }
        continue;
      }
      if (isSubheading(block)) continue;
      mode = 'body';
    }
    body.push(block.text);
    if (!isQuestionMinute) {
      commitments.push(...commitmentsIn(block.text, sourceOf(lines, block.from, block.to)));
    }
  }
  closeResolution();
  const allText = blocks.map((block) => block.text).join(' ');
  const declarations = sentencesOf(allText).filter((sentence) => DECLARATION.test(sentence));
  const kind = /\bmembers?'?\b/i.test(title) ? 'member' : 'public';
  const questions = isQuestionMinute
    ? parseQuestions(
        blocks.map((block) => ({
          text: block.text,
          source: sourceOf(lines, block.from, block.to),
        })),
        kind,
      )
    : [];
  return {
    body: body.join('\n\n'),
    discussionPoints,
    resolutions: [...readResolutions(entries), ...commitments],
    questions,
    declarations,
    hasEmptyResolution: emptyResolution || (resolutionHeadings > 0 && entries.length === 0),
  };
}
