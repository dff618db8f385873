-- Schema 1: the whole domain of an agenda pack, the indicators it reports and the member's own work.
-- Imported rows carry a source reference (document + page + lines); member rows link with SET NULL.
--
-- Conventions: every table is STRICT; dates are TEXT 'YYYY-MM-DD'; timestamps are TEXT ISO 8601 UTC;
-- flags are INTEGER 0/1; "source_*" columns say where an imported fact was printed. Migration files
-- run inside one transaction opened by db/migrate.ts: never write BEGIN/COMMIT here.

CREATE TABLE committee (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
) STRICT;

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0) -- as printed, e.g. 'Cllr A. Example'
) STRICT;

CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  file_name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'text', 'markdown')),
  kind TEXT NOT NULL DEFAULT 'agenda-pack', -- agenda-pack, minutes, report, … (free text)
  page_count INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
  byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX document_meeting ON document (meeting_id);

-- Every page's extracted text, so anything the parsers did not recognise stays searchable.
CREATE TABLE document_page (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL CHECK (page_number >= 1),
  text TEXT NOT NULL,
  UNIQUE (document_id, page_number)
) STRICT;

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committee (id) ON DELETE RESTRICT,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
  location TEXT,
  status TEXT NOT NULL DEFAULT 'scheduled'
    CHECK (status IN ('scheduled', 'held', 'minutes-only')),
  contact_name TEXT,
  contact_phone TEXT,
  contact_email TEXT,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER CHECK (source_page IS NULL OR source_page >= 1),
  UNIQUE (committee_id, date)
) STRICT;
CREATE INDEX meeting_date ON meeting (date);
CREATE INDEX meeting_source_document ON meeting (source_document_id);

-- Membership as printed on the front sheet.
CREATE TABLE meeting_member (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  role TEXT NOT NULL DEFAULT 'member', -- member, chair, vice-chair, … (as printed)
  UNIQUE (meeting_id, person_id)
) STRICT;
CREATE INDEX meeting_member_person ON meeting_member (person_id);

CREATE TABLE agenda_item (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  number TEXT, -- as printed: '4', '4a'
  title TEXT NOT NULL,
  report_by TEXT,
  page_from INTEGER CHECK (page_from IS NULL OR page_from >= 1),
  page_to INTEGER CHECK (page_to IS NULL OR page_to >= page_from),
  position INTEGER NOT NULL,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  source_line_from INTEGER,
  source_line_to INTEGER,
  UNIQUE (meeting_id, position)
) STRICT;
CREATE INDEX agenda_item_source_document ON agenda_item (source_document_id);

CREATE TABLE report (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  report_of TEXT,
  stated_meeting_date TEXT, -- as the report's header states it, which may disagree with the meeting
  page_from INTEGER,
  page_to INTEGER,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER
) STRICT;
CREATE INDEX report_meeting ON report (meeting_id);
CREATE INDEX report_agenda_item ON report (agenda_item_id);
CREATE INDEX report_source_document ON report (source_document_id);

CREATE TABLE report_paragraph (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
  number TEXT, -- as printed: '3.2'
  heading TEXT,
  text TEXT NOT NULL,
  page INTEGER,
  position INTEGER NOT NULL,
  line_from INTEGER,
  line_to INTEGER,
  UNIQUE (report_id, position)
) STRICT;

CREATE TABLE minute (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE, -- the meeting it records
  number TEXT NOT NULL, -- as printed: '45'
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  discussion_points TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(discussion_points) AND json_type(discussion_points) = 'array'),
  position INTEGER NOT NULL DEFAULT 0,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  source_line_from INTEGER,
  source_line_to INTEGER,
  UNIQUE (meeting_id, number)
) STRICT;
CREATE INDEX minute_source_document ON minute (source_document_id);

CREATE TABLE resolution (
  id INTEGER PRIMARY KEY,
  minute_id INTEGER NOT NULL REFERENCES minute (id) ON DELETE CASCADE,
  label TEXT CHECK (label IS NULL OR (length(label) BETWEEN 1 AND 6 AND label NOT GLOB '*[^a-z0-9]*')),
  text TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'other' CHECK (
    kind IN ('decision', 'noting', 'request', 'recommendation', 'commitment', 'other')
  ),
  position INTEGER NOT NULL DEFAULT 0,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  source_line_from INTEGER,
  source_line_to INTEGER,
  UNIQUE (minute_id, position)
) STRICT;
CREATE INDEX resolution_source_document ON resolution (source_document_id);

