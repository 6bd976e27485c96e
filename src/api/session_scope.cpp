#include "api/session_scope.h"

#include "api/authz.h"
#include "api/programme_handlers.h"
#include "core/local_time.h"
#include "core/waitlist.h"
#include "mail/templates.h"

namespace sk::api {

SessionAccess session_access(Ctx& ctx, const store::SessionRow& s) {
    SessionAccess a;
    a.organiser = is_programme_organiser(ctx, s.programme_id);
    std::string sql =
        "SELECT m.organisation_id, m.role, o.kind FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
        "JOIN programme_participants pp ON pp.organisation_id = m.organisation_id AND pp.programme_id = $2 WHERE m.user_id = $1";
    std::vector<store::Value> params{ctx.user().id, s.programme_id};
    if (s.audience_kind == "working_group") {
        sql += " AND m.organisation_id IN (SELECT organisation_id FROM working_group_members WHERE group_id = $3)";
        params.emplace_back(s.working_group_id.value_or(0));
    }
    sql += " ORDER BY m.organisation_id, m.role";
    for (const auto& r : ctx.db.exec(sql, params).rows) {
        a.audience = true;
        const auto role = r.str(1), kind = r.str(2);
        if (!a.register_as && ((kind == "school" && (role == "coordinator" || role == "team_member")) || (kind == "company" && role == "mentor")))
            a.register_as = r.i64(0);
    }
    if (a.organiser) a.audience = true;
    return a;
}

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
    const auto sid = std::to_string(s.id);
    std::string my_status = "none";
    boost::json::value my_position = nullptr;
    std::vector<core::Spot> queue;
    std::optional<std::size_t> mine;
    for (const auto& r : store::active_registrations(ctx.db, s.id)) {
        if (r.user_id == ctx.user().id) {
            mine = queue.size();
            my_status = r.status;
        }
        queue.push_back(r.status == "registered" ? core::Spot::registered : core::Spot::waitlisted);
    }
    if (mine && my_status == "waitlisted") my_position = core::waitlist_position(queue, *mine);

    boost::json::value report = nullptr;
    if (s.report_body && (access.organiser || s.report_published_at))
        report = boost::json::object{{"body", *s.report_body},
                                     {"publishedAt", s.report_published_at ? boost::json::value(*s.report_published_at) : nullptr}};
    boost::json::array attachments;
    for (const auto& a : store::session_attachments(ctx.db, s.id))
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
        mail::enqueue(ctx.db, mail::session_promoted_email(programmes::language_of(r.language), r.email, r.name, s.title,
                                                           core::format_brussels_local(s.starts_at), venue, link));
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
