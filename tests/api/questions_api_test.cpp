// "Ask us" over real HTTP on both databases (docs/api.md, "Ask us"): every bad field of the public form
// and of the inbox actions, the honeypot, the rate limit, the due time and the receipt mail on a frozen
// clock, the inbox order and time left, take / take over / answer / forward with their mails and audit
// entries, the once-only overdue alert job, and the monthly statistics.
#include <gtest/gtest.h>

#include <functional>

#include "api/api_helpers.h"
#include "api/messages.h"
#include "api/onboarding_forms.h"
#include "app/demo.h"
#include "jobs/question_alerts.h"
#include "store/accounts.h"
#include "support/smtp_server.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::answer;
using sk::test::body;
using sk::test::count;
using sk::test::error_fields;
using sk::test::HttpClient;
using sk::test::kOrganiser;
using sk::test::nl;
using sk::test::signed_in;
using sk::test::TestServer;
using sk::test::visitor;

namespace {

// Friday 23 October 2026, 18:00 in Brussels (CEST), the Friday before the autumn DST change.
constexpr std::int64_t kFridayEvening = 1792771200;
constexpr std::int64_t kDueTuesday = 1793141999;  // Tuesday 27 October 2026, 23:59:59 CET

boost::json::object question_form(const std::string& email = "vraag@school.be", const std::string& language = "nl") {
    return boost::json::object{{"name", "Ann Peeters"},
                               {"email", email},
                               {"organisation", "Sint-Jozefschool"},
                               {"topic", "registration"},
                               {"question", "Tot wanneer kunnen we ons aanmelden voor het traject?"},
                               {"consent", true},
                               {"language", language},
                               {"website", ""}};
}

// Asks a question at `when` and returns its id.
std::int64_t ask(TestServer& server, std::int64_t when, const std::string& email = "vraag@school.be", const std::string& language = "nl") {
    server.set_now(when);
    server.db().exec("DELETE FROM rate_limits");
    auto res = visitor(server).post("/api/public/questions", body(question_form(email, language)));
    EXPECT_EQ(res.status, 201) << res.body;
    return server.db().exec("SELECT MAX(id) FROM questions").one().i64(0);
}

std::string path(std::int64_t id, const std::string& action = "") {
    return "/api/questions/" + std::to_string(id) + (action.empty() ? "" : "/" + action);
}

// The mails written since the call before, decoded (drains the outbox first).
struct MailLog {
    TestServer& server;
    std::size_t seen = 0;
    std::vector<sk::test::DecodedMail> fresh() {
        server.drain_mail();
        const auto all = server.mail_files();
        std::vector<sk::test::DecodedMail> out;
        for (auto i = seen; i < all.size(); ++i) out.push_back(sk::test::decode_mail(all[i]));
        seen = all.size();
        return out;
    }
};

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST(QuestionsApi, EveryBadFieldOfThePublicFormIsNamed) {
    struct BadField {
        std::string field;
        std::function<void(boost::json::object&)> change;
        std::string key;
        std::map<std::string, std::string> args = {};
    };
    const std::vector<BadField> cases = {
        {"name", [](auto& o) { o.erase("name"); }, "field.required"},
        {"name", [](auto& o) { o["name"] = "   "; }, "field.required"},
        {"name", [](auto& o) { o["name"] = std::string(201, 'a'); }, "field.too_long", {{"max", "200"}}},
        {"name", [](auto& o) { o["name"] = 7; }, "field.not_text"},
        {"email", [](auto& o) { o.erase("email"); }, "field.required"},
        {"email", [](auto& o) { o["email"] = "ann.school.be"; }, "field.email"},
        {"organisation", [](auto& o) { o["organisation"] = std::string(201, 'b'); }, "field.too_long", {{"max", "200"}}},
        {"organisation", [](auto& o) { o["organisation"] = true; }, "field.not_text"},
        {"topic", [](auto& o) { o.erase("topic"); }, "field.required"},
        {"topic", [](auto& o) { o["topic"] = "weather"; }, "field.question_topic"},
        {"question", [](auto& o) { o.erase("question"); }, "field.required"},
        {"question", [](auto& o) { o["question"] = "Waarom?"; }, "field.question_short", {{"min", "10"}}},
        {"question", [](auto& o) { o["question"] = std::string(5001, 'q'); }, "field.too_long", {{"max", "5000"}}},
        {"consent", [](auto& o) { o.erase("consent"); }, "field.question_consent"},
        {"consent", [](auto& o) { o["consent"] = false; }, "field.question_consent"},
        {"consent", [](auto& o) { o["consent"] = "true"; }, "field.question_consent"},
        {"language", [](auto& o) { o["language"] = "fr"; }, "field.language"},
    };
    TestServer server;
    auto c = visitor(server);
    for (const auto& bad : cases) {
        auto form = question_form();
        bad.change(form);
        auto res = c.post("/api/public/questions", body(form));
        EXPECT_EQ(res.status, 400) << bad.field << ": " << res.body;
        EXPECT_EQ(error_fields(res), std::vector<std::string>{bad.field}) << res.body;
        EXPECT_EQ(res.json_string("/error/fields/" + bad.field), nl(bad.key, bad.args)) << bad.field;
    }
    // In English too, every field at once.
    c.language = "en";
    auto res = c.post("/api/public/questions", R"({"topic":"x","consent":false,"website":""})");
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(error_fields(res), (std::vector<std::string>{"consent", "email", "name", "question", "topic"}));
    EXPECT_EQ(res.json_string("/error/fields/consent"), sk::api::message(sk::core::Language::en, "field.question_consent"));
    EXPECT_EQ(c.post("/api/public/questions", "[1,2]").status, 400);
    EXPECT_EQ(c.post("/api/public/questions", "{not json").status, 400);
    server.drain_mail();
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM questions"), 0) << "nothing stored from a bad form";
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM outbox"), 0) << "no mail for a bad form";
    EXPECT_EQ(c.post("/api/public/questions", body(question_form())).status, 201);  // each row failed for its own field only
}

TEST(QuestionsApi, AFridayEveningQuestionIsDueOnTuesdayAndTheReceiptSaysSo) {
    TestServer server;
    MailLog mail{server};
    server.set_now(kFridayEvening);
    auto c = visitor(server);
    auto res = c.post("/api/public/questions", body(question_form("ann@school.be", "nl")));
    ASSERT_EQ(res.status, 201) << res.body;
    EXPECT_EQ(res.json_string("/dueAt"), "2026-10-27T23:59");
    EXPECT_EQ(res.json_int("/dueAtUnix"), kDueTuesday);
    auto en = c.post("/api/public/questions", body(question_form("bob@school.be", "en")));
    ASSERT_EQ(en.status, 201);
    const auto mails = mail.fresh();
    ASSERT_EQ(mails.size(), 2u);
    EXPECT_EQ(mails[0].to, "ann@school.be");
    EXPECT_TRUE(contains(mails[0].body, "dinsdag 27 oktober 2026 om 23:59")) << mails[0].body;
    EXPECT_EQ(mails[1].to, "bob@school.be");
    EXPECT_TRUE(contains(mails[1].body, "Tuesday 27 October 2026 at 23:59")) << mails[1].body;
    const auto row = server.db().exec("SELECT received_at, due_at, status, language, consent_at FROM questions ORDER BY id").rows;
    ASSERT_EQ(row.size(), 2u);
    EXPECT_EQ(row[0].i64(0), kFridayEvening);
    EXPECT_EQ(row[0].i64(1), kDueTuesday);
    EXPECT_EQ(row[0].str(2), "new");
    EXPECT_EQ(row[1].str(3), "en");
    EXPECT_EQ(row[0].i64(4), kFridayEvening);
}

TEST(QuestionsApi, AFilledHoneypotIsThankedAndNothingIsStored) {
    TestServer server;
    auto form = question_form();
    form["website"] = "http://cheap-pills.example";
    auto res = visitor(server).post("/api/public/questions", body(form));
    EXPECT_EQ(res.status, 201);
    EXPECT_TRUE(res.json_has("/dueAt"));
    server.drain_mail();
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM questions"), 0);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM outbox"), 0);
}

