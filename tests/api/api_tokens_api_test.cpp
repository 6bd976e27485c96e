// Personal API tokens (issue 23, point 3): an organiser makes one, a script uses it without a session or
// CSRF token, read-only tokens cannot write, tokens expire and can be revoked, only their hash is stored,
// every use is recorded, and a token can neither make tokens nor act once its owner is no organiser.
#include <gtest/gtest.h>

#include "api_helpers.h"
#include "core/secrets.h"
#include "store/accounts.h"
#include "support/team_fixtures.h"

namespace api_tokens_api_test {

using sk::test::HttpClient;
using sk::test::HttpResponse;
using sk::test::json;
using sk::test::signed_in;
using sk::test::TestServer;

namespace {

struct Fixture {
    TestServer server;
    HttpClient organiser = signed_in(server, sk::test::kOrganiser);
    std::int64_t programme = server.db().exec("SELECT id FROM programmes WHERE name = 'STEM-traject 2026-2027 (demo)'").one().i64(0);

    HttpResponse make(const std::string& scope, const std::string& validity = "30d", const std::string& name = "Rapportage-script") {
        return organiser.post("/api/me/api-tokens", R"({"name":")" + name + R"(","scope":")" + scope + R"(","validity":")" + validity + R"("})");
    }
    // A script: no cookies, no CSRF token, only the token.
    HttpClient script() const {
        HttpClient c = server.client();
        c.send_csrf = false;
        return c;
    }
    static std::map<std::string, std::string> bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }
    std::int64_t uses(std::int64_t token_id) {
        return server.db().exec("SELECT COUNT(*) FROM api_token_uses WHERE token_id = $1", {token_id}).one().i64(0);
    }
};

}  // namespace

TEST(ApiTokensApi, AScriptReadsTheBoardWithAReadTokenAndCannotWrite) {
    Fixture f;
    auto made = f.make("read");
    ASSERT_EQ(made.status, 201) << made.body;
    const auto token = made.json_string("/token");
    const auto id = made.json_int("/id");
    EXPECT_TRUE(token.starts_with("skt_")) << token;
    EXPECT_EQ(made.json_string("/scope"), "read");
    EXPECT_EQ(made.json_int("/expiresAt"), f.server.now() + 30 * 24 * 3600);

    // Hashed at rest: the digest is stored, the token itself nowhere; the list never shows it again.
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1", {sk::core::token_digest(token)}).one().i64(0), 1);
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1 OR name = $1", {token}).one().i64(0), 0);
    auto listed = f.organiser.get("/api/me/api-tokens");
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.json_int("/total"), 1);
    EXPECT_EQ(listed.json_string("/tokens/0/status"), "active");
    EXPECT_EQ(listed.body.find(token), std::string::npos);

    auto script = f.script();
    const auto board = "/api/programmes/" + std::to_string(f.programme) + "/progress";
    auto read = script.get(board, Fixture::bearer(token));
    ASSERT_EQ(read.status, 200) << read.body;
    EXPECT_EQ(read.body, f.organiser.get(board).body) << "the token sees what its owner sees";
    EXPECT_EQ(script.get("/api/programmes/" + std::to_string(f.programme) + "/group-report?measurement=baseline", Fixture::bearer(token)).status,
              200);
    EXPECT_EQ(script.get(board).status, 401) << "without the token the script is nobody";

    auto write = script.put("/api/me/language", R"({"language":"en"})", Fixture::bearer(token));
    EXPECT_EQ(write.status, 403);
    EXPECT_EQ(write.json_string("/error/code"), "token_read_only");
    EXPECT_EQ(write.json_string("/error/message"), sk::test::nl("error.token_read_only"));

    // Every use, whatever its answer, with the route's pattern and not its ids.
    EXPECT_EQ(f.uses(id), 3);
    const auto last = f.server.db().exec("SELECT method, route, status FROM api_token_uses WHERE token_id = $1 ORDER BY id DESC", {id});
    EXPECT_EQ(last.rows[0].str(1), "/api/me/language");
    EXPECT_EQ(last.rows[0].i64(2), 403);
    EXPECT_EQ(last.rows[2].str(1), "/api/programmes/{id}/progress");
    auto again = f.organiser.get("/api/me/api-tokens");
    EXPECT_EQ(again.json_int("/tokens/0/uses"), 3);
    EXPECT_EQ(again.json_int("/tokens/0/lastUsedAt"), f.server.now());
}

TEST(ApiTokensApi, AWriteTokenChangesDataWithoutCsrfButNeverManagesTokensOrSessions) {
    Fixture f;
    auto made = f.make("write", "7d");
    ASSERT_EQ(made.status, 201) << made.body;
    const auto token = made.json_string("/token");
    auto script = f.script();
    auto write = script.put("/api/me/language", R"({"language":"en"})", Fixture::bearer(token));
    EXPECT_EQ(write.status, 200) << write.body;

    for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
             {"GET", "/api/me/api-tokens"}, {"POST", "/api/me/api-tokens"}, {"DELETE", "/api/me/api-tokens/" + std::to_string(made.json_int("/id"))},
             {"POST", "/api/auth/logout"}}) {
        auto res = script.send(method, path, method == "POST" ? R"({"name":"x","scope":"write","validity":"7d"})" : "", Fixture::bearer(token));
        EXPECT_EQ(res.status, 403) << method << " " << path;
        EXPECT_EQ(res.json_string("/error/code"), "token_not_allowed") << method << " " << path;
    }
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM api_tokens").one().i64(0), 1) << "no token made with a token";
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NOT NULL").one().i64(0), 0);
}

