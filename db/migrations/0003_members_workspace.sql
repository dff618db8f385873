-- Schema 3: the member's workspace. Questions and notes gain a text-quote anchor (the quoted words
-- with a little context, so a revised pack can find them again), a stable uid (so a shared file
-- imported twice adds nothing twice), a 'follow-up' status, a priority and a note of their own.
--
-- SQLite cannot change a CHECK constraint in place, so question and note are rebuilt. Foreign keys
-- are on while migrating, so dropping the old tables would cascade into question_tag and note_tag
-- (and null note.question_id): those rows are saved first and written back afterwards.

CREATE TEMP TABLE saved_question_tag AS SELECT question_id, tag_id FROM question_tag;
CREATE TEMP TABLE saved_note_tag AS SELECT note_id, tag_id FROM note_tag;

CREATE TABLE question_v2 (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) BETWEEN 8 AND 64),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'ready', 'asked', 'answered', 'follow-up')),
  answer TEXT,
  note TEXT, -- the member's own note on this question, e.g. who to ask or what to press on
  priority INTEGER NOT NULL DEFAULT 0, -- order in "My preparation": lower comes first
  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  report_paragraph_id INTEGER REFERENCES report_paragraph (id) ON DELETE SET NULL,
  minute_id INTEGER REFERENCES minute (id) ON DELETE SET NULL,
  indicator_id INTEGER REFERENCES indicator (id) ON DELETE SET NULL,
  period_key TEXT, -- with indicator_id: the period the question is about
  resolution_id INTEGER REFERENCES resolution (id) ON DELETE SET NULL,
  -- The anchor, kept as text so it outlives the rows above (W3C text quote selector).
  anchor_kind TEXT NOT NULL DEFAULT 'none' CHECK (
    anchor_kind IN ('none', 'meeting', 'agenda-item', 'paragraph', 'minute', 'resolution', 'indicator')
  ),
  anchor_agenda_number TEXT, -- as printed, e.g. '4a'
  anchor_paragraph_number TEXT, -- as printed, e.g. '3.2'
  anchor_quote TEXT, -- the exact words pointed at
  anchor_prefix TEXT, -- up to 32 characters before them
  anchor_suffix TEXT, -- up to 32 characters after them
  anchor_start INTEGER CHECK (anchor_start IS NULL OR anchor_start >= 0), -- offset in the paragraph
  anchor_changed INTEGER NOT NULL DEFAULT 0 CHECK (anchor_changed IN (0, 1)), -- quote not found again
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO question_v2 (id, text, status, answer, meeting_id, agenda_item_id, report_paragraph_id,
                         indicator_id, resolution_id, anchor_kind, created_at, updated_at, priority)
  SELECT id, text, status, answer, meeting_id, agenda_item_id, report_paragraph_id, indicator_id,
         resolution_id,
         CASE WHEN report_paragraph_id IS NOT NULL THEN 'paragraph'
              WHEN agenda_item_id IS NOT NULL THEN 'agenda-item'
              WHEN resolution_id IS NOT NULL THEN 'resolution'
              WHEN indicator_id IS NOT NULL THEN 'indicator'
              WHEN meeting_id IS NOT NULL THEN 'meeting'
              ELSE 'none' END,
         created_at, updated_at, id
    FROM question;

