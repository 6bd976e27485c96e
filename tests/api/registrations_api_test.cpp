// Public registration of schools and mentors and the organisers' review queue over real HTTP, on both
// databases: every bad field of both forms, duplicates, the honeypot, the rate limit, the capacity, and
// the whole onboarding through a real SMTP server (register -> confirmation -> accept -> invitation ->
// set a password -> the programme home in `Me`).
#include <gtest/gtest.h>

#include "api/api_helpers.h"
#include "api/messages.h"
#include "api/onboarding_forms.h"
#include "app/demo.h"
#include "store/accounts.h"
#include "store/programmes.h"
#include "support/smtp_server.h"
#include "support/test_server.h"

using sk::test::answer;
using sk::test::body;
using sk::test::count;
using sk::test::error_fields;
using sk::test::HttpClient;
using sk::test::kOrganiser;
using sk::test::kSetPasswordLink;
using sk::test::mentor_form;
using sk::test::nl;
using sk::test::school_form;
using sk::test::signed_in;
using sk::test::TestServer;
using sk::test::visitor;

namespace {

std::int64_t demo_programme(TestServer& server) {
    return count(server, "SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'");
}
std::string school_path(std::int64_t id) { return "/api/programmes/" + std::to_string(id) + "/school-registrations"; }
std::string mentor_path(std::int64_t id) { return "/api/programmes/" + std::to_string(id) + "/mentor-registrations"; }

// A programme of the demo organiser with `max_schools` places.
std::int64_t new_programme(TestServer& server, HttpClient& organiser, int max_schools, bool published = true) {
    auto form = sk::test::programme_form("Traject " + std::to_string(max_schools), published);
    form["maxSchools"] = max_schools;
    auto res = organiser.post("/api/programmes", body(form));
    EXPECT_EQ(res.status, 201) << res.body;
    (void)server;
    return res.json_int("/id");
}

struct BadField {
    std::string field;
    std::function<void(boost::json::object&)> change;
    std::string key;
    std::map<std::string, std::string> args = {};
};

void expect_each_refused(TestServer& server, const std::string& path, const boost::json::object& valid, const std::vector<BadField>& cases) {
    auto c = visitor(server);
    for (const auto& bad : cases) {
        auto form = valid;
        bad.change(form);
        auto res = c.post(path, body(form));
        EXPECT_EQ(res.status, 400) << bad.field << ": " << res.body;
        EXPECT_EQ(error_fields(res), std::vector<std::string>{bad.field}) << res.body;
        EXPECT_EQ(res.json_string("/error/fields/" + bad.field), nl(bad.key, bad.args)) << bad.field;
    }
    server.drain_mail();
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations"), 0) << "nothing stored from a bad form";
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM outbox"), 0) << "no mail for a bad form";
    // The valid form itself passes (so each row above failed for its own field only).
    EXPECT_EQ(c.post(path, body(valid)).status, 201);
}

const std::map<std::string, std::string> kPupils = {{"min", "1"}, {"max", "5000"}};
const std::map<std::string, std::string> kCapacity = {{"min", "1"}, {"max", "20"}};

}  // namespace

