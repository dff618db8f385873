// Which council a pack's papers belong to, so each council keeps its own indicator catalogue. The
// minutes reader may already know it; otherwise the council's name is read from the pack's opening
// pages, where councils print it on the front sheet, the report cover or the page header.
import type { PackLine, ParsedPack } from '../../agenda-pack';

const OPENING_LINES = 80;
const WORD = String.raw`[A-Z][A-Za-z'’&-]+`;
const COUNCIL_NAMES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:London\s+)?Borough\s+of\s+${WORD}(?:\s+(?:and|upon|on)\s+${WORD}|\s+${WORD})?`,
    'g',
  ),
  new RegExp(String.raw`\bRoyal\s+Borough\s+of\s+${WORD}(?:\s+(?:and|upon|on)\s+${WORD})?`, 'g'),
  /\bCity of London Corporation\b/g,
  new RegExp(String.raw`\bCyngor\s+(?:Sir\s+|Bwrdeistref\s+Sirol\s+)?${WORD}`, 'g'),
  new RegExp(
    String.raw`\b(?:${WORD}\s+){1,3}(?:(?:County|COUNTY|Metropolitan|METROPOLITAN)\s+(?:Borough|BOROUGH)|County|COUNTY|District|DISTRICT|City|CITY|Borough|BOROUGH|Town|TOWN)?\s*(?:Council|COUNCIL)\b`,
    'g',
  ),
];
/** Words that come before "Council" without naming one ("The Council", "Full Council"). */
const NOT_A_NAME =
  /^(?:the|this|that|full|our|each|every|whole|parish|town|county|city|district|borough|members?|of|and|to|a|an|by|for|from|at|in|on|report|cabinet|executive|meeting|agenda|minutes|recommended|resolved|that)$/i;

/** "THE FIFE COUNCIL" → "Fife Council"; names printed in mixed case stay as printed. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

function cleanName(found: string): string | null {
  const words = titleCase(found.replace(/\s+/g, ' ').trim()).split(' ');
  if (/^council$/i.test(words[words.length - 1] ?? '')) {
    while (words.length > 1 && NOT_A_NAME.test(words[0] ?? '')) words.shift();
  }
  const name = words.join(' ');
  if (/^(?:county|district|city|borough|town)?\s*council$/i.test(name)) return null;
  return words.length >= 2 ? name : null;
}

/** The council names printed in some text, as printed ("North Norfolk District Council"). */
export function councilNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const pattern of COUNCIL_NAMES) {
    for (const match of text.matchAll(pattern)) {
      const name = cleanName(match[0]);
      if (name && !names.some((known) => known.includes(name) || name.includes(known))) {
        names.push(name);
      }
    }
  }
  return names;
}

/**
 * The council whose papers these are: what the minutes say, else the council name printed most
 * often in the opening lines (ties to the first printed); null when the papers do not say.
 */
export function councilOfPack(pack: ParsedPack, lines: PackLine[]): string | null {
  const fromMinutes = pack.minutesOf.find((minutes) => minutes.council)?.council;
  if (fromMinutes) return fromMinutes;
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, OPENING_LINES)) {
    for (const name of councilNamesIn(line.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, count] of counts)
    if (best === null || count > (counts.get(best) ?? 0)) best = name;
  return best;
}
