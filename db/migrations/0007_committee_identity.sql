-- One committee per body: the council whose papers name it, and the printed names (as keys: case,
-- "&"/"and", "The" and a trailing "Committee" aside) that a member's rename or merge sent to it, so
-- a later import of the old name files under the committee the member chose and never undoes it.
ALTER TABLE committee ADD COLUMN council TEXT;

CREATE TABLE committee_alias (
  name_key TEXT PRIMARY KEY CHECK (length(name_key) > 0),
  committee_id INTEGER NOT NULL REFERENCES committee (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX committee_alias_committee ON committee_alias (committee_id);
