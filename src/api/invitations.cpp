#include "api/invitations.h"

#include "api/messages.h"
#include "core/secrets.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/award.h"

namespace sk::api {

namespace {

ApiError invitation_conflict(const std::string& code) {
    ApiError e = ApiError::conflict(code);
    e.fields["email"] = {"field." + code, {}};
    return e;
}

// The link the invitation mail carries: for an account without a password a fresh set-password link (its
// older unused ones stop working, so only the newest mail's link is live), else the page to accept at.
// `new_account`: the account was made in this transaction, so it has no older links to end.
void choose_link(Ctx& ctx, SentInvitation& sent, const store::User& user, std::int64_t expires_at, bool new_account = false) {
    sent.sets_password = !user.password_hash;
    if (!sent.sets_password) {
        sent.link = ctx.services.base_url + "/invitations";
        return;
    }
    const auto now = ctx.now();
    if (!new_account)
        ctx.db.exec("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = 'invite' AND used_at IS NULL", {now, user.id});
    const std::string token = core::random_token();
    store::create_one_time_token(ctx.db, core::token_digest(token), user.id, "invite", now, expires_at);
    sent.link = ctx.services.base_url + "/set-password#token=" + token;
}

SentInvitation sent_to(const store::User& user, std::int64_t id) {
    return SentInvitation{id, user.id, user.email, user.name, core::parse_language(user.language).value_or(core::Language::nl), false, ""};
}

}  // namespace

SentInvitation create_invitation(Ctx& ctx, const InviteRequest& rq) {
    const auto now = ctx.now();
    auto user = store::find_user_by_email(ctx.db, rq.email);
    // These two say nothing the inviter cannot see already: members and jurors are listed with their
    // address on the organisation's page and the round's page.
    if (user && rq.award_round_id && store::award_is_juror(ctx.db, *rq.award_round_id, user->id))
        throw ApiError{409, "already_juror", {}, {}, {}};
    if (user && !rq.award_round_id && store::has_membership(ctx.db, user->id, rq.organisation_id, rq.role))
        throw invitation_conflict("already_member");
    // Open invitations are listed too. An expired one gives way to the new one.
    if (auto open = store::find_open_invitation(ctx.db, rq.organisation_id, rq.email, rq.role, rq.award_round_id)) {
        if (!open->expired(now)) throw invitation_conflict("already_invited");
        store::revoke_invitation(ctx.db, open->id);
    }
    const bool new_account = !user;
    if (new_account) {
        const auto id = store::create_user(ctx.db, rq.email, rq.name, rq.language, std::nullopt, now);
        user = store::User{id, rq.email, rq.name, rq.language, std::nullopt};
    }
    const auto id = store::insert_invitation(
        ctx.db, {rq.organisation_id, rq.role, rq.team_function, rq.award_round_id, rq.email, user->id, ctx.user().id}, now);
    if (!id) throw invitation_conflict("already_invited");  // another inviter got there first
    auto sent = sent_to(*user, *id);
    choose_link(ctx, sent, *user, now + store::kInvitationValidSeconds, new_account);
    return sent;
}

SentInvitation renew_invitation(Ctx& ctx, const store::Invitation& inv) {
    const auto expires = ctx.now() + store::kInvitationValidSeconds;
    store::renew_invitation(ctx.db, inv.id, expires);
    const auto user = store::find_user(ctx.db, inv.user_id);
    auto sent = sent_to(*user, inv.id);
    choose_link(ctx, sent, *user, expires);
    return sent;
}

mail::Email invitation_mail(Ctx& ctx, const SentInvitation& sent, const std::string& organisation, const std::string& role) {
    const auto role_label = message(sent.lang, "role." + role);
    if (sent.sets_password) return mail::invitation_email(sent.lang, sent.to, sent.name, organisation, role_label, sent.link);
    return mail::invitation_to_accept_email(sent.lang, sent.to, sent.name, ctx.user().name, organisation, role_label, sent.link);
}

}  // namespace sk::api
