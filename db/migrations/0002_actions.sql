-- Schema 2: the chair's action tracker. Every resolution and undertaking in a minute gets an
-- action_item keyed by where it was printed (meeting, minute number, label or wording), so a
-- revised pack that replaces the resolution row re-links to the same item and never loses the
-- chair's statuses, notes or decided follow-ups, which hang off action_item, not resolution.

CREATE TABLE action_item (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE, -- the meeting that asked
  minute_number TEXT NOT NULL,
  match_key TEXT NOT NULL CHECK (length(match_key) > 0), -- 'label:a' or 'text:<normalised words>'
  resolution_id INTEGER REFERENCES resolution (id) ON DELETE SET NULL, -- NULL while no pack prints it
  kind TEXT NOT NULL
    CHECK (kind IN ('noted', 'decision', 'recommendation', 'request', 'commitment', 'procedural')),
  owner TEXT, -- as printed: 'the Director of Adult Services'
  due TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
    OR due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  due_words TEXT, -- the words the due date was read from
  UNIQUE (meeting_id, minute_number, match_key)
) STRICT;
CREATE INDEX action_item_resolution ON action_item (resolution_id);

-- The dated status timeline: set by the chair, or stated by an action log printed in a pack.
CREATE TABLE action_event (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
  note TEXT,
  source TEXT NOT NULL DEFAULT 'chair' CHECK (source IN ('chair', 'action-log')),
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX action_event_timeline ON action_event (action_id, created_at, id);

-- A later agenda item, report or minute that answers an action: suggested on import, then
-- confirmed or rejected by the chair. Keyed by the later meeting and the item's title, so a
-- re-import refreshes the evidence but never the chair's decision; only undecided suggestions
-- that no longer match are removed.
CREATE TABLE action_follow_up (
  id INTEGER PRIMARY KEY,
  action_id INTEGER NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE, -- the later meeting
  match_key TEXT NOT NULL,
  target TEXT NOT NULL CHECK (target IN ('agenda-item', 'report', 'minute')),
  agenda_number TEXT,
  title TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  score REAL NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'suggested' CHECK (state IN ('suggested', 'confirmed', 'rejected')),
  decided_at TEXT,
  source_document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source_page INTEGER,
  UNIQUE (action_id, meeting_id, match_key)
) STRICT;
CREATE INDEX action_follow_up_meeting ON action_follow_up (meeting_id);
