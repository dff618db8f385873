// Reads the number printed before a minute's heading in the many ways councils print it: "12.",
// "560 Apologies", "12/23", "38/23 … [Item 1]", "EX45-23/24", "HP 23/16", "CAB 45", "OSC.12",
// "CSC/23/45", lettered "5a", and tells apart the shapes so a numbered paragraph inside a minute
// is never read as the next minute.

export type HeadingShape = 'plain' | 'slash-year' | 'prefixed';

export interface MinuteNumber {
  /** As printed: "45", "CSC/23/45", "45/25", "EX45-23/24", "5a". */
  printed: string;
  /** The number that runs on through the council year. */
  number: number;
  /** A letter after the number ("5a"), '' when none. */
  letter: string;
  shape: HeadingShape;
  title: string;
}

const PREFIXED =
  /^([A-Z]{1,6}(?:\/\d{2,4}\/|\s?\.?\s?)(\d{1,4})(?:\s?[-/]\s?\d{2,4}(?:\/\d{2,4})?)?)\.?\s+(\S.*)$/;
const SLASH_YEAR = /^((\d{1,4})\/(?:\d{2}|\d{4})(?:\/\d{2})?)\.?\s+(\S.*)$/;
const PLAIN = /^((\d{1,4})([a-z])?)\.?\s+(\S.*)$/;
/** "[Item 1]", "(Item A4)", "(Agenda item 5)" printed after the heading's title. */
const ITEM_REFERENCE = /\s*[[(](?:agenda\s+)?item\s+[A-Z]?\d{1,3}[a-z]?[\])]\s*$/i;
/** Words a prefix never is: a sentence starting "A 12 month …" or a month name. */
const NOT_A_PREFIX =
  /^(?:A|I|Q|AN|THE|TO|OF|IN|ON|AT|BY|NO|ITEM|PAGE|PART|ROOM|TEL|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)$/;

/** Strips "[Item 1]" and similar references from a heading's title. */
export function withoutItemReference(title: string): string {
  return title.replace(ITEM_REFERENCE, '').trim();
}

/** The minute number at the start of a line, or null. */
export function readMinuteNumber(text: string): MinuteNumber | null {
  const prefixed = PREFIXED.exec(text);
  if (prefixed) {
    const code = /^[A-Z]+/.exec(prefixed[1] ?? '')?.[0] ?? '';
    if (!NOT_A_PREFIX.test(code)) {
      return {
        printed: (prefixed[1] ?? '').trim(),
        number: Number(prefixed[2]),
        letter: '',
        shape: 'prefixed',
        title: prefixed[3] ?? '',
      };
    }
  }
  const slash = SLASH_YEAR.exec(text);
  if (slash) {
    return {
      printed: slash[1] ?? '',
      number: Number(slash[2]),
      letter: '',
      shape: 'slash-year',
      title: slash[3] ?? '',
    };
  }
  const plain = PLAIN.exec(text);
  if (plain) {
    return {
      printed: plain[1] ?? '',
      number: Number(plain[2]),
      letter: plain[3] ?? '',
      shape: 'plain',
      title: plain[4] ?? '',
    };
  }
  return null;
}

/** Whether text is printed in capitals (an upper-case heading), ignoring figures and marks. */
export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export interface HeadingContext {
  number: number;
  letter: string;
  shape: HeadingShape;
  /** Every heading so far was printed in capitals. */
  upperCase: boolean;
  count: number;
}

/**
 * Whether a numbered line is the next minute after `last`: the same shape as the minutes before
 * it, the number running on (or a letter after the same number), and the same case once the
 * minutes have shown theirs.
 */
export function followsMinute(heading: MinuteNumber, last: HeadingContext | null): boolean {
  if (!/^[A-Z0-9'‘"“(]/.test(heading.title)) return false;
  if (!last) return heading.title.length <= 120 && !/[,;]$/.test(heading.title);
  if (heading.shape !== last.shape) return false;
  if (last.count >= 2 && last.upperCase && !isUpperCase(withoutItemReference(heading.title)))
    return false;
  if (heading.letter) {
    return (
      (heading.number === last.number && heading.letter > last.letter) ||
      (heading.number === last.number + 1 && heading.letter === 'a')
    );
  }
  if (heading.number === last.number + 1) return true;
  return (
    heading.number > last.number + 1 &&
    heading.number <= last.number + 3 &&
    /\.$|^[A-Z]/.test(heading.title)
  );
}
