#include <gtest/gtest.h>

#include "mail/message_format.h"
#include "mail/outbox.h"
#include "support/test_db.h"

namespace outbox_test {

using namespace sk::mail;

TEST(Outbox, QueuedOnlyWhenTheTransactionCommits) {
    sk::test::TestDb t;
    auto& db = t.db();
    {
        sk::store::Transaction tx(db);
        enqueue(db, {"a@school.be", "Rolled back", "x"});
    }
    std::int64_t id = 0;
    {
        sk::store::Transaction tx(db);
        id = enqueue(db, {"b@school.be", "Kept", "y"});
        tx.commit();
    }
    const auto r = db.exec("SELECT id, to_address, subject, attempts, sent_at, message_id FROM outbox");
    ASSERT_EQ(r.rows.size(), 1u);
    EXPECT_EQ(r.one().i64(0), id);
    EXPECT_EQ(r.one().str(1), "b@school.be");
    EXPECT_EQ(r.one().i64(3), 0);
    EXPECT_TRUE(r.one().is_null(4));
    EXPECT_EQ(r.one().str(5).size(), 32u);
}

TEST(Outbox, RefusesAnUnusableAddress) {
    sk::test::TestDb t;
    EXPECT_THROW(enqueue(t.db(), {"not an address", "s", "b"}), MessageError);
}

}  // namespace outbox_test
