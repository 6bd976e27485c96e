// Learning-network sessions: list, create, read (also as .ics), edit, cancel, delete. See docs/api.md,
// "Sessions and resources". Every handler checks the session's own programme (session_scope.h).
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/programme_handlers.h"
#include "api/session_scope.h"
#include "core/ical.h"
#include "core/local_time.h"
#include "store/audit.h"
#include "store/evidence_files.h"
#include "store/sessions.h"

namespace sk::api {

namespace {

constexpr std::int64_t kCapacityMax = 10000;
constexpr std::int64_t kMaxDurationDays = 7;
constexpr std::size_t kSessionDescriptionMax = 4000;

// An optional text that PATCH may clear: absent keeps `current`, null or "" empties it.
std::string optional_text(JsonInput& in, const boost::json::object& obj, const std::string& field, std::size_t max,
                          const std::string& current) {
    if (!obj.contains(field)) return current;
    return in.text(field, {.required = false, .max = max}).value_or("");
}

std::optional<std::int64_t> local_time_field(JsonInput& in, const boost::json::object& obj, const std::string& field, bool required) {
    const auto* v = field_value(obj, field);
    if (!v) {
        if (required) in.fail(field, "field.required");
        return std::nullopt;
    }
    if (!v->is_string()) {
        in.fail(field, "field.session_time");
        return std::nullopt;
    }
    const auto r = core::parse_brussels_local(std::string(v->as_string()));
    if (!r.unix_seconds)
        in.fail(field, r.problem == core::LocalTimeProblem::nonexistent ? "field.session_time_nonexistent" : "field.session_time");
    return r.unix_seconds;
}

// Reads SessionInput (POST: `base` empty, required fields enforced; PATCH: onto `base`).
store::SessionFields session_input(Ctx& ctx, std::int64_t programme_id, const std::optional<store::SessionFields>& base) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const bool creating = !base;
    store::SessionFields f = base.value_or(store::SessionFields{});

    if (auto type = in.one_of("type", {"inspiration", "growth", "focus_group", "exchange", "working_group_meeting", "other"},
                              "field.session_type", creating))
        f.type = *type;
    if (creating || obj.contains("title"))
        if (auto title = in.text("title", {.required = true, .max = 200})) f.title = *title;
    f.description = optional_text(in, obj, "description", kSessionDescriptionMax, f.description);
    f.venue_name = optional_text(in, obj, "venueName", 200, f.venue_name);
    f.address = optional_text(in, obj, "address", 500, f.address);

    bool times_ok = true;
    if (creating || obj.contains("startsAt")) {
        const auto t = local_time_field(in, obj, "startsAt", true);
        if (t) f.starts_at = *t;
        else times_ok = false;
    }
    if (creating || obj.contains("endsAt")) {
        const auto t = local_time_field(in, obj, "endsAt", true);
        if (t) f.ends_at = *t;
        else times_ok = false;
    }
    if (times_ok) {
        if (f.ends_at <= f.starts_at) in.fail("endsAt", "field.session_end_order");
        else if (f.ends_at - f.starts_at > kMaxDurationDays * 86400)
            in.fail("endsAt", "field.session_too_long", {{"days", std::to_string(kMaxDurationDays)}});
    }

    if (creating || obj.contains("capacity"))
        if (auto c = whole_number(in, field_value(obj, "capacity"), "capacity", 1, kCapacityMax, "field.session_capacity")) f.capacity = *c;

    if (obj.contains("hostSchoolId")) {
        const auto* v = field_value(obj, "hostSchoolId");
        if (!v) {
            f.host_school_id.reset();
        } else {
            const auto id = v->is_int64() ? std::optional<std::int64_t>(v->as_int64()) : std::nullopt;
            if (!id || ctx.db.exec("SELECT 1 FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2 AND kind = 'school'",
                                   {programme_id, *id})
                           .empty())
                in.fail("hostSchoolId", "field.session_host_school");
            else
                f.host_school_id = id;
        }
    }

    if (obj.contains("audience")) {
        const auto* v = field_value(obj, "audience");
        const boost::json::object* a = v && v->is_object() ? &v->as_object() : nullptr;
        const auto* kind = a ? field_value(*a, "kind") : nullptr;
        const std::string k = kind && kind->is_string() ? std::string(kind->as_string()) : "";
        if (k == "programme") {
            f.audience_kind = "programme";
            f.working_group_id.reset();
        } else if (k == "working_group") {
            const auto* g = field_value(*a, "workingGroupId");
            const auto id = g && g->is_int64() ? std::optional<std::int64_t>(g->as_int64()) : std::nullopt;
            if (!id || ctx.db.exec("SELECT 1 FROM working_groups WHERE id = $1 AND programme_id = $2", {*id, programme_id}).empty()) {
                in.fail("audience.workingGroupId", "field.session_working_group");
            } else {
                f.audience_kind = "working_group";
                f.working_group_id = id;
            }
        } else {
            in.fail("audience", "field.session_audience");
        }
    }

