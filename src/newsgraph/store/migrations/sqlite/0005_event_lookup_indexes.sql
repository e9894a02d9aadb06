-- Event look-ups by actor code and by date, answered from indexes alone.
-- event_actors: the code (matched as a prefix range), the role, and the event it
-- points at; it extends and replaces the (code, role) index.
DROP INDEX event_actors_code;
CREATE INDEX event_actors_code_event ON event_actors (code, role, article_id, event_id);
-- events newest first with a stable order among events of one day
DROP INDEX events_date;
CREATE INDEX events_date_event ON events (date_value, article_id, event_id);
-- listings of one type, newest first
DROP INDEX events_type;
CREATE INDEX events_type_date ON events (type, date_value);
