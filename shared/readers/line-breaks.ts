// Finds paragraph breaks in text that has no blank lines (what PDF text extraction gives), so the
// block-based parsers see a minute heading, a RESOLVED line or a report heading as a part of its own.

import { RESOLUTION_HEADING } from './resolutions';
import type { PackLine } from '../agenda-pack';

/** A page counts as gapless when fewer than one line in this many is blank between content. */
const GAPLESS_RATIO = 10;
const MAX_HEADING_WORDS = 10;
const HEADING_SHARE_OF_WIDTH = 0.7;
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const ATTENDANCE_LABEL =
  /^(?:members\s+)?(?:present|also\s+present|(?:also\s+)?in\s+attendance|officers?\s+(?:present|in\s+attendance)|apologies)\b/i;
/** "23. Title", "2 Title", "1.1\tText", "CSC/23/45 Title", "45/25 Title": a numbered part. */
const NUMBERED_START =
  /^(?:\d{1,3}(?:\.\d{1,2})*[.)]?|[A-Z]{1,6}\/\d{1,4}(?:\/\d{1,4})?|\d{1,3}\/\d{2,4})[ \t]+(\S+)/;
/** The close of a set of minutes: "The meeting ended at 12.15 pm", then "Chair" to sign. */
const CLOSING =
  /^(?:the meeting (?:ended|closed|finished|concluded|rose|terminated)\b|(?:chair(?:man|woman|person)?|signed)\s*\.*$)/i;
const WRAPPED_END = /\b(?:of|and|the|for|in|on|to|with|by|under|at|a|an|or|&)$/i;
const SENTENCE_END = /[.:;!?]["'’”)]?$/;

/** Whether a line opens a numbered part (the word after the number is capitalised, not a month). */
export function opensNumberedPart(text: string): boolean {
  const match = NUMBERED_START.exec(text);
  const word = match?.[1] ?? '';
  return match !== null && /^[A-Z(‘'"]/.test(word) && !MONTH.test(word);
}

function isHeadingLike(text: string, pageWidth: number): boolean {
  return (
    /^[A-Z]/.test(text) &&
    !SENTENCE_END.test(text) &&
    !/[,\t]/.test(text) &&
    !WRAPPED_END.test(text) &&
    text.split(/\s+/).length <= MAX_HEADING_WORDS &&
    text.length <= pageWidth * HEADING_SHARE_OF_WIDTH
  );
}

/** The pages whose content lines are not separated by blank lines, with each page's text width. */
function gaplessPages(lines: PackLine[]): Map<number, number> {
  const stats = new Map<
    number,
    { content: number; gaps: number; pending: number; widths: number[] }
  >();
  for (const line of lines) {
    const page = stats.get(line.page) ?? { content: 0, gaps: 0, pending: 0, widths: [] };
    stats.set(line.page, page);
    const text = line.text.trim();
    if (!text) {
      if (page.content > 0) page.pending += 1;
      continue;
    }
    page.gaps += page.pending > 0 ? 1 : 0;
    page.pending = 0;
    page.content += 1;
    page.widths.push(text.length);
  }
  const gapless = new Map<number, number>();
  for (const [page, { content, gaps, widths }] of stats) {
    if (content === 0 || gaps * GAPLESS_RATIO > content) continue;
    const sorted = [...widths].sort((a, b) => a - b);
    gapless.set(page, sorted[Math.floor(sorted.length * 0.9)] ?? 0);
  }
  return gapless;
}

/**
 * The indexes of lines that start a new paragraph although no blank line comes before them: on
 * gapless pages only, a numbered part, a RESOLVED heading, an attendance label, the minutes' close,
 * or a short heading between sentences; and the line after a heading (numbered or not).
 */
export function unmarkedBreaks(lines: PackLine[]): Set<number> {
  const breaks = new Set<number>();
  const gapless = gaplessPages(lines);
  let previous = '';
  let previousWasHeading = false;
  lines.forEach((line, index) => {
    const text = line.text.trim();
    const width = gapless.get(line.page);
    if (!text || width === undefined) {
      previous = text;
      previousWasHeading = false;
      return;
    }
    const next = (lines[index + 1]?.text ?? '').trim();
    const numberedTitle = NUMBERED_START.exec(text);
    const titleText = numberedTitle
      ? text.slice(numberedTitle[0].length - (numberedTitle[1] ?? '').length)
      : '';
    const heading =
      /^[A-Z0-9(‘'"]/.test(next) &&
      (numberedTitle
        ? opensNumberedPart(text) && isHeadingLike(titleText, width)
        : isHeadingLike(text, width) &&
          (SENTENCE_END.test(previous) || previousWasHeading || previous === ''));
    if (
      opensNumberedPart(text) ||
      RESOLUTION_HEADING.test(text) ||
      ATTENDANCE_LABEL.test(text) ||
      CLOSING.test(text) ||
      heading ||
      previousWasHeading
    )
      breaks.add(index);
    previous = text;
    previousWasHeading = heading;
  });
  return breaks;
}
