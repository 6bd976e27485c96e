-- Working groups of a learning network: the organiser forms them from the group report's focus points
-- (a proposal computed in src/core/working_groups.*, never stored), then keeps them here. The group
-- report is computed on request; its only stored help is the compact level projection below.

-- One working group in one programme. `criterion_ids` is the comma separated list of the framework's
-- criterion ids the group works on ('C03,C07'), in the framework's order: a group is read and written
-- as a whole, never searched by criterion, so a link table would add joins without a use.
-- Sessions (migration 010) point to a group by its id for a working-group audience.
CREATE TABLE working_groups (
    id {{ID}},
    programme_id BIGINT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    criterion_ids TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX working_groups_programme ON working_groups(programme_id);

-- The organisations in a group. `kind` repeats the participant kind (school or company) so the
-- member list needs no join with programme_participants; an organisation is in a group at most once.
CREATE TABLE working_group_members (
    group_id BIGINT NOT NULL REFERENCES working_groups(id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('school', 'company')),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, organisation_id)
);
CREATE INDEX working_group_members_org ON working_group_members(organisation_id);

-- The group report's fast path: one row per SUBMITTED measurement with its levels packed in one text,
-- 'C01=2;C02=0;…' (0 not_yet … 3 expert; unanswered criteria left out). Written in the transaction that
-- submits the measurement and deleted in the one that reopens it (src/store/measurements.cpp), so the
-- report reads 10,000 short rows instead of joining 210,000 answer rows. Keyed by criterion id, not by
-- position, because measurements of one programme may be pinned to different framework versions. A
-- submitted measurement without a row (written by an older build or directly by SQL) is read from its
-- answers instead (src/store/group_report_data.cpp), so the projection is a cache, never the truth.
CREATE TABLE measurement_levels (
    measurement_id BIGINT PRIMARY KEY REFERENCES measurements(id) ON DELETE CASCADE,
    levels TEXT NOT NULL
);
