-- newsgraph schema, version 1: articles with their origins, near-duplicate bands,
-- full-text search, and one table per kind of extracted record.
-- Character offsets are start_char/end_char (end exclusive) into articles.text.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,            -- JSON: [[start, end], ...]
    captions TEXT NOT NULL,              -- JSON: [{text, credit, date, archive}, ...]
    published TEXT,                      -- TIMEX3-style value or NULL when unknown
    published_precision TEXT,
    published_source TEXT NOT NULL,
    published_not_before TEXT,
    source_name TEXT,
    source_url TEXT,
    origin_path TEXT NOT NULL,
    origin_index INTEGER NOT NULL,
    word_count INTEGER NOT NULL,
    minhash BLOB,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE article_origins (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    position INTEGER NOT NULL,
    url TEXT,
    duplicate TEXT NOT NULL,             -- original | exact | near
    similarity REAL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (article_id, path, position)
);

CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    aliases TEXT NOT NULL,               -- JSON list
    PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX actors_code ON actors (code);
CREATE INDEX actors_name ON actors (name);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    actor_id TEXT NOT NULL
);
CREATE INDEX mentions_actor ON mentions (article_id, actor_id);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX timexes_article ON timexes (article_id);

CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geonameid INTEGER,
    feature TEXT
);
CREATE INDEX places_article ON places (article_id);
CREATE INDEX places_country ON places (country);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    speaker_actor TEXT,
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
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    cluster TEXT,
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT NOT NULL,               -- JSON list
    cameo TEXT,
    quad INTEGER,
    goldstein REAL,
    modality TEXT NOT NULL,
    date_value TEXT,
    date_precision TEXT,
    location_name TEXT,
    location_country TEXT,
    lat REAL,
    lon REAL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    evidence_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_value);
CREATE INDEX events_cluster ON events (cluster);

CREATE TABLE event_actors (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,                  -- source | target
    actor_id TEXT NOT NULL,
    code TEXT,
    PRIMARY KEY (article_id, event_id, role, actor_id),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors (code, role);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    arguments TEXT NOT NULL,             -- JSON list
    summary TEXT                         -- JSON object
);

CREATE TABLE run_failures (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    input TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL
);
