// The public registration forms of a programme (docs/api.md, `SchoolRegistration`, `MentorRegistration`):
// honeypot, per-address limit, one live registration per school or company, confirmation mail.
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/programme_handlers.h"
#include "api/registration_input.h"
#include "core/framework.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/auth_tokens.h"
#include "store/programmes.h"
#include "store/registrations.h"

namespace sk::api::programmes {

namespace {

constexpr std::int64_t kRegistrationWindow = 3600;
constexpr std::int64_t kMaxRegistrationsPerAddress = 10;

ApiError conflict_on(const std::string& field, const std::string& key) {
    ApiError e = ApiError::field(field, key);
    e.status = 409;
    e.code = "conflict";
    return e;
}

ApiError rate_limited(std::int64_t now) {
    const std::int64_t retry = kRegistrationWindow - now % kRegistrationWindow;
    ApiError e{429, "rate_limited", {}, {{"minutes", std::to_string((retry + 59) / 60)}}, {}};
    e.headers.emplace_back("Retry-After", std::to_string(retry));
    return e;
}

}  // namespace

// The programme a public form is for: published, else it does not exist for the public.
static store::Programme open_programme(Ctx& ctx) {
    const auto p = load_programme(ctx, id_param(ctx, "id"));
    if (!p.fields.published) throw ApiError::not_found();
    return p;
}

static void count_registration(Ctx& ctx) {
    const auto now = ctx.now();
    if (store::rate_limit_hit(ctx.db, "registration:address:" + ctx.req.remote_address, now, kRegistrationWindow) >
        kMaxRegistrationsPerAddress)
        throw rate_limited(now);
}

// A bot that filled in the hidden field is told "thank you" and nothing happens.
static http::Response spam_answer() { return json_response(201, R"({"id":0})"); }

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
static std::vector<std::string> element_ids(Ctx& ctx, const store::Programme& p) {
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

}  // namespace sk::api::programmes
