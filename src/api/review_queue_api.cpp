// The organisers' review queue (docs/api.md): list the registrations of a programme, accept one (create
// the organisation, its participation and the contact's invitation, in one transaction) or refuse it with
// a reason that is mailed.
#include <algorithm>
#include <cctype>

#include <boost/json.hpp>

#include "api/authz.h"
#include "api/invitations.h"
#include "api/json_input.h"
#include "api/messages.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "api/programme_handlers.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/programmes.h"
#include "store/registrations.h"

namespace sk::api::programmes {

namespace {

std::string registration_audit_json(const store::Registration& r) { return boost::json::serialize(registration_json(r)); }

}  // namespace

namespace {

// The sort fields of the registrations list (api/paging.h); "createdAt" (oldest first) by default.
// "status" puts pending before accepted before refused.
constexpr SortField kRegistrationSorts[] = {
    {"createdAt", "created_at"},
    {"name", "sk_fold(organisation_name)"},
    {"status", "CASE status WHEN 'pending' THEN 0 WHEN 'accepted' THEN 1 ELSE 2 END"},
    {"kind", "kind"},
};

}  // namespace

// GET /api/programmes/{id}/registrations?page=&size=&sort=&q=&status=&kind=, paged (docs/api.md,
// "Paging, sorting and search"), with the counts per status and per kind.
http::Response list_registrations(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    load_programme(ctx, id);
    require(is_programme_organiser(ctx, id));
    const auto q = [&](const std::string& name) {
        auto it = ctx.req.query.find(name);
        return it == ctx.req.query.end() ? std::string() : it->second;
    };
    const std::string status = q("status"), kind = q("kind");
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kRegistrationSorts, "createdAt", bad);
    if (!status.empty() && status != "pending" && status != "accepted" && status != "refused") bad["status"] = {"field.status", {}};
    if (!kind.empty() && kind != "school" && kind != "mentor") bad["kind"] = {"field.kind", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    const auto found = store::page_registrations(ctx.db, {id, status, kind, page.q.empty() ? std::string() : like_pattern(page.q)},
                                                 page.slice());
    boost::json::array out;
    for (const auto& r : found.rows) out.push_back(registration_json(r));
    auto doc = page_json(page, "registrations", std::move(out), found.total);
    doc["counts"] = boost::json::object{{"status", counts_json(found.by_status)}, {"kind", counts_json(found.by_kind)}};
    return json_response(200, boost::json::serialize(doc));
}

// The registration named in the path, after checking that the user organises its programme.
static store::Registration load_registration_for_decision(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    auto r = store::find_registration(ctx.db, id);
    if (!r) throw ApiError::not_found();
    require(is_programme_organiser(ctx, r->programme_id));
    return *r;
}

static void require_pending(const store::Registration& r) {
    if (r.status != "pending") throw ApiError{409, "registration_decided", {}, {}, {}};
}

static std::string json_text(const boost::json::object& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}
static std::int64_t json_int(const boost::json::object& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->value().is_int64() ? it->value().as_int64() : 0;
}

// Creates (or finds) the organisation of an accepted registration. Its profile is (re)written from the
// registration either way: for a school or company known from an earlier programme, the newest
// registration is its newest own account of itself (address, size, expertise, capacity).
static std::int64_t organisation_for(Ctx& ctx, const store::Registration& r, const boost::json::object& data, std::int64_t now) {
    if (r.kind == "school") {
        const auto existing = store::find_school_by_number(ctx.db, r.identifier);
        const auto org = existing ? *existing : store::create_organisation(ctx.db, r.organisation_name, "school", now);
        store::save_school_profile(ctx.db, org,
                                   {r.identifier, json_text(data, "street"), json_text(data, "postcode"), json_text(data, "municipality"),
                                    json_text(data, "province"), json_text(data, "network"), json_text(data, "level"),
                                    json_int(data, "pupils")});
        return org;
    }
    const auto existing = store::find_company_by_number(ctx.db, r.identifier);
    const auto org = existing ? *existing : store::create_organisation(ctx.db, r.organisation_name, "company", now);
    std::string expertise;
    if (auto it = data.find("expertise"); it != data.end() && it->value().is_array())
        for (const auto& e : it->value().as_array())
            if (e.is_string()) expertise += (expertise.empty() ? "" : ",") + std::string(e.as_string());
    store::save_company_profile(ctx.db, org,
                                {json_text(data, "enterpriseNumber"), json_text(data, "sector"), json_text(data, "province"),
                                 json_text(data, "companySize"), expertise, std::max<std::int64_t>(1, json_int(data, "capacity"))});
    return org;
}

http::Response accept(Ctx& ctx) {
    const auto reg = load_registration_for_decision(ctx);
    JsonInput in(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
    in.done();
    const auto now = ctx.now();
    const auto& organiser = ctx.user();

    store::Transaction tx(ctx.db);
    store::lock_programme(ctx.db, reg.programme_id);
    const auto before = store::find_registration(ctx.db, reg.id);
    require_pending(*before);
    const auto programme = load_programme(ctx, reg.programme_id);
    boost::system::error_code ec;
    auto parsed = boost::json::parse(before->data, ec);
    const boost::json::object data = !ec && parsed.is_object() ? parsed.as_object() : boost::json::object{};

    const bool school = before->kind == "school";
    const auto org_id = organisation_for(ctx, *before, data, now);
    if (!store::is_participant(ctx.db, programme.id, org_id)) {
        if (school && store::count_participants(ctx.db, programme.id, "school") >= programme.fields.max_schools) throw programme_full();
        store::add_participant(ctx.db, programme.id, org_id, school ? "school" : "company", now);
    }

    // The contact is invited, not attached: an address that already has an account joins only when its
    // owner accepts (api/invitations.h), and the answer below is the same either way. A school or company
    // known from an earlier programme may have its contact in it already, or invited: then nothing new.
    const std::string role = school ? "coordinator" : "mentor";
    std::string contact_email = before->contact_email;
    for (char& c : contact_email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto org = store::find_organisation(ctx.db, org_id);
    const auto contact = store::find_user_by_email(ctx.db, contact_email);
    const auto open = store::find_open_invitation(ctx.db, org_id, contact_email, role, std::nullopt);
    SentInvitation sent;
    if (contact && store::has_membership(ctx.db, contact->id, org_id, role)) {
        sent = {0, contact->id, contact->email, contact->name, language_of(contact->language), false, ctx.services.base_url + "/"};
    } else {
        sent = open && !open->expired(now)
                   ? renew_invitation(ctx, *open)
                   : create_invitation(ctx, {org_id, role, std::nullopt, std::nullopt, contact_email, before->contact_name, before->language});
    }
    const auto step = sent.id == 0 ? mail::LinkStep::sign_in
                      : sent.sets_password ? mail::LinkStep::choose_password
                                           : mail::LinkStep::accept_invitation;
    mail::enqueue_for_programme(ctx.db, mail::registration_accepted_email(sent.lang, sent.to, sent.name, org->name, programme.fields.name,
                                                            message(sent.lang, "role." + role), sent.link, step), reg.programme_id);
    store::mark_accepted(ctx.db, reg.id, organiser.id, org_id, now);
    const auto after = store::find_registration(ctx.db, reg.id);
    store::write_audit(ctx.db,
                       {organiser.id, programme.id, "registration.accept", "registration", reg.id, registration_audit_json(*before),
                        registration_audit_json(*after)},
                       now);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, boost::json::serialize(registration_json(*after)));
}

http::Response refuse(Ctx& ctx) {
    const auto reg = load_registration_for_decision(ctx);
    JsonInput in(ctx.req.body);
    auto reason = in.text("reason", {.max = 1000});
    in.done();
    const auto now = ctx.now();
    const auto& organiser = ctx.user();

    store::Transaction tx(ctx.db);
    const auto before = store::find_registration(ctx.db, reg.id);
    require_pending(*before);
    const auto programme = load_programme(ctx, reg.programme_id);
    store::mark_refused(ctx.db, reg.id, organiser.id, *reason, now);
    const auto after = store::find_registration(ctx.db, reg.id);
    mail::enqueue_for_programme(ctx.db, mail::registration_refused_email(language_of(before->language), before->contact_email, before->contact_name,
                                                           before->organisation_name, programme.fields.name, *reason), reg.programme_id);
    store::write_audit(ctx.db,
                       {organiser.id, programme.id, "registration.refuse", "registration", reg.id, registration_audit_json(*before),
                        registration_audit_json(*after)},
                       now);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, boost::json::serialize(registration_json(*after)));
}

}  // namespace sk::api::programmes
