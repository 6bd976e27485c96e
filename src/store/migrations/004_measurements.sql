-- Self-assessment measurements: a school's baseline and final measurement per programme, each pinned
-- to the framework version it was started with, one answer row per criterion with its own version for
-- conflict-safe autosave, and the (future) links from an answer to evidence.

CREATE TABLE measurements (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'final')),
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted')),
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    submitted_at BIGINT,
    submitted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    reopened_at BIGINT,                                             -- the last reopening by an organiser
    reopen_reason TEXT,
    UNIQUE (programme_id, organisation_id, kind)
);

-- One row per criterion that was touched. `version` starts at 1 and grows by one with every write; a
-- write names the version it read, and a stale one is refused (nothing silently overwritten).
CREATE TABLE measurement_answers (
    measurement_id BIGINT NOT NULL REFERENCES measurements(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    level TEXT CHECK (level IS NULL OR level IN ('not_yet', 'competent', 'proficient', 'expert')),
    comment TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (measurement_id, criterion_id)
);

-- Evidence supporting an answer. The evidence library arrives with the label issue; its migration adds
-- the evidence table, and this link table is the shape the measurement screens already speak.
CREATE TABLE measurement_evidence (
    measurement_id BIGINT NOT NULL REFERENCES measurements(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    evidence_id BIGINT NOT NULL,
    PRIMARY KEY (measurement_id, criterion_id, evidence_id)
);
