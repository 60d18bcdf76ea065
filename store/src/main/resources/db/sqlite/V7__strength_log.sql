-- runmuscle 0.5: strength work counts. A strength session is logged by hand, ticked off from a plan,
-- or imported from a watch's strength-training file (then content_hash names that file). Its sets
-- are kept as done; its per-muscle loads, in the same body-weight seconds as a run's, feed the same
-- readiness and soreness model. Days are epoch days in the athlete's time zone when it was logged.
CREATE TABLE strength_session (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id    INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    day           INTEGER NOT NULL,
    start_time    BIGINT,
    minutes       DOUBLE PRECISION NOT NULL,
    rpe           DOUBLE PRECISION,
    source        TEXT NOT NULL CHECK (source IN ('log', 'plan', 'fit')),
    planned_day   INTEGER,
    content_hash  TEXT,
    note          TEXT NOT NULL DEFAULT '',
    mass_kg       DOUBLE PRECISION NOT NULL,
    model_version INTEGER NOT NULL,
    created_at    BIGINT NOT NULL,
    FOREIGN KEY (athlete_id, content_hash) REFERENCES source_file (athlete_id, content_hash) ON DELETE CASCADE
);
CREATE INDEX strength_session_athlete_day ON strength_session (athlete_id, day);

-- Each set as done: reps (per side for one-sided work) or seconds for a hold, the external load in kg
-- (0 for body weight), and the effort when given (reps in reserve or RPE).
CREATE TABLE strength_set (
    session_id INTEGER NOT NULL REFERENCES strength_session (id) ON DELETE CASCADE,
    set_index  INTEGER NOT NULL,
    exercise   TEXT NOT NULL,
    reps       INTEGER NOT NULL,
    seconds    DOUBLE PRECISION NOT NULL,
    load_kg    DOUBLE PRECISION NOT NULL,
    rir        INTEGER,
    rpe        DOUBLE PRECISION,
    PRIMARY KEY (session_id, set_index)
);

-- As muscle_load, for a strength session; the daily-load query reads both.
CREATE TABLE strength_load (
    session_id      INTEGER NOT NULL REFERENCES strength_session (id) ON DELETE CASCADE,
    athlete_id      INTEGER NOT NULL,
    day             INTEGER NOT NULL,
    muscle          TEXT NOT NULL,
    load_bw_s       DOUBLE PRECISION NOT NULL,
    concentric_bw_s DOUBLE PRECISION NOT NULL,
    eccentric_bw_s  DOUBLE PRECISION NOT NULL,
    isometric_bw_s  DOUBLE PRECISION NOT NULL,
    damaging_bw_s   DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (session_id, muscle)
);
CREATE INDEX strength_load_athlete_day
    ON strength_load (athlete_id, day, muscle, load_bw_s, eccentric_bw_s, damaging_bw_s);
