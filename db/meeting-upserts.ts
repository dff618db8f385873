// Find-or-create for the rows many imports share: committees, people (names as printed) and
// meetings (one per committee and date, whether known from a pack, its minutes or both).
import type Database from 'better-sqlite3';
import type { MeetingContact } from '../shared/agenda-pack';
import { committeeKey } from '../shared/readers/committee-names';

/**
 * The committee a printed name refers to: an existing one whose name is the same body ("Scrutiny
 * Committee", "SCRUTINY", "The Scrutiny Committee"), else a new one under the name as printed.
 */
export function upsertCommittee(
  db: Database.Database,
  name: string,
  council: string | null = null,
): number {
  const key = committeeKey(name);
  const alias = db
    .prepare('SELECT committee_id AS id FROM committee_alias WHERE name_key = ?')
    .get(key) as { id: number } | undefined;
  const rows = db.prepare('SELECT id, name FROM committee ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const id =
    alias?.id ??
    rows.find((row) => committeeKey(row.name) === key)?.id ??
    Number(db.prepare('INSERT INTO committee (name) VALUES (?)').run(name).lastInsertRowid);
  if (council)
    db.prepare('UPDATE committee SET council = coalesce(council, ?) WHERE id = ?').run(council, id);
  return id;
}

interface MeetingFacts {
  time: string | null;
  location: string | null;
  contact: MeetingContact | null;
  status: 'scheduled' | 'held' | 'minutes-only';
}

/** Finds or creates the meeting; facts the new source states replace older ones, gaps keep them. */
export function upsertMeeting(
  db: Database.Database,
  committeeId: number,
  date: string,
  facts: MeetingFacts,
): number {
  const existing = db
    .prepare('SELECT id, status FROM meeting WHERE committee_id = ? AND date = ?')
    .get(committeeId, date) as { id: number; status: string } | undefined;
  const values = [
    facts.time,
    facts.location,
    facts.contact?.name ?? null,
    facts.contact?.phone ?? null,
    facts.contact?.email ?? null,
  ];
  if (!existing) {
    return Number(
      db
        .prepare(
          `INSERT INTO meeting (committee_id, date, time, location, contact_name, contact_phone, contact_email, status)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(committeeId, date, ...values, facts.status).lastInsertRowid,
    );
  }
  // Minutes never downgrade a meeting known from its own pack; a pack upgrades a minutes-only one.
  const status = facts.status === 'minutes-only' ? existing.status : facts.status;
  db.prepare(
    `UPDATE meeting SET time = coalesce(?, time), location = coalesce(?, location), contact_name = coalesce(?, contact_name),
       contact_phone = coalesce(?, contact_phone), contact_email = coalesce(?, contact_email), status = ? WHERE id = ?`,
  ).run(...values, status, existing.id);
  return existing.id;
}

export function upsertPerson(db: Database.Database, name: string): number {
  db.prepare('INSERT OR IGNORE INTO person (name) VALUES (?)').run(name);
  return (db.prepare('SELECT id FROM person WHERE name = ?').get(name) as { id: number }).id;
}

/** The one meeting held on a date, when the store has exactly one (a report's own meeting). */
export function onlyMeetingOn(
  db: Database.Database,
  date: string,
): { id: number; committeeId: number } | null {
  const rows = db
    .prepare('SELECT id, committee_id AS committeeId FROM meeting WHERE date = ?')
    .all(date) as { id: number; committeeId: number }[];
  return rows.length === 1 ? rows[0]! : null;
}
