// The paging convention (api/paging.h, docs/api.md "Paging, sorting and search") on the lists paged after
// the registrations (registrations_paging_test.cpp tests the convention itself in depth): per list one
// set-up, then first, middle and last page, sort both ways, search, filters with their counts and bad
// parameters named in one 400; over real HTTP on both databases.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/api_helpers.h"
#include "api/onboarding_forms.h"
#include "app/demo.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "store/invitations.h"
#include "store/label.h"
#include "store/questions.h"
#include "store/sessions.h"
#include "support/results_fixtures.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::error_fields;
using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::kOrganiser;
using sk::test::kReviewer;
using sk::test::nl;
using sk::test::signed_in;
using sk::test::TestServer;

namespace {

// The ids of the answer's named array, in order.
std::vector<std::int64_t> ids(const HttpResponse& res, const std::string& list) {
    std::vector<std::int64_t> out;
    const auto doc = boost::json::parse(res.body);
    for (const auto& r : doc.at(list).as_array()) out.push_back(r.at("id").as_int64());
    return out;
}

// Pages 1.. of `size` of `path` (which has a query string already), concatenated, checking the envelope.
std::vector<std::int64_t> all_pages(HttpClient& client, const std::string& path, const std::string& list, int size, int total) {
    std::vector<std::int64_t> out;
    const int pages = (total + size - 1) / size;
    for (int page = 1; page <= pages + 1; ++page) {
        auto res = client.get(path + "&size=" + std::to_string(size) + "&page=" + std::to_string(page));
        EXPECT_EQ(res.status, 200) << res.body;
        EXPECT_EQ(res.json_int("/total"), total);
        EXPECT_EQ(res.json_int("/pages"), pages);
        const auto got = ids(res, list);
        EXPECT_EQ(got.size(), static_cast<std::size_t>(page < pages ? size : page == pages ? total - (pages - 1) * size : 0))
            << path << " page " << page;
        out.insert(out.end(), got.begin(), got.end());
    }
    return out;
}

template <class T>
std::vector<T> reversed(std::vector<T> v) {
    return {v.rbegin(), v.rend()};
}

// --- Label applications of a programme ---

// Seven schools of a programme, each with one application submitted a minute after the one before:
// statuses and the demo reviewer as below.
struct LabelApplications {
    TestServer server;
    HttpClient organiser = signed_in(server, kOrganiser);
    std::int64_t programme = 0, reviewer = 0;
    std::vector<std::int64_t> apps;  // oldest first
    std::string base;

    LabelApplications() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Labels", 20);
        reviewer = sk::test::user_id(db, kReviewer);
        const std::vector<std::tuple<std::string, std::string, bool>> rows = {
            {"Delta", "submitted", false}, {"alfa", "in_review", true}, {"Charlie", "decided", true}, {"Bravo", "submitted", false},
            {"Echo", "withdrawn", false},  {"Foxtrot", "in_review", true}, {"Golf", "submitted", false}};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& [name, status, assigned] = rows[i];
            const auto school = sk::test::make_school(db, name + " school", std::to_string(700000 + i), "limburg", programme);
            const auto m = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
            apps.push_back(db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, "
                                   "framework_version, status, snapshot, submitted_at, reviewer_id, due_on) "
                                   "VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', $4, '{\"criteria\":[]}', $5, $6, $7) RETURNING id",
                                   {programme, school, m, status, static_cast<std::int64_t>(1000 + 60 * i),
                                    assigned ? sk::store::Value(reviewer) : sk::store::Value(sk::store::Null{}),
                                    assigned ? sk::store::Value("2027-01-0" + std::to_string(i)) : sk::store::Value(sk::store::Null{})})
                               .one()
                               .i64(0));
        }
        base = "/api/programmes/" + std::to_string(programme) + "/label-applications";
    }
};

}  // namespace

