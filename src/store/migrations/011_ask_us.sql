-- "Ask us": questions from the public form, answered by the organisers within 2 working days
-- (core/working_days.h). The award tables of issue 8 come in a later migration.
--
-- Decisions:
-- * due_at is computed once, at receipt, and stored: the promise made in the receipt mail never moves,
--   even if the holiday rules change later, and the inbox sorts on a plain column.
-- * status: new → taken (an organiser takes it; another may take it over, taken_by holds the last one)
--   → answered (the answer is mailed to the asker; final) or forwarded (mailed to another address with
--   a note). A forwarded question may still be answered by us; an answered one never changes again.
-- * "Handled" = answered or forwarded; handled_at is the first moment either happened. A question is on
--   time when handled_at <= due_at. A forwarded question therefore counts as handled on time when it was
--   forwarded before its due time, and gets no overdue alert.
-- * overdue_alerted_at makes the overdue alert go once per question: the job sets it with
--   "... WHERE overdue_alerted_at IS NULL" and queues the mails only when that update took effect.
-- * language is the asker's (the UI language of the form): receipt and answer mails use it.
-- * There is no programme: questions belong to the platform's organisers as a whole.
CREATE TABLE questions (
    id {{ID}},
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL CHECK (topic IN ('general', 'registration', 'measurement', 'label', 'network', 'award', 'other')),
    question TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
    consent_at BIGINT NOT NULL,           -- when the asker consented to us keeping their data to answer
    received_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'taken', 'answered', 'forwarded')),
    taken_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    taken_at BIGINT,
    answer TEXT,
    answered_at BIGINT,
    answered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    forwarded_to TEXT,
    forward_note TEXT,
    forwarded_at BIGINT,
    forwarded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    handled_at BIGINT,                    -- first answer or forward: decides "on time"
    overdue_alerted_at BIGINT
);
CREATE INDEX questions_due ON questions(due_at);
CREATE INDEX questions_received ON questions(received_at);