TEST(RegistrationsApi, EveryBadFieldOfTheSchoolFormIsNamed) {
    const std::vector<BadField> cases = {
        {"contactName", [](auto& o) { o.erase("contactName"); }, "field.required"},
        {"contactName", [](auto& o) { o["contactName"] = std::string(121, 'a'); }, "field.too_long", {{"max", "120"}}},
        {"contactFunction", [](auto& o) { o["contactFunction"] = ""; }, "field.required"},
        {"contactEmail", [](auto& o) { o["contactEmail"] = "ann.school.be"; }, "field.email"},
        {"contactEmail", [](auto& o) { o.erase("contactEmail"); }, "field.required"},
        {"contactPhone", [](auto& o) { o["contactPhone"] = "bel me"; }, "field.phone"},
        {"contactPhone", [](auto& o) { o["contactPhone"] = "1234"; }, "field.phone"},
        {"contactPhone", [](auto& o) { o.erase("contactPhone"); }, "field.required"},
        {"schoolName", [](auto& o) { o["schoolName"] = 12; }, "field.not_text"},
        {"schoolName", [](auto& o) { o.erase("schoolName"); }, "field.required"},
        {"institutionNumber", [](auto& o) { o["institutionNumber"] = "12345"; }, "field.institution_number"},
        {"institutionNumber", [](auto& o) { o["institutionNumber"] = "12345a"; }, "field.institution_number"},
        {"institutionNumber", [](auto& o) { o.erase("institutionNumber"); }, "field.required"},
        {"street", [](auto& o) { o["street"] = " "; }, "field.required"},
        {"postcode", [](auto& o) { o["postcode"] = "0999"; }, "field.postcode"},
        {"postcode", [](auto& o) { o["postcode"] = "35000"; }, "field.postcode"},
        {"postcode", [](auto& o) { o.erase("postcode"); }, "field.required"},
        {"municipality", [](auto& o) { o.erase("municipality"); }, "field.required"},
        {"province", [](auto& o) { o["province"] = "gent"; }, "field.province"},
        {"province", [](auto& o) { o.erase("province"); }, "field.required"},
        {"network", [](auto& o) { o["network"] = "private"; }, "field.network"},
        {"level", [](auto& o) { o["level"] = "tertiary"; }, "field.level"},
        {"pupils", [](auto& o) { o["pupils"] = 0; }, "field.pupils", kPupils},
        {"pupils", [](auto& o) { o["pupils"] = 5001; }, "field.pupils", kPupils},
        {"pupils", [](auto& o) { o["pupils"] = "240"; }, "field.pupils", kPupils},
        {"pupils", [](auto& o) { o.erase("pupils"); }, "field.required"},
        {"heardFrom", [](auto& o) { o["heardFrom"] = "tv"; }, "field.heard_from"},
        {"heardFrom", [](auto& o) { o.erase("heardFrom"); }, "field.required"},
        {"heardFromOther", [](auto& o) { o["heardFrom"] = "other"; }, "field.required"},
        {"consent", [](auto& o) { o["consent"] = false; }, "field.consent"},
        {"consent", [](auto& o) { o.erase("consent"); }, "field.consent"},
        {"consent", [](auto& o) { o["consent"] = "yes"; }, "field.consent"},
        {"language", [](auto& o) { o["language"] = "fr"; }, "field.language"},
    };
    TestServer server;
    expect_each_refused(server, school_path(demo_programme(server)), school_form(), cases);
}

TEST(RegistrationsApi, EveryBadFieldOfTheMentorFormIsNamed) {
    const std::vector<BadField> cases = {
        {"companyName", [](auto& o) { o.erase("companyName"); }, "field.required"},
        {"companyName", [](auto& o) { o["companyName"] = std::string(201, 'b'); }, "field.too_long", {{"max", "200"}}},
        {"enterpriseNumber", [](auto& o) { o["enterpriseNumber"] = "0123.456.78"; }, "field.enterprise_number"},
        {"enterpriseNumber", [](auto& o) { o["enterpriseNumber"] = "2123.456.789"; }, "field.enterprise_number"},
        {"enterpriseNumber", [](auto& o) { o["enterpriseNumber"] = "0123-456-789"; }, "field.enterprise_number"},
        {"enterpriseNumber", [](auto& o) { o.erase("enterpriseNumber"); }, "field.required"},
        {"sector", [](auto& o) { o.erase("sector"); }, "field.required"},
        {"province", [](auto& o) { o["province"] = "noord-brabant"; }, "field.province"},
        {"companySize", [](auto& o) { o["companySize"] = "5"; }, "field.company_size"},
        {"companySize", [](auto& o) { o.erase("companySize"); }, "field.required"},
        {"contactName", [](auto& o) { o.erase("contactName"); }, "field.required"},
        {"contactFunction", [](auto& o) { o.erase("contactFunction"); }, "field.required"},
        {"contactEmail", [](auto& o) { o["contactEmail"] = "bert@"; }, "field.email"},
        {"contactPhone", [](auto& o) { o["contactPhone"] = "0470 12 34 56 +"; }, "field.phone"},
        {"expertise", [](auto& o) { o.erase("expertise"); }, "field.expertise_required"},
        {"expertise", [](auto& o) { o["expertise"] = boost::json::array{}; }, "field.expertise_required"},
        {"expertise", [](auto& o) { o["expertise"] = boost::json::array{"E1", "E99"}; }, "field.expertise"},
        {"expertise", [](auto& o) { o["expertise"] = "E1"; }, "field.expertise"},
        {"expertise", [](auto& o) { o["expertise"] = boost::json::array{1}; }, "field.expertise"},
        {"capacity", [](auto& o) { o["capacity"] = 0; }, "field.capacity", kCapacity},
        {"capacity", [](auto& o) { o["capacity"] = 21; }, "field.capacity", kCapacity},
        {"capacity", [](auto& o) { o.erase("capacity"); }, "field.required"},
        {"consent", [](auto& o) { o["consent"] = false; }, "field.consent"},
        {"language", [](auto& o) { o["language"] = "de"; }, "field.language"},
    };
    TestServer server;
    expect_each_refused(server, mentor_path(demo_programme(server)), mentor_form(), cases);
}