TEST(QuestionsApi, FiveQuestionsPerAddressPerHour) {
    TestServer server;
    auto c = visitor(server);
    for (int i = 0; i < 5; ++i) ASSERT_EQ(c.post("/api/public/questions", body(question_form())).status, 201) << i;
    auto res = c.post("/api/public/questions", body(question_form()));
    EXPECT_EQ(res.status, 429);
    EXPECT_TRUE(res.header("retry-after").has_value());
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM questions"), 5);
    // A sliding hour (api/rate_limit.h): open again after Retry-After, not at the next clock hour.
    server.set_now(server.now() + std::stoll(*res.header("retry-after")));
    EXPECT_EQ(c.post("/api/public/questions", body(question_form())).status, 201);
}

TEST(QuestionsApi, TheInboxIsSortedByDueTimeWithTimeLeftAndFilters) {
    TestServer server;
    // Received Monday 19 Oct 10:00 (due Wed 21), Friday 23 Oct 18:00 (due Tue 27), Thursday 22 Oct 09:00 (due Mon 26).
    const auto monday = ask(server, kFridayEvening - 4 * 86400 - 8 * 3600);
    const auto friday = ask(server, kFridayEvening);
    const auto thursday = ask(server, kFridayEvening - 86400 - 9 * 3600);
    const std::int64_t now = kFridayEvening + 3600;  // Friday 19:00: the Monday question is overdue
    server.set_now(now);
    auto organiser = signed_in(server, kOrganiser);
    auto res = organiser.get("/api/questions");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto list = answer(res).at("questions").as_array();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].at("id").as_int64(), monday);
    EXPECT_EQ(list[1].at("id").as_int64(), thursday);
    EXPECT_EQ(list[2].at("id").as_int64(), friday);
    EXPECT_EQ(list[0].at("dueAt").as_string(), "2026-10-21T23:59");
    EXPECT_LT(list[0].at("secondsLeft").as_int64(), 0) << "overdue";
    EXPECT_FALSE(list[0].at("onTime").as_bool());
    EXPECT_EQ(list[2].at("secondsLeft").as_int64(), kDueTuesday - now);
    EXPECT_TRUE(list[2].at("onTime").is_null());
    EXPECT_EQ(list[2].at("receivedAt").as_string(), "2026-10-23T18:00");
    EXPECT_TRUE(list[2].at("takenBy").is_null());

    // Answered ones go after the open ones; the filters.
    ASSERT_EQ(organiser.post(path(monday, "answer"), R"({"answer":"Tot 15 november."})").status, 200);
    const auto after = answer(organiser.get("/api/questions")).at("questions").as_array();
    EXPECT_EQ(after[0].at("id").as_int64(), thursday);
    EXPECT_EQ(after[2].at("id").as_int64(), monday);
    EXPECT_TRUE(after[2].at("secondsLeft").is_null());
    EXPECT_EQ(answer(organiser.get("/api/questions?status=answered")).at("questions").as_array().size(), 1u);
    EXPECT_EQ(answer(organiser.get("/api/questions?status=open")).at("questions").as_array().size(), 2u);
    EXPECT_EQ(answer(organiser.get("/api/questions?status=new")).at("questions").as_array().size(), 2u);
    EXPECT_EQ(answer(organiser.get("/api/questions?status=forwarded")).at("questions").as_array().size(), 0u);
    auto bad = organiser.get("/api/questions?status=lost");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/status"), nl("field.question_status"));
    EXPECT_EQ(organiser.get("/api/questions/999999").status, 404);
    EXPECT_EQ(organiser.get("/api/questions/abc").status, 404);
}

