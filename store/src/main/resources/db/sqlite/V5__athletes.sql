-- runmuscle 0.4: any number of athletes in one history. Every file, activity and muscle load belongs
-- to one athlete; the same file may be imported once per athlete, and duplicates are found within an
-- athlete's own activities only.
--
-- SQLite cannot change a table's keys in place, so each table is rebuilt: new tables are created and
-- filled, children before parents are dropped, and the new tables take the old names (RENAME updates
-- the foreign keys that name them). Foreign keys stay on throughout: dropping the old muscle_load
-- before the old activity keeps the drop's implicit DELETE from cascading into rows being kept.

-- The old single profile (id 1) becomes athlete 1, named 'me'; a history with files but no saved
-- profile gets that athlete too, with no mass (the runs keep the mass they were analysed with).
CREATE TABLE athlete_v5 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL COLLATE NOCASE UNIQUE,
    mass_kg    DOUBLE PRECISION,
    level      TEXT NOT NULL DEFAULT 'beginner',
    equipment  TEXT NOT NULL DEFAULT 'none',
    hr_max     DOUBLE PRECISION,
    hr_rest    DOUBLE PRECISION,
    time_zone  TEXT NOT NULL DEFAULT 'UTC',
    units      TEXT NOT NULL DEFAULT 'km',
    created_at BIGINT NOT NULL
);
INSERT INTO athlete_v5 (id, name, mass_kg, level, equipment, created_at)
    SELECT 1, 'me', mass_kg, level, equipment, CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM athlete;
INSERT INTO athlete_v5 (id, name, created_at)
    SELECT 1, 'me', CAST(strftime('%s', 'now') AS INTEGER) * 1000
    WHERE NOT EXISTS (SELECT 1 FROM athlete_v5) AND EXISTS (SELECT 1 FROM source_file);

CREATE TABLE source_file_v5 (
    athlete_id   INTEGER NOT NULL REFERENCES athlete_v5 (id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    format       TEXT NOT NULL,
    imported_at  BIGINT NOT NULL,
    activities   INTEGER NOT NULL,
    duplicates   INTEGER NOT NULL,
    PRIMARY KEY (athlete_id, content_hash)
);
INSERT INTO source_file_v5 (athlete_id, content_hash, file_name, format, imported_at, activities, duplicates)
    SELECT 1, content_hash, file_name, format, imported_at, activities, duplicates FROM source_file;

CREATE TABLE activity_v5 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id    INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
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
    samples       BLOB NOT NULL,
    name          TEXT NOT NULL DEFAULT '',
    gear          TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (athlete_id, content_hash) REFERENCES source_file_v5 (athlete_id, content_hash) ON DELETE CASCADE,
    UNIQUE (athlete_id, content_hash, session_index)
);
INSERT INTO activity_v5 (id, athlete_id, content_hash, session_index, sport, start_time, elapsed_s, moving_s,
        distance_m, avg_hr, max_hr, avg_cadence, ascent_m, descent_m, device, mass_kg, model_version, samples, name,
        gear)
    SELECT id, 1, content_hash, session_index, sport, start_time, elapsed_s, moving_s, distance_m, avg_hr, max_hr,
        avg_cadence, ascent_m, descent_m, device, mass_kg, model_version, samples, name, gear FROM activity;
-- Ids of deleted activities are not handed out again.
INSERT INTO sqlite_sequence (name, seq) SELECT 'activity_v5', seq FROM sqlite_sequence WHERE name = 'activity';

-- The athlete is repeated on each load so that the daily-load query reads one index and no table row.
CREATE TABLE muscle_load_v5 (
    activity_id     INTEGER NOT NULL REFERENCES activity_v5 (id) ON DELETE CASCADE,
    athlete_id      INTEGER NOT NULL,
    day             INTEGER NOT NULL,
    muscle          TEXT NOT NULL,
    load_bw_s       DOUBLE PRECISION NOT NULL,
    concentric_bw_s DOUBLE PRECISION NOT NULL,
    eccentric_bw_s  DOUBLE PRECISION NOT NULL,
    isometric_bw_s  DOUBLE PRECISION NOT NULL,
    damaging_bw_s   DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, muscle)
);
INSERT INTO muscle_load_v5 (activity_id, athlete_id, day, muscle, load_bw_s, concentric_bw_s, eccentric_bw_s,
        isometric_bw_s, damaging_bw_s)
    SELECT activity_id, 1, day, muscle, load_bw_s, concentric_bw_s, eccentric_bw_s, isometric_bw_s, damaging_bw_s
    FROM muscle_load;

DROP TABLE muscle_load;
DROP TABLE activity;
DROP TABLE source_file;
DROP TABLE athlete;
ALTER TABLE athlete_v5 RENAME TO athlete;
ALTER TABLE source_file_v5 RENAME TO source_file;
ALTER TABLE activity_v5 RENAME TO activity;
ALTER TABLE muscle_load_v5 RENAME TO muscle_load;

CREATE INDEX activity_athlete_start ON activity (athlete_id, start_time);
CREATE INDEX muscle_load_athlete_day ON muscle_load (athlete_id, day, muscle, load_bw_s, eccentric_bw_s, damaging_bw_s);

-- Each file as it was imported (deflated), so that 'export' gives back the original recordings.
-- Files imported before this release have none; their activities are exported from their samples.
CREATE TABLE original_file (
    athlete_id   INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    deflated     BLOB NOT NULL,
    PRIMARY KEY (athlete_id, content_hash),
    FOREIGN KEY (athlete_id, content_hash) REFERENCES source_file (athlete_id, content_hash) ON DELETE CASCADE
);
