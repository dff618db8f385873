// Page text is most of what a store holds, so it is kept deflated (raw deflate, about 2.5× smaller)
// in document_page.text_z. This file compresses it for the writers and gives every connection the
// two SQL functions the schema uses to read it back: the document_page_text view, the page index's
// triggers and migration 0008 call scrutineer_inflate / scrutineer_deflate.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';

/** The stored form of one page's text: its UTF-8 bytes, raw-deflated. */
export function compressPageText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'));
}

/** The text of a stored page; the inverse of compressPageText. */
export function inflatePageText(stored: Buffer): string {
  return inflateRawSync(stored).toString('utf8');
}

/**
 * Registers scrutineer_deflate(text) and scrutineer_inflate(blob) on `db`. Every connection that
 * reads page text or writes pages needs them, and migrations need them, so openStore calls this
 * before anything else. NULL stays NULL.
 */
export function registerPageTextFunctions(db: Database.Database): void {
  db.function('scrutineer_deflate', { deterministic: true }, (text: unknown) => {
    if (text === null) return null;
    if (typeof text !== 'string') throw new TypeError('scrutineer_deflate takes text');
    return compressPageText(text);
  });
  db.function('scrutineer_inflate', { deterministic: true }, (stored: unknown) => {
    if (stored === null) return null;
    if (!Buffer.isBuffer(stored)) throw new TypeError('scrutineer_inflate takes a blob');
    return inflatePageText(stored);
  });
}
