-- Award (issue 8): one round per programme, a weighted rubric, candidacies of schools, a jury that scores
-- them, recusals, and the announced result. The ranking rule itself is pure code (core/award_ranking.h).
--
-- Decisions:
-- * One round per programme (programme_id UNIQUE). status: open -> closed (the organiser closes it: no
--   more scores or recusals; jurors see each other's scores) -> announced (winners chosen, candidates mailed).
--   Candidacies are accepted while status = 'open' and today (Europe/Brussels) is in [opens_on, closes_on].
-- * scale 5 or 10; a criterion's descriptors are a JSON array of exactly `scale` texts (score 1..scale). The
--   rubric is replaced as a whole (criteria get new ids) and only while no score exists ("rubric_locked"), so
--   a stored score always refers to the criterion it was given for. Changing the scale empties the rubric.
-- * A candidacy is one per school per round; withdrawing keeps the row (status 'withdrawn') so submitting it
--   again keeps its id. team is a JSON array of names (people, not accounts: teachers and pupils without one).
--   Attachments are the school's own evidence rows (no new upload path); deleting the evidence drops the link.
--   result: NULL until announced, then 'won' | 'not_won' for every submitted candidacy.
-- * Jurors are users; company_org_id is the company the juror belonged to when invited (shown to the
--   organiser). Automatic recusal is NOT keyed on it: while the round is open it is derived live from every
--   company the juror is a member of with a CONFIRMED mentor_matches row for the school in this programme,
--   and closing the round stores those as automatic = 1 rows, so the results of a closed round never move.
-- * Scores: one row per juror x candidacy x criterion; a recused juror's scores are kept (they are visible
--   in the exports, marked) but never counted.
CREATE TABLE award_rounds (
    id {{ID}},
    programme_id BIGINT NOT NULL UNIQUE REFERENCES programmes(id) ON DELETE CASCADE,
    opens_on TEXT NOT NULL,                                         -- 'YYYY-MM-DD' (Brussels)
    closes_on TEXT NOT NULL,
    scale INTEGER NOT NULL CHECK (scale IN (5, 10)),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'announced')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    closed_at BIGINT,
    announced_at BIGINT
);

CREATE TABLE award_rubric_criteria (
    id {{ID}},
    round_id BIGINT NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
    descriptors TEXT NOT NULL,                                      -- JSON array of `scale` texts
    UNIQUE (round_id, position)
);

CREATE TABLE award_candidacies (
    id {{ID}},
    round_id BIGINT NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    pitch TEXT NOT NULL,
    video_url TEXT,
    team TEXT NOT NULL DEFAULT '[]',                                -- JSON array of names
    status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'withdrawn')),
    result TEXT CHECK (result IN ('won', 'not_won')),
    submitted_at BIGINT NOT NULL,
    submitted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (round_id, organisation_id)
);

CREATE TABLE award_candidacy_evidence (
    candidacy_id BIGINT NOT NULL REFERENCES award_candidacies(id) ON DELETE CASCADE,
    evidence_id BIGINT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (candidacy_id, evidence_id)
);

CREATE TABLE award_jurors (
    round_id BIGINT NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    company_org_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    invited_at BIGINT NOT NULL,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    PRIMARY KEY (round_id, user_id)
);
CREATE INDEX award_jurors_user ON award_jurors(user_id);

CREATE TABLE award_recusals (
    round_id BIGINT NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
    juror_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidacy_id BIGINT NOT NULL REFERENCES award_candidacies(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    automatic INTEGER NOT NULL DEFAULT 0,                           -- 1: a confirmed mentor match, stored at close
    created_at BIGINT NOT NULL,
    PRIMARY KEY (juror_id, candidacy_id)
);

CREATE TABLE award_scores (
    round_id BIGINT NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
    juror_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    candidacy_id BIGINT NOT NULL REFERENCES award_candidacies(id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES award_rubric_criteria(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 10),
    comment TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (juror_id, candidacy_id, criterion_id)
);
CREATE INDEX award_scores_round ON award_scores(round_id);
