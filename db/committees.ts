// The committees in the store as a member manages them: listed with their council and meetings,
// renamed, or merged when two names turned out to be one body. Each rename or merge records the
// old name's key as an alias, so importing papers that print the old name never undoes it.
import type Database from 'better-sqlite3';
import { committeeKey } from '../shared/readers/committee-names';

export interface CommitteeSummary {
  id: number;
  name: string;
  council: string | null;
  meetings: number;
  aliases: string[];
}

export class CommitteeEditError extends Error {}

export function listCommittees(db: Database.Database): CommitteeSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.council,
              (SELECT count(*) FROM meeting m WHERE m.committee_id = c.id) AS meetings
         FROM committee c ORDER BY c.name COLLATE NOCASE, c.id`,
    )
    .all() as Omit<CommitteeSummary, 'aliases'>[];
  const aliases = db.prepare(
    'SELECT name_key AS key FROM committee_alias WHERE committee_id = ? ORDER BY name_key',
  );
  return rows.map((row) => ({
    ...row,
    aliases: (aliases.all(row.id) as { key: string }[]).map((alias) => alias.key),
  }));
}

function committeeNamed(db: Database.Database, nameOrId: string): { id: number; name: string } {
  const rows = db.prepare('SELECT id, name FROM committee').all() as { id: number; name: string }[];
  const byId = /^\d+$/.test(nameOrId) ? rows.find((row) => row.id === Number(nameOrId)) : null;
  const found =
    byId ?? rows.find((row) => committeeKey(row.name) === committeeKey(nameOrId)) ?? null;
  if (!found) throw new CommitteeEditError(`There is no committee "${nameOrId}" in the store.`);
  return found;
}

function remember(db: Database.Database, name: string, committeeId: number): void {
  db.prepare(
    `INSERT INTO committee_alias (name_key, committee_id) VALUES (?, ?)
       ON CONFLICT (name_key) DO UPDATE SET committee_id = excluded.committee_id`,
  ).run(committeeKey(name), committeeId);
}

/** Renames a committee; papers printing the old name still file under it. */
export function renameCommittee(db: Database.Database, nameOrId: string, newName: string): number {
  const name = newName.trim().replace(/\s+/g, ' ');
  if (!name) throw new CommitteeEditError('Give the committee a name.');
  return db.transaction(() => {
    const committee = committeeNamed(db, nameOrId);
    const clash = db
      .prepare('SELECT id FROM committee WHERE name = ? AND id <> ?')
      .get(name, committee.id);
    if (clash)
      throw new CommitteeEditError(
        `Another committee is already called "${name}": merge the two instead.`,
      );
    remember(db, committee.name, committee.id);
    db.prepare('UPDATE committee SET name = ? WHERE id = ?').run(name, committee.id);
    return committee.id;
  })();
}

/**
 * Moves every meeting of one committee to another and removes the first; its names become aliases
 * of the one kept. Refused, changing nothing, when both met on the same day.
 */
export function mergeCommittees(db: Database.Database, from: string, into: string): number {
  return db.transaction(() => {
    const source = committeeNamed(db, from);
    const target = committeeNamed(db, into);
    if (source.id === target.id)
      throw new CommitteeEditError(`"${from}" and "${into}" are already one committee.`);
    const clashes = db
      .prepare(
        `SELECT a.date FROM meeting a JOIN meeting b ON a.date = b.date
          WHERE a.committee_id = ? AND b.committee_id = ? ORDER BY a.date`,
      )
      .all(source.id, target.id) as { date: string }[];
    if (clashes.length > 0)
      throw new CommitteeEditError(
        `Both committees have a meeting on ${clashes.map((clash) => clash.date).join(', ')}; nothing was merged.`,
      );
    db.prepare('UPDATE meeting SET committee_id = ? WHERE committee_id = ?').run(
      target.id,
      source.id,
    );
    db.prepare('UPDATE committee_alias SET committee_id = ? WHERE committee_id = ?').run(
      target.id,
      source.id,
    );
    remember(db, source.name, target.id);
    db.prepare(
      'UPDATE committee SET council = coalesce(council, (SELECT council FROM committee WHERE id = ?)) WHERE id = ?',
    ).run(source.id, target.id);
    db.prepare('DELETE FROM committee WHERE id = ?').run(source.id);
    return target.id;
  })();
}
