// Registering for a session (waitlist, automatic promotion), the organisers' participant list and
// attendance, and the session report (publishing mails the registered participants once).
// See docs/api.md, "Sessions and resources".
#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "api/programme_handlers.h"
#include "api/session_scope.h"
#include "core/waitlist.h"
#include "mail/templates.h"
#include "store/audit.h"
#include "store/sessions.h"

namespace sk::api {

namespace {

constexpr std::size_t kReportMax = 20000;

boost::json::object registration_state(Ctx& ctx, std::int64_t session_id) {
    std::vector<core::Spot> queue;
    std::optional<std::size_t> mine;
    std::string status = "none";
    for (const auto& r : store::active_registrations(ctx.db, session_id)) {
        if (r.user_id == ctx.user().id) {
            mine = queue.size();
            status = r.status;
        }
        queue.push_back(r.status == "registered" ? core::Spot::registered : core::Spot::waitlisted);
    }
    boost::json::value position = nullptr;
    if (mine && status == "waitlisted") position = core::waitlist_position(queue, *mine);
    return {{"status", status}, {"position", position}};
}

// POST /api/sessions/{id}/registration
http::Response register_user(Ctx& ctx) {
    auto [s, access] = load_session(ctx, id_param(ctx, "id"));
    require(access.register_as.has_value());
    if (s.status == "cancelled") throw ApiError::conflict("session_cancelled");
    if (ctx.now() >= s.starts_at) throw ApiError::conflict("session_started");
    int status = 200;
    {
        store::Transaction tx(ctx.db);
        store::lock_session(ctx.db, s.id);
        const auto existing = store::find_registration(ctx.db, s.id, ctx.user().id);
        if (!existing || existing->status == "cancelled") {
            std::int64_t registered = 0, waitlisted = 0;
            for (const auto& r : store::active_registrations(ctx.db, s.id)) (r.status == "registered" ? registered : waitlisted)++;
            const auto spot = core::place_newcomer(registered, waitlisted, s.capacity);
            store::put_registration(ctx.db, s.id, ctx.user().id, access.register_as,
                                    spot == core::Spot::registered ? "registered" : "waitlisted", ctx.now());
            status = 201;
        }
        tx.commit();
    }
    return json_response(status, boost::json::serialize(registration_state(ctx, s.id)));
}

// DELETE /api/sessions/{id}/registration
http::Response cancel_registration(Ctx& ctx) {
    auto [s, access] = load_session(ctx, id_param(ctx, "id"));
    int promoted = 0;
    {
        store::Transaction tx(ctx.db);
        store::lock_session(ctx.db, s.id);
        const auto existing = store::find_registration(ctx.db, s.id, ctx.user().id);
        if (!existing || existing->status == "cancelled") throw ApiError::not_found();
        store::set_registration_status(ctx.db, existing->id, "cancelled");
        if (existing->status == "registered") promoted = promote_waitlisted(ctx, s);
        tx.commit();
    }
    if (promoted > 0 && ctx.services.wake_mail) ctx.services.wake_mail();
    return http::Response::empty(204);
}

// The sort fields of the participant list (api/paging.h). "queue" (the default): registered ones first, then
// the waitlist, each in queue order.
constexpr SortField kParticipantSorts[] = {
    {"queue", "CASE WHEN r.status = 'registered' THEN 0 ELSE 1000000000000 END + r.queue_seq"},
    {"name", "sk_fold(u.name)"},
    {"organisation", "sk_fold(COALESCE(o.name, ''))"},
};

boost::json::object participant_json(const store::Participant& p) {
    const auto& r = p.registration;
    return {{"userId", r.user_id},
            {"name", r.name},
            {"email", r.email},
            {"organisationName", r.organisation_name ? boost::json::value(*r.organisation_name) : nullptr},
            {"status", r.status},
            {"position", r.status == "waitlisted" ? boost::json::value(p.position) : nullptr},
            {"attended", r.attended}};
}

// One page of the participants of `session_id` as `query` asks for it, with the counts.
http::Response participants_response(Ctx& ctx, std::int64_t session_id, const std::map<std::string, std::string>& query) {
    std::map<std::string, FieldError> bad;
    const auto page = read_page(query, kParticipantSorts, "queue", bad);
    const auto status = read_choice(query, "status", {"registered", "waitlisted"}, bad);
    if (!bad.empty()) throw ApiError::validation(bad);
    const auto found =
        store::page_participants(ctx.db, {session_id, status, page.q.empty() ? std::string() : like_pattern(page.q), std::nullopt}, page.slice("r.id"));
    boost::json::array items;
    for (const auto& p : found.rows) items.push_back(participant_json(p));
    auto doc = page_json(page, "participants", std::move(items), found.total);
    doc["counts"] = boost::json::object{{"status", facet_counts_json(found.by_status)}, {"attended", found.attended}};
    return json_response(200, boost::json::serialize(doc));
}

// GET /api/sessions/{id}/participants?page=&size=&sort=&q=&status=, paged (docs/api.md, "Paging, sorting and search").
http::Response participants(Ctx& ctx) {
    const auto s = load_session_as_organiser(ctx, id_param(ctx, "id"));
    return participants_response(ctx, s.id, ctx.req.query);
}

// PUT /api/sessions/{id}/attendance: {"attended":[userId…]} replaces the set (answer: the first page of
// participants), or {"userId":n,"attended":bool} marks one registered participant (answer: that row).
http::Response attendance(Ctx& ctx) {
    const auto s = load_session_as_organiser(ctx, id_param(ctx, "id"));
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    if (field_value(obj, "userId")) {
        const auto user_id = whole_number(in, field_value(obj, "userId"), "userId", 1, INT64_MAX, "field.session_attended");
        const auto attended = boolean(in, field_value(obj, "attended"), "attended", std::nullopt);
        in.done();
        if (ctx.now() < s.starts_at) throw ApiError::conflict("session_not_started");
        {
            store::Transaction tx(ctx.db);
            if (!store::set_one_attendance(ctx.db, s.id, *user_id, *attended)) in.fail("userId", "field.session_attended");
            in.done();
            store::write_audit(ctx.db, {ctx.user().id, s.programme_id, "session.attendance", "session", s.id, std::nullopt,
                                        boost::json::serialize(boost::json::object{{"userId", *user_id}, {"attended", *attended}})},
                               ctx.now());
            tx.commit();
        }
        const auto row = store::page_participants(ctx.db, {s.id, "", "", *user_id}, {" ORDER BY r.id", 1, 0});
        return json_response(200, boost::json::serialize(participant_json(row.rows.at(0))));
    }
    std::set<std::int64_t> registered;
    for (const auto& r : store::active_registrations(ctx.db, s.id))
        if (r.status == "registered") registered.insert(r.user_id);
    std::vector<std::int64_t> ids;
    const auto* v = field_value(obj, "attended");
    if (!v) {
        in.fail("attended", "field.required");
    } else if (!v->is_array()) {
        in.fail("attended", "field.session_attended");
    } else {
        for (const auto& e : v->as_array()) {
            if (!e.is_int64() || !registered.contains(e.as_int64())) {
                in.fail("attended", "field.session_attended");
                break;
            }
            if (std::find(ids.begin(), ids.end(), e.as_int64()) == ids.end()) ids.push_back(e.as_int64());
        }
    }
    in.done();
    if (ctx.now() < s.starts_at) throw ApiError::conflict("session_not_started");
    {
        store::Transaction tx(ctx.db);
        store::set_attendance(ctx.db, s.id, ids);
        boost::json::array after(ids.begin(), ids.end());
        store::write_audit(ctx.db, {ctx.user().id, s.programme_id, "session.attendance", "session", s.id, std::nullopt,
                                    boost::json::serialize(boost::json::object{{"attended", after}})},
                           ctx.now());
        tx.commit();
    }
    return participants_response(ctx, s.id, {});
}

// PUT /api/sessions/{id}/report
http::Response report(Ctx& ctx) {
    const auto s = load_session_as_organiser(ctx, id_param(ctx, "id"));
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto body = in.text("body", {.required = false, .max = kReportMax, .trim = false}).value_or("");
    const auto published = boolean(in, field_value(obj, "published"), "published", std::nullopt);
    in.done();
    bool mailed = false;
    {
        store::Transaction tx(ctx.db);
        const auto published_at = *published ? std::optional<std::int64_t>(s.report_published_at.value_or(ctx.now())) : std::nullopt;
        const bool send = *published && !s.report_mailed;
        store::set_session_report(ctx.db, s.id, body, published_at, s.report_mailed || send);
        if (send) {
            const auto link = ctx.services.base_url + "/sessions/" + std::to_string(s.id);
            for (const auto& r : store::active_registrations(ctx.db, s.id))
                if (r.status == "registered")
                    mail::enqueue_for_programme(ctx.db, mail::session_report_email(programmes::language_of(r.language), r.email, r.name, s.title, link), s.programme_id);
            mailed = true;
        }
        store::write_audit(ctx.db, {ctx.user().id, s.programme_id, "session.report", "session", s.id, std::nullopt,
                                    boost::json::serialize(boost::json::object{{"published", *published}, {"length", body.size()}})},
                           ctx.now());
        tx.commit();
    }
    if (mailed && ctx.services.wake_mail) ctx.services.wake_mail();
    return session_response(ctx, 200, s.id);
}

}  // namespace

void add_session_registration_routes(ApiRouter& r) {
    r.add("POST", "/api/sessions/{id}/registration", register_user);
    r.add("DELETE", "/api/sessions/{id}/registration", cancel_registration);
    r.add("GET", "/api/sessions/{id}/participants", participants);
    r.add("PUT", "/api/sessions/{id}/attendance", attendance);
    r.add("PUT", "/api/sessions/{id}/report", report);
}

}  // namespace sk::api
