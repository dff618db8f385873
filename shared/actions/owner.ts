// Reads who an action falls to, as printed: "the Director of Adult Social Care", "officers", "the
// Lead Member", "the Cabinet". Only names that look like a role, a body or a person are taken, so
// "the report" or "information" is never an owner.

import type { ActionKind } from './kinds';

const ROLE =
  /\b(?:Director|Head|Chief|Officers?|officers|Manager|Lead Member|Cabinet Member|Portfolio Holder|Member|Chair(?:man|person)?|Clerk|Team|Service|Executive|Cabinet|Council|Mayor|Commissioner|Board|Panel|Commission|Committee|Partnership|Trust|Lead|Cllr|Councillor|Mr|Mrs|Ms|Dr|Secretary of State)\b/;
const NOT_AN_OWNER =
  /^(?:a|an|any|further|more|the (?:report|update|information|details|data|figures|comments|minutes|presentation|proposals?|recommendations?|item|matter)|information|details|it|this|that|these|there|report|update|data|figures)\b/i;
const NAME = String.raw`(?:the\s+)?(?:[A-Z][\w'’&-]*|of|and|for|the|in)(?:[\s,]+(?:[A-Z][\w'’&.-]*|of|and|for|the|in))*`;

/** Global patterns (for matchAll), each capturing the owner's name. */
const patterns: RegExp[] = [
  // "The Director of Public Health undertook to …", "Officers agreed to …", "That the Head of
  // Service be requested to …"
  new RegExp(
    String.raw`^(?:[Tt]hat\s+)?(${NAME}|officers|members)\s+(?:had\s+)?(?:undert(?:ook|akes)|agreed|promised|offered|assured|confirmed|said|stated|advised|explained|would|will|be\s+(?:requested|asked|invited|recommended|urged|advised))\b`,
    'g',
  ),
  // "… would be provided by officers", "a report from the Director of …", "… by the Lead Member"
  new RegExp(String.raw`\b(?:by|from)\s+(officers|(?:the\s+)?${NAME})`, 'g'),
  // "… be forwarded to the Cabinet", "recommends to Council that …": for recommendations only, as
  // elsewhere the body named after "to" is the one receiving ("reported to the Committee").
  new RegExp(
    String.raw`\b(?:recommend(?:s|ed)?|forwarded|referred|submitted|commended|reported)\s+to\s+((?:the\s+)?${NAME})`,
    'g',
  ),
];

function tidy(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+(?:and|of|for|the|in)$/i, '')
    .replace(/[\s,.]+$/, '')
    .trim();
}

/** The owner an action's words name, as printed, or null when they name none. */
export function readOwner(text: string, kind: ActionKind | null = null): string | null {
  const words = text.replace(/\s+/g, ' ').trim();
  const usable = kind === 'recommendation' ? patterns : patterns.slice(0, 2);
  for (const pattern of usable) {
    for (const match of words.matchAll(pattern)) {
      const name = tidy(match[1] ?? '');
      if (name.length < 3 || name.length > 90) continue;
      if (NOT_AN_OWNER.test(name) || !ROLE.test(name)) continue;
      return name.replace(/^The\b/, 'the');
    }
  }
  return null;
}
