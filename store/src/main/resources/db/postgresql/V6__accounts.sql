-- runmuscle 0.4: accounts for a shared server. An administrator manages accounts; a coach sees the
-- athletes who granted them access; an athlete account is one athlete of the history. Passwords are
-- kept only as Argon2id hashes (PHC strings); login sessions and API tokens only as SHA-256 hashes of
-- their random values, so a copy of the database lets no one in.
CREATE TABLE account (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'coach', 'athlete')),
    athlete_id    BIGINT UNIQUE REFERENCES athlete (id) ON DELETE SET NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE login_session (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen  BIGINT NOT NULL
);
CREATE INDEX login_session_account ON login_session (account_id);

CREATE TABLE api_token (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used  BIGINT
);

-- An athlete's grant to a coach: the coach sees and plans for them until the athlete removes it.
CREATE TABLE coach_access (
    athlete_id BIGINT NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    coach_id   BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (athlete_id, coach_id)
);
CREATE INDEX coach_access_coach ON coach_access (coach_id);
-- Names are unique without regard to case, as on SQLite (COLLATE NOCASE).
CREATE UNIQUE INDEX account_name ON account (lower(name));