TEST(RegistrationsApi, MalformedBodyAndUnpublishedOrUnknownProgramme) {
    TestServer server;
    auto organiser = signed_in(server, kOrganiser);
    const auto hidden = new_programme(server, organiser, 5, false);
    auto c = visitor(server);
    EXPECT_EQ(c.post(school_path(demo_programme(server)), "[1,2]").status, 400);
    EXPECT_EQ(c.post(school_path(demo_programme(server)), "{nope").status, 400);
    EXPECT_EQ(c.post(school_path(hidden), body(school_form())).status, 404);
    EXPECT_EQ(c.post(mentor_path(hidden), body(mentor_form())).status, 404);
    EXPECT_EQ(c.post(school_path(999999), body(school_form())).status, 404);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations"), 0);
}

TEST(RegistrationsApi, ASecondLiveRegistrationOfTheSameSchoolOrCompanyIsRefused) {
    TestServer server;
    const auto programme = demo_programme(server);
    auto c = visitor(server);
    ASSERT_EQ(c.post(school_path(programme), body(school_form("654321", "ann@sintjozef.be"))).status, 201);
    auto again = c.post(school_path(programme), body(school_form("654321", "other@sintjozef.be")));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json_string("/error/fields/institutionNumber"), nl("field.institution_taken"));

    ASSERT_EQ(c.post(mentor_path(programme), body(mentor_form("0456.789.123"))).status, 201);
    auto twice = c.post(mentor_path(programme), body(mentor_form("0456789123", "iemand@energielab.be")));
    EXPECT_EQ(twice.status, 409);
    EXPECT_EQ(twice.json_string("/error/fields/enterpriseNumber"), nl("field.enterprise_taken"));
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations"), 2);

    // After a refusal the school may register again.
    auto organiser = signed_in(server, kOrganiser);
    const auto id = count(server, "SELECT id FROM registrations WHERE kind = 'school'");
    ASSERT_EQ(organiser.post("/api/registrations/" + std::to_string(id) + "/refuse", R"({"reason":"Onvolledig."})").status, 200);
    EXPECT_EQ(c.post(school_path(programme), body(school_form("654321"))).status, 201);
}

TEST(RegistrationsApi, AFilledHoneypotIsThankedAndNothingIsStored) {
    TestServer server;
    auto c = visitor(server);
    auto form = school_form();
    form["website"] = "http://cheap-pills.example";
    EXPECT_EQ(c.post(school_path(demo_programme(server)), body(form)).status, 201);
    auto mentor = mentor_form();
    mentor["website"] = "x";
    EXPECT_EQ(c.post(mentor_path(demo_programme(server)), body(mentor)).status, 201);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations"), 0);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM outbox"), 0);
}

TEST(RegistrationsApi, TenRegistrationsPerAddressPerHour) {
    TestServer server;
    const auto programme = demo_programme(server);
    auto c = visitor(server);
    for (int i = 0; i < 10; ++i) {
        auto res = i % 2 ? c.post(mentor_path(programme), body(mentor_form("0456.789." + std::to_string(100 + i), "m" + std::to_string(i) + "@x.be")))
                         : c.post(school_path(programme), body(school_form(std::to_string(300000 + i))));
        ASSERT_EQ(res.status, 201) << i << ": " << res.body;
    }
    auto res = c.post(school_path(programme), body(school_form("399999")));
    EXPECT_EQ(res.status, 429);
    EXPECT_TRUE(res.header("retry-after").has_value());
    EXPECT_EQ(c.post(mentor_path(programme), body(mentor_form("0999.999.999"))).status, 429);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations"), 10);
}

