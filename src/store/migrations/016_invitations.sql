-- Invitations (issue 16): joining an organisation needs the invitee's consent. Until now an invitation
-- WAS a membership (of an account without a password, or at once of an existing account), so an inviter
-- could attach any existing account to their organisation and read its name. Now an invitation is a row
-- of its own and the membership is made only when the person accepts: by choosing a password through the
-- mailed link (an account without one), or by accepting while signed in (an account with one).
--
-- * email: the address as the inviter typed it (lower-case); it is all the inviter sees until acceptance.
-- * user_id: the account the invitation was sent to: an existing one, or one made without a password for
--   a new address (so the set-password link has an account to name, as before).
-- * award_round_id: set for a juror of an award round; accepting also adds the award_jurors row.
-- * Open = not accepted, not declined, not revoked. One open invitation per organisation, address, role
--   (and round): the partial unique index. An expired open invitation can be resent (new expiry) or is
--   superseded by a new one (it is then marked revoked).
CREATE TABLE invitations (
    id {{ID}},
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('organiser', 'coordinator', 'team_member', 'mentor', 'reviewer', 'jury')),
    team_function TEXT CHECK (team_function IN ('leader', 'teacher', 'support')),
    award_round_id BIGINT REFERENCES award_rounds(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    declined_at BIGINT,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX invitations_open ON invitations(organisation_id, email, role, COALESCE(award_round_id, 0))
    WHERE accepted_at IS NULL AND declined_at IS NULL AND revoked = 0;
CREATE INDEX invitations_user ON invitations(user_id);

-- Existing data: a membership of an account that never chose a password was a pending invitation. It
-- becomes an open invitation with the expiry of the account's newest unused invitation link (so the link
-- in the person's mailbox keeps working and, once used, accepts it), and the membership goes. The same
-- for the award jurors among them; their jury membership of the organiser organisation is then made by
-- the round invitation, so it is not converted a second time.
INSERT INTO invitations (organisation_id, role, team_function, email, user_id, invited_by, created_at, expires_at)
SELECT m.organisation_id, m.role, m.team_function, u.email, u.id, NULL, m.created_at,
       COALESCE((SELECT MAX(t.expires_at) FROM one_time_tokens t
                 WHERE t.user_id = u.id AND t.purpose = 'invite' AND t.used_at IS NULL), m.created_at + 604800)
FROM memberships m JOIN users u ON u.id = m.user_id
WHERE u.password_hash IS NULL
  AND NOT (m.role = 'jury' AND EXISTS (SELECT 1 FROM award_jurors j JOIN award_rounds r ON r.id = j.round_id
                                       JOIN programmes p ON p.id = r.programme_id
                                       WHERE j.user_id = u.id AND p.organiser_id = m.organisation_id));

INSERT INTO invitations (organisation_id, role, award_round_id, email, user_id, invited_by, created_at, expires_at)
SELECT p.organiser_id, 'jury', j.round_id, u.email, u.id, j.invited_by, j.invited_at,
       COALESCE((SELECT MAX(t.expires_at) FROM one_time_tokens t
                 WHERE t.user_id = u.id AND t.purpose = 'invite' AND t.used_at IS NULL), j.invited_at + 604800)
FROM award_jurors j JOIN users u ON u.id = j.user_id
JOIN award_rounds r ON r.id = j.round_id JOIN programmes p ON p.id = r.programme_id
WHERE u.password_hash IS NULL;

DELETE FROM award_jurors WHERE user_id IN (SELECT id FROM users WHERE password_hash IS NULL);
DELETE FROM memberships WHERE user_id IN (SELECT id FROM users WHERE password_hash IS NULL);
