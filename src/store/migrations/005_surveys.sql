-- Anonymous surveys (SELFIE-like) next to a school's measurement: one survey per group, shared by a
-- link and a short code. A response stores no identity: no user, no address, no time finer than the
-- day. Each response needs a single-use token handed out with the questionnaire, so a replayed or
-- scripted POST cannot add answers.

CREATE TABLE surveys (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'final')),       -- the measurement it sits beside
    respondent_group TEXT NOT NULL CHECK (respondent_group IN ('leaders', 'teachers', 'students', 'mentor')),
    variant TEXT NOT NULL CHECK (variant IN ('primary', 'secondary')),  -- wording: the school's level
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,                                      -- short code respondents type in
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    closed_at BIGINT,
    UNIQUE (programme_id, organisation_id, kind, respondent_group)
);

-- Single-use tokens handed out with the questionnaire (only a hash is kept).
CREATE TABLE survey_tokens (
    token_hash TEXT PRIMARY KEY,                                    -- hex SHA-256 of the token
    survey_id BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE survey_responses (
    id {{ID}},
    survey_id BIGINT NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
    answered_on TEXT NOT NULL                                       -- 'YYYY-MM-DD' only, on purpose
);
CREATE INDEX survey_responses_survey ON survey_responses(survey_id);

-- score 1..5 (agreement); NULL = "don't know".
CREATE TABLE survey_answers (
    response_id BIGINT NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, criterion_id)
);
