// Extra days for one school in one phase: an organiser of the programme sets or removes the school's
// own closing date (phase_extensions). It holds for the measurement dates, the progress board and the
// phase reminders alike. See docs/api.md, "Self-assessment" → "Measurements".
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "api/measurement_scope.h"
#include "core/brussels_date.h"
#include "store/audit.h"

namespace sk::api {

namespace {

struct ExtensionTarget {
    ProgrammeRef programme;
    std::int64_t organisation_id = 0;
    std::string kind;
    PhaseWindow window;
};

// 401, 404 (programme), 403 (not its organiser), 404 (school not in it, phase not in it).
ExtensionTarget load_extension_target(Ctx& ctx) {
    ctx.user();
    ExtensionTarget t;
    t.programme = load_programme_ref(ctx, id_param(ctx, "id"));
    require(is_programme_organiser(ctx, t.programme.id));
    t.organisation_id = id_param(ctx, "orgId");
    if (!is_school_participant(ctx, t.programme.id, t.organisation_id)) throw ApiError::not_found();
    t.kind = ctx.req.param("phaseKind");
    t.window = phase_window(ctx, t.programme.id, t.organisation_id, t.kind);
    if (!t.window.exists) throw ApiError::not_found();
    return t;
}

boost::json::object extension_json(const ExtensionTarget& t, const std::optional<std::string>& closes_on) {
    return {{"organisationId", t.organisation_id},
            {"kind", t.kind},
            {"closesOn", closes_on ? boost::json::value(*closes_on) : boost::json::value(nullptr)}};
}

http::Response set_extension(Ctx& ctx) {
    const auto t = load_extension_target(ctx);
    JsonInput in(ctx.req.body);
    auto closes_on = in.text("closesOn", {.required = true, .max = 10});
    if (closes_on && !core::valid_date(*closes_on)) {
        in.fail("closesOn", "field.date");
        closes_on.reset();
    }
    if (closes_on && *closes_on < t.window.phase_closes_on) in.fail("closesOn", "field.extension_before_phase", {{"closesOn", t.window.phase_closes_on}});
    in.done();
    store::Transaction tx(ctx.db);
    ctx.db.exec("INSERT INTO phase_extensions (programme_id, organisation_id, kind, closes_on) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (programme_id, organisation_id, kind) DO UPDATE SET closes_on = excluded.closes_on",
                {t.programme.id, t.organisation_id, t.kind, *closes_on});
    store::write_audit(ctx.db,
                       {ctx.user().id, t.programme.id, "phase.extend", "phase_extension", t.organisation_id,
                        boost::json::serialize(extension_json(t, t.window.has_extension ? std::optional(t.window.extension) : std::nullopt)),
                        boost::json::serialize(extension_json(t, closes_on))},
                       ctx.now());
    tx.commit();
    return json_response(200, boost::json::serialize(boost::json::object{{"kind", t.kind}, {"closesOn", *closes_on}}));
}

http::Response remove_extension(Ctx& ctx) {
    const auto t = load_extension_target(ctx);
    if (!t.window.has_extension) throw ApiError::not_found();
    store::Transaction tx(ctx.db);
    ctx.db.exec("DELETE FROM phase_extensions WHERE programme_id = $1 AND organisation_id = $2 AND kind = $3",
                {t.programme.id, t.organisation_id, t.kind});
    store::write_audit(ctx.db,
                       {ctx.user().id, t.programme.id, "phase.extension_remove", "phase_extension", t.organisation_id,
                        boost::json::serialize(extension_json(t, t.window.extension)), std::nullopt},
                       ctx.now());
    tx.commit();
    return http::Response::empty(204);
}

}  // namespace

void add_phase_extension_routes(ApiRouter& r) {
    r.add("PUT", "/api/programmes/{id}/schools/{orgId}/extensions/{phaseKind}", set_extension);
    r.add("DELETE", "/api/programmes/{id}/schools/{orgId}/extensions/{phaseKind}", remove_extension);
}

}  // namespace sk::api
