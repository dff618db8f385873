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

/** The names on one printed line, chair marker noted and removed. */
export function namesOnLine(text: string): PrintedName[] {
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
  if (!cut) return { name: cleaned, role: null };
  let name = cleaned.slice(0, cut.at).trim();
  let role = cleaned.slice(cut.after).trim();
  const aside = /\s*\(([^)]*)\)\s*$/.exec(name);
  if (aside) {
    name = name.slice(0, aside.index).trim();
    role = `${role} (${aside[1]})`;
  }
  return { name, role: role || null };
}