TEST(RegistrationsApi, CapacityIsEnforcedOnRegistrationAndOnAcceptance) {
    TestServer server;
    auto organiser = signed_in(server, kOrganiser);
    const auto programme = new_programme(server, organiser, 2);
    auto c = visitor(server);
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(c.post(school_path(programme), body(school_form(std::to_string(500000 + i), "s" + std::to_string(i) + "@school.be"))).status,
                  201);
    const auto ids = server.db().exec("SELECT id FROM registrations ORDER BY id").rows;
    EXPECT_EQ(organiser.post("/api/registrations/" + std::to_string(ids[0].i64(0)) + "/accept", "{}").status, 200);
    EXPECT_EQ(organiser.post("/api/registrations/" + std::to_string(ids[1].i64(0)) + "/accept", "{}").status, 200);
    const auto orgs = count(server, "SELECT COUNT(*) FROM organisations");
    auto full = organiser.post("/api/registrations/" + std::to_string(ids[2].i64(0)) + "/accept", "{}");
    EXPECT_EQ(full.status, 409);
    EXPECT_EQ(full.json_string("/error/code"), "programme_full");
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM organisations"), orgs) << "nothing half created";
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE status = 'pending'"), 1);

    // A full programme takes no more school registrations, but mentors are still welcome.
    auto late = c.post(school_path(programme), body(school_form("599999")));
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(late.json_string("/error/code"), "programme_full");
    EXPECT_EQ(c.post(mentor_path(programme), body(mentor_form())).status, 201);
}

TEST(RegistrationsApi, QueueListsAndFilters) {
    TestServer server;
    const auto programme = demo_programme(server);
    auto c = visitor(server);
    ASSERT_EQ(c.post(school_path(programme), body(school_form())).status, 201);
    ASSERT_EQ(c.post(mentor_path(programme), body(mentor_form())).status, 201);
    auto organiser = signed_in(server, kOrganiser);
    const std::string base = "/api/programmes/" + std::to_string(programme) + "/registrations";
    auto all = organiser.get(base);
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(all.json_string("/registrations/0/kind"), "school");
    EXPECT_EQ(all.json_string("/registrations/0/identifier"), "654321");
    EXPECT_EQ(all.json_string("/registrations/0/data/municipality"), "Hasselt");
    EXPECT_EQ(all.json_string("/registrations/1/identifier"), "0456789123");
    EXPECT_EQ(all.json_string("/registrations/1/data/enterpriseNumber"), "0456.789.123");
    EXPECT_EQ(all.json_string("/registrations/1/status"), "pending");
    auto mentors = organiser.get(base + "?kind=mentor&status=pending");
    EXPECT_EQ(mentors.json_string("/registrations/0/kind"), "mentor");
    EXPECT_FALSE(mentors.json_has("/registrations/1"));
    EXPECT_FALSE(organiser.get(base + "?status=accepted").json_has("/registrations/0"));
    auto bad = organiser.get(base + "?status=maybe&kind=robot");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(error_fields(bad), (std::vector<std::string>{"kind", "status"}));
    EXPECT_EQ(organiser.get("/api/programmes/" + std::to_string(programme)).json_int("/pendingCount"), 2);
}

