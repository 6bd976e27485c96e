// The organisers' "Ask us" inbox (docs/api.md, "Ask us"): every member with role organiser of an
// organiser organisation sees every question (they are the platform's, not a programme's), takes one,
// answers it (mailed to the asker in their language) or forwards it (mailed to another address), and
// reads the on-time statistics per month. Take, answer and forward are audited without a programme.
#include <boost/json.hpp>

#include <cmath>
#include <map>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_input.h"
#include "api/json_output.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "core/working_days.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/audit.h"
#include "store/questions.h"

namespace sk::api {

void add_question_public_routes(ApiRouter& r);  // questions_public_api.cpp

namespace {

constexpr std::size_t kAnswerMax = 10000;
constexpr std::size_t kNoteMax = 2000;

boost::json::value user_json(const std::optional<store::UserRef>& u) {
    if (!u) return nullptr;
    return boost::json::object{{"id", u->id}, {"name", u->name}};
}

boost::json::value local_or_null(const std::optional<std::int64_t>& t) {
    return t ? boost::json::value(core::brussels_local_minute(*t)) : boost::json::value(nullptr);
}

// On time: handled (answered or forwarded) by the due time. Unknown (null) while open and not yet due.
boost::json::value on_time(const store::Question& q, std::int64_t now) {
    if (q.handled_at) return *q.handled_at <= q.due_at;
    if (now > q.due_at) return false;
    return nullptr;
}

boost::json::object question_json(const store::Question& q, std::int64_t now) {
    return {{"id", q.id},
            {"name", q.name},
            {"email", q.email},
            {"organisation", q.organisation},
            {"topic", q.topic},
            {"question", q.question},
            {"language", q.language},
            {"receivedAt", core::brussels_local_minute(q.received_at)},
            {"receivedAtUnix", q.received_at},
            {"dueAt", core::brussels_local_minute(q.due_at)},
            {"dueAtUnix", q.due_at},
            // Time left only counts down while nobody has handled the question.
            {"secondsLeft", q.handled_at ? boost::json::value(nullptr) : boost::json::value(q.due_at - now)},
            {"status", q.status},
            {"takenBy", user_json(q.taken_by)},
            {"takenAt", local_or_null(q.taken_at)},
            {"answer", or_null(q.answer)},
            {"answeredAt", local_or_null(q.answered_at)},
            {"answeredBy", user_json(q.answered_by)},
            {"forwardedTo", or_null(q.forwarded_to)},
            {"forwardNote", or_null(q.forward_note)},
            {"forwardedAt", local_or_null(q.forwarded_at)},
            {"forwardedBy", user_json(q.forwarded_by)},
            {"onTime", on_time(q, now)},
            {"overdueAlerted", q.overdue_alerted_at.has_value()}};
}

// What the audit log keeps of a question: its handling, never the asker's text.
std::string question_audit_json(const store::Question& q) {
    return boost::json::serialize(boost::json::object{{"status", q.status},
                                                      {"takenBy", q.taken_by ? boost::json::value(q.taken_by->id) : nullptr},
                                                      {"forwardedTo", or_null(q.forwarded_to)},
                                                      {"answered", q.answer.has_value()}});
}

void require_organiser(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
}

// A question of another organiser organisation does not exist for this one (the tenant guard answers
// 404 before this; this check stands on its own).
store::Question load_question(Ctx& ctx) {
    require_organiser(ctx);
    auto q = store::find_question(ctx.db, id_param(ctx, "id"));
    if (!q || !q->organiser_id || !has_role(ctx, *q->organiser_id, "organiser")) throw ApiError::not_found();
    return *q;
}

[[noreturn]] void already_answered() { throw ApiError{409, "question_answered", {}, {}, {}}; }

http::Response question_response(Ctx& ctx, std::int64_t id) {
    return json_response(200, boost::json::serialize(question_json(*store::find_question(ctx.db, id), ctx.now())));
}

// The sort fields of the inbox (api/paging.h). "inbox" (the default): unhandled questions first, nearest
// due first, then handled ones, latest due first, as one expression (handled ones sort after every due time).
constexpr SortField kQuestionSorts[] = {
    {"inbox", "CASE WHEN q.handled_at IS NULL THEN q.due_at ELSE 100000000000 - q.due_at END"},
    {"dueAt", "q.due_at"},
    {"receivedAt", "q.received_at"},
    {"name", "sk_fold(q.name)"},
    {"status", "CASE q.status WHEN 'new' THEN 0 WHEN 'taken' THEN 1 WHEN 'forwarded' THEN 2 ELSE 3 END"},
};

// GET /api/questions?page=&size=&sort=&q=&status=, paged (docs/api.md, "Paging, sorting and search"), with
// the counts per status.
http::Response list_questions(Ctx& ctx) {
    require_organiser(ctx);
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kQuestionSorts, "inbox", bad);
    const auto status = query_value(ctx, "status");
    if (!status.empty() && status != "new" && status != "taken" && status != "answered" && status != "forwarded" && status != "open")
        bad["status"] = {"field.question_status", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    const auto found = store::page_questions(ctx.db, {ctx.user().id, status, page.q.empty() ? std::string() : like_pattern(page.q)},
                                             page.slice("q.id"));
    boost::json::array out;
    const auto now = ctx.now();
    for (const auto& q : found.rows) out.push_back(question_json(q, now));
    auto doc = page_json(page, "questions", std::move(out), found.total);
    doc["counts"] = boost::json::object{{"status", facet_counts_json(found.by_status)}};
    return json_response(200, boost::json::serialize(doc));
}

// GET /api/questions/{id}
http::Response show_question(Ctx& ctx) {
    const auto q = load_question(ctx);
    return json_response(200, boost::json::serialize(question_json(q, ctx.now())));
}

// POST /api/questions/{id}/take: assign to self; another organiser may take it over (audited).
http::Response take(Ctx& ctx) {
    const auto q = load_question(ctx);
    JsonInput in(ctx.req.body.empty() ? std::string_view("{}") : std::string_view(ctx.req.body));
    in.done();
    store::Transaction tx(ctx.db);
    if (!store::take_question(ctx.db, q.id, ctx.user().id, ctx.now())) already_answered();
    const auto after = store::find_question(ctx.db, q.id);
    store::write_audit(ctx.db, {ctx.user().id, std::nullopt, "question.take", "question", q.id, question_audit_json(q), question_audit_json(*after)}, ctx.now());
    tx.commit();
    return question_response(ctx, q.id);
}

// POST /api/questions/{id}/answer: the answer is mailed to the asker in their language.
http::Response answer(Ctx& ctx) {
    const auto q = load_question(ctx);
    JsonInput in(ctx.req.body);
    auto text = in.text("answer", {.max = kAnswerMax});
    in.done();
    if (q.answered_at) already_answered();
    const auto& user = ctx.user();
    store::Transaction tx(ctx.db);
    if (!store::answer_question(ctx.db, q.id, user.id, *text, ctx.now())) already_answered();
    const auto after = store::find_question(ctx.db, q.id);
    store::write_audit(ctx.db, {user.id, std::nullopt, "question.answer", "question", q.id, question_audit_json(q), question_audit_json(*after)}, ctx.now());
    const auto lang = core::parse_language(q.language).value_or(core::Language::nl);
    mail::enqueue(ctx.db, mail::question_answer_email(lang, q.email, q.name, q.question, *text, user.name), q.organiser_id);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return question_response(ctx, q.id);
}

// POST /api/questions/{id}/forward: the question is mailed to `email` with the organiser's note (in the
// organiser's language: the recipient is a colleague, not the asker).
http::Response forward(Ctx& ctx) {
    const auto q = load_question(ctx);
    JsonInput in(ctx.req.body);
    auto email = in.email("email");
    auto note = in.text("note", {.required = false, .max = kNoteMax});
    in.done();
    if (q.answered_at) already_answered();
    const auto& user = ctx.user();
    store::Transaction tx(ctx.db);
    if (!store::forward_question(ctx.db, q.id, user.id, *email, note.value_or(""), ctx.now())) already_answered();
    const auto after = store::find_question(ctx.db, q.id);
    store::write_audit(ctx.db, {user.id, std::nullopt, "question.forward", "question", q.id, question_audit_json(q), question_audit_json(*after)}, ctx.now());
    mail::enqueue(ctx.db, mail::question_forwarded_email(ctx.lang, *email, q.name, q.email, q.organisation, q.topic, q.question,
                                                         note.value_or(""), user.name), q.organiser_id);
    tx.commit();
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return question_response(ctx, q.id);
}

// GET /api/questions/stats: per Brussels month of receipt, oldest first. shareOnTime is the percentage
// of questions handled on time among those whose outcome is known (handled, or past due); null when
// none is known yet, so a month whose questions are all still running is not shown as 0 %.
http::Response stats(Ctx& ctx) {
    require_organiser(ctx);
    struct Month { std::int64_t received = 0, answered = 0, on_time = 0, known = 0; };
    std::map<std::string, Month> months;
    const auto now = ctx.now();
    for (const auto& r : ctx.db
                                .exec("SELECT received_at, due_at, handled_at FROM questions WHERE organiser_id IN "
                                      "(SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = 'organiser')",
                                      {ctx.user().id})
                                .rows) {
        auto& m = months[core::brussels_month(r.i64(0))];
        const auto due = r.i64(1);
        const auto handled = r.opt_i64(2);
        ++m.received;
        if (handled) {
            ++m.answered;
            ++m.known;
            if (*handled <= due) ++m.on_time;
        } else if (now > due) {
            ++m.known;
        }
    }
    boost::json::array out;
    for (const auto& [month, m] : months)
        out.push_back(boost::json::object{
            {"month", month},
            {"received", m.received},
            {"answered", m.answered},
            {"onTime", m.on_time},
            {"shareOnTime", m.known ? boost::json::value(static_cast<std::int64_t>(std::lround(100.0 * m.on_time / m.known)))
                                    : boost::json::value(nullptr)}});
    return json_response(200, boost::json::serialize(boost::json::object{{"months", std::move(out)}}));
}

}  // namespace

void add_question_routes(ApiRouter& r) {
    add_question_public_routes(r);
    r.add("GET", "/api/questions", list_questions);
    r.add("GET", "/api/questions/stats", stats);
    r.add("GET", "/api/questions/{id}", show_question);
    r.add("POST", "/api/questions/{id}/take", take);
    r.add("POST", "/api/questions/{id}/answer", answer);
    r.add("POST", "/api/questions/{id}/forward", forward);
}

}  // namespace sk::api
