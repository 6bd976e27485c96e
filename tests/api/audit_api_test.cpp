// The audit log view: newest first, filters by action and actor, 50 a page, only for the programme's
// organisers.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/demo.h"
#include "store/audit.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::TestServer;

TEST(AuditApi, NewestFirstFilteredAndPaged) {
    TestServer server;
    auto& db = server.db();
    const auto organiser_org = sk::test::org_of(db, "organisator@demo.stemkompas.be");
    const auto programme = sk::test::make_programme(db, organiser_org, "Auditprogramma");
    const auto other_programme = sk::test::make_programme(db, organiser_org, "Ander programma");
    const auto organiser = sk::test::user_id(db, "organisator@demo.stemkompas.be");
    const auto other_user = sk::test::make_member(db, organiser_org, "tweede@org.be", "organiser", false);
    // 55 updates by the demo organiser, 3 accepts by another, one entry of another programme.
    for (int i = 0; i < 55; ++i)
        sk::store::write_audit(db, {organiser, programme, "programme.update", "programme", programme, R"({"name":"oud"})",
                                    R"({"name":"nieuw )" + std::to_string(i) + R"("})"},
                               1000 + i);
    for (int i = 0; i < 3; ++i)
        sk::store::write_audit(db, {other_user, programme, "registration.accept", "registration", 10 + i, std::nullopt, "{}"}, 2000 + i);
    sk::store::write_audit(db, {organiser, other_programme, "programme.update", "programme", other_programme, std::nullopt, "{}"}, 3000);

    auto c = server.client();
    ASSERT_EQ(c.login("organisator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    const std::string base = "/api/programmes/" + std::to_string(programme) + "/audit";
    auto first = c.get(base);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.json_int("/page"), 1);
    EXPECT_EQ(first.json_int("/pages"), 2);
    auto doc = boost::json::parse(first.body);
    const auto& entries = doc.at("entries").as_array();
    ASSERT_EQ(entries.size(), 50u);
    EXPECT_EQ(entries[0].at("action").as_string(), "registration.accept");
    EXPECT_EQ(entries[0].at("createdAt").as_int64(), 2002);
    EXPECT_EQ(entries[0].at("actorName").as_string(), "Lid tweede");
    EXPECT_EQ(entries[0].at("actorId").as_int64(), other_user);
    // The actor filter offers exactly the people with an entry in this programme, by name.
    const auto& actors = doc.at("actors").as_array();
    ASSERT_EQ(actors.size(), 2u);
    EXPECT_EQ(actors[0].at("name").as_string(), "Lid tweede");
    EXPECT_EQ(actors[0].at("id").as_int64(), other_user);
    EXPECT_EQ(actors[1].at("id").as_int64(), organiser);
    EXPECT_TRUE(entries[0].at("before").is_null());
    EXPECT_EQ(entries[3].at("action").as_string(), "programme.update");
    EXPECT_EQ(boost::json::serialize(entries[3].at("before")), R"({"name":"oud"})");
    EXPECT_EQ(boost::json::serialize(entries[3].at("after")), R"({"name":"nieuw 54"})");
    EXPECT_EQ(entries[3].at("objectType").as_string(), "programme");
    EXPECT_EQ(entries[3].at("objectId").as_int64(), programme);

    auto second = c.get(base + "?page=2");
    EXPECT_EQ(boost::json::parse(second.body).at("entries").as_array().size(), 8u);
    EXPECT_EQ(second.json_int("/page"), 2);
    auto beyond = c.get(base + "?page=9");
    EXPECT_EQ(beyond.status, 200);
    EXPECT_EQ(boost::json::parse(beyond.body).at("entries").as_array().size(), 0u);

    auto accepts = c.get(base + "?action=registration.accept");
    EXPECT_EQ(boost::json::parse(accepts.body).at("entries").as_array().size(), 3u);
    EXPECT_EQ(accepts.json_int("/pages"), 1);
    auto by_actor = c.get(base + "?actor=" + std::to_string(organiser));
    EXPECT_EQ(boost::json::parse(by_actor.body).at("entries").as_array().size(), 50u);
    EXPECT_EQ(by_actor.json_int("/pages"), 2);
    auto both = c.get(base + "?actor=" + std::to_string(organiser) + "&action=registration.accept");
    EXPECT_EQ(boost::json::parse(both.body).at("entries").as_array().size(), 0u);
    EXPECT_EQ(both.json_int("/pages"), 1);

    auto bad = c.get(base + "?page=0&actor=ann");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.json_string("/error/fields/page"), "Geef een paginanummer vanaf 1.");
    EXPECT_EQ(bad.json_string("/error/fields/actor"), "Kies een gebruiker (een nummer).");
    c.language = "en";
    EXPECT_EQ(c.get(base + "?page=-1").json_string("/error/fields/page"), "Give a page number of 1 or more.");
}

TEST(AuditApi, OnlyItsOrganisers) {
    TestServer server;
    auto& db = server.db();
    const auto programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Auditprogramma");
    sk::test::add_participant(db, programme, sk::test::org_id(db, "Demoschool Sint-Lucas"), "school");
    sk::test::make_other_organiser(db, "olga@andere.be");
    const std::string base = "/api/programmes/" + std::to_string(programme) + "/audit";
    // Another tenant's organiser: the programme does not exist for them; its own staff: not allowed.
    for (const std::string email : {"olga@andere.be", "coordinator@demo.stemkompas.be", "reviewer@demo.stemkompas.be"}) {
        auto c = server.client();
        ASSERT_EQ(c.login(email, sk::app::kDemoPassword).status, 200);
        EXPECT_EQ(c.get(base).status, email == "olga@andere.be" ? 404 : 403) << email;
    }
    HttpClient anon(server.base_url());
    EXPECT_EQ(anon.get(base).status, 401);
}
