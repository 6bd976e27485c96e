-- The reviewed label: a school applies with a submitted measurement and its evidence, frozen as a
-- snapshot; the organiser assigns a reviewer, who accepts a level and writes feedback per criterion; the
-- decision (none / competent / proficient / expert) is valid three years and, above none, has a
-- certificate with a public verification code. Schools opt in to the public showcase.

CREATE TABLE label_applications (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    measurement_id BIGINT NOT NULL REFERENCES measurements(id) ON DELETE CASCADE,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'in_review', 'decided', 'withdrawn')),
    snapshot TEXT NOT NULL,          -- JSON: the answers and the evidence metadata as they were at submission
    submitted_at BIGINT NOT NULL,
    submitted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    reviewer_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    assigned_at BIGINT,
    due_on TEXT,                     -- 'YYYY-MM-DD', set by the organiser with the assignment
    proposed_label TEXT CHECK (proposed_label IS NULL OR proposed_label IN ('none', 'competent', 'proficient', 'expert')),
    decided_label TEXT CHECK (decided_label IS NULL OR decided_label IN ('none', 'competent', 'proficient', 'expert')),
    override_reason TEXT,            -- required when decided_label differs from proposed_label
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    valid_from TEXT,                 -- 'YYYY-MM-DD' (Brussels) of the decision
    valid_until TEXT,                -- three years later
    certificate_code TEXT UNIQUE     -- public verification code; only for a label above none
);
CREATE INDEX label_applications_school ON label_applications(programme_id, organisation_id);
CREATE INDEX label_applications_reviewer ON label_applications(reviewer_id);

-- The files a snapshot names, so a stored file outlives the school removing its evidence row.
CREATE TABLE label_application_files (
    application_id BIGINT NOT NULL REFERENCES label_applications(id) ON DELETE CASCADE,
    evidence_id BIGINT NOT NULL,     -- the id in the snapshot (the evidence row itself may be gone)
    sha256 TEXT NOT NULL,
    PRIMARY KEY (application_id, evidence_id)
);
CREATE INDEX label_application_files_sha ON label_application_files(sha256);

CREATE TABLE label_reviews (
    application_id BIGINT NOT NULL REFERENCES label_applications(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    accepted_level TEXT CHECK (accepted_level IS NULL OR accepted_level IN ('not_yet', 'competent', 'proficient', 'expert')),
    feedback TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (application_id, criterion_id)
);

-- A school's consent to appear on the public showcase (while it holds a valid label above none).
CREATE TABLE showcase_consents (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    consented_at BIGINT NOT NULL,
    consented_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
