-- Session and rate limits that hold (issue 16, points 3 and 4).
--
-- sessions.idle_seconds: how long the session survives without a request, besides its absolute
-- expires_at. Decided when the session is created (staff roles get the shorter limit, see
-- store/auth_tokens.h), so the lookup on every request stays one indexed read without a join. Sessions
-- open at migration time are staff sessions if their user is an operator or holds a staff role, with the
-- default limits.
ALTER TABLE sessions ADD COLUMN idle_seconds BIGINT NOT NULL DEFAULT 28800;
UPDATE sessions SET idle_seconds = 7200
WHERE user_id IN (SELECT user_id FROM memberships WHERE role IN ('organiser', 'reviewer', 'jury'))
   OR user_id IN (SELECT id FROM users WHERE is_operator = 1);

-- rate_limits.previous_hits: the hits of the window before window_start, for the sliding-window
-- count (core/rate_window.h). Existing rows start with none.
ALTER TABLE rate_limits ADD COLUMN previous_hits INTEGER NOT NULL DEFAULT 0;
