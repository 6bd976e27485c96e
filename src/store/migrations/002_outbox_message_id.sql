-- A Message-ID chosen when the mail is queued, so every retry of one message carries the same id and
-- a receiver can tell a repeated delivery apart from a new message.
ALTER TABLE outbox ADD COLUMN message_id TEXT;
