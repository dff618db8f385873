// Which councils the scorecard holds indicators for, and which it shows first: each council keeps
// its own catalogue, so where packs from two councils are imported the member picks one, starting
// with the council whose pack is the most recent.
export interface CouncilOption {
  /** '' for indicators whose papers did not name their council. */
  key: string;
  label: string;
  latestPackDate: string | null;
}

interface HasCouncil {
  council?: string | null;
  latestPackDate?: string | null;
}

export const councilKey = (row: HasCouncil): string => row.council ?? '';

/** The councils present, the most recent pack first (then by name). */
export function councilOptions(rows: readonly HasCouncil[]): CouncilOption[] {
  const options = new Map<string, CouncilOption>();
  for (const row of rows) {
    const key = councilKey(row);
    const known = options.get(key);
    const date = row.latestPackDate ?? null;
    if (!known) {
      options.set(key, {
        key,
        label: row.council ?? 'Council not named in the papers',
        latestPackDate: date,
      });
    } else if (date && (!known.latestPackDate || date > known.latestPackDate)) {
      known.latestPackDate = date;
    }
  }
  return [...options.values()].sort(
    (a, b) =>
      (b.latestPackDate ?? '').localeCompare(a.latestPackDate ?? '') ||
      a.label.localeCompare(b.label),
  );
}
