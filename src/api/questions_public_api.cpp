// The public "Ask us" form (docs/api.md, "Ask us"): anyone asks a question; it is stored with its due
// time (core/working_days.h) and the asker gets a receipt mail saying by when they will have an answer.
// Like the registration forms: a honeypot field, a per-address limit, one message per bad field.
#include <boost/json.hpp>

#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/rate_limit.h"
#include "api/registration_input.h"
#include "core/working_days.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/questions.h"

namespace sk::api {

namespace {

constexpr std::size_t kQuestionMin = 10;
constexpr std::size_t kQuestionMax = 5000;

// A person rarely has more than a few questions an hour (`serve --question-limit`); a script is stopped early.
void count_question(Ctx& ctx) { limit_per_client_hour(ctx, "question", ctx.services.question_limit); }

http::Response due_answer(std::int64_t due) {
    return json_response(201, boost::json::serialize(boost::json::object{{"dueAt", core::brussels_local_minute(due)}, {"dueAtUnix", due}}));
}

store::NewQuestion read_question(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    auto name = in.text("name", {.max = 200});
    auto email = in.email("email");
    auto organisation = in.text("organisation", {.required = false, .max = 200});
    auto topic = in.one_of("topic", {"general", "registration", "measurement", "label", "network", "award", "other"}, "field.question_topic");
    auto question = in.text("question", {.max = kQuestionMax});
    if (question && utf8_length(*question) < kQuestionMin) in.fail("question", "field.question_short", {{"min", std::to_string(kQuestionMin)}});
    const auto* consent = field_value(obj, "consent");
    if (!consent || !consent->is_bool() || !consent->as_bool()) in.fail("consent", "field.question_consent");
    auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
    // Asked from a programme's page: that programme's organisers answer; else the home organisation.
    std::optional<std::int64_t> organiser_id;
    if (const auto* programme = field_value(obj, "programmeId")) {
        if (auto id = whole_number(in, programme, "programmeId", 1, INT64_MAX, "field.question_programme")) {
            auto r = ctx.db.exec("SELECT organiser_id FROM programmes WHERE id = $1 AND published = 1", {*id});
            if (r.empty()) in.fail("programmeId", "field.question_programme");
            else organiser_id = r.one().i64(0);
        }
    }
    in.done();
    store::NewQuestion q;
    q.organiser_id = organiser_id ? organiser_id : store::home_organiser(ctx.db);
    q.name = *name;
    q.email = *email;
    q.organisation = organisation.value_or("");
    q.topic = *topic;
    q.question = *question;
    q.language = language.value_or(std::string(core::language_code(ctx.lang)));
    return q;
}

// POST /api/public/questions
http::Response ask(Ctx& ctx) {
    const auto now = ctx.now();
    if (honeypot_filled(ctx.req.body)) {
        // A bot that filled in the hidden field is thanked like a person and nothing is stored or sent.
        count_question(ctx);
        return due_answer(core::answer_due(now));
    }
    auto q = read_question(ctx);
    count_question(ctx);
    q.received_at = now;
    q.due_at = core::answer_due(now);
    store::Transaction tx(ctx.db);
    store::create_question(ctx.db, q);
    const auto lang = core::parse_language(q.language).value_or(core::Language::nl);
    mail::enqueue(ctx.db, mail::question_receipt_email(lang, q.email, q.name, q.question, q.due_at), q.organiser_id);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return due_answer(q.due_at);
}

}  // namespace

void add_question_public_routes(ApiRouter& r) { r.add("POST", "/api/public/questions", ask); }

}  // namespace sk::api
