// See docs/api.md, "Programmes and onboarding": programme editions (list, show, create, edit) and the
// routes of the public registration forms and the review queue (in their own files).
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/programme_handlers.h"
#include "api/programme_input.h"
#include "store/audit.h"
#include "store/programmes.h"

namespace sk::api {

namespace programmes {

boost::json::object programme_json(const store::Programme& p, bool organiser) {
    boost::json::array phases;
    for (const auto& ph : p.fields.phases)
        phases.push_back(boost::json::object{{"kind", ph.kind}, {"opensOn", ph.opens_on}, {"closesOn", ph.closes_on}});
    boost::json::object o{{"id", p.id},
                          {"organiserId", p.organiser_id},
                          {"name", p.fields.name},
                          {"schoolYear", p.fields.school_year},
                          {"audience", p.fields.audience},
                          {"region", p.fields.region},
                          {"frameworkId", p.fields.framework_id},
                          {"frameworkVersion", p.fields.framework_version},
                          {"maxSchools", p.fields.max_schools},
                          {"description", boost::json::object{{"nl", p.fields.description_nl}, {"en", p.fields.description_en}}},
                          {"published", p.fields.published},
                          {"phases", std::move(phases)},
                          {"schoolCount", p.school_count},
                          {"mentorCount", p.mentor_count}};
    if (organiser) o["pendingCount"] = p.pending_count;
    return o;
}

boost::json::object registration_json(const store::Registration& r) {
    boost::system::error_code ec;
    auto data = boost::json::parse(r.data, ec);
    return boost::json::object{{"id", r.id},
                               {"kind", r.kind},
                               {"status", r.status},
                               {"organisationName", r.organisation_name},
                               {"identifier", r.identifier},
                               {"contactName", r.contact_name},
                               {"contactEmail", r.contact_email},
                               {"createdAt", r.created_at},
                               {"decidedAt", r.decided_at ? boost::json::value(*r.decided_at) : boost::json::value(nullptr)},
                               {"refusalReason", r.refusal_reason ? boost::json::value(*r.refusal_reason) : boost::json::value(nullptr)},
                               {"data", ec ? boost::json::value(boost::json::object{}) : std::move(data)}};
}

store::Programme load_programme(Ctx& ctx, std::int64_t id) {
    auto p = store::find_programme(ctx.db, id);
    if (!p) throw ApiError::not_found();
    return *p;
}

ApiError programme_full() { return ApiError{409, "programme_full", {}, {}, {}}; }

core::Language language_of(const std::string& code) { return core::parse_language(code).value_or(core::Language::nl); }

}  // namespace programmes

namespace {

std::string programme_audit_json(const store::Programme& p) { return boost::json::serialize(programmes::programme_json(p, true)); }

// The organiser organisation the signed-in organiser creates programmes for (their first one).
std::int64_t organiser_organisation(Ctx& ctx) {
    auto r = ctx.db.exec("SELECT o.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                         "WHERE m.user_id = $1 AND m.role = 'organiser' AND o.kind = 'organiser' ORDER BY o.id",
                         {ctx.user().id});
    if (r.empty()) throw ApiError::forbidden();
    return r.one().i64(0);
}

bool signed_in_organiser_of(Ctx& ctx, const store::Programme& p) { return ctx.session && has_role(ctx, p.organiser_id, "organiser"); }

// --- programmes ---

http::Response list_programmes(Ctx& ctx) {
    std::optional<std::int64_t> user_id;
    if (ctx.session) user_id = ctx.session->user.id;
    boost::json::array out;
    for (const auto& p : store::visible_programmes(ctx.db, user_id))
        out.push_back(programmes::programme_json(p, signed_in_organiser_of(ctx, p)));
    return json_response(200, boost::json::serialize(boost::json::object{{"programmes", std::move(out)}}));
}

http::Response show_programme(Ctx& ctx) {
    const auto id = id_param(ctx, "id");
    const auto p = programmes::load_programme(ctx, id);
    const bool organiser = signed_in_organiser_of(ctx, p);
    // An unpublished programme is not there for outsiders (not even its existence is told).
    if (!p.fields.published && !organiser && !(ctx.session && is_programme_participant(ctx, id))) throw ApiError::not_found();
    return json_response(200, boost::json::serialize(programmes::programme_json(p, organiser)));
}

http::Response create_programme(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
    const auto organiser_id = organiser_organisation(ctx);
    const auto fields = read_programme(ctx.req.body, ctx.services.frameworks);
    const auto now = ctx.now();
    store::Transaction tx(ctx.db);
    const auto id = store::create_programme(ctx.db, organiser_id, fields, now);
    const auto p = programmes::load_programme(ctx, id);
    store::write_audit(ctx.db, {ctx.user().id, id, "programme.create", "programme", id, std::nullopt, programme_audit_json(p)}, now);
    tx.commit();
    return json_response(201, boost::json::serialize(programmes::programme_json(p, true)));
}

http::Response update_programme(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    programmes::load_programme(ctx, id);
    require(is_programme_organiser(ctx, id));
    const auto fields = read_programme(ctx.req.body, ctx.services.frameworks);
    const auto now = ctx.now();
    store::Transaction tx(ctx.db);
    store::lock_programme(ctx.db, id);
    const auto before = programmes::load_programme(ctx, id);
    if (fields.max_schools < before.school_count)
        throw ApiError::field("maxSchools", "field.max_schools_below", {{"count", std::to_string(before.school_count)}});
    store::update_programme(ctx.db, id, fields, now);
    const auto after = programmes::load_programme(ctx, id);
    store::write_audit(ctx.db,
                       {ctx.user().id, id, "programme.update", "programme", id, programme_audit_json(before), programme_audit_json(after)},
                       now);
    tx.commit();
    return json_response(200, boost::json::serialize(programmes::programme_json(after, true)));
}

}  // namespace

void add_programme_routes(ApiRouter& r) {
    using namespace programmes;
    r.add("GET", "/api/programmes", list_programmes);
    r.add("POST", "/api/programmes", create_programme);
    r.add("GET", "/api/programmes/{id}", show_programme);
    r.add("PUT", "/api/programmes/{id}", update_programme);
    r.add("POST", "/api/programmes/{id}/school-registrations", register_school);
    r.add("POST", "/api/programmes/{id}/mentor-registrations", register_mentor);
    r.add("GET", "/api/programmes/{id}/registrations", list_registrations);
    r.add("POST", "/api/registrations/{id}/accept", accept);
    r.add("POST", "/api/registrations/{id}/refuse", refuse);
}

}  // namespace sk::api