TEST(QuestionsApi, TakeTakeOverAnswerAndForwardWithMailsAndAudit) {
    TestServer server;
    MailLog mail{server};
    const auto english = ask(server, kFridayEvening, "bob@school.be", "en");
    const auto dutch = ask(server, kFridayEvening + 60, "ann@school.be", "nl");
    mail.fresh();
    server.set_now(kFridayEvening + 3600);
    auto organiser = signed_in(server, kOrganiser);
    // A second organiser of the same organisation (questions belong to one tenant).
    sk::test::make_other_organiser(server.db(), "olga@andere.be");
    sk::store::add_membership(server.db(), sk::test::user_id(server.db(), "olga@andere.be"), sk::test::org_of(server.db(), kOrganiser),
                              "organiser", 1);
    auto other = signed_in(server, "olga@andere.be");

    auto res = organiser.post(path(english, "take"), "{}");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/status"), "taken");
    EXPECT_EQ(res.json_int("/takenBy/id"), sk::test::user_id(server.db(), kOrganiser));
    res = other.post(path(english, "take"), "{}");  // another organiser takes it over
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.json_int("/takenBy/id"), sk::test::user_id(server.db(), "olga@andere.be"));

    // Bad input on the actions: named field, nothing changed, no mail.
    auto bad = other.post(path(english, "answer"), R"({"answer":"  "})");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/answer"), nl("field.required"));
    bad = other.post(path(english, "answer"), body(boost::json::object{{"answer", std::string(10001, 'a')}}));
    EXPECT_EQ(bad.json_string("/error/fields/answer"), nl("field.too_long", {{"max", "10000"}}));
    bad = other.post(path(english, "answer"), R"({"answer":12})");
    EXPECT_EQ(bad.json_string("/error/fields/answer"), nl("field.not_text"));
    bad = other.post(path(dutch, "forward"), R"({"email":"geen-adres","note":"x"})");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), std::vector<std::string>{"email"});
    bad = other.post(path(dutch, "forward"), R"({"note":"x"})");
    EXPECT_EQ(bad.json_string("/error/fields/email"), nl("field.required"));
    bad = other.post(path(dutch, "forward"), body(boost::json::object{{"email", "expert@vub.be"}, {"note", std::string(2001, 'n')}}));
    EXPECT_EQ(error_fields(bad), std::vector<std::string>{"note"});
    EXPECT_EQ(other.post(path(dutch, "take"), "[]").status, 400);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM questions WHERE answered_at IS NOT NULL OR forwarded_at IS NOT NULL"), 0);
    EXPECT_TRUE(mail.fresh().empty());

    // Answer: mailed to the asker in their language; on time; a second answer is refused.
    res = other.post(path(english, "answer"), R"({"answer":"You can register until 15 November."})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/status"), "answered");
    EXPECT_EQ(res.json_string("/answer"), "You can register until 15 November.");
    EXPECT_EQ(res.json_int("/answeredBy/id"), sk::test::user_id(server.db(), "olga@andere.be"));
    EXPECT_TRUE(answer(res).at("onTime").as_bool());
    auto mails = mail.fresh();
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].to, "bob@school.be");
    EXPECT_EQ(mails[0].subject, "Answer to your question");
    EXPECT_TRUE(contains(mails[0].body, "You can register until 15 November."));
    auto again = organiser.post(path(english, "answer"), R"({"answer":"Something else."})");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json_string("/error/code"), "question_answered");
    EXPECT_EQ(organiser.post(path(english, "forward"), R"({"email":"expert@vub.be"})").status, 409);
    EXPECT_EQ(organiser.post(path(english, "take"), "{}").status, 409);
    EXPECT_TRUE(mail.fresh().empty());

    // Forward: the question and who asked it go to the address; it counts as handled on time; it may still be answered.
    res = organiser.post(path(dutch, "forward"), R"({"email":"Expert@VUB.be","note":"Kun jij deze beantwoorden?"})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/status"), "forwarded");
    EXPECT_EQ(res.json_string("/forwardedTo"), "expert@vub.be");
    EXPECT_EQ(res.json_string("/forwardNote"), "Kun jij deze beantwoorden?");
    EXPECT_TRUE(answer(res).at("onTime").as_bool());
    EXPECT_EQ(res.json_int("/takenBy/id"), sk::test::user_id(server.db(), kOrganiser)) << "forwarding takes an untaken question";
    mails = mail.fresh();
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].to, "expert@vub.be");
    EXPECT_TRUE(contains(mails[0].body, "ann@school.be"));
    EXPECT_TRUE(contains(mails[0].body, "Kun jij deze beantwoorden?"));
    res = organiser.post(path(dutch, "answer"), R"({"answer":"Ons antwoord na overleg."})");
    EXPECT_EQ(res.status, 200);
    EXPECT_EQ(res.json_string("/status"), "answered");
    EXPECT_EQ(res.json_string("/forwardedTo"), "expert@vub.be");
    mails = mail.fresh();
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].subject, "Antwoord op je vraag");

    // Every action is in the audit log, without a programme.
    const auto audit = server.db().exec("SELECT action FROM audit_log WHERE object_type = 'question' AND programme_id IS NULL ORDER BY id").rows;
    std::vector<std::string> actions;
    for (const auto& r : audit) actions.push_back(r.str(0));
    EXPECT_EQ(actions, (std::vector<std::string>{"question.take", "question.take", "question.answer", "question.forward", "question.answer"}));
}

