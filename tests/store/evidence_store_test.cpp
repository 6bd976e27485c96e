// The evidence store and its content-addressed files: written once under their hash without leftovers,
// read back whole, and removed only when no evidence row or label snapshot names them.
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>
#include <vector>

#include "core/secrets.h"
#include "store/accounts.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "support/team_fixtures.h"
#include "support/test_db.h"

namespace fs = std::filesystem;

namespace {

struct FilesDir {
    std::string path;
    FilesDir() {
        char tmpl[] = "/tmp/sk-evidence-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~FilesDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::vector<std::string> files() const {
        std::vector<std::string> out;
        for (const auto& e : fs::recursive_directory_iterator(path))
            if (e.is_regular_file()) out.push_back(fs::relative(e.path(), path).string());
        return out;
    }
};

}  // namespace

TEST(EvidenceFiles, AreStoredOnceUnderTheirHashWithoutTemporaryLeftovers) {
    sk::core::init_crypto();
    FilesDir dir;
    EXPECT_EQ(sk::store::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const std::string bytes = std::string("%PDF-1.4\0binary\xFF", 16);
    // Concurrent writers of the same bytes: one file, whole.
    std::vector<std::thread> writers;
    for (int i = 0; i < 4; ++i) writers.emplace_back([&] { sk::store::put_evidence_file(dir.path, bytes); });
    for (auto& t : writers) t.join();
    const auto hash = sk::store::put_evidence_file(dir.path, bytes);
    EXPECT_EQ(dir.files(), (std::vector<std::string>{hash.substr(0, 2) + "/" + hash}));
    EXPECT_EQ(sk::store::read_evidence_file(dir.path, hash), bytes);
    EXPECT_EQ(sk::store::read_evidence_file(dir.path, std::string(64, '0')), std::nullopt);
    EXPECT_THROW(sk::store::evidence_file_path(dir.path, "../../etc/passwd"), std::invalid_argument);
}

TEST(EvidenceFiles, AreRemovedOnlyWhenNothingNamesThem) {
    sk::core::init_crypto();
    FilesDir dir;
    sk::test::TestDb t;
    auto& db = t.db();
    const auto organiser = sk::store::create_organisation(db, "Org", "organiser", 1);
    const auto programme = sk::test::make_programme(db, organiser, "Programma");
    const auto school = sk::test::make_school(db, "School", "123456", "limburg", programme);
    const auto user = sk::test::make_member(db, school, "c@school.be", "coordinator", false);

    const std::string bytes = "%PDF-1.4 store test";
    const auto hash = sk::store::put_evidence_file(dir.path, bytes);
    sk::store::NewEvidence e{school, "file", "Plan", "", std::nullopt, "plan.pdf", "application/pdf",
                             static_cast<std::int64_t>(bytes.size()), hash, {"C02", "C01"}, user};
    const auto id = sk::store::create_evidence(db, e, 10);
    const auto found = sk::store::find_evidence(db, id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->criterion_ids, (std::vector<std::string>{"C01", "C02"}));
    EXPECT_EQ(sk::store::evidence_bytes_used(db, school), static_cast<std::int64_t>(bytes.size()));

    EXPECT_FALSE(sk::store::remove_unused_file(db, dir.path, hash));  // the row names it
    sk::store::delete_evidence(db, id);
    EXPECT_EQ(sk::store::evidence_bytes_used(db, school), 0);
    EXPECT_TRUE(sk::store::remove_unused_file(db, dir.path, hash));
    EXPECT_TRUE(dir.files().empty());
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM evidence_criteria").one().i64(0), 0);
}
