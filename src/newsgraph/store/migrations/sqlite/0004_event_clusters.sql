-- Real-world events across articles: mentions with the same type, the same actor
-- codes and dates within a day of each other are one event (GDELT's events and
-- mentions tables). events.cluster holds the id of the event a mention belongs to.

CREATE TABLE event_clusters (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source_codes TEXT NOT NULL,          -- sorted actor codes joined by "|"
    target_codes TEXT NOT NULL,
    day TEXT NOT NULL,                   -- YYYY-MM-DD: the event's date, else its article's
    first_article TEXT NOT NULL
);
CREATE INDEX event_clusters_key ON event_clusters (type, source_codes, target_codes, day);
