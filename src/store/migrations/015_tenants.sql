-- Organiser organisations as tenants (issue 16). Every object already reaches its tenant through its
-- programme (programmes.organiser_id) or through the programmes its school or company takes part in;
-- the three kinds of rows that had no programme get an owner here:
-- * questions ("Ask us") and playbook requests come from public forms. A question asked from a
--   programme's page belongs to that programme's organiser; anything else to the installation's home
--   organisation: the oldest organiser organisation (the one the installation was set up with).
-- * resources: the organiser organisation that made it. A published resource without a programme stays
--   readable by every signed-in user (a shared library of good practice); only its owner changes it.
-- Existing rows go to the programme's organiser where there is one, else to the home organisation.
--
-- users.is_operator: the platform role that creates organiser organisations and their first organiser
-- and reads the security log (`stemkompas user add --role operator`). It is not a membership: an
-- operator belongs to no tenant by that role.

ALTER TABLE users ADD COLUMN is_operator INTEGER NOT NULL DEFAULT 0;

ALTER TABLE questions ADD COLUMN organiser_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE;
UPDATE questions SET organiser_id = (SELECT MIN(id) FROM organisations WHERE kind = 'organiser');
CREATE INDEX questions_organiser ON questions(organiser_id, status, received_at);

ALTER TABLE playbook_requests ADD COLUMN organiser_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE;
UPDATE playbook_requests SET organiser_id = (SELECT MIN(id) FROM organisations WHERE kind = 'organiser');
CREATE INDEX playbook_requests_organiser ON playbook_requests(organiser_id, created_at);

ALTER TABLE resources ADD COLUMN organiser_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE;
UPDATE resources SET organiser_id = COALESCE((SELECT p.organiser_id FROM programmes p WHERE p.id = resources.programme_id),
                                             (SELECT MIN(id) FROM organisations WHERE kind = 'organiser'));
CREATE INDEX resources_organiser ON resources(organiser_id);
