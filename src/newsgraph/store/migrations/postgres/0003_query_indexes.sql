-- newsgraph schema, version 3: indexes for the query layer (store/queries.py, store/aggregates.py).
-- Portable SQL: PostgreSQL takes the same statements.

-- an actor across articles is looked up by its name, in any case
CREATE INDEX actors_name_folded ON actors (lower(name));
-- events filtered by the country of their location (API ?country=, export --country)
CREATE INDEX events_location_country ON events (location_country);
-- the articles an input (an upload) produced
CREATE INDEX article_origins_path ON article_origins (path);