-- The member's dated status timeline; the current status is the latest event ('open' when none).
CREATE TABLE resolution_event (
  id INTEGER PRIMARY KEY,
  resolution_id INTEGER NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
  note TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX resolution_event_timeline ON resolution_event (resolution_id, created_at, id);

CREATE TABLE public_question (
  id INTEGER PRIMARY KEY,
  minute_id INTEGER NOT NULL REFERENCES minute (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('public', 'member')),
  asker TEXT,
  question TEXT NOT NULL,
  reply TEXT,
  supplementary TEXT,
  supplementary_reply TEXT,
  position INTEGER NOT NULL DEFAULT 0,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  source_line_from INTEGER,
  source_line_to INTEGER
) STRICT;
CREATE INDEX public_question_minute ON public_question (minute_id);
CREATE INDEX public_question_source_document ON public_question (source_document_id);

CREATE TABLE declaration_of_interest (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  minute_id INTEGER REFERENCES minute (id) ON DELETE SET NULL,
  member_name TEXT NOT NULL,
  text TEXT NOT NULL,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  source_line_from INTEGER,
  source_line_to INTEGER
) STRICT;
CREATE INDEX declaration_of_interest_meeting ON declaration_of_interest (meeting_id);
CREATE INDEX declaration_of_interest_minute ON declaration_of_interest (minute_id);
CREATE INDEX declaration_of_interest_source_document ON declaration_of_interest (source_document_id);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
  role TEXT NOT NULL
    CHECK (role IN ('chair', 'member', 'in-attendance', 'apologies', 'substitute')),
  capacity TEXT, -- as printed, e.g. 'Cabinet Lead Member for Children'
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  source_line_from INTEGER,
  source_line_to INTEGER,
  UNIQUE (meeting_id, person_id)
) STRICT;
CREATE INDEX attendance_person ON attendance (person_id);
CREATE INDEX attendance_source_document ON attendance (source_document_id);

-- Indicators: one row per measure, however many names reports have given it.
CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  theme TEXT,
  polarity TEXT NOT NULL DEFAULT 'unknown' CHECK (polarity IN ('high', 'low', 'none', 'unknown')),
  polarity_source TEXT NOT NULL DEFAULT 'unknown'
    CHECK (polarity_source IN ('stated', 'inferred', 'member', 'unknown')),
  unit TEXT,
  frequency TEXT,
  member_named INTEGER NOT NULL DEFAULT 0 CHECK (member_named IN (0, 1))
) STRICT;

CREATE TABLE indicator_alias (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  normalised_alias TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL CHECK (source IN ('import', 'member')),
  confidence REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1)
) STRICT;
CREATE INDEX indicator_alias_indicator ON indicator_alias (indicator_id);

-- One value per indicator and period; every report that stated it is an indicator_statement.
CREATE TABLE indicator_value (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  period_key TEXT NOT NULL, -- normalised, sortable, e.g. '2021/22-Q2'
  period_label TEXT NOT NULL, -- as printed, e.g. 'Q2 2021/22'
  period_start TEXT,
  period_end TEXT,
  value REAL,
  value_text TEXT, -- as printed, e.g. '27.3% (39)' or 'Not available this quarter'
  count INTEGER,
  target_op TEXT CHECK (target_op IS NULL OR target_op IN ('>', '>=', '<', '<=', '=')),
  target_value REAL,
  rag TEXT CHECK (rag IS NULL OR rag IN ('red', 'amber', 'green')),
  quartile INTEGER CHECK (quartile IS NULL OR quartile BETWEEN 1 AND 4),
  neighbour_average REAL,
  stated_trend TEXT,
  stated_change TEXT,
  UNIQUE (indicator_id, period_key)
) STRICT;

CREATE TABLE indicator_statement (
  id INTEGER PRIMARY KEY,
  indicator_value_id INTEGER NOT NULL REFERENCES indicator_value (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  page INTEGER,
  line_from INTEGER,
  line_to INTEGER,
  report_paragraph_id INTEGER REFERENCES report_paragraph (id) ON DELETE SET NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('table', 'narrative')),
  stated_value REAL,
  stated_value_text TEXT,
  stated_count INTEGER,
  stated_period_label TEXT, -- the period as the statement printed it, e.g. 'quarter 4'
  stated_name TEXT, -- the indicator name as this report printed it (an alias)
  is_restatement INTEGER NOT NULL DEFAULT 0 CHECK (is_restatement IN (0, 1))
) STRICT;
CREATE INDEX indicator_statement_value ON indicator_statement (indicator_value_id);
CREATE INDEX indicator_statement_document ON indicator_statement (document_id);
CREATE INDEX indicator_statement_paragraph ON indicator_statement (report_paragraph_id);

-- Dashboard tables kept raw (rows of cells as JSON) so they can be parsed again later.
CREATE TABLE dashboard_table (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  raw_rows TEXT NOT NULL CHECK (json_valid(raw_rows) AND json_type(raw_rows) = 'array')
) STRICT;
CREATE INDEX dashboard_table_document ON dashboard_table (document_id, page);

