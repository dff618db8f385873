-- Schema 5: where a carried-forward question was settled. A question still open when its meeting
-- was held follows the committee to its next meeting; once marked asked or answered there, it
-- stays listed under that meeting (as "carried from …") instead of vanishing back to the old one.
ALTER TABLE question ADD COLUMN settled_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL;
CREATE INDEX question_settled_meeting ON question (settled_meeting_id);