TEST(PagedLists, LabelApplicationsPageSortAndSearch) {
    LabelApplications f;
    EXPECT_EQ(all_pages(f.organiser, f.base + "?sort=-submittedAt", "applications", 3, 7), reversed(f.apps)) << "newest first";
    EXPECT_EQ(ids(f.organiser.get(f.base), "applications"), reversed(f.apps)) << "the default";
    EXPECT_EQ(all_pages(f.organiser, f.base + "?sort=name", "applications", 2, 7),
              (std::vector<std::int64_t>{f.apps[1], f.apps[3], f.apps[2], f.apps[0], f.apps[4], f.apps[5], f.apps[6]}));
    EXPECT_EQ(ids(f.organiser.get(f.base + "?sort=status&size=3"), "applications"),
              (std::vector<std::int64_t>{f.apps[0], f.apps[3], f.apps[6]}));
    EXPECT_EQ(ids(f.organiser.get(f.base + "?sort=-dueOn&size=1"), "applications"), std::vector<std::int64_t>{f.apps[5]});
    auto found = f.organiser.get(f.base + "?q=ALFA%20SCH");
    EXPECT_EQ(ids(found, "applications"), std::vector<std::int64_t>{f.apps[1]});
    EXPECT_EQ(found.json_string("/applications/0/organisationName"), "alfa school");
    EXPECT_EQ(found.json_string("/applications/0/reviewer/name"), "Rita Reviewer");
    EXPECT_EQ(found.json_string("/applications/0/dueOn"), "2027-01-01");
    EXPECT_EQ(found.json_int("/reviewers/0/id"), f.reviewer);
    EXPECT_EQ(f.organiser.get(f.base + "?q=nergens").json_int("/total"), 0);
}

TEST(PagedLists, LabelApplicationsFilterWithCountsAndNameBadParameters) {
    LabelApplications f;
    const auto r = std::to_string(f.reviewer);
    auto all = f.organiser.get(f.base);
    EXPECT_EQ(all.json_int("/counts/status/submitted"), 3);
    EXPECT_EQ(all.json_int("/counts/status/in_review"), 2);
    EXPECT_EQ(all.json_int("/counts/status/decided"), 1);
    EXPECT_EQ(all.json_int("/counts/status/withdrawn"), 1);
    EXPECT_EQ(all.json_int("/counts/reviewer/none"), 4);
    EXPECT_EQ(all.json_int("/counts/reviewer/" + r), 3);
    auto open = f.organiser.get(f.base + "?status=in_review&reviewer=" + r);
    EXPECT_EQ(ids(open, "applications"), (std::vector<std::int64_t>{f.apps[5], f.apps[1]}));
    EXPECT_EQ(open.json_int("/counts/status/decided"), 1) << "the status counts ignore the status filter";
    EXPECT_EQ(open.json_int("/counts/status/submitted"), 0);
    EXPECT_EQ(open.json_int("/counts/reviewer/none"), 0) << "the reviewer counts ignore the reviewer filter";
    EXPECT_EQ(open.json_int("/counts/reviewer/" + r), 2);
    EXPECT_EQ(ids(f.organiser.get(f.base + "?reviewer=none&q=o"), "applications"),
              (std::vector<std::int64_t>{f.apps[6], f.apps[4], f.apps[3], f.apps[0]}));

    auto bad = f.organiser.get(f.base + "?page=0&size=201&sort=school&status=open&reviewer=someone");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"page", "reviewer", "size", "sort", "status"}));
    EXPECT_EQ(bad.json_string("/error/fields/status"), nl("field.filter_value", {{"values", "submitted, in_review, decided, withdrawn"}}));
    EXPECT_EQ(bad.json_string("/error/fields/sort"), nl("field.sort", {{"fields", "submittedAt, name, status, reviewer, dueOn"}}));
}

// --- The "Ask us" inbox ---