TEST(RegistrationsApi, SchoolOnboardingThroughARealMailServer) {
    sk::test::SmtpServer smtp;
    TestServer server({.smtp_url = smtp.url()});
    const auto programme = demo_programme(server);
    auto c = visitor(server);
    auto reg = c.post(school_path(programme), body(school_form("654321", "ann@sintjozef.be")));
    ASSERT_EQ(reg.status, 201) << reg.body;
    const auto reg_id = reg.json_int("/id");
    server.drain_mail();
    auto mails = smtp.wait_for(1);
    EXPECT_EQ(mails[0].envelope_to.at(0), "ann@sintjozef.be");
    EXPECT_EQ(mails[0].subject, "We ontvingen de aanmelding van Sint-Jozefschool");
    EXPECT_NE(mails[0].body.find("STEM-traject 2026-2027 (demo)"), std::string::npos);
    EXPECT_TRUE(mails[0].defects.empty());

    auto organiser = signed_in(server, kOrganiser);
    auto accepted = organiser.post("/api/registrations/" + std::to_string(reg_id) + "/accept", "{}");
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(accepted.json_string("/status"), "accepted");
    EXPECT_EQ(organiser.post("/api/registrations/" + std::to_string(reg_id) + "/accept", "{}").status, 409) << "decided once";
    server.drain_mail();
    mails = smtp.wait_for(2);
    EXPECT_EQ(mails[1].envelope_to.at(0), "ann@sintjozef.be");
    EXPECT_EQ(mails[1].subject, "Welkom in \"STEM-traject 2026-2027 (demo)\"");
    const auto link = sk::test::find_link(mails[1].body, kSetPasswordLink);
    ASSERT_FALSE(link.empty()) << mails[1].body;
    const auto token = link.substr(kSetPasswordLink.size());

    // What acceptance created, in one go.
    const auto org = count(server, "SELECT organisation_id FROM school_profiles WHERE institution_number = '654321'");
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM organisations WHERE kind = 'school' AND name = 'Sint-Jozefschool'"), 1);
    EXPECT_EQ(server.db().exec("SELECT kind FROM programme_participants WHERE organisation_id = $1", {org}).one().str(0), "school");
    EXPECT_EQ(server.db().exec("SELECT organisation_id FROM registrations WHERE id = $1", {reg_id}).one().i64(0), org);
    auto audit = server.db().exec("SELECT action, before_json, after_json FROM audit_log WHERE object_id = $1 AND object_type = 'registration'",
                                  {reg_id});
    ASSERT_EQ(audit.rows.size(), 1u);
    EXPECT_EQ(audit.rows[0].str(0), "registration.accept");
    EXPECT_NE(audit.rows[0].str(1).find("\"status\":\"pending\""), std::string::npos);
    EXPECT_NE(audit.rows[0].str(2).find("\"status\":\"accepted\""), std::string::npos);

    // The coordinator follows the link.
    auto invitee = visitor(server);
    auto info = invitee.get("/api/auth/tokens/" + token);
    ASSERT_EQ(info.status, 200);
    EXPECT_EQ(info.json_string("/purpose"), "invite");
    EXPECT_EQ(info.json_string("/email"), "ann@sintjozef.be");
    EXPECT_EQ(info.json_string("/name"), "Ann Peeters");
    auto set = invitee.post("/api/auth/set-password", R"({"token":")" + token + R"(","password":"een goed wachtwoord"})");
    ASSERT_EQ(set.status, 200) << set.body;
    auto me = invitee.get("/api/me");
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json_string("/memberships/0/role"), "coordinator");
    EXPECT_EQ(me.json_string("/memberships/0/organisationName"), "Sint-Jozefschool");
    EXPECT_EQ(me.json_int("/programmes/0/id"), programme);
    EXPECT_EQ(me.json_int("/programmes/0/organisationId"), org);
    EXPECT_EQ(me.json_string("/programmes/0/role"), "coordinator");
    EXPECT_EQ(invitee.get("/api/programmes/" + std::to_string(programme)).status, 200);
    EXPECT_EQ(organiser.get("/api/programmes/" + std::to_string(programme)).json_int("/schoolCount"), 2);
}

TEST(RegistrationsApi, MentorOnboardingThroughARealMailServerInEnglish) {
    sk::test::SmtpServer smtp;
    TestServer server({.smtp_url = smtp.url()});
    const auto programme = demo_programme(server);
    auto c = visitor(server);
    auto reg = c.post(mentor_path(programme), body(mentor_form()));
    ASSERT_EQ(reg.status, 201) << reg.body;
    server.drain_mail();
    auto mails = smtp.wait_for(1);
    EXPECT_EQ(mails[0].envelope_to.at(0), "bert@energielab.be");
    EXPECT_EQ(mails[0].subject, "We received your mentor registration");

    auto organiser = signed_in(server, kOrganiser);
    ASSERT_EQ(organiser.post("/api/registrations/" + std::to_string(reg.json_int("/id")) + "/accept", "").status, 200);
    server.drain_mail();
    mails = smtp.wait_for(2);
    EXPECT_EQ(mails[1].subject, "Welcome to \"STEM-traject 2026-2027 (demo)\"");
    EXPECT_NE(mails[1].body.find("as mentor"), std::string::npos);
    const auto link = sk::test::find_link(mails[1].body, kSetPasswordLink);
    ASSERT_FALSE(link.empty()) << mails[1].body;

    auto profile = server.db().exec("SELECT enterprise_number, expertise, capacity, size FROM company_profiles cp "
                                    "JOIN organisations o ON o.id = cp.organisation_id WHERE o.name = 'Energielab BV'");
    ASSERT_EQ(profile.rows.size(), 1u);
    EXPECT_EQ(profile.one().str(0), "0456.789.123");
    EXPECT_EQ(profile.one().str(1), "E1,E6");
    EXPECT_EQ(profile.one().i64(2), 2);

    auto invitee = visitor(server);
    ASSERT_EQ(invitee.post("/api/auth/set-password", R"({"token":")" + link.substr(kSetPasswordLink.size()) + R"(","password":"a good password"})").status,
              200);
    auto me = invitee.get("/api/me");
    EXPECT_EQ(me.json_string("/user/language"), "en");
    EXPECT_EQ(me.json_string("/memberships/0/role"), "mentor");
    EXPECT_EQ(me.json_string("/memberships/0/organisationKind"), "company");
    EXPECT_EQ(me.json_int("/programmes/0/id"), programme);
    EXPECT_EQ(me.json_string("/programmes/0/role"), "mentor");
}

