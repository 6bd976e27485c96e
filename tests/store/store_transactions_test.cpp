// Transactions and visibility across connections behave the same on both backends.
#include <gtest/gtest.h>

#include <stdexcept>

#include "store/db.h"
#include "support/test_db.h"

namespace store_transactions_test {

using namespace sk::store;

namespace {

void add_bucket(Db& db, const std::string& bucket) {
    db.exec("INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, 0, 1)", {bucket});
}

std::int64_t buckets(Db& db) { return db.exec("SELECT COUNT(*) FROM rate_limits").one().i64(0); }

}  // namespace

TEST(StoreTransactions, RollbackLeavesNothing) {
    sk::test::TestDb t;
    auto& db = t.db();
    db.begin();
    add_bucket(db, "a");
    add_bucket(db, "b");
    EXPECT_EQ(buckets(db), 2) << "visible inside the transaction";
    db.rollback();
    EXPECT_EQ(buckets(db), 0);
}

TEST(StoreTransactions, CommitKeepsWrites) {
    sk::test::TestDb t;
    auto& db = t.db();
    {
        Transaction tx(db);
        add_bucket(db, "a");
        tx.commit();
    }
    EXPECT_EQ(buckets(db), 1);
}

TEST(StoreTransactions, RaiiRollsBackOnException) {
    sk::test::TestDb t;
    auto& db = t.db();
    EXPECT_THROW(
        {
            Transaction tx(db);
            add_bucket(db, "a");
            throw std::runtime_error("boom");
        },
        std::runtime_error);
    EXPECT_EQ(buckets(db), 0);
    add_bucket(db, "b");  // the connection is usable again
    EXPECT_EQ(buckets(db), 1);
}

TEST(StoreTransactions, RaiiRollsBackAfterAFailedStatement) {
    sk::test::TestDb t;
    auto& db = t.db();
    try {
        Transaction tx(db);
        add_bucket(db, "a");
        add_bucket(db, "a");  // duplicate key
        tx.commit();
        FAIL() << "expected a unique violation";
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::unique_violation);
    }
    EXPECT_EQ(buckets(db), 0);
}

TEST(StoreTransactions, TwoConnectionsSeeEachOthersCommittedWrites) {
    sk::test::TestDb t;
    auto a = t.connect();
    auto b = t.connect();
    add_bucket(*a, "from-a");
    EXPECT_EQ(buckets(*b), 1);
    add_bucket(*b, "from-b");
    EXPECT_EQ(buckets(*a), 2);

    a->begin();
    add_bucket(*a, "pending");
    EXPECT_EQ(buckets(*b), 2) << "uncommitted writes stay invisible";
    a->commit();
    EXPECT_EQ(buckets(*b), 3);
}

}  // namespace store_transactions_test