namespace {

// Six questions of the demo organiser's tenant (and one of nobody's, never listed), due a day apart;
// the third answered and the fifth forwarded (handled), the second taken.
struct Inbox {
    TestServer server;
    HttpClient organiser = signed_in(server, kOrganiser);
    std::vector<std::int64_t> questions;  // by due time

    Inbox() {
        auto& db = server.db();
        const auto tenant = sk::test::org_of(db, kOrganiser);
        const std::vector<std::pair<std::string, std::string>> rows = {
            {"Ann", "new"}, {"bert", "taken"}, {"Cas", "answered"}, {"Dirk", "new"}, {"Eva", "forwarded"}, {"Fien", "new"}};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& [name, status] = rows[i];
            sk::store::NewQuestion q{tenant, name + " Peeters", std::string(1, static_cast<char>(std::tolower(name[0]))) + name.substr(1) + "@school.be", "School " + name, "label",
                                     "Een vraag over het label?", "nl", 1000, 100000 + 86400 * static_cast<std::int64_t>(i)};
            const auto id = sk::store::create_question(db, q);
            db.exec("UPDATE questions SET status = $2, handled_at = $3 WHERE id = $1",
                    {id, status, status == "answered" || status == "forwarded" ? sk::store::Value(std::int64_t{2000}) : sk::store::Value(sk::store::Null{})});
            questions.push_back(id);
        }
        sk::store::create_question(db, {std::nullopt, "Niemand", "x@y.be", "", "other", "Van niemand?", "nl", 1000, 100000});
    }
};

}  // namespace

TEST(PagedLists, QuestionsPageSortSearchAndFilterWithCounts) {
    Inbox f;
    const auto& q = f.questions;
    // Unhandled nearest due first, then handled latest due first.
    EXPECT_EQ(all_pages(f.organiser, "/api/questions?sort=inbox", "questions", 4, 6),
              (std::vector<std::int64_t>{q[0], q[1], q[3], q[5], q[4], q[2]}));
    EXPECT_EQ(ids(f.organiser.get("/api/questions?size=2&page=2"), "questions"), (std::vector<std::int64_t>{q[3], q[5]}));
    EXPECT_EQ(all_pages(f.organiser, "/api/questions?sort=-dueAt", "questions", 5, 6), reversed(q));
    EXPECT_EQ(ids(f.organiser.get("/api/questions?sort=name&size=2"), "questions"), (std::vector<std::int64_t>{q[0], q[1]}));
    EXPECT_EQ(ids(f.organiser.get("/api/questions?q=BERT%40"), "questions"), std::vector<std::int64_t>{q[1]}) << "the e-mail";
    EXPECT_EQ(ids(f.organiser.get("/api/questions?q=school%20cas"), "questions"), std::vector<std::int64_t>{q[2]}) << "the organisation";

    auto open = f.organiser.get("/api/questions?status=open");
    EXPECT_EQ(ids(open, "questions"), (std::vector<std::int64_t>{q[0], q[1], q[3], q[5]}));
    EXPECT_EQ(open.json_int("/total"), 4);
    EXPECT_EQ(open.json_int("/counts/status/new"), 3) << "counted without the status filter";
    EXPECT_EQ(open.json_int("/counts/status/taken"), 1);
    EXPECT_EQ(open.json_int("/counts/status/answered"), 1);
    EXPECT_EQ(open.json_int("/counts/status/forwarded"), 1);
    auto searched = f.organiser.get("/api/questions?status=new&q=peeters");
    EXPECT_EQ(searched.json_int("/total"), 3);
    EXPECT_EQ(f.organiser.get("/api/questions?q=n").json_int("/counts/status/new"), 2) << "Ann and Fien";

    auto bad = f.organiser.get("/api/questions?page=-1&sort=due&status=lost");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"page", "sort", "status"}));
    EXPECT_EQ(bad.json_string("/error/fields/status"), nl("field.question_status"));
}

// --- The public label showcase ---

