// A person's own data as a ZIP (issue 20, point 2): read back by Python's zipfile; their own rows only;
// every export is a security event; the operator finds anyone by e-mail and exports for them; nobody
// else reaches the operator's routes (the matrix has them too).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/api_helpers.h"
#include "support/file_readers.h"
#include "support/team_fixtures.h"

namespace personal_data_api_test {

using sk::test::signed_in;
using sk::test::TestServer;

constexpr const char* kOperator = "beheer@demo.stemkompas.be";

boost::json::object entries_of(TestServer& server, const sk::test::HttpResponse& res, const std::string& name) {
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.header("content-type").value_or(""), "application/zip");
    EXPECT_NE(res.header("content-disposition").value_or("").find("attachment; filename=\"stemkompas-gegevens-"), std::string::npos);
    const auto zip = sk::test::zip_entries(server.data_dir(), res.body, name);
    EXPECT_TRUE(zip.at("ok").as_bool()) << zip;
    return zip.at("entries").as_object();
}

TEST(PersonalDataApi, AUserDownloadsTheirOwnDataAndTheDownloadIsRecorded) {
    TestServer server;
    auto coordinator = signed_in(server, sk::test::kCoordinator);
    auto files = entries_of(server, coordinator.get("/api/me/data.zip"), "mine.zip");
    ASSERT_TRUE(files.contains("README.txt"));
    EXPECT_NE(files.at("README.txt").as_string().find("Survey answers are anonymous"), std::string::npos);
    EXPECT_NE(files.at("README.txt").as_string().find("memberships.json  Your roles"), std::string::npos);
    EXPECT_NE(files.at("README.txt").as_string().find("memberships.json  Je rollen"), std::string::npos);
    const auto profile = boost::json::parse(files.at("profile.json").as_string());
    EXPECT_EQ(profile.at("email").as_string(), sk::test::kCoordinator);
    const auto memberships = boost::json::parse(files.at("memberships.json").as_string()).as_array();
    ASSERT_EQ(memberships.size(), 1u);
    EXPECT_EQ(memberships[0].at("role").as_string(), "coordinator");
    // Nothing about anyone else: not the demo's other users, not a password hash.
    for (const auto& [name, text] : files) {
        EXPECT_EQ(text.as_string().find("teamlid@demo"), std::string::npos) << name;
        EXPECT_EQ(text.as_string().find("$argon2"), std::string::npos) << name;
    }
    // The first download shows up in the second, as a security event about the account.
    files = entries_of(server, coordinator.get("/api/me/data.zip"), "again.zip");
    ASSERT_TRUE(files.contains("audit-about-you.json"));
    EXPECT_NE(files.at("audit-about-you.json").as_string().find("security.data_export"), std::string::npos);
    EXPECT_EQ(server.client().get("/api/me/data.zip").status, 401);
}

TEST(PersonalDataApi, TheOperatorFindsAnyoneByEmailAndExportsForThem) {
    TestServer server;
    auto op = signed_in(server, kOperator);
    auto found = op.post("/api/operator/people/find", R"({"email":"Mentor@Demo.Stemkompas.be"})");
    ASSERT_EQ(found.status, 200) << found.body;
    EXPECT_EQ(found.json_string("/email"), "mentor@demo.stemkompas.be");
    const auto id = found.json_int("/id");
    auto files = entries_of(server, op.get("/api/operator/people/" + std::to_string(id) + "/data.zip"), "mentor.zip");
    EXPECT_EQ(boost::json::parse(files.at("profile.json").as_string()).at("email").as_string(), "mentor@demo.stemkompas.be");
    // Recorded with the operator as the one who exported.
    EXPECT_EQ(sk::test::count(server, "SELECT COUNT(*) FROM audit_log WHERE action = 'security.data_export' AND object_id = " +
                                          std::to_string(id) + " AND actor_id <> object_id"),
              1);

    auto unknown = op.post("/api/operator/people/find", R"({"email":"niemand@example.be"})", {{"Accept-Language", "en"}});
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.json_string("/error/message"), "There is no account with this e-mail address.");
    auto bad = op.post("/api/operator/people/find", R"({"email":"geen-adres"})");
    EXPECT_EQ(bad.status, 400) << bad.body;
    EXPECT_FALSE(bad.json_string("/error/fields/email").empty()) << bad.body;
    EXPECT_EQ(op.get("/api/operator/people/999999/data.zip").status, 404);

    // For everyone else these routes do not exist.
    auto organiser = signed_in(server, sk::test::kOrganiser);
    EXPECT_EQ(organiser.post("/api/operator/people/find", R"({"email":"mentor@demo.stemkompas.be"})").status, 404);
    EXPECT_EQ(organiser.get("/api/operator/people/" + std::to_string(id) + "/data.zip").status, 404);
}

}  // namespace personal_data_api_test