TEST(QuestionsApi, TheOverdueAlertGoesOnceToEveryOrganiser) {
    TestServer server;
    auto& db = server.db();
    MailLog mail{server};
    const auto late = ask(server, kFridayEvening);
    const auto answered = ask(server, kFridayEvening + 60);
    const auto forwarded = ask(server, kFridayEvening + 120);
    const auto later = ask(server, kFridayEvening + 3 * 86400);  // Monday evening: due Wednesday
    mail.fresh();
    server.set_now(kFridayEvening + 3600);
    auto organiser = signed_in(server, kOrganiser);
    ASSERT_EQ(organiser.post(path(answered, "answer"), R"({"answer":"Op tijd beantwoord."})").status, 200);
    ASSERT_EQ(organiser.post(path(forwarded, "forward"), R"({"email":"expert@vub.be"})").status, 200);
    mail.fresh();
    const auto organisers = count(server, "SELECT COUNT(DISTINCT u.id) FROM users u JOIN memberships m ON m.user_id = u.id JOIN organisations o "
                                          "ON o.id = m.organisation_id WHERE m.role = 'organiser' AND o.kind = 'organiser' AND u.password_hash IS NOT NULL");
    ASSERT_GE(organisers, 1);

    // A frozen clock walks past the due times.
    struct Run { std::int64_t at; int alerted; };
    const std::vector<Run> runs = {
        {kDueTuesday - 60, 0},       // not due yet
        {kDueTuesday, 0},            // the due second itself is still on time
        {kDueTuesday + 1, 1},        // overdue: the late question only
        {kDueTuesday + 600, 0},      // never twice
        {kDueTuesday + 86400, 0},    // the later question's due second (Wednesday 23:59:59)
        {kDueTuesday + 86400 + 1, 1},  // passed: the later question
        {kDueTuesday + 7 * 86400, 0},
    };
    for (const auto& r : runs) {
        EXPECT_EQ(sk::jobs::queue_question_alerts(db, r.at, "http://app.test"), r.alerted) << r.at;
        EXPECT_EQ(static_cast<int>(mail.fresh().size()), r.alerted * organisers) << r.at;
    }
    EXPECT_FALSE(db.exec("SELECT overdue_alerted_at FROM questions WHERE id = $1", {late}).one().is_null(0));
    EXPECT_FALSE(db.exec("SELECT overdue_alerted_at FROM questions WHERE id = $1", {later}).one().is_null(0));
    EXPECT_TRUE(db.exec("SELECT overdue_alerted_at FROM questions WHERE id = $1", {answered}).one().is_null(0));
    EXPECT_TRUE(db.exec("SELECT overdue_alerted_at FROM questions WHERE id = $1", {forwarded}).one().is_null(0));
    // The alert names the question and links to it.
    ask(server, kDueTuesday + 8 * 86400);
    const auto last = db.exec("SELECT MAX(id) FROM questions").one().i64(0);
    mail.fresh();
    ASSERT_EQ(sk::jobs::queue_question_alerts(db, kDueTuesday + 30 * 86400, "http://app.test"), 1);
    const auto alert = mail.fresh();
    ASSERT_FALSE(alert.empty());
    EXPECT_TRUE(contains(alert[0].body, "http://app.test/organiser/questions/" + std::to_string(last))) << alert[0].body;
    // Answering late afterwards: shown as late, and the alert is not sent again.
    server.set_now(kDueTuesday + 31 * 86400);
    organiser = signed_in(server, kOrganiser);  // the first session has expired meanwhile
    auto res = organiser.post(path(late, "answer"), R"({"answer":"Sorry voor de vertraging."})");
    EXPECT_FALSE(answer(res).at("onTime").as_bool());
    EXPECT_TRUE(answer(res).at("overdueAlerted").as_bool());
}