namespace {

// Consenting schools with a decided label, and three that are not shown: one whose newer decision is
// "none", one whose label expired, one without consent. The clock stands on 2027-01-10.
struct Showcase {
    TestServer server;
    HttpClient visitor = server.client();
    std::vector<std::string> codes;  // of the shown schools, in the order added

    Showcase() {
        auto& db = server.db();
        server.set_now(sk::test::at_ten_utc("2027-01-10"));
        const auto programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Etalage", 20);
        int n = 0;
        const auto add = [&](const std::string& name, const std::string& province, const std::string& label, bool consent,
                             const std::string& until = "2029-12-31") {
            const auto school = sk::test::make_school(db, name, std::to_string(800000 + n), province, programme);
            const auto m = sk::test::make_measurement(db, programme, school, "baseline", "submitted");
            const std::string code = "CODE" + std::to_string(1000 + n++);
            db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, "
                    "status, snapshot, submitted_at, decided_label, decided_at, valid_until, certificate_code) "
                    "VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', 'decided', '{}', 1, $4, 100, $5, $6)",
                    {programme, school, m, label, until, code});
            if (consent) sk::store::label_set_showcase(db, school, true, sk::test::user_id(db, sk::test::kCoordinator), 1);
            return school;
        };
        for (const auto& [name, province, label] : std::vector<std::tuple<std::string, std::string, std::string>>{
                 {"Zeeschool", "west-vlaanderen", "expert"}, {"atheneum Genk", "limburg", "competent"}, {"Bosschool", "limburg", "proficient"},
                 {"Kunstschool", "antwerpen", "competent"}, {"Ursulinen", "west-vlaanderen", "competent"}}) {
            add(name, province, label, true);
            codes.push_back("CODE" + std::to_string(1000 + n - 1));
        }
        const auto later_none = add("Later geen", "limburg", "expert", true);
        const auto m = sk::test::make_measurement(db, programme, later_none, "final", "submitted");
        db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, status, "
                "snapshot, submitted_at, decided_label, decided_at) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', 'decided', '{}', 2, "
                "'none', 200)",
                {programme, later_none, m});
        add("Verlopen", "limburg", "expert", true, "2027-01-09");
        add("Zonder toestemming", "limburg", "expert", false);
    }

    std::vector<std::string> shown(const std::string& query) {
        auto res = visitor.get("/api/public/showcase" + query);
        EXPECT_EQ(res.status, 200) << res.body;
        std::vector<std::string> out;
        const auto doc = boost::json::parse(res.body);
        for (const auto& s : doc.at("schools").as_array()) {
            const std::string url(s.at("verifyUrl").as_string());
            out.push_back(url.substr(url.rfind('/') + 1));
        }
        return out;
    }
};

}  // namespace

