-- Personal API tokens (issue 23, point 3; docs/api.md, "API tokens"): an organiser lets a script read the
-- progress board or the group report without a browser session. Only the SHA-256 of a token is kept, as
-- for sessions. Every request made with a token is recorded in api_token_uses (the route pattern, never
-- the ids in the path), which the maintenance job thins like the security log (jobs/retention.h).
CREATE TABLE api_tokens (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    last_used_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id, created_at);

CREATE TABLE api_token_uses (
    id {{ID}},
    token_id BIGINT NOT NULL REFERENCES api_tokens(id) ON DELETE CASCADE,
    used_at BIGINT NOT NULL,
    method TEXT NOT NULL,
    route TEXT NOT NULL,
    status INTEGER NOT NULL,
    client_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX api_token_uses_token ON api_token_uses(token_id, used_at);
CREATE INDEX api_token_uses_time ON api_token_uses(used_at);
