// Erasing a person (issue 20, point 3): afterwards their address and name are nowhere in the database,
// in any table or column (read from the schema, so a later table counts too), what the school keeps is
// still there and every count and sum made from it is the same, and the account cannot be used again.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "store/accounts.h"
#include "store/erasure.h"
#include "store/personal_data.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace {

// Every text-holding column of every table, from the schema itself.
std::vector<std::pair<std::string, std::string>> text_columns(sk::test::TestDb& t) {
    std::vector<std::pair<std::string, std::string>> out;
    auto& db = t.db();
    if (t.postgres()) {
        for (const auto& r : db.exec("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                     "AND data_type IN ('text', 'character varying')")
                                 .rows)
            out.push_back({r.str(0), r.str(1)});
    } else {
        for (const auto& table : db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").rows)
            for (const auto& c : db.exec("SELECT name, type FROM pragma_table_info($1)", {table.str(0)}).rows)
                if (c.str(1) == "TEXT" || c.str(1).empty()) out.push_back({table.str(0), c.str(0)});
    }
    return out;
}

// Where `needle` still appears (ignoring case): "table.column" for each.
std::vector<std::string> places_of(sk::test::TestDb& t, const std::string& needle) {
    std::vector<std::string> out;
    for (const auto& [table, column] : text_columns(t))
        if (t.db().exec("SELECT COUNT(*) FROM " + table + " WHERE lower(" + column + ") LIKE $1", {"%" + needle + "%"}).one().i64(0) > 0)
            out.push_back(table + "." + column);
    return out;
}

// Figures a school or a programme relies on, which erasing one person must leave as they are.
std::map<std::string, std::int64_t> figures(sk::store::Db& db) {
    std::map<std::string, std::int64_t> out;
    for (const char* sql : {"SELECT COUNT(*) FROM measurement_answers", "SELECT COUNT(*) FROM action_goals",
                            "SELECT COUNT(*) FROM action_items", "SELECT COUNT(*) FROM action_comments",
                            "SELECT COUNT(*) FROM action_plan_history", "SELECT COUNT(*) FROM audit_log",
                            "SELECT COUNT(*) FROM measurements WHERE status = 'submitted'", "SELECT COUNT(*) FROM survey_responses",
                            "SELECT COUNT(*) FROM evidence", "SELECT COALESCE(SUM(score), 0) FROM award_scores",
                            "SELECT COUNT(*) FROM session_registrations", "SELECT COUNT(*) FROM mentor_meetings"})
        out[sql] = db.exec(sql).one().i64(0);
    return out;
}

}  // namespace

TEST(Erasure, NothingNamesThePersonAfterwardsAndEveryFigureStays) {
    sk::test::TestDb t(sk::test::Seed::demo_with_results);
    auto& db = t.db();
    const auto dana = sk::test::user_id(db, "duinen@demo.stemkompas.be");
    // What the demo gives her: a membership, a submitted baseline, plan goals and comments, audit entries.
    ASSERT_FALSE(places_of(t, "duinen@demo.stemkompas.be").empty());
    ASSERT_FALSE(places_of(t, "dana duinen").empty());
    // A question she asked before, in capitals, and a comment she wrote on her school's plan.
    db.exec("INSERT INTO questions (name, email, organisation, topic, question, language, consent_at, received_at, due_at, status) "
            "VALUES ('Dana Duinen', 'Duinen@Demo.Stemkompas.be', 'Ter Duinen', 'label', 'Wanneer?', 'nl', 1, 1, 2, 'new')");
    db.exec("INSERT INTO action_comments (goal_id, author_id, author_name, author_role, body, created_at) "
            "SELECT MIN(id), $1, 'Dana Duinen', 'coordinator', 'Goed op weg.', 5 FROM action_goals WHERE owner_user_id = $1",
            {dana});
    // A script's token of hers, used once from her address.
    const auto token = db.exec("INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at, expires_at) "
                               "VALUES ($1, 'Mijn script', $2, 'read', 1, 9999999999) RETURNING id",
                               {dana, std::string(64, 'd')})
                           .one()
                           .i64(0);
    db.exec("INSERT INTO api_token_uses (token_id, used_at, method, route, status, client_address) VALUES ($1, 2, 'GET', '/api/me', 200, '203.0.113.9')",
            {token});
    const auto before = figures(db);

    {
        sk::store::Transaction tx(db);
        ASSERT_TRUE(sk::store::erase_person(db, dana, 1000));
        tx.commit();
    }
    EXPECT_EQ(places_of(t, "duinen@demo.stemkompas.be"), std::vector<std::string>{});
    EXPECT_EQ(places_of(t, "dana duinen"), std::vector<std::string>{});
    EXPECT_EQ(figures(db), before);

    // The pseudonym: an empty name and an address that cannot receive mail; no way in.
    const auto row = db.exec("SELECT email, name, password_hash, erased_at FROM users WHERE id = $1", {dana}).one();
    EXPECT_EQ(row.str(0), sk::store::erased_email(dana));
    EXPECT_EQ(row.str(1), "");
    EXPECT_TRUE(row.is_null(2));
    EXPECT_EQ(row.i64(3), 1000);
    EXPECT_FALSE(sk::store::find_user_by_email(db, "duinen@demo.stemkompas.be").has_value());
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM memberships WHERE user_id = $1", {dana}).one().i64(0), 0);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM api_tokens WHERE user_id = $1", {dana}).one().i64(0), 0) << "her tokens go";
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM api_token_uses WHERE client_address = '203.0.113.9'").one().i64(0), 0) << "with their uses";
    // What she did for the school is still there, by the same (former) member: her 21 answers, her actions.
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM measurement_answers WHERE updated_by = $1", {dana}).one().i64(0), 21);
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM action_items WHERE owner_user_id = $1", {dana}).one().i64(0), 3);
    EXPECT_EQ(db.exec("SELECT body FROM action_comments WHERE author_id = $1 AND author_name = ''", {dana}).one().str(0), "Goed op weg.");
    // Her export now says no more than that.
    const auto data = sk::store::personal_data(db, dana);
    EXPECT_FALSE(data.as_object().contains("memberships"));
    EXPECT_EQ(data.at("profile").at("name").as_string(), "");
    // Once only.
    EXPECT_FALSE(sk::store::erase_person(db, dana, 2000));
}
