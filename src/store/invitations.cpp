#include "store/invitations.h"

#include "store/accounts.h"
#include "store/award.h"
#include "store/security_log.h"

namespace sk::store {

namespace {

constexpr const char* kInvitationColumns =
    "i.id, i.organisation_id, i.role, i.team_function, i.award_round_id, i.email, i.user_id, i.invited_by, i.created_at, "
    "i.expires_at, i.accepted_at, i.declined_at, i.revoked";
constexpr const char* kOpen = "i.accepted_at IS NULL AND i.declined_at IS NULL AND i.revoked = 0";

Invitation invitation_from_row(const Row& r) {
    return Invitation{r.i64(0),      r.i64(1),      r.str(2),      r.opt_str(3),  r.opt_i64(4),  r.str(5),       r.i64(6),
                      r.opt_i64(7),  r.i64(8),      r.i64(9),      r.opt_i64(10), r.opt_i64(11), r.i64(12) != 0};
}

std::vector<Invitation> invitations_where(Db& db, const std::string& where, const std::vector<Value>& params) {
    std::vector<Invitation> out;
    for (const auto& r : db.exec(std::string("SELECT ") + kInvitationColumns + " FROM invitations i WHERE " + where, params).rows)
        out.push_back(invitation_from_row(r));
    return out;
}

}  // namespace

std::optional<std::int64_t> insert_invitation(Db& db, const NewInvitation& in, std::int64_t now) {
    // The partial unique index (one open invitation per organisation, address, role and round) decides,
    // so two inviters at the same moment cannot both get one in.
    auto r = db.exec(
        "INSERT INTO invitations (organisation_id, role, team_function, award_round_id, email, user_id, invited_by, created_at, "
        "expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id",
        {in.organisation_id, in.role, nullable(in.team_function), nullable(in.award_round_id), in.email, in.user_id,
         nullable(in.invited_by), now, now + kInvitationValidSeconds});
    if (r.empty()) return std::nullopt;
    return r.one().i64(0);
}

std::optional<Invitation> find_invitation(Db& db, std::int64_t id) {
    auto found = invitations_where(db, "i.id = $1", {id});
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::optional<Invitation> find_open_invitation(Db& db, std::int64_t organisation_id, const std::string& email, const std::string& role,
                                               std::optional<std::int64_t> award_round_id) {
    auto found = invitations_where(db,
                                   std::string("i.organisation_id = $1 AND i.email = $2 AND i.role = $3 AND COALESCE(i.award_round_id, 0) = $4 AND ") +
                                       kOpen,
                                   {organisation_id, email, role, award_round_id.value_or(0)});
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Invitation> open_invitations_of_organisation(Db& db, std::int64_t organisation_id) {
    return invitations_where(db, std::string("i.organisation_id = $1 AND ") + kOpen + " ORDER BY i.created_at, i.id", {organisation_id});
}

std::vector<Invitation> open_invitations_of_round(Db& db, std::int64_t round_id) {
    return invitations_where(db, std::string("i.award_round_id = $1 AND ") + kOpen + " ORDER BY i.created_at, i.id", {round_id});
}

std::vector<ReceivedInvitation> pending_invitations_of_user(Db& db, std::int64_t user_id, std::int64_t now) {
    std::vector<ReceivedInvitation> out;
    for (const auto& r : db.exec(std::string("SELECT ") + kInvitationColumns +
                                     ", o.name, o.kind, u.name, p.id, p.name FROM invitations i "
                                     "JOIN organisations o ON o.id = i.organisation_id "
                                     "LEFT JOIN users u ON u.id = i.invited_by "
                                     "LEFT JOIN award_rounds ar ON ar.id = i.award_round_id "
                                     "LEFT JOIN programmes p ON p.id = ar.programme_id "
                                     "WHERE i.user_id = $1 AND i.expires_at > $2 AND " +
                                     kOpen + " ORDER BY i.created_at DESC, i.id DESC",
                                 {user_id, now})
                             .rows)
        out.push_back({invitation_from_row(r), r.str(13), r.str(14), r.opt_str(15), r.opt_i64(16), r.opt_str(17)});
    return out;
}

UserFlags user_flags(Db& db, std::int64_t user_id, std::int64_t now) {
    static const std::string sql = std::string("SELECT u.is_operator, (SELECT COUNT(*) FROM invitations i WHERE i.user_id = u.id AND "
                                               "i.expires_at > $2 AND ") +
                                   kOpen + ") FROM users u WHERE u.id = $1";
    const auto r = db.exec(sql, {user_id, now});
    if (r.empty()) return {};
    return {r.one().i64(0) == 1, r.one().i64(1)};
}

std::int64_t count_open_invitations(Db& db, std::int64_t organisation_id, const std::string& role) {
    return db.exec(std::string("SELECT COUNT(*) FROM invitations i WHERE i.organisation_id = $1 AND i.role = $2 AND ") + kOpen,
                   {organisation_id, role})
        .one()
        .i64(0);
}

bool accept_invitation(Db& db, const Invitation& inv, std::int64_t now) {
    // Claim it first: of two accepts at once (two tabs), only one makes the membership.
    if (db.exec("UPDATE invitations SET accepted_at = $2 WHERE id = $1 AND accepted_at IS NULL AND declined_at IS NULL AND revoked = 0",
                {inv.id, now})
            .affected == 0)
        return false;
    add_membership(db, inv.user_id, inv.organisation_id, inv.role, now);
    // A new role is a security event (store/security_log.h), whichever way the invitation was accepted.
    write_security_event(db,
                         {inv.user_id, "security.role_changed", "user", inv.user_id,
                          "{\"organisationId\":" + std::to_string(inv.organisation_id) + ",\"role\":\"" + inv.role +
                              "\",\"change\":\"joined\",\"invitationId\":" + std::to_string(inv.id) + "}"},
                         now);
    if (inv.team_function)
        db.exec("UPDATE memberships SET team_function = $1 WHERE user_id = $2 AND organisation_id = $3 AND role = 'team_member'",
                {*inv.team_function, inv.user_id, inv.organisation_id});
    if (inv.award_round_id) {
        // The juror's company as of accepting, not as of the invitation: before accepting, the account's
        // memberships are none of the inviter's business.
        const auto company = award_company_of(db, inv.user_id);
        db.exec("INSERT INTO award_jurors (round_id, user_id, company_org_id, invited_at, invited_by) VALUES ($1, $2, $3, $4, $5) "
                "ON CONFLICT (round_id, user_id) DO NOTHING",
                {*inv.award_round_id, inv.user_id, nullable(company), inv.created_at, nullable(inv.invited_by)});
    }
    return true;
}

int accept_pending_invitations(Db& db, std::int64_t user_id, std::int64_t now) {
    int n = 0;
    for (const auto& inv : invitations_where(db, std::string("i.user_id = $1 AND i.expires_at > $2 AND ") + kOpen + " ORDER BY i.id",
                                             {user_id, now}))
        n += accept_invitation(db, inv, now) ? 1 : 0;
    return n;
}

bool decline_invitation(Db& db, std::int64_t id, std::int64_t now) {
    return db.exec("UPDATE invitations SET declined_at = $2 WHERE id = $1 AND accepted_at IS NULL AND declined_at IS NULL AND revoked = 0",
                   {id, now})
               .affected > 0;
}

bool revoke_invitation(Db& db, std::int64_t id) {
    return db.exec("UPDATE invitations SET revoked = 1 WHERE id = $1 AND accepted_at IS NULL AND declined_at IS NULL AND revoked = 0", {id})
               .affected > 0;
}

void renew_invitation(Db& db, std::int64_t id, std::int64_t expires_at) {
    db.exec("UPDATE invitations SET expires_at = $2 WHERE id = $1", {id, expires_at});
}

void drop_orphan_account(Db& db, std::int64_t user_id) {
    db.exec("DELETE FROM users WHERE id = $1 AND password_hash IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = $1) "
            "AND NOT EXISTS (SELECT 1 FROM invitations WHERE user_id = $1 AND accepted_at IS NULL AND declined_at IS NULL AND revoked = 0)",
            {user_id});
}

}  // namespace sk::store
