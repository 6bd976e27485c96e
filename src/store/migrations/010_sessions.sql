-- Learning-network sessions (registration, waitlist, attendance, report, attachments), the private
-- calendar feed, the resources library and public playbook requests (issue 7, engineer "sessions").
--
-- Design decisions:
-- * The table is network_sessions: `sessions` holds sign-in sessions (migration 001).
-- * Times are unix seconds; the API speaks Europe/Brussels wall-clock time and converts at the edge.
-- * audience_working_group_id names a row of working_groups (migration 009, engineer "groupreport") WITHOUT a
--   foreign key: deleting a group must neither delete its sessions (CASCADE) nor break the audience CHECK
--   (SET NULL); a session of a deleted group
--   stays readable by organisers only (its member list is empty).
-- * Registrations keep their row when cancelled (status 'cancelled'); queue_seq orders the queue per
--   session (a re-registration goes to the back), so the waitlist rule (core/waitlist.h) only needs the
--   ordered list. Registered vs waitlisted is stored, not recomputed, so nobody is demoted when the
--   capacity is lowered.
-- * lock_version is bumped by every registration change: the UPDATE takes a row lock on PostgreSQL, which
--   serialises concurrent registrations per session (SQLite serialises all writers anyway).
-- * Attachment and resource files share the content-addressed evidence folder (store/evidence_files.h);
--   their sha256 columns are consulted before a stored file is removed.
-- * The private feed token is derived (HMAC with a key outside the database); only its SHA-256 is stored.
-- * Playbook download tokens are stored hashed too; approving again replaces the token.

CREATE TABLE network_sessions (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('inspiration', 'growth', 'focus_group', 'exchange', 'working_group_meeting', 'other')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    host_school_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,
    venue_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    capacity BIGINT NOT NULL CHECK (capacity >= 1),
    audience_kind TEXT NOT NULL DEFAULT 'programme' CHECK (audience_kind IN ('programme', 'working_group')),
    audience_working_group_id BIGINT,  -- working_groups(id) of migration 009; no FK on purpose (see above)
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
    report_body TEXT,                  -- Markdown subset; rendered safely by the web app (no raw HTML)
    report_published_at BIGINT,        -- NULL while a draft
    report_mailed INTEGER NOT NULL DEFAULT 0,  -- the "report published" mail goes once
    lock_version BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK ((audience_kind = 'programme' AND audience_working_group_id IS NULL) OR
           (audience_kind = 'working_group' AND audience_working_group_id IS NOT NULL))
);
CREATE INDEX network_sessions_programme ON network_sessions(programme_id, starts_at);
CREATE INDEX network_sessions_starts ON network_sessions(starts_at);

CREATE TABLE session_registrations (
    id {{ID}},
    session_id BIGINT NOT NULL REFERENCES network_sessions(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    organisation_id BIGINT REFERENCES organisations(id) ON DELETE SET NULL,  -- the membership it was made with
    status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
    queue_seq BIGINT NOT NULL,         -- order of registering within the session
    registered_at BIGINT NOT NULL,
    attended INTEGER NOT NULL DEFAULT 0,
    UNIQUE (session_id, user_id)
);
CREATE INDEX session_registrations_user ON session_registrations(user_id);

-- The 2-days-before reminder, once per session and user (jobs/session_reminders.h).
CREATE TABLE session_reminders_sent (
    session_id BIGINT NOT NULL REFERENCES network_sessions(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

CREATE TABLE session_attachments (
    id {{ID}},
    session_id BIGINT NOT NULL REFERENCES network_sessions(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX session_attachments_session ON session_attachments(session_id);
CREATE INDEX session_attachments_sha ON session_attachments(sha256);

CREATE TABLE ical_feeds (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    generation BIGINT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE resources (
    id {{ID}},
    programme_id BIGINT REFERENCES programmes(id) ON DELETE CASCADE,  -- NULL: global
    kind TEXT NOT NULL CHECK (kind IN ('playbook', 'best_practice', 'session_report', 'other')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    url TEXT,
    file_name TEXT,
    content_type TEXT,
    size BIGINT,
    sha256 TEXT,
    published INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX resources_sha ON resources(sha256);

CREATE TABLE resource_elements (
    resource_id BIGINT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    element_id TEXT NOT NULL,
    PRIMARY KEY (resource_id, element_id)
);

CREATE TABLE resource_criteria (
    resource_id BIGINT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL,
    PRIMARY KEY (resource_id, criterion_id)
);

CREATE TABLE playbook_requests (
    id {{ID}},
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    organisation TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'nl',
    created_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved')),
    approved_at BIGINT,
    approved_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    token_hash TEXT UNIQUE,
    expires_at BIGINT
);
