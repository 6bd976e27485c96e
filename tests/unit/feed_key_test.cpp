// The calendar-feed key: processes (here threads) starting at once on an empty data folder agree on one.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "app/feed_key.h"
#include "support/temp_dir.h"

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST(FeedKey, StartsAtOnceOnAnEmptyFolderAllGetTheKeyOnDisk) {
    sk::test::TempDir tmp("sk-feedkey");
    const std::string dir = tmp.path;
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE(round);
        const std::string path = dir + "/feed.key";
        std::filesystem::remove(path);
        std::vector<std::string> keys(8);
        std::vector<std::thread> starts;
        for (auto& k : keys) starts.emplace_back([&k, &path] { k = sk::app::load_or_create_feed_key(path); });
        for (auto& t : starts) t.join();
        const auto on_disk = read_all(path);
        EXPECT_EQ(on_disk.size(), 32u);
        for (const auto& k : keys) EXPECT_EQ(k, on_disk);
        struct stat st{};
        ASSERT_EQ(stat(path.c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u);
        EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 1)
            << "only feed.key is left, no temporary file";
    }
    // A damaged key (wrong size) is replaced by a whole one, which later starts keep.
    { std::ofstream(dir + "/feed.key", std::ios::binary | std::ios::trunc) << "short"; }
    const auto replaced = sk::app::load_or_create_feed_key(dir + "/feed.key");
    EXPECT_EQ(replaced.size(), 32u);
    EXPECT_EQ(sk::app::load_or_create_feed_key(dir + "/feed.key"), replaced);
}
