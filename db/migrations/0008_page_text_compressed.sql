-- Page text kept deflated: it was most of the store (54 MB of 96 MB on a 50 MB archive), and it
-- deflates about 2.5×. document_page keeps its ids and gets text_z (the page's UTF-8 text,
-- raw-deflated); document_page_text reads it back as text for the readers and for the page index,
-- which is rebuilt over that view so its snippets still come from the page's words.
-- scrutineer_deflate / scrutineer_inflate are registered on every connection (db/page-text.ts).
-- The table is rebuilt rather than altered so that text_z can be NOT NULL like text was.
DROP TRIGGER document_page_fts_insert;
DROP TRIGGER document_page_fts_delete;
DROP TRIGGER document_page_fts_update;
DROP TABLE document_page_fts;

CREATE TABLE document_page_deflated (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL CHECK (page_number >= 1),
  text_z BLOB NOT NULL,
  UNIQUE (document_id, page_number)
) STRICT;
INSERT INTO document_page_deflated (id, document_id, page_number, text_z)
  SELECT id, document_id, page_number, scrutineer_deflate(text) FROM document_page ORDER BY id;
DROP TABLE document_page;
ALTER TABLE document_page_deflated RENAME TO document_page;

CREATE VIEW document_page_text (id, document_id, page_number, text) AS
  SELECT id, document_id, page_number, scrutineer_inflate(text_z) FROM document_page;

-- Search over every extracted page, recognised or not.
CREATE VIRTUAL TABLE document_page_fts USING fts5 (
  text, content = 'document_page_text', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER document_page_fts_insert AFTER INSERT ON document_page BEGIN
  INSERT INTO document_page_fts (rowid, text) VALUES (new.id, scrutineer_inflate(new.text_z));
END;
CREATE TRIGGER document_page_fts_delete AFTER DELETE ON document_page BEGIN
  INSERT INTO document_page_fts (document_page_fts, rowid, text)
    VALUES ('delete', old.id, scrutineer_inflate(old.text_z));
END;
CREATE TRIGGER document_page_fts_update AFTER UPDATE OF text_z ON document_page BEGIN
  INSERT INTO document_page_fts (document_page_fts, rowid, text)
    VALUES ('delete', old.id, scrutineer_inflate(old.text_z));
  INSERT INTO document_page_fts (rowid, text) VALUES (new.id, scrutineer_inflate(new.text_z));
END;
INSERT INTO document_page_fts (document_page_fts) VALUES ('rebuild');
