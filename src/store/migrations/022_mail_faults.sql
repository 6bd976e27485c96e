-- Mail faults (issue 21, point 3; docs/operations.md, "E-mail"). A message the mail worker gives up on
-- is marked failed (failed_at) instead of only sitting at its attempt limit, so it can be listed, and
-- "try again" clears the mark. organiser_id: the tenant on whose behalf the message was queued, so an
-- organiser sees the undelivered mail of their own organisation only; NULL (mail of no tenant, such as a
-- password reset, and every message queued before this version) is seen by the operator alone. When the
-- organisation goes, its queued mail is still delivered.
ALTER TABLE outbox ADD COLUMN failed_at BIGINT;
ALTER TABLE outbox ADD COLUMN organiser_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL;

-- Messages the worker already gave up on (the limit was 8): their last planned retry is the best
-- moment on record.
UPDATE outbox SET failed_at = next_attempt_at WHERE sent_at IS NULL AND attempts >= 8;

CREATE INDEX outbox_failed ON outbox(organiser_id, failed_at);
