// Learning-network sessions over HTTP on both databases: create (bad input per field, nothing stored),
// audience and eligibility, registration with a waitlist and automatic promotion (mailed), cancelling,
// attendance after the start, the report (published -> mailed once), attachments, the .ics file and the
// private feed (parsed by Debian's python3-icalendar, including a session across the October DST change),
// feed reset, the 2-days-before reminder job (idempotent), working-group audience.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "core/local_time.h"
#include "jobs/session_reminders.h"
#include "support/file_readers.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"
#include "support/paths.h"

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::kCoordinator;
using sk::test::kMentor;
using sk::test::kOrganiser;
using sk::test::kReviewer;
using sk::test::kTeamMember;
using sk::test::run_command;
using sk::test::TestServer;

namespace {

const std::string kPdf = "%PDF-1.4\n% a tiny stand-in for a real PDF\n";

std::int64_t at(const std::string& local) { return *sk::core::parse_brussels_local(local).unix_seconds; }

struct SessionFixture {
    TestServer server;
    std::int64_t programme = 0, school = 0, company = 0;
    std::string sessions_path;

    SessionFixture() {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, kOrganiser), "Netwerkprogramma", 20,
                                             {{"learning_network", "2026-09-01", "2027-06-30"}});
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        company = sk::test::org_of(db, kMentor);
        sk::test::add_participant(db, programme, company, "company");
        sessions_path = "/api/programmes/" + std::to_string(programme) + "/sessions";
        server.set_now(at("2026-12-05T12:00"));  // sign-in sessions last 14 days: the tests move the clock to 2026-12-10
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }

    long long create(HttpClient& organiser, const std::string& extra = "", const std::string& starts = "2026-12-10T14:00",
                     const std::string& ends = "2026-12-10T16:30", int capacity = 1) {
        auto res = organiser.post(sessions_path, R"({"type":"inspiration","title":"Inspiratiesessie, deel 1; robotica","description":"Regel 1\nRegel 2","startsAt":")" + starts + R"(","endsAt":")" + ends + R"(","venueName":"Zaal A","address":"Kerkstraat 1, 8000 Brugge","capacity":)" +
                                                     std::to_string(capacity) + extra + "}");
        EXPECT_EQ(res.status, 201) << res.body;
        return res.json_int("/id");
    }

    std::string mail_to(const std::string& address, const std::string& needle) {
        server.drain_mail();
        for (auto m : server.mail_files()) {
            for (auto p = m.find("=\r\n"); p != std::string::npos; p = m.find("=\r\n", p)) m.erase(p, 3);
            if (m.find("To: " + address + "\r\n") != std::string::npos && m.find(needle) != std::string::npos) return m;
        }
        return "";
    }
    int mails_to(const std::string& address, const std::string& needle) {
        server.drain_mail();
        int n = 0;
        for (auto m : server.mail_files()) {
            for (auto p = m.find("=\r\n"); p != std::string::npos; p = m.find("=\r\n", p)) m.erase(p, 3);
            if (m.find("To: " + address + "\r\n") != std::string::npos && m.find(needle) != std::string::npos) ++n;
        }
        return n;
    }

    // The calendar parsed by python3-icalendar (tests/support/parse_ics.py).
    boost::json::value parse_ics(const std::string& body, const std::string& name) {
        const std::string path = server.data_dir() + "/" + name + ".ics";
        std::ofstream(path, std::ios::binary) << body;
        const auto out = run_command("/usr/bin/python3 " + std::string(SK_SOURCE_DIR) + "/tests/support/parse_ics.py " + path + " 2>&1");
        try {
            return boost::json::parse(out);
        } catch (const std::exception&) {
            ADD_FAILURE() << out;
            return nullptr;
        }
    }
};

std::string path_of(long long id) { return "/api/sessions/" + std::to_string(id); }

}  // namespace

