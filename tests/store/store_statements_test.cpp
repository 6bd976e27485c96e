// The common SQL subset of db.h behaves the same on both backends.
#include <gtest/gtest.h>

#include "store/db.h"
#include "support/test_db.h"

namespace store_statements_test {

using namespace sk::store;

namespace {

std::int64_t add_user(Db& db, const std::string& email) {
    return db
        .exec("INSERT INTO users (email, name, created_at) VALUES ($1, $2, $3) RETURNING id",
              {email, std::string("User"), std::int64_t{100}})
        .one()
        .i64(0);
}

std::int64_t count(Db& db, const std::string& table) {
    return db.exec("SELECT COUNT(*) FROM " + table).one().i64(0);
}

}  // namespace

TEST(StoreStatements, InsertReturningGivesNewRowValues) {
    sk::test::TestDb t;
    auto r = t.db().exec(
        "INSERT INTO users (email, name, created_at) VALUES ($1, $2, $3) RETURNING id, email, language, created_at",
        {std::string("ré@b.be"), std::string("Renée"), std::int64_t{7}});
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.affected, 1);
    const Row& row = r.one();
    EXPECT_GT(row.i64(0), 0);
    EXPECT_EQ(row.str(1), "ré@b.be");
    EXPECT_EQ(row.str(2), "nl") << "column default";
    EXPECT_EQ(row.i64(3), 7);
    EXPECT_GT(add_user(t.db(), "second@b.be"), row.i64(0)) << "ids increase";
}

TEST(StoreStatements, UpsertUpdatesTheExistingRow) {
    sk::test::TestDb t;
    const char* sql =
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) "
        "ON CONFLICT (bucket) DO UPDATE SET hits = rate_limits.hits + 1, window_start = excluded.window_start "
        "RETURNING hits";
    for (std::int64_t i = 1; i <= 3; ++i) {
        auto r = t.db().exec(sql, {std::string("login:ann"), std::int64_t{1000} + i});
        EXPECT_EQ(r.one().i64(0), i);
        EXPECT_EQ(r.affected, 1);
    }
    Row row = t.db().exec("SELECT window_start, hits FROM rate_limits WHERE bucket = $1", {std::string("login:ann")}).one();
    EXPECT_EQ(row.i64(0), 1003);
    EXPECT_EQ(row.i64(1), 3);
    EXPECT_EQ(count(t.db(), "rate_limits"), 1);
}

TEST(StoreStatements, UpsertDoNothingChangesNothing) {
    sk::test::TestDb t;
    const char* sql = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, 0, 1) ON CONFLICT DO NOTHING";
    EXPECT_EQ(t.db().exec(sql, {std::string("b")}).affected, 1);
    EXPECT_EQ(t.db().exec(sql, {std::string("b")}).affected, 0);
}

TEST(StoreStatements, AffectedCountsOnlyChangedRows) {
    sk::test::TestDb t;
    auto& db = t.db();
    for (const char* e : {"a@x.be", "b@x.be", "c@y.be"}) add_user(db, e);
    EXPECT_EQ(db.exec("UPDATE users SET name = $1 WHERE email LIKE $2", {std::string("X"), std::string("%@x.be")}).affected, 2);
    EXPECT_EQ(db.exec("UPDATE users SET name = 'Y' WHERE email = 'nobody'").affected, 0);
    EXPECT_EQ(db.exec("SELECT * FROM users").affected, 0) << "a SELECT changes nothing";
    EXPECT_EQ(db.exec("DELETE FROM users WHERE email LIKE '%@x.be'").affected, 2);
    EXPECT_EQ(db.exec("DELETE FROM users").affected, 1);
}

TEST(StoreStatements, CommonTableExpressions) {
    sk::test::TestDb t;
    auto& db = t.db();
    auto sum = db.exec("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT SUM(x) FROM n");
    EXPECT_EQ(sum.one().i64(0), 55);

    const auto ann = add_user(db, "ann@x.be");
    const auto bob = add_user(db, "bob@x.be");
    const auto org = db.exec("INSERT INTO organisations (name, kind, created_at) VALUES ('School', 'school', 0) RETURNING id")
                         .one()
                         .i64(0);
    for (auto [user, role] : {std::pair{ann, "coordinator"}, {ann, "mentor"}, {bob, "team_member"}}) {
        db.exec("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, 0)",
                {user, org, std::string(role)});
    }
    auto r = db.exec(
        "WITH roles AS (SELECT user_id, COUNT(*) AS n FROM memberships WHERE organisation_id = $1 GROUP BY user_id) "
        "SELECT u.email, r.n, RANK() OVER (ORDER BY r.n DESC) FROM roles r JOIN users u ON u.id = r.user_id "
        "ORDER BY u.email",
        {org});
    ASSERT_EQ(r.rows.size(), 2u);
    EXPECT_EQ(r.rows[0].str(0), "ann@x.be");
    EXPECT_EQ(r.rows[0].i64(1), 2);
    EXPECT_EQ(r.rows[0].i64(2), 1);
    EXPECT_EQ(r.rows[1].str(0), "bob@x.be");
    EXPECT_EQ(r.rows[1].i64(1), 1);
    EXPECT_EQ(r.rows[1].i64(2), 2);
}

TEST(StoreStatements, CachedStatementSurvivesSchemaChange) {
    sk::test::TestDb t;
    auto& db = t.db();
    db.exec_script("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    db.exec("INSERT INTO notes (id, body) VALUES (1, 'hi')");
    EXPECT_EQ(db.exec("SELECT * FROM notes").one().size(), 2u);
    db.exec_script("ALTER TABLE notes ADD COLUMN extra TEXT");
    EXPECT_EQ(db.exec("SELECT * FROM notes").one().size(), 3u);
}

TEST(StoreStatements, ReusesStatementsWithNewParameters) {
    sk::test::TestDb t;
    for (int i = 0; i < 20; ++i) add_user(t.db(), "u" + std::to_string(i) + "@x.be");
    EXPECT_EQ(count(t.db(), "users"), 20);
}

}  // namespace store_statements_test
