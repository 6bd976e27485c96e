#include <gtest/gtest.h>

#include "store/db.h"
#include "support/test_db.h"

namespace store_snapshot_test {

using namespace sk::store;

TEST(StoreSnapshot, ReadsInsideASnapshotWorkAndWritesAfterItAreSeen) {
    sk::test::TestDb t;
    auto reader = t.connect();
    auto writer = t.connect();
    writer->exec("INSERT INTO organisations (name, kind, created_at) VALUES ('A', 'school', 0)");
    {
        Snapshot snapshot(*reader);
        EXPECT_EQ(reader->exec("SELECT COUNT(*) FROM organisations").one().i64(0), 1);
        EXPECT_EQ(reader->exec("SELECT name FROM organisations").one().str(0), "A");
    }
    writer->exec("INSERT INTO organisations (name, kind, created_at) VALUES ('B', 'school', 0)");
    Snapshot again(*reader);
    EXPECT_EQ(reader->exec("SELECT COUNT(*) FROM organisations").one().i64(0), 2);
}

TEST(StoreSnapshot, IsStableAgainstConcurrentWritesOnSqlite) {
    sk::test::TestDb t;
    if (t.postgres()) {
        // On PostgreSQL a snapshot is a no-op by design (each statement sees committed data); the
        // behaviour checked here is SQLite's.
        auto db = t.connect();
        Snapshot s(*db);
        EXPECT_EQ(db->exec("SELECT COUNT(*) FROM organisations").one().i64(0), 0);
        return;
    }
    auto reader = t.connect();
    auto writer = t.connect();
    Snapshot snapshot(*reader);
    EXPECT_EQ(reader->exec("SELECT COUNT(*) FROM organisations").one().i64(0), 0);
    writer->exec("INSERT INTO organisations (name, kind, created_at) VALUES ('A', 'school', 0)");
    EXPECT_EQ(reader->exec("SELECT COUNT(*) FROM organisations").one().i64(0), 0) << "one consistent view per request";
}

}  // namespace store_snapshot_test
