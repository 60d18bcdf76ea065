-- The runner's training history. Times are epoch milliseconds (UTC); days are epoch days (UTC).
CREATE TABLE athlete (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    mass_kg   DOUBLE PRECISION NOT NULL,
    level     TEXT NOT NULL,
    equipment TEXT NOT NULL
);

-- One row per imported file: its content hash is its identity, so a file is imported once.
CREATE TABLE source_file (
    content_hash TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    imported_at  BIGINT NOT NULL,
    activities   INTEGER NOT NULL,
    duplicates   INTEGER NOT NULL
);

CREATE TABLE activity (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash  TEXT NOT NULL REFERENCES source_file (content_hash),
    session_index INTEGER NOT NULL,
    sport         TEXT NOT NULL,
    start_time    BIGINT NOT NULL,
    elapsed_s     DOUBLE PRECISION NOT NULL,
    moving_s      DOUBLE PRECISION NOT NULL,
    distance_m    DOUBLE PRECISION,
    avg_hr        DOUBLE PRECISION,
    max_hr        DOUBLE PRECISION,
    avg_cadence   DOUBLE PRECISION,
    ascent_m      DOUBLE PRECISION,
    descent_m     DOUBLE PRECISION,
    device        TEXT NOT NULL,
    mass_kg       DOUBLE PRECISION NOT NULL,
    model_version INTEGER NOT NULL,
    samples       BYTEA NOT NULL,
    UNIQUE (content_hash, session_index)
);
CREATE INDEX activity_start ON activity (start_time);

-- Per-muscle load of a running activity, on the day it started.
CREATE TABLE muscle_load (
    activity_id    BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    day            INTEGER NOT NULL,
    muscle         TEXT NOT NULL,
    load_bw_s      DOUBLE PRECISION NOT NULL,
    concentric_bw_s DOUBLE PRECISION NOT NULL,
    eccentric_bw_s DOUBLE PRECISION NOT NULL,
    isometric_bw_s DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (activity_id, muscle)
);
CREATE INDEX muscle_load_day ON muscle_load (day);
