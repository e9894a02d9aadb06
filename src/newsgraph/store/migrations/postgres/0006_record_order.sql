-- The order the extractors gave an article's mentions, timexes and places, so that an
-- article reads back with its records in that order on every backend (two mentions
-- of one span, say "the two countries" for two actors, tie on their offsets; SQLite
-- happened to return them in insertion order, PostgreSQL in any order). Rows stored
-- before this migration have no position and keep the offset order.
ALTER TABLE mentions ADD COLUMN position INTEGER;
ALTER TABLE timexes ADD COLUMN position INTEGER;
ALTER TABLE places ADD COLUMN position INTEGER;
