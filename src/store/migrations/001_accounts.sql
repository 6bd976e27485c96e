-- Accounts: users, organisations, memberships, sessions, one-time links, e-mail outbox, rate limits.
-- Timestamps are unix seconds (BIGINT); booleans are 0/1 integers, the same on both databases.

CREATE TABLE users (
    id {{ID}},
    email TEXT NOT NULL UNIQUE,            -- stored lower-case
    name TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
    password_hash TEXT,                     -- NULL until the invitation is accepted
    created_at BIGINT NOT NULL
);

CREATE TABLE organisations (
    id {{ID}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('organiser', 'school', 'company')),
    created_at BIGINT NOT NULL
);

CREATE TABLE memberships (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('organiser', 'coordinator', 'team_member', 'mentor', 'reviewer', 'jury')),
    created_at BIGINT NOT NULL,
    UNIQUE (user_id, organisation_id, role)
);
CREATE INDEX memberships_org ON memberships(organisation_id);

CREATE TABLE sessions (
    id {{ID}},
    token_hash TEXT NOT NULL UNIQUE,        -- hex SHA-256 of the cookie value; the token itself is never stored
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE one_time_tokens (
    id {{ID}},
    token_hash TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('reset', 'invite')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE outbox (
    id {{ID}},
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox(sent_at, next_attempt_at);

-- Fixed-window counters shared by every server process (login attempts per account and per address).
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL PRIMARY KEY,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL
);
