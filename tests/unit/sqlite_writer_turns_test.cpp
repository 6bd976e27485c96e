// Writers of one SQLite file take turns in arrival order (store/sqlite_writer_turns.h), through the
// Db seam: a transaction and a single writing statement queue behind the writer holding the file.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/db.h"
#include "store/sqlite_writer_turns.h"
#include "support/temp_dir.h"

namespace {

using namespace std::chrono_literals;


// Long enough for a thread just started to reach its wait (the tests check order, not speed).
void settle() { std::this_thread::sleep_for(50ms); }

}  // namespace

TEST(SqliteWriterTurns, WaitersGetTheirTurnInArrivalOrder) {
    auto turns = std::make_shared<sk::store::SqliteWriterTurns>();
    ASSERT_TRUE(turns->acquire(1s));
    std::mutex m;
    std::vector<int> order;
    std::vector<std::thread> waiters;
    for (int i = 0; i < 4; ++i) {
        waiters.emplace_back([&, i] {
            ASSERT_TRUE(turns->acquire(5s));
            {
                std::lock_guard lock(m);
                order.push_back(i);
            }
            turns->release();
        });
        settle();  // each waiter queued before the next arrives
    }
    turns->release();
    for (auto& t : waiters) t.join();
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3}));
}

TEST(SqliteWriterTurns, AWaiterThatGivesUpLeavesTheQueueToTheNext) {
    auto turns = std::make_shared<sk::store::SqliteWriterTurns>();
    ASSERT_TRUE(turns->acquire(1s));
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_FALSE(turns->acquire(30ms));  // held: gives up after its wait
    EXPECT_GE(std::chrono::steady_clock::now() - t0, 30ms);
    std::thread next([&] {
        EXPECT_TRUE(turns->acquire(5s));
        turns->release();
    });
    settle();
    turns->release();
    next.join();
    EXPECT_TRUE(turns->acquire(0ms));  // nobody holds or waits any more
    turns->release();
}

TEST(SqliteWriterTurns, ConnectionsToOneFileShareTurnsAndQueueTransactionsAndStatements) {
    sk::test::TempDir tmp("sk-turns");
    const std::string file = tmp.path + "/turns.db";
    auto a = sk::store::open_sqlite(file);
    a->exec_script("CREATE TABLE log (n INTEGER NOT NULL, who TEXT NOT NULL)");
    auto b = sk::store::open_sqlite(file);
    auto c = sk::store::open_sqlite(file);
    EXPECT_EQ(sk::store::sqlite_writer_turns(file), sk::store::sqlite_writer_turns(file));

    a->begin();  // holds the file's turn
    a->exec("INSERT INTO log VALUES ((SELECT COUNT(*) FROM log), 'a')");
    std::thread tx_writer([&] {
        sk::store::Transaction tx(*b);  // waits for its turn, does not fail with "database is locked"
        b->exec("INSERT INTO log VALUES ((SELECT COUNT(*) FROM log), 'b')");
        tx.commit();
    });
    settle();
    std::thread statement_writer([&] { c->exec("INSERT INTO log VALUES ((SELECT COUNT(*) FROM log), 'c')"); });
    settle();
    a->commit();
    // Writing again at once, as a job's next batch does: under SQLite's busy handler alone `a` wins
    // again while the others sleep between their polls; with turns it queues behind them.
    a->begin();
    a->exec("INSERT INTO log VALUES ((SELECT COUNT(*) FROM log), 'A')");
    a->commit();
    tx_writer.join();
    statement_writer.join();

    std::string order;
    for (const auto& row : a->exec("SELECT who FROM log ORDER BY n").rows) order += row.str(0);
    EXPECT_EQ(order, "abcA");  // in the order they asked
}
