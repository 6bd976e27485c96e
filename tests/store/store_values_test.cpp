// Values survive a round trip unchanged and come back with the same C++ type on both backends.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "store/db.h"
#include "support/test_db.h"

namespace store_values_test {

using namespace sk::store;

namespace {

// DOUBLE PRECISION is a real type on PostgreSQL and has REAL affinity on SQLite.
void create_values_table(Db& db) {
    db.exec_script("CREATE TABLE vals (k INTEGER PRIMARY KEY, i BIGINT, d DOUBLE PRECISION, s TEXT)");
}

Row put_and_get(Db& db, std::int64_t k, Value i, Value d, Value s) {
    db.exec("INSERT INTO vals (k, i, d, s) VALUES ($1, $2, $3, $4)", {k, std::move(i), std::move(d), std::move(s)});
    return db.exec("SELECT i, d, s FROM vals WHERE k = $1", {k}).one();
}

}  // namespace

TEST(StoreValues, NullsComeBackAsNull) {
    sk::test::TestDb t;
    create_values_table(t.db());
    Row row = put_and_get(t.db(), 1, Null{}, Null{}, Null{});
    for (std::size_t c = 0; c < 3; ++c) {
        EXPECT_TRUE(row.is_null(c)) << "column " << c;
        EXPECT_TRUE(std::holds_alternative<Null>(row.raw(c)));
    }
    EXPECT_EQ(row.opt_i64(0), std::nullopt);
    EXPECT_EQ(row.opt_str(2), std::nullopt);
    EXPECT_THROW(row.str(2), DbError);
}

TEST(StoreValues, IntegersKeepEveryBit) {
    sk::test::TestDb t;
    create_values_table(t.db());
    const std::int64_t cases[] = {0, -1, 42, std::numeric_limits<std::int64_t>::min(),
                                  std::numeric_limits<std::int64_t>::max()};
    std::int64_t k = 0;
    for (std::int64_t v : cases) {
        Row row = put_and_get(t.db(), ++k, v, Null{}, Null{});
        ASSERT_TRUE(std::holds_alternative<std::int64_t>(row.raw(0))) << v;
        EXPECT_EQ(row.i64(0), v);
    }
}

TEST(StoreValues, DoublesRoundTripExactly) {
    sk::test::TestDb t;
    create_values_table(t.db());
    const double cases[] = {0.0, 0.1, -2.5, 3.141592653589793, 1e300, -2.2250738585072014e-308, 1.0 / 3.0};
    std::int64_t k = 0;
    for (double v : cases) {
        Row row = put_and_get(t.db(), ++k, Null{}, v, Null{});
        ASSERT_TRUE(std::holds_alternative<double>(row.raw(1))) << v;
        EXPECT_EQ(row.f64(1), v);
    }
}

TEST(StoreValues, TextKeepsNonAsciiAndQuotes) {
    sk::test::TestDb t;
    create_values_table(t.db());
    const std::string cases[] = {"", "é", "Jürgen Müller", "emoji 😀 and 中文", "it's \"quoted\" \\ back", "line\nbreak"};
    std::int64_t k = 0;
    for (const std::string& v : cases) {
        Row row = put_and_get(t.db(), ++k, Null{}, Null{}, v);
        ASSERT_TRUE(std::holds_alternative<std::string>(row.raw(2))) << v;
        EXPECT_EQ(row.str(2), v);
    }
    // The server counts characters, not bytes: proof that it stores UTF-8 as text, not as bytes.
    auto len = t.db().exec("SELECT length(s) FROM vals WHERE s = $1", {std::string("Jürgen Müller")});
    EXPECT_EQ(len.one().i64(0), 13);
    EXPECT_FALSE(t.db().exec("SELECT k FROM vals WHERE s = $1", {std::string("é")}).empty());
}

TEST(StoreValues, EmptyTextIsNotNull) {
    sk::test::TestDb t;
    create_values_table(t.db());
    Row row = put_and_get(t.db(), 1, Null{}, Null{}, std::string());
    EXPECT_FALSE(row.is_null(2));
    EXPECT_EQ(row.opt_str(2), std::string());
}

TEST(StoreValues, IntegerExpressionsComeBackAsIntegers) {
    sk::test::TestDb t;
    create_values_table(t.db());
    t.db().exec("INSERT INTO vals (k, i) VALUES (1, 10), (2, 32)");
    Row row = t.db().exec("SELECT COUNT(*), SUM(i), MAX(k) FROM vals").one();
    EXPECT_TRUE(std::holds_alternative<std::int64_t>(row.raw(0)));
    EXPECT_TRUE(std::holds_alternative<std::int64_t>(row.raw(2)));
    // SUM(BIGINT) is NUMERIC on PostgreSQL and arrives as a double; i64() still reads it.
    EXPECT_EQ(row.i64(0), 2);
    EXPECT_EQ(row.i64(1), 42);
    EXPECT_EQ(row.i64(2), 2);
}

}  // namespace store_values_test
