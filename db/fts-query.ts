// Turns whatever a member types into a safe FTS5 MATCH expression: every term is quoted, so
// hyphens, colons, full stops, bare AND/OR/NOT and stray quotes are searched for, never parsed.
// Words typed between a pair of double quotes are kept together as a phrase.

/** Enough terms for any real search; more only make a slow query. */
const maxTerms = 32;

const hasWordCharacter = /[\p{L}\p{N}]/u;

/** A "quoted phrase" (closed on the same line of text) or a run of non-space characters. */
const termPattern = /"([^"]*)"|(\S+)/gu;

const quoted = (term: string): string => `"${term.replace(/"/g, '""')}"`;

/**
 * Returns an FTS5 query that matches rows containing every term (in any order) and every quoted
 * phrase (words side by side), or null when the text holds nothing searchable (only spaces or
 * punctuation), so callers can skip the query.
 */
export function toFtsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const match of text.matchAll(termPattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.split(/\s+/u).filter((word) => hasWordCharacter.test(word));
      if (words.length > 0) terms.push(quoted(words.join(' ')));
    } else if (match[2] !== undefined && hasWordCharacter.test(match[2])) {
      terms.push(quoted(match[2]));
    }
  }
  if (terms.length === 0) return null;
  return terms.slice(0, maxTerms).join(' ');
}
