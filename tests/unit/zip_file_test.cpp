// The ZIP writer, read back by Python's zipfile with every CRC checked: names with accents, an empty
// file, a large compressible one and several at once, and the date they carry.
#include <gtest/gtest.h>

#include <filesystem>

#include "render/zip_file.h"
#include "support/file_readers.h"

namespace zip_file_test {

TEST(ZipFile, ReadsBackWithEveryFileIntact) {
    const auto dir = (std::filesystem::temp_directory_path() / "sk-zip-test").string();
    std::filesystem::create_directories(dir);
    std::string big;
    for (int i = 0; i < 20000; ++i) big += "{\"line\":" + std::to_string(i) + "}\n";
    const std::vector<sk::render::ZipEntry> entries = {
        {"README.txt", "Gegevens van Chloé\n"},
        {"data/leeg.json", ""},
        {"data/café.json", "[{\"naam\":\"Chloé\"}]"},
        {"data/groot.json", big},
    };
    const auto zip = sk::render::write_zip(entries, 1796601600);  // 7 December 2026, 00:00 UTC
    EXPECT_LT(zip.size(), big.size() / 4) << "deflated";
    const auto read = sk::test::zip_entries(dir, zip, "test.zip");
    ASSERT_TRUE(read.is_object()) << read;
    ASSERT_TRUE(read.at("ok").as_bool()) << read;
    const auto& files = read.at("entries").as_object();
    ASSERT_EQ(files.size(), entries.size());
    for (const auto& e : entries) {
        ASSERT_TRUE(files.contains(e.name)) << e.name;
        EXPECT_EQ(files.at(e.name).as_string(), e.data) << e.name;
    }
    // The date every entry carries.
    const auto dated = sk::test::python_json(
        dir, "import json, sys, zipfile\nprint(json.dumps(zipfile.ZipFile(sys.argv[1]).infolist()[0].date_time))\n", zip, "dated.zip");
    EXPECT_EQ(boost::json::serialize(dated), "[2026,12,7,0,0,0]");
    std::filesystem::remove_all(dir);
}

}  // namespace zip_file_test
