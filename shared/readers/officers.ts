// Reads the "Officers to Contact" section that closes a report: each officer's name, role,
// phone and email, printed one per line or run together ("Jane Doe, Director – Service").

import { EMAIL, PHONE } from './front-sheet';
import { splitNameAndRole } from './names';
import type { OfficerContact } from '../agenda-pack';

const PHONE_LINE = /^(?:tel|telephone|phone|mobile|direct line|t)\s*[:.]/i;
const EMAIL_LINE = /^e-?mail\s*[:.]/i;

/** Whether a heading opens the officers-to-contact section. */
export function isOfficersHeading(text: string): boolean {
  return /^(?:(?:contact )?officers?(?:\(s\))?(?: to contact| contact(?: details)?)|contact officers?|report author|author)\s*:?$/i.test(
    text.trim(),
  );
}

/** Whether a line can belong to an officers-to-contact section. */
export function isContactLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    PHONE_LINE.test(trimmed) ||
    EMAIL_LINE.test(trimmed) ||
    EMAIL.test(trimmed) ||
    (trimmed.length < 90 && !/\d/.test(trimmed) && !/[.;]$/.test(trimmed))
  );
}

/** Whether a line gives an officer's phone number or email address. */
export function isPhoneOrEmailLine(text: string): boolean {
  const trimmed = text.trim();
  return PHONE_LINE.test(trimmed) || EMAIL_LINE.test(trimmed) || EMAIL.test(trimmed);
}

/** Whether a line opens an officer's entry: a person's name, then perhaps their role. */
export function startsOfficerEntry(text: string): boolean {
  const { name } = splitNameAndRole(text);
  const words = name.split(' ');
  const letters = name.replace(/[^A-Za-z]/g, '');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((word) => /^[A-Z][A-Za-z'’.-]*$/.test(word)) &&
    letters !== letters.toUpperCase()
  );
}

/** Reads officers from the printed lines of the section (heading excluded). */
export function parseOfficers(printedLines: string[]): OfficerContact[] {
  const officers: OfficerContact[] = [];
  let current: OfficerContact | null = null;
  for (const raw of printedLines) {
    const text = raw.trim();
    if (!text) continue;
    const email = EMAIL.exec(text)?.[0] ?? null;
    const phone = PHONE_LINE.test(text) || !email ? (PHONE.exec(text)?.[0] ?? null) : null;
    if (PHONE_LINE.test(text) || EMAIL_LINE.test(text)) {
      if (current) {
        current.phone ??= phone;
        current.email ??= email;
      }
      continue;
    }
    if (current && !current.phone && !current.email && !email) {
      current.role = current.role ? `${current.role}, ${text}` : text;
      continue;
    }
    const printed = text
      .replace(EMAIL, '')
      .replace(PHONE, '')
      .replace(/[\s,;–-]+$/, '');
    const { name, role } = splitNameAndRole(printed);
    current = { name, role, phone, email };
    officers.push(current);
  }
  return officers.filter((officer) => officer.name !== '');
}
