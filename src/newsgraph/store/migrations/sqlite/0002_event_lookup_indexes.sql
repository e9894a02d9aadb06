-- Event look-ups by actor code answered from the index alone: the code (a prefix
-- range), the role, and the event it points at. Replaces the (code, role) index,
-- which it extends.
DROP INDEX event_actors_code;
CREATE INDEX event_actors_code_event ON event_actors (code, role, article_id, event_id);
-- listings of one type or modality, newest first
CREATE INDEX events_type_date ON events (type, date_value);
DROP INDEX events_type;
