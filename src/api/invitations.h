// Inviting someone into an organisation: the one way the team page (organisations_api.cpp), an accepted
// registration (review_queue_api.cpp), the CSV import (imports_api.cpp) and the award jury (award_api.cpp)
// bring a person in. Nobody is attached to an organisation without their consent:
//
// * An address without an account, or an account that never chose a password: the account is made (or
//   reused) without a password and gets a set-password link (`/set-password#token=...`, purpose
//   'invite'). Choosing the password through it accepts (auth_api.cpp).
// * An account with a password: nothing changes for it yet; it is mailed to sign in and accept at
//   `/invitations` (invitations_api.cpp: accept or decline).
//
// The inviter's answer is the same in both cases (the invitation's id, one mail queued in the same
// transaction), and until acceptance the inviter sees only the address they typed: neither the answer nor
// the organisation's page tells them whether an account exists or whose it is.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "api/context.h"
#include "core/language.h"
#include "mail/outbox.h"
#include "store/invitations.h"

namespace sk::api {

struct InviteRequest {
    std::int64_t organisation_id = 0;
    std::string role;
    std::optional<std::string> team_function;
    std::optional<std::int64_t> award_round_id;  // a juror of this round
    std::string email;                           // lower-case
    std::string name;                            // for a new account only
    std::string language = "nl";                 // for a new account only
};

// What the caller needs to write the invitation mail (it goes to the invitee only, so it may use the
// account's own name and language).
struct SentInvitation {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    std::string to;
    std::string name;
    core::Language lang = core::Language::nl;
    bool sets_password = false;  // `link` chooses a password (and so accepts); else it opens /invitations
    std::string link;
};

// Within the caller's transaction. 409 `already_member` (the address has that role there already),
// `already_invited` (an open, unexpired invitation exists; an expired one is superseded) or, for a round,
// `already_juror`.
SentInvitation create_invitation(Ctx& ctx, const InviteRequest& request);

// A resend: a new expiry and a new link (the account's older invitation links stop working) or a new
// reminder to accept. Within the caller's transaction.
SentInvitation renew_invitation(Ctx& ctx, const store::Invitation& invitation);

// The plain invitation mail: set a password, or sign in and accept. The inviter is the signed-in user.
mail::Email invitation_mail(Ctx& ctx, const SentInvitation& sent, const std::string& organisation, const std::string& role);

}  // namespace sk::api
