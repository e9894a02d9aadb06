-- Event look-ups by actor code and by date, answered from indexes alone (as in the
-- SQLite migration 0002).
DROP INDEX event_actors_code;
CREATE INDEX event_actors_code_event ON event_actors (code, role, article_id, event_id);
-- NULLS FIRST: read backwards, the index gives "newest first, undated last", the
-- order of store/timelines.py, without sorting
DROP INDEX events_date;
CREATE INDEX events_date_event ON events (date_value NULLS FIRST, article_id, event_id);
DROP INDEX events_type;
CREATE INDEX events_type_date ON events (type, date_value);
