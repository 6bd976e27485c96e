#include "api/audit_scope.h"

namespace sk::api {

std::optional<std::int64_t> organiser_audit_programme(Ctx& ctx, std::int64_t org_id) {
    auto r = ctx.db.exec(
        "SELECT p.id FROM programmes p JOIN memberships m ON m.organisation_id = p.organiser_id "
        "WHERE m.user_id = $1 AND m.role = 'organiser' AND (p.organiser_id = $2 OR EXISTS "
        "(SELECT 1 FROM programme_participants pp WHERE pp.programme_id = p.id AND pp.organisation_id = $2)) "
        "ORDER BY p.id LIMIT 1",
        {ctx.user().id, org_id});
    if (r.empty()) return std::nullopt;
    return r.one().i64(0);
}

}  // namespace sk::api