TEST(PagedLists, ShowcasePagesSortsSearchesAndCounts) {
    Showcase f;
    const auto& c = f.codes;
    // By province, then name: antwerpen, limburg (atheneum, Bosschool), west-vlaanderen (Ursulinen, Zeeschool).
    const std::vector<std::string> by_province = {c[3], c[1], c[2], c[4], c[0]};
    EXPECT_EQ(f.shown(""), by_province);
    std::vector<std::string> paged;
    for (int page = 1; page <= 3; ++page) {
        auto res = f.visitor.get("/api/public/showcase?size=2&page=" + std::to_string(page));
        EXPECT_EQ(res.json_int("/total"), 5);
        EXPECT_EQ(res.json_int("/pages"), 3);
        for (const auto& code : f.shown("?size=2&page=" + std::to_string(page))) paged.push_back(code);
    }
    EXPECT_EQ(paged, by_province);
    EXPECT_EQ(f.shown("?sort=-name&size=2"), (std::vector<std::string>{c[0], c[4]}));
    EXPECT_EQ(f.shown("?sort=label&size=2"), (std::vector<std::string>{c[0], c[2]}));
    EXPECT_EQ(f.shown("?q=ATHENEUM"), std::vector<std::string>{c[1]});
    auto searched = f.visitor.get("/api/public/showcase?q=ATHENEUM&label=competent");
    EXPECT_EQ(searched.json_int("/total"), 1);
    EXPECT_EQ(searched.json_int("/counts/province/limburg"), 1);
    EXPECT_EQ(searched.json_int("/counts/label/proficient"), 0) << "the search applies to every count";
    EXPECT_EQ(searched.json_string("/provinces/2"), "west-vlaanderen") << "the provinces of the whole showcase";
    EXPECT_EQ(f.shown("?q=gent").size(), 5u) << "the municipality";

    auto limburg = f.visitor.get("/api/public/showcase?province=limburg");
    EXPECT_EQ(f.shown("?province=limburg"), (std::vector<std::string>{c[1], c[2]}));
    EXPECT_EQ(limburg.json_int("/counts/province/west-vlaanderen"), 2) << "counted without the province filter";
    EXPECT_EQ(limburg.json_int("/counts/label/competent"), 1);
    EXPECT_EQ(limburg.json_int("/counts/label/proficient"), 1);
    EXPECT_EQ(limburg.json_int("/counts/label/expert"), 0);
    EXPECT_EQ(limburg.json_string("/provinces/0"), "antwerpen");
    EXPECT_EQ(limburg.json_string("/provinces/2"), "west-vlaanderen");
    EXPECT_EQ(f.visitor.get("/api/public/showcase?label=competent").json_int("/counts/province/limburg"), 1);

    auto bad = f.visitor.get("/api/public/showcase?size=0&sort=rank&province=mars&label=none");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"label", "province", "size", "sort"}));
}

// --- The participants of a network session ---

namespace {

// A session with 3 places and 7 people in its queue (alternately from the school and the company):
// the first three registered, the other four on the waitlist; a cancelled one is never listed.
struct Participants {
    TestServer server;
    HttpClient organiser = signed_in(server, kOrganiser);
    std::int64_t session = 0;
    std::vector<std::int64_t> users;  // in queue order
    std::string base;

    Participants() {
        auto& db = server.db();
        server.set_now(sk::test::at_ten_utc("2026-12-05"));
        const auto programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Netwerk", 20,
                                                        {{"learning_network", "2026-09-01", "2027-06-30"}});
        const auto school = sk::test::make_school(db, "Netwerkschool", "900001", "limburg", programme);
        auto res = organiser.post("/api/programmes/" + std::to_string(programme) + "/sessions",
                                  R"({"type":"inspiration","title":"Robotica","description":"","startsAt":"2026-12-10T14:00",)"
                                  R"("endsAt":"2026-12-10T16:00","venueName":"Zaal","address":"Kerkstraat 1, Genk","capacity":3})");
        EXPECT_EQ(res.status, 201) << res.body;
        session = res.json_int("/id");
        const std::vector<std::string> names = {"Greet", "anna", "Piet", "Bart", "Lies", "Chris", "Dora", "Weg"};
        for (std::size_t i = 0; i < names.size(); ++i) {
            const auto user = sk::test::make_member(db, school, "deelnemer" + std::to_string(i) + "@netwerk.be", "team_member", false);
            db.exec("UPDATE users SET name = $2 WHERE id = $1", {user, names[i]});
            sk::store::put_registration(db, session, user, school, i < 3 ? "registered" : "waitlisted", 1000 + static_cast<std::int64_t>(i));
            if (i + 1 == names.size()) db.exec("UPDATE session_registrations SET status = 'cancelled' WHERE user_id = $1", {user});
            else users.push_back(user);
        }
        base = "/api/sessions/" + std::to_string(session) + "/participants";
    }

    std::vector<std::int64_t> user_ids(const HttpResponse& res) {
        std::vector<std::int64_t> out;
        const auto doc = boost::json::parse(res.body);
        for (const auto& p : doc.at("participants").as_array()) out.push_back(p.at("userId").as_int64());
        return out;
    }
};

}  // namespace

