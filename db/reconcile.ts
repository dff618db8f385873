// Updates imported child rows in place, matched by a natural key, so a revised pack keeps the ids
// that a member's questions, notes and resolution statuses point at. Only rows the new pack no
// longer has are removed (and then only where the caller allows it).
import type Database from 'better-sqlite3';

export interface ReconcileOptions<T> {
  table: 'agenda_item' | 'report_paragraph' | 'resolution';
  parentColumn: 'meeting_id' | 'report_id' | 'minute_id';
  parentId: number;
  /** Natural key of an existing row, read from its columns. */
  existingKeySql: string;
  keyOf: (item: T, position: number) => string;
  update: (id: number, item: T, position: number) => void;
  insert: (item: T, position: number) => number;
}

/** Returns the row id for each incoming item, in order; removes rows that were not matched. */
export function reconcileChildren<T>(
  db: Database.Database,
  items: T[],
  options: ReconcileOptions<T>,
): number[] {
  const { table, parentColumn, parentId } = options;
  const existing = db
    .prepare(`SELECT id, ${options.existingKeySql} AS key FROM ${table} WHERE ${parentColumn} = ?`)
    .all(parentId) as { id: number; key: string }[];
  const byKey = new Map<string, number>();
  for (const row of existing) if (!byKey.has(row.key)) byKey.set(row.key, row.id);
  // Move every existing row out of the way of the (parent, position) uniqueness rule.
  db.prepare(`UPDATE ${table} SET position = -position - 1 WHERE ${parentColumn} = ?`).run(
    parentId,
  );
  const kept = new Set<number>();
  const ids = items.map((item, position) => {
    const id = byKey.get(options.keyOf(item, position));
    if (id !== undefined && !kept.has(id)) {
      options.update(id, item, position);
      kept.add(id);
      return id;
    }
    return options.insert(item, position);
  });
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  for (const row of existing) if (!kept.has(row.id)) remove.run(row.id);
  return ids;
}

/** Lower-case, single-spaced text for matching titles that differ only in spacing or case. */
export function keyText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
