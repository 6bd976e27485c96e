// The public registration forms of a programme (docs/api.md, `SchoolRegistration`, `MentorRegistration`):
// honeypot, per-address limit, one live registration per school or company, confirmation mail.
#include <functional>
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/programme_handlers.h"
#include "api/rate_limit.h"
#include "api/registration_input.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/programmes.h"
#include "store/registrations.h"

namespace sk::api::programmes {

namespace {

ApiError conflict_on(const std::string& field, const std::string& key) {
    ApiError e = ApiError::field(field, key);
    e.status = 409;
    e.code = "conflict";
    return e;
}

}  // namespace

// The programme a public form is for: published, else it does not exist for the public.
static store::Programme open_programme(Ctx& ctx) {
    const auto p = load_programme(ctx, id_param(ctx, "id"));
    if (!p.fields.published) throw ApiError::not_found();
    return p;
}

static void count_registration(Ctx& ctx) { limit_per_client_hour(ctx, "registration", ctx.services.registration_limit); }

// A bot that filled in the hidden field is told "thank you" and nothing happens.
static http::Response spam_answer() { return json_response(201, R"({"id":0})"); }

namespace {

// What differs between the two forms once their input is valid.
struct NewRegistration {
    store::Registration registration;
    std::string identifier_field;  // the form field named in a duplicate error
    std::string taken_key;         // its message
};

// Stores a validated registration and queues its confirmation mail, in one transaction. A live
// registration of the same number is refused; the unique index settles two submissions at once.
http::Response store_registration(Ctx& ctx, NewRegistration n, const std::function<mail::Email()>& confirmation,
                                  const std::function<void()>& extra_checks) {
    store::Transaction tx(ctx.db);
    extra_checks();
    const auto& r = n.registration;
    if (store::live_registration_exists(ctx.db, r.programme_id, r.kind, r.identifier))
        throw conflict_on(n.identifier_field, n.taken_key);
    std::int64_t id = 0;
    try {
        id = store::create_registration(ctx.db, r, ctx.now());
    } catch (const store::DbError& e) {
        if (e.kind() == store::DbError::Kind::unique_violation) throw conflict_on(n.identifier_field, n.taken_key);
        throw;
    }
    mail::enqueue_for_programme(ctx.db, confirmation(), r.programme_id);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(201, boost::json::serialize(boost::json::object{{"id", id}}));
}

store::Registration base_registration(const store::Programme& p, const std::string& kind, const std::string& lang) {
    store::Registration r;
    r.programme_id = p.id;
    r.kind = kind;
    r.language = lang;
    return r;
}

}  // namespace

http::Response register_school(Ctx& ctx) {
    const auto p = open_programme(ctx);
    if (honeypot_filled(ctx.req.body)) {
        count_registration(ctx);
        return spam_answer();
    }
    const auto in = read_school_registration(ctx.req.body);
    count_registration(ctx);
    const std::string lang = in.language.value_or(std::string(core::language_code(ctx.lang)));
    NewRegistration n{base_registration(p, "school", lang), "institutionNumber", "field.institution_taken"};
    n.registration.organisation_name = in.school_name;
    n.registration.identifier = in.institution_number;
    n.registration.contact_name = in.contact_name;
    n.registration.contact_email = in.contact_email;
    n.registration.data = in.data_json(lang);
    return store_registration(
        ctx, std::move(n),
        [&] {
            return mail::school_registration_received_email(language_of(lang), in.contact_email, in.contact_name, in.school_name,
                                                            p.fields.name);
        },
        [&] {
            if (store::count_participants(ctx.db, p.id, "school") >= p.fields.max_schools) throw programme_full();
        });
}

http::Response register_mentor(Ctx& ctx) {
    const auto p = open_programme(ctx);
    if (honeypot_filled(ctx.req.body)) {
        count_registration(ctx);
        return spam_answer();
    }
    // The framework was parsed at start-up; its element ids are the allowed expertise.
    const auto* framework = ctx.services.frameworks ? ctx.services.frameworks->find(p.fields.framework_id) : nullptr;
    const auto in = read_mentor_registration(ctx.req.body, framework ? framework->element_ids : std::vector<std::string>{});
    count_registration(ctx);
    const std::string lang = in.language.value_or(std::string(core::language_code(ctx.lang)));
    NewRegistration n{base_registration(p, "mentor", lang), "enterpriseNumber", "field.enterprise_taken"};
    n.registration.organisation_name = in.company_name;
    n.registration.identifier = in.enterprise_digits;
    n.registration.contact_name = in.contact_name;
    n.registration.contact_email = in.contact_email;
    n.registration.data = in.data_json(lang);
    return store_registration(
        ctx, std::move(n),
        [&] {
            return mail::mentor_registration_received_email(language_of(lang), in.contact_email, in.contact_name, in.company_name,
                                                            p.fields.name);
        },
        [] {});
}

}  // namespace sk::api::programmes