CREATE TABLE note_v2 (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) BETWEEN 8 AND 64),
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  report_paragraph_id INTEGER REFERENCES report_paragraph (id) ON DELETE SET NULL,
  minute_id INTEGER REFERENCES minute (id) ON DELETE SET NULL,
  indicator_id INTEGER REFERENCES indicator (id) ON DELETE SET NULL,
  period_key TEXT,
  resolution_id INTEGER REFERENCES resolution (id) ON DELETE SET NULL,
  question_id INTEGER REFERENCES question_v2 (id) ON DELETE SET NULL,
  anchor_kind TEXT NOT NULL DEFAULT 'none' CHECK (
    anchor_kind IN ('none', 'meeting', 'agenda-item', 'paragraph', 'minute', 'resolution', 'indicator')
  ),
  anchor_agenda_number TEXT,
  anchor_paragraph_number TEXT,
  anchor_quote TEXT,
  anchor_prefix TEXT,
  anchor_suffix TEXT,
  anchor_start INTEGER CHECK (anchor_start IS NULL OR anchor_start >= 0),
  anchor_changed INTEGER NOT NULL DEFAULT 0 CHECK (anchor_changed IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
INSERT INTO note_v2 (id, body, meeting_id, agenda_item_id, report_paragraph_id, indicator_id,
                     resolution_id, question_id, anchor_kind, created_at, updated_at)
  SELECT id, body, meeting_id, agenda_item_id, report_paragraph_id, indicator_id, resolution_id,
         question_id,
         CASE WHEN report_paragraph_id IS NOT NULL THEN 'paragraph'
              WHEN agenda_item_id IS NOT NULL THEN 'agenda-item'
              WHEN resolution_id IS NOT NULL THEN 'resolution'
              WHEN indicator_id IS NOT NULL THEN 'indicator'
              WHEN meeting_id IS NOT NULL THEN 'meeting'
              ELSE 'none' END,
         created_at, updated_at
    FROM note;

-- Dropping note first, then question, so nothing left points at the old question rows.
DROP TABLE note;
DROP TABLE question;
ALTER TABLE question_v2 RENAME TO question;
ALTER TABLE note_v2 RENAME TO note;

INSERT INTO question_tag (question_id, tag_id) SELECT question_id, tag_id FROM saved_question_tag;
INSERT INTO note_tag (note_id, tag_id) SELECT note_id, tag_id FROM saved_note_tag;
DROP TABLE saved_question_tag;
DROP TABLE saved_note_tag;

CREATE INDEX question_meeting ON question (meeting_id, priority);
CREATE INDEX question_agenda_item ON question (agenda_item_id);
CREATE INDEX question_report_paragraph ON question (report_paragraph_id);
CREATE INDEX question_minute ON question (minute_id);
CREATE INDEX question_indicator ON question (indicator_id);
CREATE INDEX question_resolution ON question (resolution_id);
CREATE INDEX note_meeting ON note (meeting_id);
CREATE INDEX note_agenda_item ON note (agenda_item_id);
CREATE INDEX note_report_paragraph ON note (report_paragraph_id);
CREATE INDEX note_minute ON note (minute_id);
CREATE INDEX note_indicator ON note (indicator_id);
CREATE INDEX note_resolution ON note (resolution_id);
CREATE INDEX note_question ON note (question_id);

-- Search over questions now covers the answer, the status and the member's note as well.
DROP TABLE question_fts;
CREATE VIRTUAL TABLE question_fts USING fts5 (
  text, answer, status, note, content = 'question', content_rowid = 'id',
  tokenize = 'porter unicode61'
);
CREATE TRIGGER question_fts_insert AFTER INSERT ON question BEGIN
  INSERT INTO question_fts (rowid, text, answer, status, note)
    VALUES (new.id, new.text, new.answer, new.status, new.note);
END;
CREATE TRIGGER question_fts_delete AFTER DELETE ON question BEGIN
  INSERT INTO question_fts (question_fts, rowid, text, answer, status, note)
    VALUES ('delete', old.id, old.text, old.answer, old.status, old.note);
END;
CREATE TRIGGER question_fts_update AFTER UPDATE OF text, answer, status, note ON question BEGIN
  INSERT INTO question_fts (question_fts, rowid, text, answer, status, note)
    VALUES ('delete', old.id, old.text, old.answer, old.status, old.note);
  INSERT INTO question_fts (rowid, text, answer, status, note)
    VALUES (new.id, new.text, new.answer, new.status, new.note);
END;
INSERT INTO question_fts (question_fts) VALUES ('rebuild');

-- The note triggers went with the old table: the same triggers again on the new one.
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
  INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
  INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
  INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END;
INSERT INTO note_fts (note_fts) VALUES ('rebuild');