TEST(RegistrationsApi, RefusalNeedsAReasonAndMailsIt) {
    sk::test::SmtpServer smtp;
    TestServer server({.smtp_url = smtp.url()});
    const auto programme = demo_programme(server);
    auto c = visitor(server);
    auto form = school_form();
    form["language"] = "en";
    const auto id = c.post(school_path(programme), body(form)).json_int("/id");
    ASSERT_GT(id, 0);
    auto organiser = signed_in(server, kOrganiser);
    const std::string path = "/api/registrations/" + std::to_string(id) + "/refuse";
    auto missing = organiser.post(path, R"({"reason":"  "})");
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json_string("/error/fields/reason"), nl("field.required"));
    auto long_reason = organiser.post(path, body(boost::json::object{{"reason", std::string(1001, 'x')}}));
    EXPECT_EQ(long_reason.status, 400);
    EXPECT_EQ(long_reason.json_string("/error/fields/reason"), nl("field.too_long", {{"max", "1000"}}));
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM registrations WHERE status = 'pending'"), 1);

    auto res = organiser.post(path, R"({"reason":"This edition is for schools in West Flanders only."})");
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_string("/status"), "refused");
    EXPECT_EQ(res.json_string("/refusalReason"), "This edition is for schools in West Flanders only.");
    EXPECT_EQ(organiser.post(path, R"({"reason":"again"})").status, 409);
    EXPECT_EQ(organiser.post("/api/registrations/" + std::to_string(id) + "/accept", "{}").json_string("/error/code"),
              "registration_decided");
    server.drain_mail();
    auto mails = smtp.wait_for(2);
    EXPECT_EQ(mails[1].subject, "Your registration for \"STEM-traject 2026-2027 (demo)\"");
    EXPECT_NE(mails[1].body.find("This edition is for schools in West Flanders only."), std::string::npos);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM organisations WHERE name = 'Sint-Jozefschool'"), 0);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'registration.refuse'"), 1);
}

TEST(RegistrationsApi, AcceptingAKnownSchoolReusesItsOrganisation) {
    TestServer server;
    auto organiser = signed_in(server, kOrganiser);
    const auto programme = new_programme(server, organiser, 5);
    const auto demo_school = count(server, "SELECT id FROM organisations WHERE name = 'Demoschool Sint-Lucas'");
    auto c = visitor(server);
    // The demo school (instellingsnummer 123456) registers for a second programme; its coordinator has an account.
    auto form = school_form("123456", "coordinator@demo.stemkompas.be");
    const auto id = c.post(school_path(programme), body(form)).json_int("/id");
    const auto orgs = count(server, "SELECT COUNT(*) FROM organisations");
    ASSERT_EQ(organiser.post("/api/registrations/" + std::to_string(id) + "/accept", "{}").status, 200);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM organisations"), orgs);
    EXPECT_EQ(server.db().exec("SELECT organisation_id FROM registrations WHERE id = $1", {id}).one().i64(0), demo_school);
    EXPECT_EQ(count(server, "SELECT COUNT(*) FROM one_time_tokens"), 0) << "an existing account needs no new password";
    // The newest registration is the school's newest account of itself: the profile follows it.
    auto profile = server.db().exec("SELECT street, municipality, province, pupils FROM school_profiles WHERE organisation_id = $1",
                                    {demo_school});
    EXPECT_EQ(profile.one().str(0), "Kerkstraat 12");
    EXPECT_EQ(profile.one().str(1), "Hasselt");
    EXPECT_EQ(profile.one().str(2), "limburg");
    EXPECT_EQ(profile.one().i64(3), 240);
    auto coordinator = signed_in(server, "coordinator@demo.stemkompas.be");
    EXPECT_TRUE(coordinator.get("/api/me").json_has("/programmes/1"));
}
