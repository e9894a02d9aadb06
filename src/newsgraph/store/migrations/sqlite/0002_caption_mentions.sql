-- Timexes and places found in photo captions: `caption` is the caption's index in
-- the article's captions (offsets then index that caption's text); NULL for the body.
ALTER TABLE timexes ADD COLUMN caption INTEGER;
ALTER TABLE places ADD COLUMN caption INTEGER;
