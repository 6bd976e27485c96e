#include "store/team_lists.h"

namespace sk::store {

namespace {

// " AND …" for the role (unless counting per role) and the search, binding after `params`.
std::string team_conditions(const TeamFilter& f, std::vector<Value>& params, bool with_role, std::initializer_list<std::string_view> searched,
                            std::string_view role_column) {
    std::string sql;
    if (with_role && !f.role.empty()) {
        params.push_back(f.role);
        sql += " AND " + std::string(role_column) + " = $" + std::to_string(params.size());
    }
    return sql + search_condition(params, f.search, searched);
}

}  // namespace

TeamPage<TeamMemberRow> team_members_page(Db& db, const TeamFilter& filter, const PageSlice& page, const std::vector<std::string>& roles) {
    const std::initializer_list<std::string_view> kSearched = {"u.name", "u.email"};
    const std::string from = "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1";
    TeamPage<TeamMemberRow> out;
    std::vector<Value> params{filter.organisation_id};
    const auto where = from + team_conditions(filter, params, true, kSearched, "m.role");
    out.total = db.exec("SELECT COUNT(*) " + where, params).one().i64(0);
    for (const auto& r : db.exec("SELECT m.id, u.id, u.name, u.email, m.role, m.team_function " + where + page.order_by + page.limit_clause(params),
                                 params)
                             .rows)
        out.rows.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.opt_str(5)});
    std::vector<Value> p{filter.organisation_id};
    const auto w = from + team_conditions(filter, p, false, kSearched, "m.role");
    out.by_role = count_per_value(db, "SELECT m.role, COUNT(*) " + w + " GROUP BY m.role", p, roles);
    return out;
}

TeamPage<TeamInvitationRow> team_invitations_page(Db& db, const TeamFilter& filter, const PageSlice& page,
                                                  const std::vector<std::string>& roles) {
    const std::initializer_list<std::string_view> kSearched = {"i.email"};
    const std::string from =
        "FROM invitations i WHERE i.organisation_id = $1 AND i.accepted_at IS NULL AND i.declined_at IS NULL AND i.revoked = 0";
    TeamPage<TeamInvitationRow> out;
    std::vector<Value> params{filter.organisation_id};
    const auto where = from + team_conditions(filter, params, true, kSearched, "i.role");
    out.total = db.exec("SELECT COUNT(*) " + where, params).one().i64(0);
    for (const auto& r : db.exec("SELECT i.id, i.email, i.role, i.team_function, i.created_at, i.expires_at " + where + page.order_by +
                                     page.limit_clause(params),
                                 params)
                             .rows)
        out.rows.push_back({r.i64(0), r.str(1), r.str(2), r.opt_str(3), r.i64(4), r.i64(5)});
    std::vector<Value> p{filter.organisation_id};
    const auto w = from + team_conditions(filter, p, false, kSearched, "i.role");
    out.by_role = count_per_value(db, "SELECT i.role, COUNT(*) " + w + " GROUP BY i.role", p, roles);
    return out;
}

}  // namespace sk::store
