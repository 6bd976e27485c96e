// Invitations into an organisation (migration 016). An invitation is a promise of a membership that only
// the invited person can turn into one: a membership is made when they accept (api/invitations.h says
// how they accept). Every function runs inside the caller's transaction when there is one.
//
// Open: not accepted, not declined, not revoked. Pending (for the invitee): open and not expired.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct Invitation {
    std::int64_t id = 0;
    std::int64_t organisation_id = 0;
    std::string role;
    std::optional<std::string> team_function;
    std::optional<std::int64_t> award_round_id;
    std::string email;  // as typed by the inviter, lower-case
    std::int64_t user_id = 0;
    std::optional<std::int64_t> invited_by;
    std::int64_t created_at = 0;
    std::int64_t expires_at = 0;
    std::optional<std::int64_t> accepted_at;
    std::optional<std::int64_t> declined_at;
    bool revoked = false;

    bool open() const { return !accepted_at && !declined_at && !revoked; }
    bool expired(std::int64_t now) const { return expires_at <= now; }
};

struct NewInvitation {
    std::int64_t organisation_id = 0;
    std::string role;
    std::optional<std::string> team_function;
    std::optional<std::int64_t> award_round_id;
    std::string email;
    std::int64_t user_id = 0;
    std::optional<std::int64_t> invited_by;
};

// An invitation as its invitee sees it: with the organisation and the inviter's name.
struct ReceivedInvitation {
    Invitation invitation;
    std::string organisation_name;
    std::string organisation_kind;
    std::optional<std::string> inviter_name;
    std::optional<std::int64_t> programme_id;  // award round invitations: the round's programme
    std::optional<std::string> programme_name;
};

// How long an invitation can be accepted: seven days, as long as its set-password link and as the mails say.
inline constexpr std::int64_t kInvitationValidSeconds = 7 * 24 * 3600;

// The new invitation's id; nullopt when an open one for the same organisation, address, role (and round)
// exists.
std::optional<std::int64_t> insert_invitation(Db& db, const NewInvitation& in, std::int64_t now);
std::optional<Invitation> find_invitation(Db& db, std::int64_t id);
// The open invitation for that organisation, address, role and round, expired or not.
std::optional<Invitation> find_open_invitation(Db& db, std::int64_t organisation_id, const std::string& email, const std::string& role,
                                               std::optional<std::int64_t> award_round_id);
// The organisation's open invitations (expired ones too: they can be resent), oldest first.
std::vector<Invitation> open_invitations_of_organisation(Db& db, std::int64_t organisation_id);
// The open invitations of an award round (jurors who have not accepted yet), oldest first.
std::vector<Invitation> open_invitations_of_round(Db& db, std::int64_t round_id);
// The user's pending invitations (open, not expired), newest first.
std::vector<ReceivedInvitation> pending_invitations_of_user(Db& db, std::int64_t user_id, std::int64_t now);
// For GET /api/me, in one statement (it runs on every page load): whether the user is the platform operator, and
// how many invitations wait for their answer (open, not expired).
struct UserFlags {
    bool is_operator = false;
    std::int64_t pending_invitations = 0;
};
UserFlags user_flags(Db& db, std::int64_t user_id, std::int64_t now);
// The organisation's open invitations with `role`, expired ones too (the last-coordinator rule).
std::int64_t count_open_invitations(Db& db, std::int64_t organisation_id, const std::string& role);

// Makes the membership (and, for a round, the juror) and marks the invitation accepted; false when it was
// not open any more (answered or revoked in the meantime). Does not look at the expiry: callers decide.
bool accept_invitation(Db& db, const Invitation& invitation, std::int64_t now);
// Accepts every pending invitation of the user; returns how many.
int accept_pending_invitations(Db& db, std::int64_t user_id, std::int64_t now);
// false when it was not open any more.
bool decline_invitation(Db& db, std::int64_t id, std::int64_t now);
bool revoke_invitation(Db& db, std::int64_t id);
// A new expiry for an open invitation (a resend).
void renew_invitation(Db& db, std::int64_t id, std::int64_t expires_at);

// Deletes the account when it never chose a password and nothing holds it any more: no membership and no
// open invitation. Its one-time links go with it.
void drop_orphan_account(Db& db, std::int64_t user_id);

}  // namespace sk::store