TEST(PagedLists, SessionParticipantsPageSortSearchFilterAndMarkOneRow) {
    Participants f;
    const auto& u = f.users;
    std::vector<std::int64_t> queue;
    for (int page = 1; page <= 3; ++page) {
        auto res = f.organiser.get(f.base + "?size=3&page=" + std::to_string(page));
        ASSERT_EQ(res.status, 200) << res.body;
        EXPECT_EQ(res.json_int("/total"), 7);
        EXPECT_EQ(res.json_int("/pages"), 3);
        for (auto id : f.user_ids(res)) queue.push_back(id);
    }
    EXPECT_EQ(queue, u) << "registered first, then the waitlist, in queue order";
    auto waiting = f.organiser.get(f.base + "?status=waitlisted&size=2&page=2");
    EXPECT_EQ(f.user_ids(waiting), (std::vector<std::int64_t>{u[5], u[6]}));
    EXPECT_EQ(waiting.json_int("/participants/0/position"), 3) << "the place in the whole waitlist";
    EXPECT_EQ(waiting.json_int("/counts/status/registered"), 3);
    EXPECT_EQ(waiting.json_int("/counts/status/waitlisted"), 4);
    EXPECT_EQ(f.user_ids(f.organiser.get(f.base + "?sort=name&size=3")), (std::vector<std::int64_t>{u[1], u[3], u[5]}));
    EXPECT_EQ(f.user_ids(f.organiser.get(f.base + "?sort=-name&size=1")), std::vector<std::int64_t>{u[2]});
    auto found = f.organiser.get(f.base + "?q=DEELNEMER4%40");
    EXPECT_EQ(f.user_ids(found), std::vector<std::int64_t>{u[4]});
    EXPECT_EQ(found.json_int("/counts/status/registered"), 0) << "the search narrows the counts";
    EXPECT_EQ(f.organiser.get(f.base + "?q=netwerkschool").json_int("/total"), 7) << "the organisation";

    // One row at a time after the start: the answer is that row.
    const auto one = [&](std::int64_t user, bool attended) {
        return f.organiser.put("/api/sessions/" + std::to_string(f.session) + "/attendance",
                               R"({"userId":)" + std::to_string(user) + R"(,"attended":)" + (attended ? "true" : "false") + "}");
    };
    EXPECT_EQ(one(u[0], true).status, 409) << "not started yet";
    f.server.set_now(sk::test::at_ten_utc("2026-12-11"));
    f.organiser = signed_in(f.server, kOrganiser);
    auto marked = one(u[1], true);
    ASSERT_EQ(marked.status, 200) << marked.body;
    EXPECT_EQ(marked.json_int("/userId"), u[1]);
    EXPECT_TRUE(boost::json::parse(marked.body).at("attended").as_bool());
    EXPECT_EQ(f.organiser.get(f.base).json_int("/counts/attended"), 1);
    EXPECT_EQ(one(u[4], true).status, 400) << "on the waitlist";
    EXPECT_EQ(one(u[1], false).status, 200);
    EXPECT_EQ(f.organiser.get(f.base).json_int("/counts/attended"), 0);

    auto bad = f.organiser.get(f.base + "?page=x&sort=queue_seq&status=cancelled");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"page", "sort", "status"}));
}

// --- An organisation's team: members and open invitations ---

namespace {

// A school of the demo organiser's programme: its coordinator Zoë (who signs in), four more members
// (make_member names them "Lid <address>") and four invitations a minute apart, the third revoked.
struct Team {
    TestServer server;
    std::int64_t school = 0;
    std::vector<std::int64_t> invitations;  // the open ones, oldest first
    std::string base;

