// Names the body a paper belongs to, as councils print it in their headings ("Minutes of a meeting
// of the Executive of the Bolsover District Council", "THE FIFE COUNCIL - … COMMITTEE – BLENDED
// MEETING", "Decisions of the … Committee", a body's name alone above the date), and gives the key
// that makes "Scrutiny Committee", "SCRUTINY" and "The Scrutiny Committee" one committee.

import { findDates } from './dates';

const BODY_WORDS =
  /\b(?:committee|sub-committee|cabinet|board|panel|executive|forum|commission|scrutiny|council)\b/i;
const INTRO =
  /^(?:(?:the\s+)?(?:printed\s+)?(?:minutes|decisions|record|summary of decisions)\s+of\s+(?:an?\s+|the\s+)?(?:(?:extraordinary|special|annual|budget|ordinary)\s+)?(?:meeting\s+of\s+)?(?:the\s+)?)/i;
const HELD = /\s+(?:held|to be held|which took place|meeting held)\b.*$|\s+on\s+\S+day\b.*$/i;
/** "Kent County Council", "Bolsover District Council", "The Highland Council", "Cyngor Gwynedd Council". */
const COUNCIL =
  /^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:county borough|county|city|district|borough|metropolitan borough|town|parish|corporation)?\s*council$|^(?:the\s+)?[\w\s'’.-]{2,40}\bcorporation$/i;
const COUNCIL_KINDS =
  /^(?:(?:the\s+)?[\w'’.-]+\s+){1,4}((?:county borough|county|city|district|borough)\s+council)$/i;
const NOT_A_NAME = /^(?:record of the meeting|minutes|agenda|decisions|present|public)\b/i;

/** A body's name without its council: "Executive of the Bolsover District Council" → both parts. */
export function splitCouncil(name: string): { committee: string; council: string | null } {
  let text = name.trim().replace(/\s+/g, ' ');
  let council: string | null = null;
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+\b(?:council|corporation))$/i.exec(text);
  if (of && !/\bcouncil$/i.test(of[1] ?? '')) {
    text = of[1] ?? text;
    council = of[2] ?? null;
  }
  const dashed = /^((?:the\s+)?[\w\s'’.-]{2,40}?\bcouncil)\s*[-–—:]\s*(.+)$/i.exec(text);
  if (dashed) {
    council = dashed[1] ?? null;
    text = dashed[2] ?? text;
  }
  text = text
    .replace(
      /\s*[-–—]\s*(?:(?:blended|virtual|remote|hybrid|special|extraordinary)\s+)?meeting$/i,
      '',
    )
    .replace(/^the\s+/i, '')
    .trim();
  if (
    COUNCIL.test(text) &&
    !/^(?:(?:county borough|county|city|district|borough|town)\s+)?council$/i.test(text)
  ) {
    council = text;
    const kind = COUNCIL_KINDS.exec(text);
    text = kind ? (kind[1] ?? 'Council') : 'Council';
    text = text.replace(/\b\w/g, (letter) => letter.toUpperCase());
  }
  return { committee: text, council };
}

/** The committee (and council) named in the heading lines of minutes or a decision record. */
export function readCommitteeHeader(headerLines: string[]): {
  committee: string | null;
  council: string | null;
} {
  let council: string | null = null;
  for (const raw of headerLines) {
    const text = raw.trim();
    if (!INTRO.test(text)) continue;
    const body = text.replace(INTRO, '').replace(HELD, '').replace(/[.,]$/, '');
    const dates = findDates(body);
    const name = dates.length > 0 ? body.slice(0, dates[0]!.index).trim() : body;
    if (
      name &&
      name.split(/\s+/).length <= 14 &&
      !/^(?:the\s+)?meeting$/i.test(name) &&
      !/\b(?:subject to|approval|correct record)\b/i.test(name)
    )
      return splitCouncil(name);
  }
  for (const needBodyWord of [true, false]) {
    for (const raw of headerLines) {
      const text = raw.trim();
      if (!text || text.length > 150 || NOT_A_NAME.test(text) || /\.$/.test(text)) continue;
      if (findDates(text).length > 0 || /\d/.test(text)) continue;
      if (
        needBodyWord
          ? !BODY_WORDS.test(text)
          : !(text === text.toUpperCase() && /[A-Z]{4}/.test(text))
      )
        continue;
      const split = splitCouncil(text.replace(/^meeting of (?:the )?/i, ''));
      if (split.committee === 'Council' && split.council) {
        council ??= split.council;
        continue;
      }
      return { committee: split.committee, council: split.council ?? council };
    }
  }
  return { committee: null, council };
}

/**
 * The key under which variants of one body's name are the same committee: case, "&"/"and", a
 * leading "The", a trailing "Committee" and punctuation do not matter.
 */
export function committeeKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ committee$/, '')
    .trim();
}

/** Whether text reads as a body's name ("County Council", "Cabinet", "Adult Social Care Committee"). */
export function isBodyName(text: string): boolean {
  const name = text.trim();
  return (
    name.length > 2 &&
    name.split(/\s+/).length <= 12 &&
    /^[A-Z]/.test(name) &&
    !/[.,;:]$/.test(name) &&
    BODY_WORDS.test(name) &&
    !/\b(?:all members|members of)\b/i.test(name)
  );
}
