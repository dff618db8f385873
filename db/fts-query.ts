// Turns whatever a member types into a safe FTS5 MATCH expression: every term is quoted, so
// hyphens, colons, full stops, bare AND/OR/NOT and stray quotes are searched for, never parsed.

/** Enough terms for any real search; more only make a slow query. */
const maxTerms = 32;

const hasWordCharacter = /[\p{L}\p{N}]/u;

/**
 * Returns an FTS5 query that matches rows containing every term (in any order), or null when the
 * text holds nothing searchable (only spaces or punctuation), so callers can skip the query.
 */
export function toFtsQuery(text: string): string | null {
  const terms = text
    .split(/\s+/u)
    .filter((term) => hasWordCharacter.test(term))
    .slice(0, maxTerms);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' ');
}
