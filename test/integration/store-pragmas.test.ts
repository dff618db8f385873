// The settings every connection to a store must have: write-ahead logging, full sync and foreign
// keys on, so a crash or power cut cannot corrupt a member's work and links stay consistent.
import path from 'node:path';
import { openStore } from '../../db/store';
import { makeTempDir, openTempStore, removeTempDir } from '../fixtures/store/temp-store';

describe('a store once opened', () => {
  it('uses write-ahead logging, full sync, foreign keys and a busy timeout', async () => {
    const { store, dir } = await openTempStore();
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      store.db.close();
      removeTempDir(dir);
    }
  });

  it('has the same settings when an existing store is opened again', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'scrutineer.db');
    try {
      (await openStore(file)).db.close();
      const again = await openStore(file);
      expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(again.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(again.db.pragma('synchronous', { simple: true })).toBe(2);
      again.db.close();
    } finally {
      removeTempDir(dir);
    }
  });

  it('rejects rows that break the domain rules (an unknown meeting status, a bad date)', async () => {
    const { store, dir } = await openTempStore();
    try {
      const { db } = store;
      db.prepare("INSERT INTO committee (name) VALUES ('Adult Social Care Scrutiny')").run();
      const insert = db.prepare(
        'INSERT INTO meeting (committee_id, date, status) VALUES (1, ?, ?)',
      );
      expect(() => insert.run('2024-03-05', 'postponed')).toThrow(/CHECK constraint failed/);
      expect(() => insert.run('5 March 2024', 'held')).toThrow(/CHECK constraint failed/);
      expect(() => insert.run('2024-03-05', 'held')).not.toThrow();
      expect(() =>
        db.prepare("INSERT INTO meeting (committee_id, date) VALUES (99, '2024-04-01')").run(),
      ).toThrow(/FOREIGN KEY constraint failed/);
    } finally {
      store.db.close();
      removeTempDir(dir);
    }
  });
});