TEST(SessionsApi, CreateValidatesEveryFieldAndStoresNothingOnError) {
    SessionFixture f;
    auto organiser = f.as(kOrganiser);
    auto bad = organiser.post(f.sessions_path, R"({"type":"party","title":"","startsAt":"2026-03-29T02:30","endsAt":"morgen",)"
                                               R"("capacity":0,"hostSchoolId":999999,"audience":{"kind":"working_group","workingGroupId":999}})");
    ASSERT_EQ(bad.status, 400) << bad.body;
    for (const auto* field : {"type", "title", "startsAt", "endsAt", "capacity", "hostSchoolId", "audience.workingGroupId"})
        EXPECT_FALSE(bad.json_string(std::string("/error/fields/") + field).empty()) << field << " " << bad.body;
    EXPECT_NE(bad.json_string("/error/fields/startsAt").find("bestaat niet"), std::string::npos) << bad.body;
    organiser.language = "en";
    auto order = organiser.post(f.sessions_path, R"({"type":"growth","title":"x","startsAt":"2026-12-10T14:00","endsAt":"2026-12-10T13:00","capacity":5})");
    ASSERT_EQ(order.status, 400);
    EXPECT_EQ(order.json_string("/error/fields/endsAt"), "The end must be after the start.");
    auto audience = organiser.post(f.sessions_path, R"({"type":"growth","title":"x","startsAt":"2026-12-10T14:00","endsAt":"2026-12-10T15:00","capacity":5,"audience":{"kind":"everyone"}})");
    EXPECT_EQ(audience.status, 400);
    EXPECT_FALSE(audience.json_string("/error/fields/audience").empty());
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM network_sessions").one().i64(0), 0);

    // Not an organiser of this programme: 403; unknown programme: 404; signed out: 401.
    auto coordinator = f.as(kCoordinator);
    EXPECT_EQ(coordinator.post(f.sessions_path, R"({"type":"growth","title":"x","startsAt":"2026-12-10T14:00","endsAt":"2026-12-10T15:00","capacity":5})").status, 403);
    EXPECT_EQ(organiser.post("/api/programmes/999999/sessions", "{}").status, 404);
    EXPECT_EQ(f.server.client().get(f.sessions_path).status, 401);

    const auto id = f.create(organiser, R"(,"hostSchoolId":)" + std::to_string(f.school));
    auto got = coordinator.get(path_of(id));
    ASSERT_EQ(got.status, 200) << got.body;
    const auto s = json(got);
    EXPECT_EQ(s.at("startsAt").as_string(), "2026-12-10T14:00");
    EXPECT_EQ(s.at("endsAt").as_string(), "2026-12-10T16:30");
    EXPECT_EQ(s.at("hostSchool").at("name").as_string(), "Demoschool Sint-Lucas");
    EXPECT_EQ(s.at("audience").at("kind").as_string(), "programme");
    EXPECT_EQ(s.at("myStatus").as_string(), "none");
    EXPECT_TRUE(s.at("canRegister").as_bool());
    EXPECT_FALSE(s.at("canManage").as_bool());
    EXPECT_TRUE(s.at("report").is_null());
    EXPECT_EQ(s.at("icsUrl").as_string(), path_of(id) + ".ics");
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM audit_log WHERE action = 'session.create'").one().i64(0), 1);

    // PATCH: title and status; bad status 400 and nothing changes.
    EXPECT_EQ(organiser.send("PATCH", path_of(id), R"({"status":"gone"})").status, 400);
    auto patched = organiser.send("PATCH", path_of(id), R"({"title":"Nieuwe titel","endsAt":"2026-12-10T17:00"})");
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.json_string("/title"), "Nieuwe titel");
    EXPECT_EQ(patched.json_string("/endsAt"), "2026-12-10T17:00");
    EXPECT_EQ(patched.json_string("/status"), "planned");
    EXPECT_EQ(coordinator.send("PATCH", path_of(id), R"({"title":"x"})").status, 403);
    EXPECT_EQ(coordinator.send("DELETE", path_of(id), "").status, 403);

    // Reviewers are not in the audience; the list holds the session for participants.
    auto reviewer = f.as(kReviewer);
    EXPECT_EQ(reviewer.get(path_of(id)).status, 403);
    auto list = coordinator.get(f.sessions_path);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(json(list).at("sessions").as_array().size(), 1u);

    EXPECT_EQ(organiser.send("DELETE", path_of(id), "").status, 204);
    EXPECT_EQ(organiser.get(path_of(id)).status, 404);
}

