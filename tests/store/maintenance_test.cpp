#include <gtest/gtest.h>

#include "jobs/maintenance.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "support/test_db.h"

TEST(Maintenance, SweepsOnlyWhatHasExpired) {
    sk::test::TestDb t;
    auto& db = t.db();
    const std::int64_t now = 1'800'000'000;
    const auto user = sk::store::create_user(db, "a@b.be", "A", "nl", std::nullopt, now);
    sk::store::create_session(db, "live", user, now, now + 100, 3600);
    sk::store::create_session(db, "dead", user, now - 200, now - 100, 3600);
    sk::store::create_session(db, "idle", user, now - 3601, now + 100, 3600);  // not expired, but idle too long
    sk::store::create_one_time_token(db, "recent", user, "reset", now, now - 10);
    sk::store::create_one_time_token(db, "ancient", user, "reset", now - 90 * 86400, now - 60 * 86400);
    sk::store::rate_limit_hit(db, "old", now - 3 * 86400, 900);
    sk::store::rate_limit_hit(db, "new", now, 900);

    auto r = sk::jobs::sweep(db, now);
    EXPECT_EQ(r.sessions, 2);
    EXPECT_EQ(r.tokens, 1);
    EXPECT_EQ(r.rate_limits, 1);
    EXPECT_TRUE(sk::store::find_session(db, "live", now).has_value());
    EXPECT_EQ(db.exec("SELECT token_hash FROM one_time_tokens").one().str(0), "recent");
    EXPECT_EQ(db.exec("SELECT bucket FROM rate_limits").one().str(0), "new");
}