    Team() {
        auto& db = server.db();
        const auto programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Teams", 20);
        school = sk::test::make_school(db, "Teamschool", "812345", "limburg", programme);
        const auto zoe = sk::store::create_user(db, "zoe@team.be", "Zoë Coördinator", "nl", sk::core::hash_password(sk::app::kDemoPassword), 1);
        sk::store::add_membership(db, zoe, school, "coordinator", 1);
        for (const auto& [email, role] : std::vector<std::pair<std::string, std::string>>{
                 {"bert@team.be", "team_member"}, {"ann@team.be", "team_member"}, {"dirk@team.be", "coordinator"}, {"cas@team.be", "team_member"}})
            sk::test::make_member(db, school, email, role, false);
        const std::vector<std::pair<std::string, std::string>> invited = {
            {"gert@team.be", "team_member"}, {"fien@team.be", "coordinator"}, {"weg@team.be", "team_member"}, {"eva@team.be", "team_member"}};
        for (std::size_t i = 0; i < invited.size(); ++i) {
            const auto uid = sk::store::create_user(db, invited[i].first, "Uitgenodigd", "nl", std::nullopt, 1);
            const auto id = sk::test::make_invitation(db, school, uid, invited[i].second, 1000 + 60 * static_cast<std::int64_t>(i));
            if (i == 2) db.exec("UPDATE invitations SET revoked = 1 WHERE id = $1", {id});
            else invitations.push_back(id);
        }
        base = "/api/organisations/" + std::to_string(school);
    }
    HttpClient coordinator() { return signed_in(server, "zoe@team.be"); }
};

std::vector<std::string> emails(const HttpResponse& res, const std::string& list) {
    std::vector<std::string> out;
    const auto doc = boost::json::parse(res.body);
    for (const auto& r : doc.at(list).as_array()) out.emplace_back(r.at("email").as_string());
    return out;
}

}  // namespace

TEST(PagedLists, TeamMembersPageSortSearchAndFilterByRoleWithCounts) {
    Team f;
    auto c = f.coordinator();
    const auto path = f.base + "/members";
    auto first = c.get(path + "?size=2");
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json_int("/total"), 5);
    EXPECT_EQ(first.json_int("/pages"), 3);
    EXPECT_EQ(emails(first, "members"), (std::vector<std::string>{"ann@team.be", "bert@team.be"})) << "by name";
    EXPECT_EQ(emails(c.get(path + "?size=2&page=2"), "members"), (std::vector<std::string>{"cas@team.be", "dirk@team.be"}));
    EXPECT_EQ(emails(c.get(path + "?size=2&page=3"), "members"), (std::vector<std::string>{"zoe@team.be"}));
    EXPECT_EQ(emails(c.get(path + "?size=2&page=4"), "members"), (std::vector<std::string>{}));
    EXPECT_EQ(emails(c.get(path + "?sort=-name&size=1"), "members"), (std::vector<std::string>{"zoe@team.be"}));
    EXPECT_EQ(emails(c.get(path + "?sort=email&size=3&page=2"), "members"), (std::vector<std::string>{"dirk@team.be", "zoe@team.be"}));
    EXPECT_EQ(first.json_string("/members/0/role"), "team_member");
    EXPECT_EQ(first.json_string("/members/0/name"), "Lid ann");
    EXPECT_TRUE(first.json_int("/members/0/userId") > 0);

    EXPECT_EQ(emails(c.get(path + "?q=ZOE%20co%C3%B6"), "members"), (std::vector<std::string>{"zoe@team.be"})) << "the name, accents folded";
    EXPECT_EQ(emails(c.get(path + "?q=BERT%40"), "members"), (std::vector<std::string>{"bert@team.be"})) << "the address";
    auto coordinators = c.get(path + "?role=coordinator");
    EXPECT_EQ(emails(coordinators, "members"), (std::vector<std::string>{"dirk@team.be", "zoe@team.be"}));
    EXPECT_EQ(coordinators.json_int("/total"), 2);
    EXPECT_EQ(coordinators.json_int("/counts/role/team_member"), 3) << "the role counts ignore the role filter";
    EXPECT_EQ(coordinators.json_int("/counts/role/coordinator"), 2);
    auto searched = c.get(path + "?q=lid&role=coordinator");
    EXPECT_EQ(emails(searched, "members"), (std::vector<std::string>{"dirk@team.be"}));
    EXPECT_EQ(searched.json_int("/counts/role/team_member"), 3);
    EXPECT_EQ(searched.json_int("/counts/role/coordinator"), 1);

    auto bad = c.get(path + "?page=x&sort=age&role=boss");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"page", "role", "sort"}));
    EXPECT_EQ(bad.json_string("/error/fields/sort"), nl("field.sort", {{"fields", "name, email, role"}}));

    // Who reads: its members and the organisers of its tenant, as GET /api/organisations/{id}.
    EXPECT_EQ(signed_in(f.server, kOrganiser).get(path).json_int("/total"), 5);
    EXPECT_EQ(signed_in(f.server, sk::test::kCoordinator).get(path).status, 403) << "another school's coordinator";
    EXPECT_EQ(f.server.client().get(path).status, 401);
    EXPECT_EQ(signed_in(f.server, kOrganiser).get("/api/organisations/999999/members").status, 403);
}

