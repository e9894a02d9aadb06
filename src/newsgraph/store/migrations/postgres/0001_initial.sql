-- newsgraph schema for PostgreSQL, version 1: the same tables as the SQLite schema
-- (store/migrations/sqlite/0001_initial.sql), with BYTEA for blobs, identity keys
-- for runs, and full-text search as a generated tsvector column with a GIN index.
-- Character offsets are start_char/end_char (end exclusive) into articles.text.
-- Ids and titles use the "C" collation so that prefix lookups and orderings are the
-- byte orderings SQLite uses, whatever the database's locale.

-- Folds case and strips diacritics (Montréal -> montreal), as SQLite's FTS5 does
-- with remove_diacritics; IMMUTABLE so the generated column may use it.
CREATE FUNCTION newsgraph_fold(value TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(regexp_replace(normalize(value, NFKD), '[\u0300-\u036f]', '', 'g')) $$;

CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY,
    title TEXT COLLATE "C",
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,            -- JSON: [[start, end], ...]
    captions TEXT NOT NULL,              -- JSON: [{text, credit, date, archive}, ...]
    published TEXT COLLATE "C",          -- TIMEX3-style value or NULL when unknown
    published_precision TEXT,
    published_source TEXT NOT NULL,
    published_not_before TEXT,
    source_name TEXT,
    source_url TEXT,
    origin_path TEXT NOT NULL,
    origin_index INTEGER NOT NULL,
    word_count INTEGER NOT NULL,
    minhash BYTEA,
    ingested_at TEXT NOT NULL,
    search TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', newsgraph_fold(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('simple', newsgraph_fold(text)), 'B')
    ) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE article_origins (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    path TEXT COLLATE "C" NOT NULL,
    position INTEGER NOT NULL,
    url TEXT,
    duplicate TEXT NOT NULL,             -- original | exact | near
    similarity DOUBLE PRECISION,
    first_seen TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, path, position)
);

CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    key BIGINT NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE actors (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id TEXT COLLATE "C" NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT COLLATE "C",
    country TEXT,
    sector TEXT,
    role TEXT,
    aliases TEXT NOT NULL,               -- JSON list
    PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX actors_code ON actors (code);
CREATE INDEX actors_name ON actors (name);

CREATE TABLE mentions (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    actor_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX mentions_actor ON mentions (article_id, actor_id);

CREATE TABLE timexes (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX timexes_article ON timexes (article_id);

CREATE TABLE places (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geonameid BIGINT,
    feature TEXT
);
CREATE INDEX places_article ON places (article_id);
CREATE INDEX places_country ON places (country);

CREATE TABLE quotes (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    speaker_actor TEXT COLLATE "C",
    speaker_name TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    channel TEXT,
    fragment INTEGER NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_name);

CREATE TABLE events (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id TEXT COLLATE "C" NOT NULL,
    cluster TEXT COLLATE "C",
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT NOT NULL,               -- JSON list
    cameo TEXT,
    quad INTEGER,
    goldstein DOUBLE PRECISION,
    modality TEXT NOT NULL,
    date_value TEXT COLLATE "C",
    date_precision TEXT,
    location_name TEXT,
    location_country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_value);
CREATE INDEX events_cluster ON events (cluster);

CREATE TABLE event_actors (
    article_id TEXT COLLATE "C" NOT NULL,
    event_id TEXT COLLATE "C" NOT NULL,
    role TEXT NOT NULL,                  -- source | target
    actor_id TEXT COLLATE "C" NOT NULL,
    code TEXT COLLATE "C",
    PRIMARY KEY (article_id, event_id, role, actor_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors (code, role);

CREATE TABLE runs (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    arguments TEXT NOT NULL,             -- JSON list
    summary TEXT                         -- JSON object
);

CREATE TABLE run_failures (
    run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    input TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX run_failures_run ON run_failures (run_id);
