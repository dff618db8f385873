-- The scorecard at scale: computing it reads every indicator's whole series (seconds on a
-- twenty-year archive), so the computed rows are kept with the store generation they were made
-- from. Every change to what the scorecard shows (indicators, aliases, values, statements, and
-- the documents and meetings that date them) moves the generation on, so a kept scorecard is
-- never shown once anything it was made from has changed.
CREATE TABLE scorecard_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL,
  -- The generation `body` was computed at, NULL when nothing is kept yet.
  body_generation INTEGER,
  -- The scorecard rows as JSON, exactly as indicators.list answers them.
  body TEXT
) STRICT;
INSERT INTO scorecard_state (id, generation) VALUES (1, 0);

CREATE TRIGGER scorecard_indicator_insert AFTER INSERT ON indicator BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_indicator_update AFTER UPDATE ON indicator BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_indicator_delete AFTER DELETE ON indicator BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_alias_insert AFTER INSERT ON indicator_alias BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_alias_update AFTER UPDATE ON indicator_alias BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_alias_delete AFTER DELETE ON indicator_alias BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_value_insert AFTER INSERT ON indicator_value BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_value_update AFTER UPDATE ON indicator_value BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_value_delete AFTER DELETE ON indicator_value BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_statement_insert AFTER INSERT ON indicator_statement BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_statement_update AFTER UPDATE ON indicator_statement BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_statement_delete AFTER DELETE ON indicator_statement BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_document_update AFTER UPDATE OF meeting_id ON document BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_document_delete AFTER DELETE ON document BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_meeting_update AFTER UPDATE OF date ON meeting BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
CREATE TRIGGER scorecard_meeting_delete AFTER DELETE ON meeting BEGIN
  UPDATE scorecard_state SET generation = generation + 1 WHERE id = 1;
END;
