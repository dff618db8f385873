-- Each council keeps its own indicator catalogue: one council's "NEET 16-17" never joins another
-- council's series. An indicator records the council whose papers named it (NULL where the papers
-- did not say), and a printed name is an alias once per council rather than once in the store.
ALTER TABLE indicator ADD COLUMN council TEXT;

CREATE TABLE indicator_alias_by_council (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  normalised_alias TEXT NOT NULL,
  -- The indicator's council, '' when not known: kept here so the uniqueness below can hold.
  council TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('import', 'member')),
  confidence REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1),
  UNIQUE (council, normalised_alias)
) STRICT;

INSERT INTO indicator_alias_by_council
  (id, indicator_id, alias, normalised_alias, council, source, confidence)
  SELECT id, indicator_id, alias, normalised_alias, '', source, confidence FROM indicator_alias;

DROP TABLE indicator_alias;
ALTER TABLE indicator_alias_by_council RENAME TO indicator_alias;
CREATE INDEX indicator_alias_indicator ON indicator_alias (indicator_id);
CREATE INDEX indicator_council ON indicator (council);
