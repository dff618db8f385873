// Reads what a committee resolved (RESOLVED blocks, one sentence, lettered (a), (b) … or numbered) and the
// commitments recorded in passing ("would be circulated"), which a chair follows up later.

import type { Resolution, ResolutionKind, SourceRange } from '../agenda-pack';

/**
 * A decision formula opening a line, and any text printed after it on the same line: "RESOLVED:",
 * "RESOLVED that …", "RESOLVED – T H A T", "UNANIMOUSLY RESOLVED TO RECOMMEND TO COUNCIL that",
 * "AGREED", "RECOMMENDED", "Decision" / "Decision:", "Action:" (a record of decisions),
 * "Recommendations:" (a select committee's list).
 */
export const RESOLUTION_HEADING =
  /^(?:\(?\d{1,3}[.)]\s+)?(?:(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b(?:\s+TO\s+RECOMMEND\s+TO\s+(?:THE\s+)?(?:FULL\s+)?COUNCIL\b)?|(?:Unanimously\s+)?(?:Resolved|Agreed|Decided|Recommended)(?=\s*[:–—-]|\s+that\b|\s*$)|(?:DECISIONS?|Decisions?)(?=\s*[:–—-]|\s*$)|Recommendations?(?=\s*:)|Action(?=\s*:))\s*[:–—-]*\s*(.*)$/;
/** "The Committee:", "Thereafter, the Committee:-": a lead-in to a list of decisions. */
export const BODY_LEAD_IN =
  /^(?:[A-Z][a-z]+(?: [a-z]+){0,3},\s+)?the (?:committee|sub-committee|cabinet|board|council|panel|executive|commission|forum)\s*(?::-?|[–—])\s*$/i;
/** "The Committee NOTED …", "After discussion, the Committee agreed: …": a decision in a sentence. */
export const BODY_DECISION =
  /^(?:[A-Z][a-z]+(?: [a-z]+){0,3},\s+)?the (?:committee|sub-committee|cabinet|board|council|panel|executive|commission|forum)\s+(?:unanimously\s+)?(?:noted(?!\s+that\b)|agreed|approved|adopted|endorsed|resolved|decided|recommended)\b/i;
const LETTERED = /^[-•]?\s*(?:\(([a-z])\)|([a-z])[.)])\s+(.*)$/;
/** "1. the report be noted" / "(2) That …": numbered, labelled with the number as printed. */
const NUMBERED = /^[-•]?\s*(?:\((\d{1,2})\)|(\d{1,2})[.)])\s+(.*)$/;
/** "That", "that:", "That the Committee:" printed before the lettered or numbered resolutions. */
const LEAD_IN = /^(?:that|t h a t|.{0,60}:-?)$/i;
/** A decision numbered 7.1, 7.2 under its minute, or marked i., ii., or with a bullet. */
const OTHER_MARK = /^(?:\d{1,3}\.\d{1,2}\.?\s|\(?[ivx]{1,5}[.)]\s|[-•–]\s)/i;
const ABBREVIATION = /^(mr|mrs|ms|dr|st|no|cllr|e\.g|i\.e|etc|[a-z])$/i;

/** Sorts a resolution into the kinds a chair tracks differently. */
export function classifyResolution(text: string): ResolutionKind {
  if (
    /\b(?:be|is|are|was|were|been)\s+(?:requested|asked|invited)\b|\brequests?\s+that\b/i.test(text)
  )
    return 'request';
  if (
    /\brecommend|\bendorse|\bsupports\b|\bsupport(?:ed)? the (?:proposals?|recommendations?)\b/i.test(
      text,
    )
  )
    return 'recommendation';
  // A RESOLVED text that something be brought back is the committee asking for it; 'commitment'
  // is kept for undertakings officers give in passing (commitmentsIn).
  if (
    /\b(?:would|will|to) be (?:provided|circulated|brought|presented|submitted|shared|reported|considered at)\b|\bfurther report\b/i.test(
      text,
    )
  )
    return 'request';
  if (/\b(?:be|is|are|was|were|been)\s+noted\b|^it was noted\b|^noted\b/i.test(text))
    return 'noting';
  return 'decision';
}

/** One list entry under a RESOLVED heading, already joined from its wrapped lines. */
export interface ResolutionEntry {
  text: string;
  source: SourceRange;
}

/** Turns the entries printed under a RESOLVED heading into resolutions, keeping (a), (b) apart. */
export function readResolutions(entries: ResolutionEntry[]): Resolution[] {
  const isListed = (entry: ResolutionEntry | undefined): boolean =>
    entry !== undefined &&
    (LETTERED.test(entry.text) || NUMBERED.test(entry.text) || OTHER_MARK.test(entry.text));
  return entries
    .filter(
      (entry, position) => !(LEAD_IN.test(entry.text.trim()) && isListed(entries[position + 1])),
    )
    .map((entry) => {
      const lettered = LETTERED.exec(entry.text);
      const numbered = lettered ? null : NUMBERED.exec(entry.text);
      const label = lettered
        ? (lettered[1] ?? lettered[2] ?? null)
        : (numbered?.[1] ?? numbered?.[2] ?? null);
      const printed = lettered ? (lettered[3] ?? '') : (numbered?.[3] ?? entry.text);
      const text = printed.replace(/^[-•]\s*/, '').trim();
      return { label, text, kind: classifyResolution(text), source: entry.source };
    })
    .filter((resolution) => resolution.text !== '');
}

/** Whether a paragraph after a RESOLVED heading still belongs to it. */
export function continuesResolution(text: string, isFirst: boolean): boolean {
  if (isFirst) return true;
  if (OTHER_MARK.test(text)) return true;
  const numbered = NUMBERED.exec(text);
  if (numbered) return /^that\b/i.test(numbered[3] ?? '') || /^[a-z]/.test(numbered[3] ?? '');
  return LETTERED.test(text) || /^(?:that|it was)\b/i.test(text.replace(/^[-•]\s*/, ''));
}

/** Splits prose into sentences without breaking at "Mr." or initials. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/(\S+)[.!?]["'’”)]?\s+(?=[A-Z“"‘'])/g)) {
    if (ABBREVIATION.test(match[1] ?? '')) continue;
    const end = (match.index ?? 0) + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) sentences.push(last);
  return sentences;
}

const ALWAYS_A_COMMITMENT =
  /\bwould be circulated\b|\bundert(?:ook|akes) to\b|\bpromised to\b|\bagreed to (?:provide|circulate|share|send|report|look into|investigate|write|arrange|feed back|follow up|bring)\b/i;
const DELIVERY =
  /\b(?:would|will) be (?:provided|shared|sent|made available|forwarded|reported|presented|submitted|brought back)\b/i;
const TO_THE_COMMITTEE =
  /\bfurther (?:information|details|data|report|update|briefing)\b|\b(?:members|the committee|councillors|the commission|the panel|the board|future meeting|next meeting|a future|in due course)\b/i;

function isCommitment(sentence: string): boolean {
  return (
    ALWAYS_A_COMMITMENT.test(sentence) ||
    (DELIVERY.test(sentence) && TO_THE_COMMITTEE.test(sentence))
  );
}

/** Sentences recording a commitment made in passing, as resolutions of kind 'commitment'. */
export function commitmentsIn(text: string, source: SourceRange): Resolution[] {
  return sentencesOf(text)
    .filter(isCommitment)
    .map((sentence) => ({
      label: null,
      text: sentence.replace(/^[-•]\s*(?:\(?[ivxlc]+[.)]\s*)?/i, ''),
      kind: 'commitment' as const,
      source,
    }));
}
