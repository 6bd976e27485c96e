-- Programmes and onboarding: programme editions with phases, public registrations of schools and
-- mentors, the organisations taking part, school/company profiles, team functions, the audit log and
-- sent phase reminders. Dates without a time are 'YYYY-MM-DD' text (Europe/Brussels calendar days).

CREATE TABLE programmes (
    id {{ID}},
    organiser_id BIGINT NOT NULL REFERENCES organisations(id),   -- the organiser organisation that runs it
    name TEXT NOT NULL,
    school_year TEXT NOT NULL,                                     -- '2026-2027'
    audience TEXT NOT NULL CHECK (audience IN ('primary', 'secondary')),
    region TEXT NOT NULL,
    framework_id TEXT NOT NULL,                                    -- id of a framework in data/frameworks
    framework_version TEXT NOT NULL,
    max_schools INTEGER NOT NULL CHECK (max_schools > 0),
    description_nl TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL DEFAULT 0,                          -- 1: visible on the public programme page
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE programme_phases (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('baseline', 'action_plan', 'learning_network', 'label', 'final', 'award')),
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    UNIQUE (programme_id, kind)
);

-- Extra days for one school in one phase (set by the organiser).
CREATE TABLE phase_extensions (
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    PRIMARY KEY (programme_id, organisation_id, kind)
);

-- Organisations taking part in a programme.
CREATE TABLE programme_participants (
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('school', 'company')),
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, organisation_id)
);
CREATE INDEX programme_participants_org ON programme_participants(organisation_id);

CREATE TABLE school_profiles (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    institution_number TEXT NOT NULL,                              -- instellingsnummer, 6 digits
    street TEXT NOT NULL,
    postcode TEXT NOT NULL,
    municipality TEXT NOT NULL,
    province TEXT NOT NULL CHECK (province IN ('antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant',
                                               'west-vlaanderen', 'brussel')),
    network TEXT NOT NULL CHECK (network IN ('go', 'ovsg', 'pov', 'kov', 'other')),
    level TEXT NOT NULL CHECK (level IN ('primary', 'secondary')),
    pupils INTEGER NOT NULL
);
CREATE UNIQUE INDEX school_profiles_number ON school_profiles(institution_number);

CREATE TABLE company_profiles (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    enterprise_number TEXT NOT NULL,                               -- ondernemingsnummer, 0123.456.789
    sector TEXT NOT NULL,
    province TEXT NOT NULL,
    size TEXT NOT NULL CHECK (size IN ('1-9', '10-49', '50-249', '250+')),
    expertise TEXT NOT NULL,                                       -- key element ids, comma separated: 'E1,E6'
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 20)
);

-- A public registration, waiting for the organiser's decision. `data` holds every submitted field as
-- a JSON object (camelCase, as in the API); the columns hold what is searched, sorted or unique.
CREATE TABLE registrations (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('school', 'mentor')),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'refused')),
    organisation_name TEXT NOT NULL,
    identifier TEXT NOT NULL,                                      -- instellingsnummer or enterprise number, digits only
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'nl',
    data TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users(id),
    refusal_reason TEXT,
    organisation_id BIGINT REFERENCES organisations(id)           -- set on acceptance
);
-- One live registration per school or company per programme; after a refusal it may register again.
CREATE UNIQUE INDEX registrations_unique_live ON registrations(programme_id, kind, identifier) WHERE status <> 'refused';
CREATE INDEX registrations_queue ON registrations(programme_id, status, created_at);

-- The function of a school team member (leader, teacher, support staff); NULL for other roles.
ALTER TABLE memberships ADD COLUMN team_function TEXT;

CREATE TABLE audit_log (
    id {{ID}},
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    programme_id BIGINT REFERENCES programmes(id) ON DELETE SET NULL,
    action TEXT NOT NULL,                                          -- e.g. 'programme.update', 'registration.accept'
    object_type TEXT NOT NULL,
    object_id BIGINT,
    before_json TEXT,
    after_json TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_programme ON audit_log(programme_id, created_at);

-- Phase-closing reminders already queued: one row per school, phase and reminder, so a restart never
-- sends one twice.
CREATE TABLE phase_reminders (
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    days_before INTEGER NOT NULL,
    queued_at BIGINT NOT NULL,
    PRIMARY KEY (programme_id, organisation_id, kind, days_before)
);