TEST(QuestionsApi, MonthlyStatisticsShareOnTime) {
    TestServer server;
    // September 2026: two on time, one late, one forwarded on time. October: one answered on time, one open (not yet due).
    const std::int64_t sep = 1789034400;  // Thursday 10 September 2026, 12:00 CEST
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 4; ++i) ids.push_back(ask(server, sep + i * 60));
    const auto oct_answered = ask(server, kFridayEvening - 86400);
    const auto oct_open = ask(server, kFridayEvening);
    (void)oct_open;
    auto organiser = signed_in(server, kOrganiser);
    server.set_now(sep + 3600);
    ASSERT_EQ(organiser.post(path(ids[0], "answer"), R"({"answer":"Antwoord een."})").status, 200);
    ASSERT_EQ(organiser.post(path(ids[1], "answer"), R"({"answer":"Antwoord twee."})").status, 200);
    ASSERT_EQ(organiser.post(path(ids[3], "forward"), R"({"email":"expert@vub.be"})").status, 200);
    server.set_now(sep + 10 * 86400);
    ASSERT_EQ(organiser.post(path(ids[2], "answer"), R"({"answer":"Te laat."})").status, 200);
    server.set_now(kFridayEvening + 60);
    ASSERT_EQ(organiser.post(path(oct_answered, "answer"), R"({"answer":"Snel."})").status, 200);

    auto res = organiser.get("/api/questions/stats");
    ASSERT_EQ(res.status, 200) << res.body;
    const auto months = answer(res).at("months").as_array();
    ASSERT_EQ(months.size(), 2u) << res.body;
    const auto& s = months[0].as_object();
    EXPECT_EQ(s.at("month").as_string(), "2026-09");
    EXPECT_EQ(s.at("received").as_int64(), 4);
    EXPECT_EQ(s.at("answered").as_int64(), 4);
    EXPECT_EQ(s.at("onTime").as_int64(), 3);
    EXPECT_EQ(s.at("shareOnTime").as_int64(), 75);
    const auto& o = months[1].as_object();
    EXPECT_EQ(o.at("month").as_string(), "2026-10");
    EXPECT_EQ(o.at("received").as_int64(), 2);
    EXPECT_EQ(o.at("answered").as_int64(), 1);
    EXPECT_EQ(o.at("onTime").as_int64(), 1);
    EXPECT_EQ(o.at("shareOnTime").as_int64(), 100) << "the open question is not due yet, so it does not count";
    // Once the open one is overdue it counts as not on time.
    server.set_now(kDueTuesday + 1);
    const auto later = answer(organiser.get("/api/questions/stats")).at("months").as_array();
    EXPECT_EQ(later[1].at("shareOnTime").as_int64(), 50);
}

