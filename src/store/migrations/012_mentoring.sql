-- Mentoring: the organiser matches each school of a programme to at most one mentor company
-- (src/core/matching.*), confirms the pairs, and the confirmed mentor and the school keep a meeting log
-- whose follow-ups can become actions of the school's action plan (migration 008).

-- One row per school per programme: a school has at most one mentor company in a programme.
-- status 'proposed' rows are the matcher's (or the organiser's) proposal; a new proposal run replaces the
-- proposed rows that are not fixed. 'confirmed' rows are final: they count against the company's
-- capacity and grant the company's mentors access to the school (src/store/mentor_access.*, which
-- queries programme_id, school_id, company_id and status of this table — keep those names).
-- score and explanation are the matcher's figures for the pair at the time it was set (explanation is
-- the JSON object of the API's Pair.explanation), so the organiser sees why without recomputing.
CREATE TABLE mentor_matches (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    school_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    company_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed')),
    score INTEGER NOT NULL DEFAULT 0,
    explanation TEXT NOT NULL DEFAULT '{}',
    fixed INTEGER NOT NULL DEFAULT 0,                              -- 1: set by hand, kept by a new proposal run
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    confirmed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (programme_id, school_id)
);
CREATE INDEX mentor_matches_company ON mentor_matches(company_id, status);

-- The meeting log of a school with its mentor in one programme. author_side says which side wrote it
-- ('mentor' or 'school'): only that side may edit or delete it afterwards.
CREATE TABLE mentor_meetings (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    school_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,                                         -- 'YYYY-MM-DD'
    attendees TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    author_side TEXT NOT NULL CHECK (author_side IN ('mentor', 'school')),
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX mentor_meetings_school ON mentor_meetings(programme_id, school_id, held_on);

-- Follow-ups agreed in a meeting, in the order written. action_id is set when the coordinator turns the
-- follow-up into an action of the action plan; no foreign key, so this migration does not depend on the
-- action plan's table names (a deleted action leaves a dangling id, which the API reports as null).
CREATE TABLE meeting_follow_ups (
    id {{ID}},
    meeting_id BIGINT NOT NULL REFERENCES mentor_meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    action_id BIGINT
);
CREATE INDEX meeting_follow_ups_meeting ON meeting_follow_ups(meeting_id, position);