TEST(PagedLists, TeamInvitationsPageSortSearchAndFilterByRoleWithCounts) {
    Team f;
    auto c = f.coordinator();
    const auto path = f.base + "/invitations";
    const auto& i = f.invitations;  // gert, fien, eva (oldest first); the revoked one is never listed
    auto all = c.get(path);
    ASSERT_EQ(all.status, 200) << all.body;
    EXPECT_EQ(emails(all, "invitations"), (std::vector<std::string>{"eva@team.be", "fien@team.be", "gert@team.be"})) << "by address";
    EXPECT_EQ(all.json_int("/total"), 3);
    EXPECT_EQ(all.json_int("/invitations/0/id"), i[2]);
    EXPECT_EQ(all.json_int("/invitations/0/createdAt"), 1180);
    EXPECT_EQ(all.json_int("/invitations/0/expiresAt"), 1180 + sk::store::kInvitationValidSeconds);
    EXPECT_EQ(ids(c.get(path + "?sort=createdAt&size=2"), "invitations"), (std::vector<std::int64_t>{i[0], i[1]}));
    EXPECT_EQ(ids(c.get(path + "?sort=-expiresAt&size=2&page=2"), "invitations"), (std::vector<std::int64_t>{i[0]}));
    // Stable under inserts: a new invitation goes to the end of the oldest-first order.
    const auto uid = sk::store::create_user(f.server.db(), "aaron@team.be", "Uitgenodigd", "nl", std::nullopt, 1);
    sk::test::make_invitation(f.server.db(), f.school, uid, "team_member", 5000);
    EXPECT_EQ(ids(c.get(path + "?sort=createdAt&size=2"), "invitations"), (std::vector<std::int64_t>{i[0], i[1]}));
    EXPECT_EQ(emails(c.get(path + "?size=2"), "invitations"), (std::vector<std::string>{"aaron@team.be", "eva@team.be"}));

    auto members = c.get(path + "?role=team_member&q=E");
    EXPECT_EQ(emails(members, "invitations"), (std::vector<std::string>{"aaron@team.be", "eva@team.be", "gert@team.be"}));
    EXPECT_EQ(members.json_int("/counts/role/coordinator"), 1);
    EXPECT_EQ(members.json_int("/counts/role/team_member"), 3);
    EXPECT_EQ(c.get(path + "?q=uitgenodigd").json_int("/total"), 0) << "only the typed address is searched, never the account";

    auto bad = c.get(path + "?size=0&role=mentors");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"role", "size"}));
    EXPECT_EQ(signed_in(f.server, sk::test::kTeamMember).get(path).status, 403) << "a member of another school";
}
