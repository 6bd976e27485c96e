// The organisers' audit log of one programme, newest first, 50 entries a page, filterable by action
// and by actor (a user id); `actors` lists everyone with an entry, for that filter. See docs/api.md, "Programmes and onboarding".
#include <boost/json.hpp>


#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_output.h"
#include "api/paging.h"
#include "api/programme_board.h"

namespace sk::api {

namespace {

constexpr std::int64_t kPageSize = 50;

http::Response show_audit_log(Ctx& ctx) {
    const auto programme = organiser_programme(ctx);
    std::map<std::string, FieldError> errors;
    const auto page = read_page_number(ctx.req.query, errors);
    std::optional<std::int64_t> actor;
    std::string action;
    if (auto it = ctx.req.query.find("actor"); it != ctx.req.query.end() && !it->second.empty()) {
        if (auto a = positive_number(it->second)) actor = *a;
        else errors["actor"] = {"audit.bad_actor", {}};
    }
    if (auto it = ctx.req.query.find("action"); it != ctx.req.query.end()) action = it->second;
    if (!errors.empty()) throw ApiError::validation(std::move(errors));

    // One statement for both filters: an empty action or actor 0 matches everything.
    const std::string where = "WHERE a.programme_id = $1 AND (CAST($2 AS TEXT) = '' OR a.action = CAST($2 AS TEXT)) AND (CAST($3 AS BIGINT) = 0 OR a.actor_id = CAST($3 AS BIGINT))";
    const std::vector<store::Value> filter = {programme.id, action, actor.value_or(0)};
    const auto total = ctx.db.exec("SELECT COUNT(*) FROM audit_log a " + where, filter).one().i64(0);
    const std::int64_t pages = page_count(total, kPageSize);
    auto params = filter;
    params.push_back(kPageSize);
    params.push_back((page - 1) * kPageSize);
    auto r = ctx.db.exec("SELECT a.id, u.name, a.action, a.object_type, a.object_id, a.before_json, a.after_json, a.created_at, a.actor_id "
                         "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id " +
                             where + " ORDER BY a.created_at DESC, a.id DESC LIMIT $4 OFFSET $5",
                         params);
    boost::json::array entries;
    for (const auto& row : r.rows) {
        entries.push_back(boost::json::object{{"id", row.i64(0)},
                                              {"actorId", row.is_null(8) ? boost::json::value(nullptr) : boost::json::value(row.i64(8))},
                                              {"actorName", row.is_null(1) ? boost::json::value(nullptr) : boost::json::value(row.str(1))},
                                              {"action", row.str(2)},
                                              {"objectType", row.str(3)},
                                              {"objectId", row.is_null(4) ? boost::json::value(nullptr) : boost::json::value(row.i64(4))},
                                              {"before", stored_json(row.opt_str(5))},
                                              {"after", stored_json(row.opt_str(6))},
                                              {"createdAt", row.i64(7)}});
    }
    // Everyone who has an entry in this programme's log, for the actor filter (unfiltered on purpose).
    boost::json::array actors;
    for (const auto& row : ctx.db
                               .exec("SELECT DISTINCT u.id, u.name FROM audit_log a JOIN users u ON u.id = a.actor_id "
                                     "WHERE a.programme_id = $1 ORDER BY u.name, u.id",
                                     {programme.id})
                               .rows)
        actors.push_back(boost::json::object{{"id", row.i64(0)}, {"name", row.str(1)}});
    boost::json::object doc{{"entries", std::move(entries)}, {"actors", std::move(actors)}, {"page", page}, {"pages", pages}};
    return json_response(200, boost::json::serialize(doc));
}

}  // namespace

void add_audit_routes(ApiRouter& r) { r.add("GET", "/api/programmes/{id}/audit", show_audit_log); }

}  // namespace sk::api