TEST(QuestionsApi, OnlyOrganisersReachTheInbox) {
    TestServer server;
    const auto id = ask(server, kFridayEvening);
    for (const std::string email : {"coordinator@demo.stemkompas.be", "reviewer@demo.stemkompas.be", "mentor@demo.stemkompas.be"}) {
        auto c = signed_in(server, email);
        EXPECT_EQ(c.get("/api/questions").status, 403) << email;
        EXPECT_EQ(c.get(path(id)).status, 403) << email;
        EXPECT_EQ(c.post(path(id, "answer"), R"({"answer":"Niet van mij."})").status, 403) << email;
    }
    EXPECT_EQ(visitor(server).get("/api/questions/stats").status, 401);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM questions WHERE answered_at IS NOT NULL"), 0);
}

// Tenancy: a question asked from a programme's page belongs to that programme's organiser organisation;
// one asked on the general page to the home organisation (the oldest). Each sees only its own.
TEST(QuestionsApi, AQuestionGoesToTheOrganisersOfItsProgramme) {
    TestServer server;
    auto& db = server.db();
    const auto other_org = sk::test::make_other_organiser(db, "olga@andere.be");
    const auto other_programme = sk::test::make_programme(db, other_org, "Ander traject");  // published
    server.db().exec("DELETE FROM rate_limits");
    auto form = question_form("ann@school.be");
    form["programmeId"] = other_programme;
    ASSERT_EQ(visitor(server).post("/api/public/questions", body(form)).status, 201);
    const auto theirs = db.exec("SELECT MAX(id) FROM questions").one().i64(0);
    const auto ours = ask(server, kFridayEvening);

    auto olga = signed_in(server, "olga@andere.be");
    auto olivia = signed_in(server, kOrganiser);
    EXPECT_EQ(olga.get(path(theirs)).status, 200);
    EXPECT_EQ(olga.get(path(ours)).status, 404);
    EXPECT_EQ(olivia.get(path(ours)).status, 200);
    EXPECT_EQ(olivia.get(path(theirs)).status, 404);
    EXPECT_EQ(json(olga.get("/api/questions")).at("questions").as_array().size(), 1u);
    EXPECT_EQ(json(olivia.get("/api/questions")).at("questions").as_array().size(), 1u);

    // An unpublished or unknown programme is a field error, and nothing is stored.
    db.exec("UPDATE programmes SET published = 0 WHERE id = $1", {other_programme});
    server.db().exec("DELETE FROM rate_limits");
    auto bad = visitor(server).post("/api/public/questions", body(form));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/programmeId"), nl("field.question_programme"));
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM questions"), 2);
}