-- The member's own work. Links are ON DELETE SET NULL so a re-import never deletes it.
CREATE TABLE question (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'ready', 'asked', 'answered')),
  answer TEXT,
  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  report_paragraph_id INTEGER REFERENCES report_paragraph (id) ON DELETE SET NULL,
  indicator_id INTEGER REFERENCES indicator (id) ON DELETE SET NULL,
  resolution_id INTEGER REFERENCES resolution (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX question_meeting ON question (meeting_id);
CREATE INDEX question_agenda_item ON question (agenda_item_id);
CREATE INDEX question_report_paragraph ON question (report_paragraph_id);
CREATE INDEX question_indicator ON question (indicator_id);
CREATE INDEX question_resolution ON question (resolution_id);

CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  body TEXT NOT NULL CHECK (length(trim(body)) > 0),
  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  report_paragraph_id INTEGER REFERENCES report_paragraph (id) ON DELETE SET NULL,
  indicator_id INTEGER REFERENCES indicator (id) ON DELETE SET NULL,
  resolution_id INTEGER REFERENCES resolution (id) ON DELETE SET NULL,
  question_id INTEGER REFERENCES question (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX note_meeting ON note (meeting_id);
CREATE INDEX note_agenda_item ON note (agenda_item_id);
CREATE INDEX note_report_paragraph ON note (report_paragraph_id);
CREATE INDEX note_indicator ON note (indicator_id);
CREATE INDEX note_resolution ON note (resolution_id);
CREATE INDEX note_question ON note (question_id);

CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
) STRICT;

CREATE TABLE question_tag (
  question_id INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  PRIMARY KEY (question_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX question_tag_tag ON question_tag (tag_id);

CREATE TABLE note_tag (
  note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  PRIMARY KEY (note_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX note_tag_tag ON note_tag (tag_id);

-- Full-text search: external-content FTS5 tables, kept in step with their tables by triggers.

-- Search over report paragraphs.
CREATE VIRTUAL TABLE report_paragraph_fts USING fts5 (
  heading, text, content = 'report_paragraph', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER report_paragraph_fts_insert AFTER INSERT ON report_paragraph BEGIN
  INSERT INTO report_paragraph_fts (rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE TRIGGER report_paragraph_fts_delete AFTER DELETE ON report_paragraph BEGIN
  INSERT INTO report_paragraph_fts (report_paragraph_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
END;
CREATE TRIGGER report_paragraph_fts_update AFTER UPDATE OF heading, text ON report_paragraph BEGIN
  INSERT INTO report_paragraph_fts (report_paragraph_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
  INSERT INTO report_paragraph_fts (rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;

-- Search over minutes (title and body).
CREATE VIRTUAL TABLE minute_fts USING fts5 (
  title, body, content = 'minute', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER minute_fts_insert AFTER INSERT ON minute BEGIN
  INSERT INTO minute_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER minute_fts_delete AFTER DELETE ON minute BEGIN
  INSERT INTO minute_fts (minute_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER minute_fts_update AFTER UPDATE OF title, body ON minute BEGIN
  INSERT INTO minute_fts (minute_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO minute_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Search over resolutions.
CREATE VIRTUAL TABLE resolution_fts USING fts5 (
  text, content = 'resolution', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER resolution_fts_insert AFTER INSERT ON resolution BEGIN
  INSERT INTO resolution_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER resolution_fts_delete AFTER DELETE ON resolution BEGIN
  INSERT INTO resolution_fts (resolution_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER resolution_fts_update AFTER UPDATE OF text ON resolution BEGIN
  INSERT INTO resolution_fts (resolution_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO resolution_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Search over the member's questions and their answers.
CREATE VIRTUAL TABLE question_fts USING fts5 (
  text, answer, content = 'question', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER question_fts_insert AFTER INSERT ON question BEGIN
  INSERT INTO question_fts (rowid, text, answer) VALUES (new.id, new.text, new.answer);
END;
CREATE TRIGGER question_fts_delete AFTER DELETE ON question BEGIN
  INSERT INTO question_fts (question_fts, rowid, text, answer) VALUES ('delete', old.id, old.text, old.answer);
END;
CREATE TRIGGER question_fts_update AFTER UPDATE OF text, answer ON question BEGIN
  INSERT INTO question_fts (question_fts, rowid, text, answer) VALUES ('delete', old.id, old.text, old.answer);
  INSERT INTO question_fts (rowid, text, answer) VALUES (new.id, new.text, new.answer);
END;

-- Search over the member's notes.
CREATE VIRTUAL TABLE note_fts USING fts5 (
  body, content = 'note', content_rowid = 'id', tokenize = 'porter unicode61'
);
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

-- Search over every extracted page, recognised or not.
CREATE VIRTUAL TABLE document_page_fts USING fts5 (
  text, content = 'document_page', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER document_page_fts_insert AFTER INSERT ON document_page BEGIN
  INSERT INTO document_page_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER document_page_fts_delete AFTER DELETE ON document_page BEGIN
  INSERT INTO document_page_fts (document_page_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER document_page_fts_update AFTER UPDATE OF text ON document_page BEGIN
  INSERT INTO document_page_fts (document_page_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO document_page_fts (rowid, text) VALUES (new.id, new.text);
END;
