#include <gtest/gtest.h>

#include "store/db.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace store_basics_test {

using namespace sk::store;

TEST(Store, MigratesAndRoundTripsValues) {
    sk::test::TestDb t;
    auto db = t.connect();
    EXPECT_GT(schema_version(*db), 0);
    EXPECT_EQ(migrate(*db), 0) << "a second run applies nothing";
    auto r = db->exec("INSERT INTO users (email, name, language, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                      {std::string("a@b.be"), std::string("Ann"), std::string("nl"), std::int64_t{5}});
    const auto id = r.one().i64(0);
    auto row = db->exec("SELECT email, password_hash, created_at FROM users WHERE id = $1", {id}).one();
    EXPECT_EQ(row.str(0), "a@b.be");
    EXPECT_TRUE(row.is_null(1));
    EXPECT_EQ(row.i64(2), 5);
}

TEST(Store, ReportsUniqueViolation) {
    sk::test::TestDb t;
    auto& db = t.db();
    const char* sql = "INSERT INTO users (email, name, created_at) VALUES ($1, 'x', 0)";
    db.exec(sql, {std::string("dup@b.be")});
    try {
        db.exec(sql, {std::string("dup@b.be")});
        FAIL() << "expected a unique violation";
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::unique_violation);
    }
}

}  // namespace store_basics_test
