#include "api/session_scope.h"

#include <algorithm>

#include "api/authz.h"
#include "api/programme_handlers.h"
#include "core/local_time.h"
#include "core/waitlist.h"
#include "mail/templates.h"

namespace sk::api {

ProgrammeAudience programme_audience(Ctx& ctx, std::int64_t programme_id) {
    ProgrammeAudience a;
    a.organiser = is_programme_organiser(ctx, programme_id);
    for (const auto& r : ctx.db.exec("SELECT m.organisation_id, m.role, o.kind FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                     "JOIN programme_participants pp ON pp.organisation_id = m.organisation_id AND pp.programme_id = $2 "
                                     "WHERE m.user_id = $1 ORDER BY m.organisation_id, m.role",
                                     {ctx.user().id, programme_id})
                             .rows)
        a.memberships.push_back({r.i64(0), r.str(1), r.str(2)});
    if (!a.memberships.empty())
        for (const auto& r : ctx.db.exec("SELECT DISTINCT g.group_id, g.organisation_id FROM working_group_members g "
                                         "JOIN memberships m ON m.organisation_id = g.organisation_id WHERE m.user_id = $1",
                                         {ctx.user().id})
                                 .rows)
            a.group_members.emplace_back(r.i64(0), r.i64(1));
    std::sort(a.group_members.begin(), a.group_members.end());
    return a;
}

SessionAccess session_access(const ProgrammeAudience& audience, const store::SessionRow& s) {
    SessionAccess a;
    a.organiser = audience.organiser;
    for (const auto& m : audience.memberships) {
        if (s.audience_kind == "working_group" &&
            !std::binary_search(audience.group_members.begin(), audience.group_members.end(),
                                std::pair<std::int64_t, std::int64_t>{s.working_group_id.value_or(0), m.organisation_id}))
            continue;
        a.audience = true;
        if (!a.register_as && ((m.kind == "school" && (m.role == "coordinator" || m.role == "team_member")) ||
                               (m.kind == "company" && m.role == "mentor")))
            a.register_as = m.organisation_id;
    }
    if (a.organiser) a.audience = true;
    return a;
}

SessionAccess session_access(Ctx& ctx, const store::SessionRow& s) { return session_access(programme_audience(ctx, s.programme_id), s); }

std::pair<store::SessionRow, SessionAccess> load_session(Ctx& ctx, std::int64_t id) {
    ctx.user();
    auto s = store::find_session(ctx.db, id);
    if (!s) throw ApiError::not_found();
    auto access = session_access(ctx, *s);
    require(access.audience);
    return {std::move(*s), access};
}

store::SessionRow load_session_as_organiser(Ctx& ctx, std::int64_t id) {
    ctx.user();
    auto s = store::find_session(ctx.db, id);
    if (!s) throw ApiError::not_found();
    require(is_programme_organiser(ctx, s->programme_id));
    return std::move(*s);
}

boost::json::object session_json(Ctx& ctx, const store::SessionRow& s, const SessionAccess& access) {
    // The same query as the list's (one rule for the waitlist position), over the user's few places.
    const auto places = store::session_places(ctx.db, ctx.user().id, s.programme_id);
    const auto place = places.find(s.id);
    return session_json(ctx, s, access, place == places.end() ? std::nullopt : std::optional(place->second),
                        store::session_attachments(ctx.db, s.id));
}

boost::json::object session_json(Ctx& ctx, const store::SessionRow& s, const SessionAccess& access,
                                 const std::optional<store::SessionPlace>& place, const std::vector<store::Attachment>& attachment_rows) {
    const auto sid = std::to_string(s.id);
    const std::string my_status = place ? place->status : "none";
    boost::json::value my_position = nullptr;
    if (place && place->status == "waitlisted") my_position = place->position;

    boost::json::value report = nullptr;
    if (s.report_body && (access.organiser || s.report_published_at))
        report = boost::json::object{{"body", *s.report_body},
                                     {"publishedAt", s.report_published_at ? boost::json::value(*s.report_published_at) : nullptr}};
    boost::json::array attachments;
    for (const auto& a : attachment_rows)
        attachments.push_back(boost::json::object{{"id", a.id},
                                                  {"fileName", a.file_name},
                                                  {"contentType", a.content_type},
                                                  {"size", a.size},
                                                  {"url", "/api/sessions/" + sid + "/attachments/" + std::to_string(a.id)}});
    const bool can_register = access.register_as.has_value() && s.status == "planned" && ctx.now() < s.starts_at;
    return {{"id", s.id},
            {"programmeId", s.programme_id},
            {"type", s.type},
            {"title", s.title},
            {"description", s.description},
            {"startsAt", core::format_brussels_local(s.starts_at)},
            {"endsAt", core::format_brussels_local(s.ends_at)},
            {"hostSchool", s.host_school_id ? boost::json::value(boost::json::object{{"id", *s.host_school_id},
                                                                                      {"name", s.host_school_name.value_or("")}})
                                            : nullptr},
            {"venueName", s.venue_name},
            {"address", s.address},
            {"capacity", s.capacity},
            {"audience", boost::json::object{{"kind", s.audience_kind},
                                             {"workingGroupId", s.working_group_id ? boost::json::value(*s.working_group_id) : nullptr}}},
            {"status", s.status},
            {"registered", s.registered},
            {"waitlisted", s.waitlisted},
            {"myStatus", my_status},
            {"myPosition", my_position},
            {"report", report},
            {"attachments", std::move(attachments)},
            {"icsUrl", "/api/sessions/" + sid + ".ics"},
            {"canManage", access.organiser},
            {"canRegister", can_register}};
}

http::Response session_response(Ctx& ctx, int status, std::int64_t id) {
    auto [s, access] = load_session(ctx, id);
    return json_response(status, boost::json::serialize(session_json(ctx, s, access)));
}

int promote_waitlisted(Ctx& ctx, const store::SessionRow& s) {
    if (s.status != "planned" || ctx.now() >= s.starts_at) return 0;  // a place in a running session is no use
    const auto regs = store::active_registrations(ctx.db, s.id);
    std::vector<core::Spot> queue;
    for (const auto& r : regs) queue.push_back(r.status == "registered" ? core::Spot::registered : core::Spot::waitlisted);
    const auto moves = core::promotions(queue, s.capacity);
    const auto link = ctx.services.base_url + "/sessions/" + std::to_string(s.id);
    const auto venue = s.venue_name + (s.address.empty() ? "" : (s.venue_name.empty() ? "" : ", ") + s.address);
    for (auto i : moves) {
        const auto& r = regs[i];
        store::set_registration_status(ctx.db, r.id, "registered");
        mail::enqueue_for_programme(ctx.db, mail::session_promoted_email(programmes::language_of(r.language), r.email, r.name, s.title,
                                                           core::format_brussels_local(s.starts_at), venue, link), s.programme_id);
    }
    return static_cast<int>(moves.size());
}

core::IcsEvent ics_event(const Services& services, const store::SessionRow& s) {
    core::IcsEvent e;
    e.uid = "session-" + std::to_string(s.id) + "@stemkompas";
    e.starts_at = s.starts_at;
    e.ends_at = s.ends_at;
    e.summary = s.title;
    e.url = services.base_url + "/sessions/" + std::to_string(s.id);
    e.description = s.description.empty() ? e.url : s.description + "\n\n" + e.url;
    e.location = s.venue_name + (s.address.empty() ? "" : (s.venue_name.empty() ? "" : ", ") + s.address);
    e.cancelled = s.status == "cancelled";
    return e;
}

http::Response calendar_response(std::string body, const std::string& file_name) {
    http::Response res;
    res.status = 200;
    res.body = std::move(body);
    res.set_header("Content-Type", "text/calendar; charset=utf-8");
    res.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    res.set_header("Cache-Control", "private, no-store");
    return res;
}

}  // namespace sk::api
