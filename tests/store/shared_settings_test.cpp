// Settings every server process shares (store/shared_settings.h), here the calendar-feed key: processes
// starting at once on one database agree on one key, and an upgrading installation keeps its old one.
#include <gtest/gtest.h>

#include <fstream>
#include <thread>
#include <vector>

#include "app/feed_key.h"
#include "core/secrets.h"
#include "store/shared_settings.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

TEST(SharedSettings, ProcessesStartingAtOnceAgreeOnOneFeedKey) {
    sk::core::init_crypto();
    sk::test::TestDb t;
    for (int round = 0; round < 5; ++round) {
        SCOPED_TRACE(round);
        t.db().exec("DELETE FROM shared_settings");
        std::vector<std::string> keys(6);
        std::vector<std::thread> starts;
        for (auto& k : keys)
            starts.emplace_back([&k, &t] {
                auto db = sk::store::open(t.url());
                k = sk::app::load_feed_key(*db, "/nonexistent/feed.key", 1);
            });
        for (auto& s : starts) s.join();
        EXPECT_EQ(keys[0].size(), 32u);
        for (const auto& k : keys) EXPECT_EQ(k, keys[0]);
        EXPECT_EQ(sk::app::load_feed_key(t.db(), "/nonexistent/feed.key", 2), keys[0]) << "later starts read the same key";
    }
}

TEST(SharedSettings, AnUpgradeKeepsTheKeyOfTheOldFileAndADamagedValueIsRefused) {
    sk::core::init_crypto();
    sk::test::TempDir tmp;
    sk::test::TestDb t;
    const std::string old_key = "0123456789abcdef0123456789ABCDEF";
    { std::ofstream(tmp.path + "/feed.key", std::ios::binary) << old_key; }
    EXPECT_EQ(sk::app::load_feed_key(t.db(), tmp.path + "/feed.key", 1), old_key);
    { std::ofstream(tmp.path + "/feed.key", std::ios::binary | std::ios::trunc) << "another key of thirty-two bytes!"; }
    EXPECT_EQ(sk::app::load_feed_key(t.db(), tmp.path + "/feed.key", 2), old_key) << "the database's key wins once it has one";

    // A file of the wrong size is no key: a random one is made instead.
    t.db().exec("DELETE FROM shared_settings");
    { std::ofstream(tmp.path + "/feed.key", std::ios::binary | std::ios::trunc) << "short"; }
    const auto made = sk::app::load_feed_key(t.db(), tmp.path + "/feed.key", 3);
    EXPECT_EQ(made.size(), 32u);
    EXPECT_NE(made.substr(0, 5), "short");

    t.db().exec("UPDATE shared_settings SET value = 'zz' WHERE name = 'feed_key'");
    EXPECT_THROW(sk::app::load_feed_key(t.db(), tmp.path + "/feed.key", 4), std::runtime_error);
    EXPECT_EQ(sk::store::shared_setting(t.db(), "other", [] { return std::string("x"); }, 5), "x");
}