    if (!creating)
        if (auto status = in.one_of("status", {"planned", "cancelled"}, "field.session_status", false)) f.status = *status;
    in.done();
    return f;
}

boost::json::object session_audit_json(const store::SessionFields& f) {
    return {{"type", f.type},         {"title", f.title},     {"startsAt", core::format_brussels_local(f.starts_at)},
            {"endsAt", core::format_brussels_local(f.ends_at)}, {"capacity", f.capacity}, {"status", f.status},
            {"audience", f.audience_kind}};
}

// GET /api/programmes/{id}/sessions
http::Response list_sessions(Ctx& ctx) {
    ctx.user();
    const auto programme_id = id_param(ctx, "id");
    programmes::load_programme(ctx, programme_id);  // 404 when unknown
    require(is_programme_organiser(ctx, programme_id) || is_programme_participant(ctx, programme_id));
    // Access, the user's places and the attachments of all sessions in one query each, not per session.
    const auto audience = programme_audience(ctx, programme_id);
    const auto places = store::session_places(ctx.db, ctx.user().id, programme_id);
    const auto attachments = store::programme_attachments(ctx.db, programme_id);
    static const std::vector<store::Attachment> kNone;
    boost::json::array items;
    for (const auto& s : store::programme_sessions(ctx.db, programme_id)) {
        const auto access = session_access(audience, s);
        if (!access.audience) continue;
        const auto place = places.find(s.id);
        const auto files = attachments.find(s.id);
        items.push_back(session_json(ctx, s, access, place == places.end() ? std::nullopt : std::optional(place->second),
                                     files == attachments.end() ? kNone : files->second));
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"sessions", std::move(items)}}));
}

// POST /api/programmes/{id}/sessions
http::Response create_network_session(Ctx& ctx) {
    ctx.user();
    const auto programme_id = id_param(ctx, "id");
    programmes::load_programme(ctx, programme_id);
    require(is_programme_organiser(ctx, programme_id));
    const auto f = session_input(ctx, programme_id, std::nullopt);
    std::int64_t id = 0;
    {
        store::Transaction tx(ctx.db);
        id = store::create_session(ctx.db, programme_id, f, ctx.user().id, ctx.now());
        store::write_audit(ctx.db, {ctx.user().id, programme_id, "session.create", "session", id, std::nullopt,
                                    boost::json::serialize(session_audit_json(f))},
                           ctx.now());
        tx.commit();
    }
    return session_response(ctx, 201, id);
}

// GET /api/sessions/{id} and /api/sessions/{id}.ics (one path segment, so one route).
http::Response get(Ctx& ctx) {
    std::string param = ctx.req.params.at("id");
    if (param.ends_with(".ics")) {
        param.resize(param.size() - 4);
        ctx.req.params["id"] = param;
        auto [s, access] = load_session(ctx, id_param(ctx, "id"));
        return calendar_response(core::ics_calendar({ics_event(ctx.services, s)}, ctx.now(), "STEMkompas"),
                                 "session-" + std::to_string(s.id) + ".ics");
    }
    return session_response(ctx, 200, id_param(ctx, "id"));
}

// PATCH /api/sessions/{id}
http::Response patch_session(Ctx& ctx) {
    const auto before = load_session_as_organiser(ctx, id_param(ctx, "id"));
    const auto f = session_input(ctx, before.programme_id, static_cast<const store::SessionFields&>(before));
    int promoted = 0;
    {
        store::Transaction tx(ctx.db);
        store::lock_session(ctx.db, before.id);
        store::update_session(ctx.db, before.id, f, ctx.now());
        if (auto after = store::find_session(ctx.db, before.id)) promoted = promote_waitlisted(ctx, *after);
        store::write_audit(ctx.db, {ctx.user().id, before.programme_id, "session.update", "session", before.id,
                                    boost::json::serialize(session_audit_json(before)), boost::json::serialize(session_audit_json(f))},
                           ctx.now());
        tx.commit();
    }
    if (promoted > 0 && ctx.services.wake_mail) ctx.services.wake_mail();
    return session_response(ctx, 200, before.id);
}

// DELETE /api/sessions/{id}
http::Response remove_session(Ctx& ctx) {
    const auto s = load_session_as_organiser(ctx, id_param(ctx, "id"));
    const auto files = store::session_attachments(ctx.db, s.id);
    {
        store::Transaction tx(ctx.db);
        store::delete_session(ctx.db, s.id);
        store::write_audit(ctx.db, {ctx.user().id, s.programme_id, "session.delete", "session", s.id,
                                    boost::json::serialize(session_audit_json(s)), std::nullopt},
                           ctx.now());
        tx.commit();
    }
    for (const auto& a : files) ctx.services.files->remove_unused(ctx.db, a.sha256);
    return http::Response::empty(204);
}

}  // namespace

void add_session_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/sessions", list_sessions);
    r.add("POST", "/api/programmes/{id}/sessions", create_network_session);
    r.add("GET", "/api/sessions/{id}", get);
    r.add("PATCH", "/api/sessions/{id}", patch_session);
    r.add("DELETE", "/api/sessions/{id}", remove_session);
    add_session_registration_routes(r);
    add_session_file_routes(r);
}

}  // namespace sk::api
