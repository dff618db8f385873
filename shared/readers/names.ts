// Reads councillors' names as membership lists and minutes print them: two to a line, split by
// tabs or only by the next honorific ("Mr. A. Smith CC Mrs. B. Jones"), with chair markers.

const HONORIFIC = '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady|Professor|Prof|Rev)';
const NEXT_NAME = new RegExp(`\\s+(?=${HONORIFIC}\\.?\\s)`, 'g');
const STARTS_WITH_HONORIFIC = new RegExp(`^${HONORIFIC}\\.?\\s`);
const CHAIR_MARKER =
  /\s*(?:\((?:in the )?(?:chair|chairman|chairwoman|chairperson)\)|[–-]\s*in the chair)\s*$/i;
const VICE_CHAIR_MARKER = /\((?:vice|deputy)[- ]?(?:chair|chairman|chairwoman|chairperson)\)/i;

export interface PrintedName {
  name: string;
  isChair: boolean;
}

/** Whether a line looks like a person's name as councils print it (starts with an honorific). */
export function startsWithHonorific(text: string): boolean {
  return STARTS_WITH_HONORIFIC.test(text.trim());
}

const PLURAL_HONORIFIC = /^(?:councillors|cllrs\.?)\s+/i;
const LIST_SEPARATOR = /^(?:,|;|\s+and\s+|\s*&\s*)/i;

/** Whether a line opens a list of councillors ("Councillors A. Fenwick, R. Okafor and J. Pryce"). */
export function startsNameList(text: string): boolean {
  return startsWithHonorific(text) || PLURAL_HONORIFIC.test(text.trim());
}

/** Splits "A (Chair), B, C and D" at commas, semicolons and "and" outside brackets. */
export function splitPrintedList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    const separator = depth === 0 ? LIST_SEPARATOR.exec(text.slice(index)) : null;
    if (separator) {
      parts.push(current);
      current = '';
      index += separator[0].length - 1;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts
    .map((part) =>
      part
        .trim()
        .replace(/^and\s+/i, '')
        .replace(/\.$/, '')
        .trim(),
    )
    .filter((part) => part !== '');
}

/** Whether text is a comma list of names rather than names split only by honorifics or tabs. */
export function isPrintedList(text: string): boolean {
  return !text.includes('\t') && splitPrintedList(text).length > 1;
}

/** The names in a printed list, plural "Councillors" dropped and chair markers noted and removed. */
export function namesInPrintedList(text: string): PrintedName[] {
  return splitPrintedList(text.trim().replace(PLURAL_HONORIFIC, '')).map((part) => {
    const name = part.replace(PLURAL_HONORIFIC, '');
    const isChair = CHAIR_MARKER.test(name) && !VICE_CHAIR_MARKER.test(name);
    return {
      name: name.replace(CHAIR_MARKER, '').replace(VICE_CHAIR_MARKER, '').trim(),
      isChair,
    };
  });
}

/** The names on one printed line, chair marker noted and removed. */
export function namesOnLine(text: string): PrintedName[] {
  if (isPrintedList(text)) return namesInPrintedList(text);
  return text
    .split('\t')
    .flatMap((cell) => cell.trim().split(NEXT_NAME))
    .map((cell) => cell.trim().replace(/[,;]$/, ''))
    .filter((cell) => cell !== '')
    .map((cell) => {
      const isChair = CHAIR_MARKER.test(cell) && !VICE_CHAIR_MARKER.test(cell);
      return { name: cell.replace(CHAIR_MARKER, '').trim(), isChair };
    });
}

/** The surname of a printed name, for matching "Mrs. H. Fryer CC" with "Mrs. H. J. Fryer CC". */
export function surnameOf(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, '')
    .replace(/\b(CC|MP|MBE|OBE|CBE|JP)\b/g, '')
    .trim()
    .split(/\s+/)
    .filter((word) => !/\.$/.test(word) && !/^[A-Z]$/.test(word));
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** Splits "Name – role", "Name, role" or "Name (role)" into its parts. */
export function splitNameAndRole(text: string): { name: string; role: string | null } {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  const dash = /\s*[–—]\s*|\s+-\s+/.exec(cleaned);
  const comma = cleaned.indexOf(', ');
  const cut =
    dash && (comma < 0 || dash.index < comma)
      ? { at: dash.index, after: dash.index + dash[0].length }
      : comma >= 0
        ? { at: comma, after: comma + 2 }
        : null;
  if (!cut) {
    const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(cleaned);
    const isChairMarker =
      bracketed && /^(?:in the )?(?:vice[- ]?|deputy )?chair/i.test(bracketed[2] ?? '');
    if (bracketed && !isChairMarker)
      return { name: (bracketed[1] ?? '').trim(), role: (bracketed[2] ?? '').trim() };
    return { name: cleaned, role: null };
  }
  let name = cleaned.slice(0, cut.at).trim();
  let role = cleaned.slice(cut.after).trim();
  const aside = /\s*\(([^)]*)\)\s*$/.exec(name);
  if (aside) {
    name = name.slice(0, aside.index).trim();
    role = `${role} (${aside[1]})`;
  }
  return { name, role: role || null };
}
