// See docs/api.md, "Programmes and onboarding": programme editions, the public registration forms and
// the organisers' review queue (accept creates the organisation and invites its contact person).
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/messages.h"
#include "api/programme_input.h"
#include "api/registration_input.h"
#include "core/framework.h"
#include "core/secrets.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/accounts.h"
#include "store/audit.h"
#include "store/auth_tokens.h"
#include "store/programmes.h"
#include "store/registrations.h"

namespace sk::api {

namespace {

constexpr std::int64_t kInviteSeconds = 7 * 24 * 3600;
constexpr std::int64_t kRegistrationWindow = 3600;
constexpr std::int64_t kMaxRegistrationsPerAddress = 10;

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

std::string programme_audit_json(const store::Programme& p) { return boost::json::serialize(programme_json(p, true)); }
std::string registration_audit_json(const store::Registration& r) { return boost::json::serialize(registration_json(r)); }

store::Programme load_programme(Ctx& ctx, std::int64_t id) {
    auto p = store::find_programme(ctx.db, id);
    if (!p) throw ApiError::not_found();
    return *p;
}

ApiError conflict_on(const std::string& field, const std::string& key) {
    ApiError e = ApiError::field(field, key);
    e.status = 409;
    e.code = "conflict";
    return e;
}

ApiError programme_full() { return ApiError{409, "programme_full", {}, {}, {}}; }

ApiError rate_limited(std::int64_t now) {
    const std::int64_t retry = kRegistrationWindow - now % kRegistrationWindow;
    ApiError e{429, "rate_limited", {}, {{"minutes", std::to_string((retry + 59) / 60)}}, {}};
    e.headers.emplace_back("Retry-After", std::to_string(retry));
    return e;
}

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

http::Response list(Ctx& ctx) {
    std::optional<std::int64_t> user_id;
    if (ctx.session) user_id = ctx.session->user.id;
    boost::json::array out;
    for (const auto& p : store::visible_programmes(ctx.db, user_id)) out.push_back(programme_json(p, signed_in_organiser_of(ctx, p)));
    return json_response(200, boost::json::serialize(boost::json::object{{"programmes", std::move(out)}}));
}

http::Response show(Ctx& ctx) {
    const auto id = id_param(ctx, "id");
    const auto p = load_programme(ctx, id);
    const bool organiser = signed_in_organiser_of(ctx, p);
    // An unpublished programme is not there for outsiders (not even its existence is told).
    if (!p.fields.published && !organiser && !(ctx.session && is_programme_participant(ctx, id))) throw ApiError::not_found();
    return json_response(200, boost::json::serialize(programme_json(p, organiser)));
}

http::Response create(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
    const auto organiser_id = organiser_organisation(ctx);
    const auto fields = read_programme(ctx.req.body, ctx.services.frameworks);
    const auto now = ctx.now();
    store::Transaction tx(ctx.db);
    const auto id = store::create_programme(ctx.db, organiser_id, fields, now);
    const auto p = load_programme(ctx, id);
    store::write_audit(ctx.db, {ctx.user().id, id, "programme.create", "programme", id, std::nullopt, programme_audit_json(p)}, now);
    tx.commit();
    return json_response(201, boost::json::serialize(programme_json(p, true)));
}

http::Response update(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    load_programme(ctx, id);
    require(is_programme_organiser(ctx, id));
    const auto fields = read_programme(ctx.req.body, ctx.services.frameworks);
    const auto now = ctx.now();
    store::Transaction tx(ctx.db);
    store::lock_programme(ctx.db, id);
    const auto before = load_programme(ctx, id);
    if (fields.max_schools < before.school_count)
        throw ApiError::field("maxSchools", "field.max_schools_below", {{"count", std::to_string(before.school_count)}});
    store::update_programme(ctx.db, id, fields, now);
    const auto after = load_programme(ctx, id);
    store::write_audit(ctx.db,
                       {ctx.user().id, id, "programme.update", "programme", id, programme_audit_json(before), programme_audit_json(after)},
                       now);
    tx.commit();
    return json_response(200, boost::json::serialize(programme_json(after, true)));
}

// --- public registration ---

// The programme a public form is for: published, else it does not exist for the public.
store::Programme open_programme(Ctx& ctx) {
    const auto p = load_programme(ctx, id_param(ctx, "id"));
    if (!p.fields.published) throw ApiError::not_found();
    return p;
}

void count_registration(Ctx& ctx) {
    const auto now = ctx.now();
    if (store::rate_limit_hit(ctx.db, "registration:address:" + ctx.req.remote_address, now, kRegistrationWindow) >
        kMaxRegistrationsPerAddress)
        throw rate_limited(now);
}

// A bot that filled in the hidden field is told "thank you" and nothing happens.
http::Response spam_answer() { return json_response(201, R"({"id":0})"); }

core::Language language_of(const std::string& code) { return core::parse_language(code).value_or(core::Language::nl); }

http::Response register_school(Ctx& ctx) {
    const auto p = open_programme(ctx);
    if (honeypot_filled(ctx.req.body)) {
        count_registration(ctx);
        return spam_answer();
    }
    const auto in = read_school_registration(ctx.req.body);
    count_registration(ctx);
    const std::string lang = in.language.value_or(std::string(core::language_code(ctx.lang)));
    const auto now = ctx.now();

    store::Transaction tx(ctx.db);
    if (store::count_participants(ctx.db, p.id, "school") >= p.fields.max_schools) throw programme_full();
    if (store::live_registration_exists(ctx.db, p.id, "school", in.institution_number))
        throw conflict_on("institutionNumber", "field.institution_taken");
    store::Registration r;
    r.programme_id = p.id;
    r.kind = "school";
    r.organisation_name = in.school_name;
    r.identifier = in.institution_number;
    r.contact_name = in.contact_name;
    r.contact_email = in.contact_email;
    r.language = lang;
    r.data = in.data_json(lang);
    std::int64_t id = 0;
    try {
        id = store::create_registration(ctx.db, r, now);
    } catch (const store::DbError& e) {
        // Two submissions at the same moment: the unique index decides, with the same answer.
        if (e.kind() == store::DbError::Kind::unique_violation) throw conflict_on("institutionNumber", "field.institution_taken");
        throw;
    }
    mail::enqueue(ctx.db, mail::school_registration_received_email(language_of(lang), in.contact_email, in.contact_name,
                                                                   in.school_name, p.fields.name));
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(boost::json::object{{"id", id}}));
}

// The key element ids of the programme's framework (the allowed mentor expertise).
std::vector<std::string> element_ids(Ctx& ctx, const store::Programme& p) {
    std::vector<std::string> ids;
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(p.fields.framework_id) : nullptr;
    if (!entry) return ids;
    const auto loaded = core::load_framework(entry->document);
    if (loaded.framework)
        for (const auto& e : loaded.framework->elements) ids.push_back(e.id);
    return ids;
}

http::Response register_mentor(Ctx& ctx) {
    const auto p = open_programme(ctx);
    if (honeypot_filled(ctx.req.body)) {
        count_registration(ctx);
        return spam_answer();
    }
    const auto in = read_mentor_registration(ctx.req.body, element_ids(ctx, p));
    count_registration(ctx);
    const std::string lang = in.language.value_or(std::string(core::language_code(ctx.lang)));
    const auto now = ctx.now();

    store::Transaction tx(ctx.db);
    if (store::live_registration_exists(ctx.db, p.id, "mentor", in.enterprise_digits))
        throw conflict_on("enterpriseNumber", "field.enterprise_taken");
    store::Registration r;
    r.programme_id = p.id;
    r.kind = "mentor";
    r.organisation_name = in.company_name;
    r.identifier = in.enterprise_digits;
    r.contact_name = in.contact_name;
    r.contact_email = in.contact_email;
    r.language = lang;
    r.data = in.data_json(lang);
    std::int64_t id = 0;
    try {
        id = store::create_registration(ctx.db, r, now);
    } catch (const store::DbError& e) {
        if (e.kind() == store::DbError::Kind::unique_violation) throw conflict_on("enterpriseNumber", "field.enterprise_taken");
        throw;
    }
    mail::enqueue(ctx.db, mail::mentor_registration_received_email(language_of(lang), in.contact_email, in.contact_name,
                                                                   in.company_name, p.fields.name));
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(boost::json::object{{"id", id}}));
}