TEST(SessionsApi, WaitlistPromotionAttendanceAndReport) {
    SessionFixture f;
    auto organiser = f.as(kOrganiser);
    auto coordinator = f.as(kCoordinator);
    auto team_member = f.as(kTeamMember);
    auto mentor = f.as(kMentor);
    const auto id = f.create(organiser);

    auto first = coordinator.post(path_of(id) + "/registration", "{}");
    ASSERT_EQ(first.status, 201) << first.body;
    EXPECT_EQ(first.json_string("/status"), "registered");
    auto again = coordinator.post(path_of(id) + "/registration", "{}");
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.json_string("/status"), "registered");
    auto second = team_member.post(path_of(id) + "/registration", "{}");
    ASSERT_EQ(second.status, 201);
    EXPECT_EQ(second.json_string("/status"), "waitlisted");
    EXPECT_EQ(second.json_int("/position"), 1);
    auto third = mentor.post(path_of(id) + "/registration", "{}");
    ASSERT_EQ(third.status, 201) << third.body;
    EXPECT_EQ(third.json_int("/position"), 2);
    // Organisers cannot register.
    EXPECT_EQ(organiser.post(path_of(id) + "/registration", "{}").status, 403);

    auto s = json(team_member.get(path_of(id)));
    EXPECT_EQ(s.at("myStatus").as_string(), "waitlisted");
    EXPECT_EQ(s.at("myPosition").as_int64(), 1);
    EXPECT_EQ(s.at("registered").as_int64(), 1);
    EXPECT_EQ(s.at("waitlisted").as_int64(), 2);
    // The list reads every user's place in one query: the same status and position as the session itself.
    for (auto* who : {&team_member, &mentor, &coordinator}) {
        const auto one = json(who->get(path_of(id)));
        const auto list = json(who->get(f.sessions_path));
        const auto& sessions = list.at("sessions").as_array();
        const auto it = std::find_if(sessions.begin(), sessions.end(), [&](const auto& x) { return x.at("id").as_int64() == id; });
        ASSERT_NE(it, sessions.end());
        EXPECT_EQ(it->at("myStatus"), one.at("myStatus"));
        EXPECT_EQ(it->at("myPosition"), one.at("myPosition"));
    }
    EXPECT_EQ(json(mentor.get(path_of(id))).at("myPosition").as_int64(), 2);

    auto participants = organiser.get(path_of(id) + "/participants");
    ASSERT_EQ(participants.status, 200);
    EXPECT_EQ(participants.json_string("/participants/0/status"), "registered");
    EXPECT_EQ(participants.json_string("/participants/1/status"), "waitlisted");
    EXPECT_EQ(participants.json_int("/participants/2/position"), 2);
    EXPECT_EQ(coordinator.get(path_of(id) + "/participants").status, 403);

    // The coordinator cancels: the team member moves up and is mailed; the mentor is first on the list.
    EXPECT_EQ(coordinator.send("DELETE", path_of(id) + "/registration", "").status, 204);
    EXPECT_EQ(coordinator.send("DELETE", path_of(id) + "/registration", "").status, 404);
    EXPECT_EQ(json(team_member.get(path_of(id))).at("myStatus").as_string(), "registered");
    auto m = json(mentor.get(path_of(id)));
    EXPECT_EQ(m.at("myPosition").as_int64(), 1);
    EXPECT_FALSE(f.mail_to(kTeamMember, "wachtlijst").empty());
    EXPECT_TRUE(f.mail_to(kMentor, "wachtlijst").empty());

    // Raising the capacity promotes the mentor too.
    ASSERT_EQ(organiser.send("PATCH", path_of(id), R"({"capacity":2})").status, 200);
    EXPECT_EQ(json(mentor.get(path_of(id))).at("myStatus").as_string(), "registered");
    EXPECT_FALSE(f.mail_to(kMentor, "wachtlijst").empty());
    // Re-registering after cancelling goes to the back of the queue (full now).
    auto back = coordinator.post(path_of(id) + "/registration", "{}");
    EXPECT_EQ(back.status, 201);
    EXPECT_EQ(back.json_string("/status"), "waitlisted");

    // Attendance: only after the start, only registered participants.
    const auto tm = sk::test::user_id(f.server.db(), kTeamMember);
    auto early = organiser.put(path_of(id) + "/attendance", R"({"attended":[)" + std::to_string(tm) + "]}");
    EXPECT_EQ(early.status, 409) << early.body;
    f.server.set_now(at("2026-12-10T15:00"));
    EXPECT_EQ(coordinator.post(path_of(id) + "/registration", "{}").status, 409);  // started
    // Cancelling after the start promotes nobody (a place in a running session is no use).
    EXPECT_EQ(team_member.send("DELETE", path_of(id) + "/registration", "").status, 204);
    EXPECT_EQ(json(coordinator.get(path_of(id))).at("myStatus").as_string(), "waitlisted");
    auto wrong = organiser.put(path_of(id) + "/attendance", R"({"attended":[999999]})");
    EXPECT_EQ(wrong.status, 400);
    EXPECT_FALSE(wrong.json_string("/error/fields/attended").empty());
    const auto mentor_id = sk::test::user_id(f.server.db(), kMentor);
    auto marked = organiser.put(path_of(id) + "/attendance", R"({"attended":[)" + std::to_string(mentor_id) + "]}");
    ASSERT_EQ(marked.status, 200) << marked.body;
    bool mentor_attended = false;
    const auto marked_doc = json(marked);
    for (const auto& p : marked_doc.at("participants").as_array())
        if (p.at("userId").as_int64() == mentor_id) mentor_attended = p.at("attended").as_bool();
    EXPECT_TRUE(mentor_attended);

    // Report: a draft is invisible to participants; publishing mails the registered ones once.
    ASSERT_EQ(organiser.put(path_of(id) + "/report", R"({"body":"# Verslag\n\n*Goed* gedaan","published":false})").status, 200);
    EXPECT_TRUE(json(mentor.get(path_of(id))).at("report").is_null());
    EXPECT_EQ(organiser.put(path_of(id) + "/report", R"({"body":"x"})").status, 400);
    auto published = organiser.put(path_of(id) + "/report", R"({"body":"# Verslag\n\n*Goed* gedaan","published":true})");
    ASSERT_EQ(published.status, 200) << published.body;
    auto read = json(mentor.get(path_of(id)));
    EXPECT_EQ(read.at("report").at("body").as_string(), "# Verslag\n\n*Goed* gedaan");
    EXPECT_FALSE(read.at("report").at("publishedAt").is_null());
    EXPECT_EQ(f.mails_to(kMentor, "Verslag gepubliceerd"), 1);
    ASSERT_EQ(organiser.put(path_of(id) + "/report", R"({"body":"# Verslag v2","published":true})").status, 200);
    EXPECT_EQ(f.mails_to(kMentor, "Verslag gepubliceerd"), 1);
    EXPECT_EQ(f.mails_to(kCoordinator, "Verslag gepubliceerd"), 0);  // waitlisted: no mail
}

TEST(SessionsApi, AttachmentsUploadDownloadDelete) {
    SessionFixture f;
    auto organiser = f.as(kOrganiser);
    auto coordinator = f.as(kCoordinator);
    const auto id = f.create(organiser);
    auto bad = organiser.post(path_of(id) + "/attachments", "#!/bin/sh\necho hi\n", {{"X-File-Name", "script.pdf"}});
    EXPECT_EQ(bad.status, 415);
    auto missing = organiser.post(path_of(id) + "/attachments", kPdf, {});
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(coordinator.post(path_of(id) + "/attachments", kPdf, {{"X-File-Name", "slides.pdf"}}).status, 403);
    auto up = organiser.post(path_of(id) + "/attachments", kPdf, {{"X-File-Name", "slides%20%C3%A9.pdf"}});
    ASSERT_EQ(up.status, 201) << up.body;
    EXPECT_EQ(up.json_string("/fileName"), "slides é.pdf");
    EXPECT_EQ(up.json_string("/contentType"), "application/pdf");
    auto session = json(coordinator.get(path_of(id)));
    ASSERT_EQ(session.at("attachments").as_array().size(), 1u);
    const std::string url(session.at("attachments").at(0).at("url").as_string());
    auto file = coordinator.get(url);
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(file.body, kPdf);
    EXPECT_EQ(f.server.client().get(url).status, 401);
    EXPECT_EQ(organiser.send("DELETE", url, "").status, 204);
    EXPECT_EQ(coordinator.get(url).status, 404);
}

TEST(SessionsApi, IcsFileAndPrivateFeedParseWithIcalendarAcrossDst) {
    SessionFixture f;
    auto organiser = f.as(kOrganiser);
    auto coordinator = f.as(kCoordinator);
    f.server.set_now(at("2026-10-01T12:00"));
    // Saturday 24 October 20:00 CEST to Sunday 25 October 10:00 CET: 15 hours, across the change.
    const auto dst = f.create(organiser, "", "2026-10-24T20:00", "2026-10-25T10:00", 10);
    const auto winter = f.create(organiser, "", "2026-12-10T14:00", "2026-12-10T16:30", 10);
    const std::string long_title(120, 'x');
    ASSERT_EQ(organiser.send("PATCH", path_of(winter), R"({"title":"Één, twee; drie\\vier )" + long_title + "\"}").status, 200);

    auto ics = coordinator.get(path_of(dst) + ".ics");
    ASSERT_EQ(ics.status, 200) << ics.body;
    EXPECT_EQ(ics.header("content-type").value_or(""), "text/calendar; charset=utf-8");
    auto doc = f.parse_ics(ics.body, "dst");
    ASSERT_TRUE(doc.is_object());
    EXPECT_TRUE(doc.at("crlf_only").as_bool());
    EXPECT_LE(doc.at("max_line_octets").as_int64(), 75);
    EXPECT_EQ(doc.at("timezones").at(0).as_string(), "Europe/Brussels");
    const auto& ev = doc.at("events").at(0);
    EXPECT_EQ(ev.at("uid").as_string(), "session-" + std::to_string(dst) + "@stemkompas");
    EXPECT_EQ(ev.at("summary").as_string(), "Inspiratiesessie, deel 1; robotica");
    EXPECT_EQ(ev.at("location").as_string(), "Zaal A, Kerkstraat 1, 8000 Brugge");
    EXPECT_NE(std::string(ev.at("description").as_string()).find("Regel 1\nRegel 2"), std::string::npos);
    EXPECT_EQ(ev.at("dtstart_local").as_string(), "2026-10-24T20:00:00");
    EXPECT_EQ(ev.at("dtstart_tzid").as_string(), "Europe/Brussels");
    EXPECT_EQ(ev.at("dtstart_utc").as_string(), "2026-10-24T18:00:00+00:00");  // CEST, +2
    EXPECT_EQ(ev.at("dtend_utc").as_string(), "2026-10-25T09:00:00+00:00");    // CET, +1
    // The file's own VTIMEZONE rules give the same instants.
    EXPECT_EQ(ev.at("dtstart_utc_own").as_string(), "2026-10-24T18:00:00+00:00");
    EXPECT_EQ(ev.at("dtend_utc_own").as_string(), "2026-10-25T09:00:00+00:00");
    EXPECT_EQ(ics.body.find("UID:session-" + std::to_string(dst)), coordinator.get(path_of(dst) + ".ics").body.find("UID:session-" + std::to_string(dst)));
    EXPECT_EQ(f.server.client().get(path_of(dst) + ".ics").status, 401);
    EXPECT_EQ(f.as(kReviewer).get(path_of(dst) + ".ics").status, 403);

    // The private feed: only sessions the user holds a place in; no cookie needed.
    ASSERT_EQ(coordinator.post(path_of(dst) + "/registration", "{}").status, 201);
    ASSERT_EQ(coordinator.post(path_of(winter) + "/registration", "{}").status, 201);
    auto url_res = coordinator.get("/api/me/ical");
    ASSERT_EQ(url_res.status, 200);
    const auto url = url_res.json_string("/url");
    ASSERT_TRUE(url.starts_with("http://app.test/ical/")) << url;
    EXPECT_EQ(coordinator.get("/api/me/ical").json_string("/url"), url);  // stable until reset
    const auto feed_path = url.substr(std::string("http://app.test").size());
    auto feed = f.server.client().get(feed_path);
    ASSERT_EQ(feed.status, 200) << feed.body;
    auto feed_doc = f.parse_ics(feed.body, "feed");
    ASSERT_TRUE(feed_doc.is_object());
    ASSERT_EQ(feed_doc.at("events").as_array().size(), 2u);
    EXPECT_LE(feed_doc.at("max_line_octets").as_int64(), 75);
    EXPECT_EQ(feed_doc.at("events").at(1).at("summary").as_string(), "Één, twee; drie\\vier " + long_title);
    EXPECT_EQ(feed_doc.at("events").at(1).at("dtstart_utc").as_string(), "2026-12-10T13:00:00+00:00");
    // Only the token's hash is stored.
    const auto token = feed_path.substr(6, feed_path.size() - 10);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM ical_feeds WHERE token_hash = $1", {token}).one().i64(0), 0);

    // Reset: the old URL stops working, the new one works.
    auto reset = coordinator.post("/api/me/ical/reset", "{}");
    ASSERT_EQ(reset.status, 200);
    const auto new_url = reset.json_string("/url");
    EXPECT_NE(new_url, url);
    EXPECT_EQ(f.server.client().get(feed_path).status, 404);
    EXPECT_EQ(f.server.client().get(new_url.substr(std::string("http://app.test").size())).status, 200);
    EXPECT_EQ(f.server.client().get("/ical/nonsense.ics").status, 404);
    EXPECT_EQ(f.server.client().get("/api/me/ical").status, 401);
}

TEST(SessionsApi, ReminderTwoDaysBeforeIsSentOnce) {
    SessionFixture f;
    auto organiser = f.as(kOrganiser);
    auto coordinator = f.as(kCoordinator);
    auto team_member = f.as(kTeamMember);
    const auto id = f.create(organiser);  // 2026-12-10T14:00, capacity 1
    ASSERT_EQ(coordinator.post(path_of(id) + "/registration", "{}").status, 201);
    ASSERT_EQ(team_member.post(path_of(id) + "/registration", "{}").status, 201);  // waitlisted: no reminder
    auto& db = f.server.db();
    EXPECT_EQ(sk::jobs::queue_session_reminders(db, at("2026-12-08T13:59"), "http://app.test"), 0);  // 48 h + 1 min before
    EXPECT_EQ(sk::jobs::queue_session_reminders(db, at("2026-12-08T14:00"), "http://app.test"), 1);
    EXPECT_EQ(sk::jobs::queue_session_reminders(db, at("2026-12-08T15:00"), "http://app.test"), 0);
    EXPECT_EQ(sk::jobs::queue_session_reminders(db, at("2026-12-09T09:00"), "http://app.test"), 0);
    EXPECT_EQ(f.mails_to(kCoordinator, "Herinnering"), 1);
    EXPECT_FALSE(f.mail_to(kCoordinator, "http://app.test/sessions/" + std::to_string(id)).empty());
    EXPECT_EQ(f.mails_to(kTeamMember, "Herinnering"), 0);
    // A cancelled session reminds nobody.
    const auto other = f.create(organiser, "", "2026-12-20T10:00", "2026-12-20T12:00", 5);
    ASSERT_EQ(team_member.post(path_of(other) + "/registration", "{}").status, 201);
    ASSERT_EQ(organiser.send("PATCH", path_of(other), R"({"status":"cancelled"})").status, 200);
    EXPECT_EQ(sk::jobs::queue_session_reminders(db, at("2026-12-19T10:00"), "http://app.test"), 0);
    EXPECT_EQ(coordinator.post(path_of(other) + "/registration", "{}").status, 409);
}

TEST(SessionsApi, WorkingGroupAudience) {
    SessionFixture f;
    auto& db = f.server.db();
    const auto other_school = sk::test::make_school(db, "Andere School", "555555", "limburg", f.programme);
    sk::test::make_member(db, other_school, "coord@andere.be", "coordinator", false);
    const auto group = db.exec("INSERT INTO working_groups (programme_id, title, created_at, updated_at) VALUES ($1, 'Werkgroep', 1, 1) RETURNING id",
                               {f.programme})
                           .one()
                           .i64(0);
    db.exec("INSERT INTO working_group_members (group_id, organisation_id, kind, added_at) VALUES ($1, $2, 'school', 1)", {group, f.school});
    auto organiser = f.as(kOrganiser);
    const auto id = f.create(organiser, R"(,"audience":{"kind":"working_group","workingGroupId":)" + std::to_string(group) + "}");
    auto coordinator = f.as(kCoordinator);
    EXPECT_EQ(coordinator.get(path_of(id)).status, 200);
    EXPECT_EQ(coordinator.post(path_of(id) + "/registration", "{}").status, 201);
    auto mentor = f.as(kMentor);  // the company is not in the group
    EXPECT_EQ(mentor.get(path_of(id)).status, 403);
    EXPECT_EQ(mentor.post(path_of(id) + "/registration", "{}").status, 403);
    EXPECT_EQ(json(mentor.get(f.sessions_path)).at("sessions").as_array().size(), 0u);
    EXPECT_EQ(json(organiser.get(f.sessions_path)).at("sessions").at(0).at("audience").at("workingGroupId").as_int64(), group);
}