TEST(ApiTokensApi, RevokedExpiredAndOrphanedTokensAreRefused) {
    Fixture f;
    auto script = f.script();
    const auto me = "/api/me";

    auto revoked = f.make("read");
    const auto revoked_path = "/api/me/api-tokens/" + std::to_string(revoked.json_int("/id"));
    EXPECT_EQ(script.get(me, Fixture::bearer(revoked.json_string("/token"))).status, 200);
    EXPECT_EQ(f.organiser.send("DELETE", revoked_path, "").status, 204);
    auto refused = script.get(me, Fixture::bearer(revoked.json_string("/token")));
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.json_string("/error/code"), "api_token_invalid");
    EXPECT_EQ(refused.header("www-authenticate").value_or(""), R"(Bearer error="invalid_token")");
    EXPECT_EQ(f.organiser.send("DELETE", revoked_path, "").status, 404) << "already revoked";
    EXPECT_EQ(f.organiser.get("/api/me/api-tokens").json_string("/tokens/0/status"), "revoked");

    // Someone else's token is not theirs to revoke, and an organiser of another tenant cannot see it.
    auto& db = f.server.db();
    const auto other_user = sk::store::create_user(db, "ander@netwerk.be", "Ander Netwerk", "nl", sk::core::hash_password(sk::app::kDemoPassword), 1);
    sk::store::add_membership(db, other_user, sk::store::create_organisation(db, "Ander netwerk", "organiser", 1), "organiser", 1);
    auto week = f.make("read", "7d");
    HttpClient other = signed_in(f.server, "ander@netwerk.be");
    EXPECT_EQ(other.send("DELETE", "/api/me/api-tokens/" + std::to_string(week.json_int("/id")), "").status, 404);
    EXPECT_EQ(other.get("/api/me/api-tokens").json_int("/total"), 0);

    // Expiry: valid until the second it ends.
    f.server.set_now(f.server.now() + 7 * 24 * 3600 - 1);
    EXPECT_EQ(script.get(me, Fixture::bearer(week.json_string("/token"))).status, 200);
    f.server.set_now(f.server.now() + 1);
    EXPECT_EQ(script.get(me, Fixture::bearer(week.json_string("/token"))).status, 401);

    // An owner who is no longer an organiser: the token stops working.
    auto year = f.make("write", "365d");
    EXPECT_EQ(script.get(me, Fixture::bearer(year.json_string("/token"))).status, 200);
    f.server.db().exec("UPDATE memberships SET role = 'reviewer' WHERE user_id = (SELECT id FROM users WHERE email = $1) AND role = 'organiser'",
                       {std::string(sk::test::kOrganiser)});
    EXPECT_EQ(script.get(me, Fixture::bearer(year.json_string("/token"))).status, 401);

    // Whatever else comes as a Bearer credential is no token.
    for (const std::string& header : std::vector<std::string>{"Bearer ", "Bearer abc", "Bearer skt_" + std::string(40, 'a'), "bearer  skt_x"}) {
        const auto res = script.get(me, {{"Authorization", header}});
        EXPECT_EQ(res.status, 401) << header;
        EXPECT_EQ(res.json_string("/error/code"), "api_token_invalid") << header;
    }
    // Another scheme is not ours (a proxy's Basic authentication in front of a staging site): ignored, so a
    // signed-in browser behind such a proxy keeps its session.
    EXPECT_EQ(f.organiser.get(me, {{"Authorization", "Basic b3JnOnB3"}}).status, 200);
}

TEST(ApiTokensApi, OnlyOrganisersMakeTokensAndBadInputIsNamedPerField) {
    Fixture f;
    auto coordinator = signed_in(f.server, sk::test::kCoordinator);
    EXPECT_EQ(coordinator.post("/api/me/api-tokens", R"({"name":"x","scope":"read","validity":"7d"})").status, 403);
    EXPECT_EQ(coordinator.get("/api/me/api-tokens").json_int("/total"), 0) << "their own list, empty";
    EXPECT_EQ(f.server.client().get("/api/me/api-tokens").status, 401);

    auto bad = f.organiser.post("/api/me/api-tokens", R"({"name":"","scope":"admin","validity":"10y"})");
    EXPECT_EQ(bad.status, 400) << bad.body;
    EXPECT_EQ(bad.json_string("/error/fields/name"), sk::test::nl("field.required"));
    EXPECT_EQ(bad.json_string("/error/fields/scope"), sk::test::nl("field.token_scope"));
    EXPECT_EQ(bad.json_string("/error/fields/validity"), sk::test::nl("field.token_validity"));
    auto in_english = f.organiser.post("/api/me/api-tokens", R"({"name":"x","scope":"read","validity":"forever"})", {{"Accept-Language", "en"}});
    EXPECT_EQ(in_english.json_string("/error/fields/validity"), sk::api::message(sk::core::Language::en, "field.token_validity"));
    auto missing = f.organiser.post("/api/me/api-tokens", R"({"name":"x","scope":"read"})");
    EXPECT_EQ(missing.json_string("/error/fields/validity"), sk::test::nl("field.required"));
    EXPECT_EQ(f.server.db().exec("SELECT COUNT(*) FROM api_tokens").one().i64(0), 0) << "nothing stored";
}

}  // namespace api_tokens_api_test
