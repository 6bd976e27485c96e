#include "api/programme_board.h"

#include <algorithm>

#include "api/authz.h"

namespace sk::api {

namespace {
int phase_rank(const std::string& kind) {
    static const std::vector<std::string> order = {"baseline", "action_plan", "learning_network", "label", "final", "award"};
    return static_cast<int>(std::find(order.begin(), order.end(), kind) - order.begin());
}
}  // namespace

BoardProgramme organiser_programme(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    auto r = ctx.db.exec("SELECT id, organiser_id, name, framework_id, max_schools FROM programmes WHERE id = $1", {id});
    if (r.empty()) throw ApiError::not_found();
    require(is_programme_organiser(ctx, id));
    const auto& row = r.one();
    return {row.i64(0), row.i64(1), row.str(2), row.str(3), row.i64(4)};
}

std::vector<BoardPhase> programme_phases(store::Db& db, std::int64_t programme_id) {
    std::vector<BoardPhase> out;
    for (const auto& row : db.exec("SELECT kind, opens_on, closes_on FROM programme_phases WHERE programme_id = $1", {programme_id}).rows)
        out.push_back({row.str(0), row.str(1), row.str(2)});
    std::sort(out.begin(), out.end(), [](const BoardPhase& a, const BoardPhase& b) { return phase_rank(a.kind) < phase_rank(b.kind); });
    return out;
}

}  // namespace sk::api
