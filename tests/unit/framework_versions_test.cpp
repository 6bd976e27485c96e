// Several versions of one framework side by side: the newest is the default, every loaded version
// stays reachable (a measurement reads against the version it was started with), and loading the
// same version twice stops start-up.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/frameworks.h"
#include "support/paths.h"

namespace fs = std::filesystem;

namespace {

std::string eu_document() {
    std::ifstream in(std::string(SK_SOURCE_DIR) + "/data/frameworks/eu-stem-school-label.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string with_version(std::string doc, const std::string& version) {
    const std::string from = "\"version\": \"2024.1\"";
    auto at = doc.find(from);
    EXPECT_NE(at, std::string::npos);
    return doc.replace(at, from.size(), "\"version\": \"" + version + "\"");
}

struct Folder {
    fs::path path = fs::temp_directory_path() / ("sk-fw-" + std::to_string(::getpid()) + "-" +
                                                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
    Folder() { fs::create_directories(path); }
    ~Folder() { fs::remove_all(path); }
    void write(const std::string& name, const std::string& text) { std::ofstream(path / name, std::ios::binary) << text; }
};

}  // namespace

TEST(FrameworkVersions, NewestByDefaultEveryVersionReachable) {
    Folder f;
    f.write("eu-stem-school-label-2024.1.json", eu_document());
    f.write("eu-stem-school-label-2026.1.json", with_version(eu_document(), "2026.1"));
    const auto set = sk::app::load_frameworks_or_throw(f.path.string());
    ASSERT_EQ(set.entries.size(), 2u);
    ASSERT_NE(set.find("eu-stem-school-label"), nullptr);
    EXPECT_EQ(set.find("eu-stem-school-label")->version, "2026.1");
    ASSERT_NE(set.find("eu-stem-school-label", "2024.1"), nullptr);
    EXPECT_EQ(set.find("eu-stem-school-label", "2024.1")->framework->version, "2024.1");
    EXPECT_EQ(set.find("eu-stem-school-label", "2024.1")->framework->criteria.size(), 21u);
    EXPECT_EQ(set.find("eu-stem-school-label", "2025.1"), nullptr);
    EXPECT_EQ(set.find("other"), nullptr);
}

TEST(FrameworkVersions, TheSameVersionTwiceStopsStartUp) {
    Folder f;
    f.write("a.json", eu_document());
    f.write("b.json", eu_document());
    try {
        sk::app::load_frameworks_or_throw(f.path.string());
        FAIL() << "loaded a duplicate version";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("b.json: framework \"eu-stem-school-label\" version \"2024.1\" is already loaded"),
                  std::string::npos)
            << e.what();
    }
}
