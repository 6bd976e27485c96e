// Constraint failures arrive as the same DbError kind from both backends.
#include <gtest/gtest.h>

#include <functional>

#include "store/db.h"
#include "support/test_db.h"

namespace store_errors_test {

using namespace sk::store;

namespace {

DbError::Kind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const DbError& e) {
        EXPECT_NE(std::string(e.what()), "") << "the server's message is kept";
        return e.kind();
    }
    ADD_FAILURE() << "expected a DbError";
    return DbError::Kind::other;
}

std::int64_t add_user(Db& db, const std::string& email) {
    return db.exec("INSERT INTO users (email, name, created_at) VALUES ($1, 'U', 0) RETURNING id", {email}).one().i64(0);
}

}  // namespace

TEST(StoreErrors, UniqueViolation) {
    sk::test::TestDb t;
    add_user(t.db(), "dup@x.be");
    EXPECT_EQ(kind_of([&] { add_user(t.db(), "dup@x.be"); }), DbError::Kind::unique_violation);
}

TEST(StoreErrors, PrimaryKeyViolationIsUnique) {
    sk::test::TestDb t;
    const char* sql = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ('k', 0, 0)";
    t.db().exec(sql);
    EXPECT_EQ(kind_of([&] { t.db().exec(sql); }), DbError::Kind::unique_violation);
}

TEST(StoreErrors, ForeignKeyViolation) {
    sk::test::TestDb t;
    EXPECT_EQ(kind_of([&] {
                  t.db().exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) "
                              "VALUES ('h', $1, 0, 0, 0)",
                              {std::int64_t{999}});
              }),
              DbError::Kind::foreign_key_violation);
}

TEST(StoreErrors, CheckViolation) {
    sk::test::TestDb t;
    EXPECT_EQ(kind_of([&] {
                  t.db().exec("INSERT INTO users (email, name, language, created_at) VALUES ('a@x.be', 'A', $1, 0)",
                              {std::string("fr")});
              }),
              DbError::Kind::check_violation);
}

TEST(StoreErrors, DeletingAUserCascades) {
    sk::test::TestDb t;
    const auto id = add_user(t.db(), "a@x.be");
    t.db().exec("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ('h', $1, 0, 0, 0)",
                {id});
    t.db().exec("DELETE FROM users WHERE id = $1", {id});
    EXPECT_EQ(t.db().exec("SELECT COUNT(*) FROM sessions").one().i64(0), 0);
}

TEST(StoreErrors, SyntaxErrorIsOtherAndConnectionStaysUsable) {
    sk::test::TestDb t;
    EXPECT_EQ(kind_of([&] { t.db().exec("SELEKT 1"); }), DbError::Kind::other);
    EXPECT_EQ(kind_of([&] { t.db().exec_script("CREATE TABLE users (id INTEGER)"); }), DbError::Kind::other);
    EXPECT_EQ(t.db().exec("SELECT COUNT(*) FROM users").one().i64(0), 0);
}

// Independent of SK_TEST_DB: opening a PostgreSQL URL never needs a server to fail cleanly.
TEST(StoreErrors, PostgresConnectFailureHidesThePassword) {
    try {
        open("postgresql://ann:s3cretPw@127.0.0.1:1/nowhere?connect_timeout=2");
        FAIL() << "expected a connection failure";
    } catch (const DbError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("cannot connect to PostgreSQL"), std::string::npos) << msg;
        EXPECT_EQ(msg.find("s3cretPw"), std::string::npos) << msg;
    }
    try {
        open("postgresql://ann:s3cretPw@[::1/broken");
        FAIL() << "expected a parse failure";
    } catch (const DbError& e) {
        EXPECT_EQ(std::string(e.what()).find("s3cretPw"), std::string::npos) << e.what();
    }
}

}  // namespace store_errors_test