// --- review queue ---

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
    if (!status.empty() && status != "pending" && status != "accepted" && status != "refused") bad["status"] = {"field.status", {}};
    if (!kind.empty() && kind != "school" && kind != "mentor") bad["kind"] = {"field.kind", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    boost::json::array out;
    for (const auto& r : store::list_registrations(ctx.db, id, status, kind)) out.push_back(registration_json(r));
    return json_response(200, boost::json::serialize(boost::json::object{{"registrations", std::move(out)}}));
}

// The registration named in the path, after checking that the user organises its programme.
store::Registration load_registration_for_decision(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    auto r = store::find_registration(ctx.db, id);
    if (!r) throw ApiError::not_found();
    require(is_programme_organiser(ctx, r->programme_id));
    return *r;
}

void require_pending(const store::Registration& r) {
    if (r.status != "pending") throw ApiError{409, "registration_decided", {}, {}, {}};
}

std::string json_text(const boost::json::object& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : std::string();
}
std::int64_t json_int(const boost::json::object& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->value().is_int64() ? it->value().as_int64() : 0;
}

// Creates (or finds) the organisation of an accepted registration, with its profile.
std::int64_t organisation_for(Ctx& ctx, const store::Registration& r, const boost::json::object& data, std::int64_t now) {
    if (r.kind == "school") {
        if (auto existing = store::find_school_by_number(ctx.db, r.identifier)) return *existing;
        const auto org = store::create_organisation(ctx.db, r.organisation_name, "school", now);
        store::save_school_profile(ctx.db, org,
                                   {r.identifier, json_text(data, "street"), json_text(data, "postcode"), json_text(data, "municipality"),
                                    json_text(data, "province"), json_text(data, "network"), json_text(data, "level"),
                                    json_int(data, "pupils")});
        return org;
    }
    if (auto existing = store::find_company_by_number(ctx.db, r.identifier)) return *existing;
    const auto org = store::create_organisation(ctx.db, r.organisation_name, "company", now);
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

    const std::string role = school ? "coordinator" : "mentor";
    auto user = store::find_user_by_email(ctx.db, before->contact_email);
    const auto user_id =
        user ? user->id : store::create_user(ctx.db, before->contact_email, before->contact_name, before->language, std::nullopt, now);
    store::add_membership(ctx.db, user_id, org_id, role, now);

    const auto lang = language_of(user ? user->language : before->language);
    const bool sets_password = !user || !user->password_hash;
    std::string link = ctx.services.base_url + "/";
    if (sets_password) {
        const std::string token = core::random_token();
        store::create_one_time_token(ctx.db, core::token_digest(token), user_id, "invite", now, now + kInviteSeconds);
        link = ctx.services.base_url + "/set-password#token=" + token;
    }
    const auto org = store::find_organisation(ctx.db, org_id);
    mail::enqueue(ctx.db, mail::registration_accepted_email(lang, before->contact_email, user ? user->name : before->contact_name,
                                                            org->name, programme.fields.name, message(lang, "role." + role), link,
                                                            sets_password));
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
    mail::enqueue(ctx.db, mail::registration_refused_email(language_of(before->language), before->contact_email, before->contact_name,
                                                           before->organisation_name, programme.fields.name, *reason));
    store::write_audit(ctx.db,
                       {organiser.id, programme.id, "registration.refuse", "registration", reg.id, registration_audit_json(*before),
                        registration_audit_json(*after)},
                       now);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, boost::json::serialize(registration_json(*after)));
}

}  // namespace

void add_programme_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes", list);
    r.add("POST", "/api/programmes", create);
    r.add("GET", "/api/programmes/{id}", show);
    r.add("PUT", "/api/programmes/{id}", update);
    r.add("POST", "/api/programmes/{id}/school-registrations", register_school);
    r.add("POST", "/api/programmes/{id}/mentor-registrations", register_mentor);
    r.add("GET", "/api/programmes/{id}/registrations", list_registrations);
    r.add("POST", "/api/registrations/{id}/accept", accept);
    r.add("POST", "/api/registrations/{id}/refuse", refuse);
}

}  // namespace sk::api
