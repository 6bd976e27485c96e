// Temporary export files (http/temp_file.h): removed with the last response that holds them, and the
// leftovers of a dead process removed at start while a live process's files stay.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "http/message.h"
#include "http/temp_file.h"
#include "support/temp_dir.h"

namespace temp_file_test {

namespace fs = std::filesystem;

std::string host() {
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    std::string out(name);
    for (auto& c : out)
        if (c == '-' || c == '/') c = '_';
    return out;
}

void touch(const fs::path& p) { std::ofstream(p) << "x"; }

TEST(TempFile, IsGoneWithTheLastResponseThatHoldsIt) {
    sk::test::TempDir dir("sk-temp-file");
    std::string path;
    {
        auto temp = sk::http::TempFile::create(dir.path + "/tmp", ".xlsx");
        path = temp->path();
        EXPECT_TRUE(path.ends_with(".xlsx"));
        EXPECT_EQ(fs::status(path).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
        sk::http::Response res;
        res.file = sk::http::FileBody{path, 0, std::move(temp)};
        sk::http::Response copy = res;  // e.g. kept by a middleware
        res = sk::http::Response{};
        EXPECT_TRUE(fs::exists(path));
    }
    EXPECT_FALSE(fs::exists(path));
}

TEST(TempFile, LeftoversOfDeadProcessesAreRemovedAtStart) {
    sk::test::TempDir dir("sk-temp-file");
    const fs::path tmp = dir.path;
    const fs::path dead = tmp / (host() + "-999999999-abcdef.xlsx");  // no such pid
    const fs::path ours_before = tmp / (host() + "-" + std::to_string(::getpid()) + "-abcdef");  // an earlier run with our pid
    const fs::path alive = tmp / (host() + "-1-abcdef.pdf");          // pid 1 lives
    const fs::path elsewhere = tmp / "other_host-42-abcdef.xlsx";     // another machine's, fresh
    const fs::path elsewhere_old = tmp / "other_host-43-abcdef.xlsx"; // another machine's, two days old
    for (const auto& p : {dead, ours_before, alive, elsewhere, elsewhere_old}) touch(p);
    fs::last_write_time(elsewhere_old, fs::file_time_type::clock::now() - std::chrono::hours(48));

    EXPECT_EQ(sk::http::remove_leftover_temp_files(tmp.string()), 3);
    EXPECT_FALSE(fs::exists(dead));
    EXPECT_FALSE(fs::exists(ours_before));
    EXPECT_TRUE(fs::exists(alive));
    EXPECT_TRUE(fs::exists(elsewhere));
    EXPECT_FALSE(fs::exists(elsewhere_old));
    EXPECT_EQ(sk::http::remove_leftover_temp_files(dir.path + "/missing"), 0);
}

}  // namespace temp_file_test
