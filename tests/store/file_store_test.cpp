// Both file stores (store/file_store.h) on the database under test: the same rules for each (stored
// once, nothing half-stored, removed only when no committed row names the file), the database store's
// chunks and local copies, a remover waiting for a writer on another connection, and moving files
// between the stores.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <stdexcept>
#include <thread>

#include "core/secrets.h"
#include "store/accounts.h"
#include "store/evidence.h"
#include "store/evidence_files.h"
#include "store/file_store.h"
#include "support/team_fixtures.h"
#include "support/temp_dir.h"
#include "support/test_db.h"

namespace fs = std::filesystem;
using sk::store::FileStore;
using sk::store::FileStoreKind;

namespace {

// Every byte value, and more than two chunks (1 MiB each) with a short last one.
std::string big_file() {
    std::string bytes = "%PDF-1.7\n";
    bytes.reserve(2621440);
    for (std::size_t i = 0; bytes.size() < 2621440 + 17; ++i) bytes += static_cast<char>((i * 131 + i / 7) & 0xFF);
    return bytes;
}

class FileStoreTest : public ::testing::TestWithParam<FileStoreKind> {
protected:
    FileStoreTest() {
        sk::core::init_crypto();
        store = GetParam() == FileStoreKind::folder ? sk::store::make_folder_file_store(tmp.path + "/evidence")
                                                    : sk::store::make_database_file_store(tmp.path + "/file-cache");
        const auto organiser = sk::store::create_organisation(db, "Org", "organiser", 1);
        const auto programme = sk::test::make_programme(db, organiser, "Programma");
        school = sk::test::make_school(db, "School", "123456", "limburg", programme);
        user = sk::test::make_member(db, school, "c@school.be", "coordinator", false);
    }

    // An evidence row naming `sha` (inside whatever transaction is open).
    std::int64_t name_it(sk::store::Db& on, const std::string& sha, std::int64_t size = 1) {
        sk::store::NewEvidence e{school, "file", "Plan", "", std::nullopt, "plan.pdf", "application/pdf", size, sha, {"C01"}, user};
        return sk::store::create_evidence(on, e, 10);
    }

    sk::test::TempDir tmp;
    sk::test::TestDb t;
    sk::store::Db& db = t.db();
    std::unique_ptr<FileStore> store;
    std::int64_t school = 0, user = 0;
};

TEST_P(FileStoreTest, StoresOnceReadsBackWholeAndLeavesNothingWhenTheRowFails) {
    const auto bytes = big_file();
    std::int64_t row = 0;
    const auto sha = store->add(db, bytes, [&](const std::string& h) { row = name_it(db, h, static_cast<std::int64_t>(bytes.size())); });
    EXPECT_EQ(sha, sk::store::sha256_hex(bytes));
    EXPECT_GT(row, 0);
    EXPECT_EQ(sk::store::read_stored_file(*store, db, sha), bytes);
    EXPECT_EQ(sk::store::read_stored_file(*store, db, std::string(64, '0')), std::nullopt);
    EXPECT_THROW(store->local_path(db, "../../etc/passwd"), std::invalid_argument);

    // The same bytes again: one stored file, two rows.
    EXPECT_EQ(store->add(db, bytes, [&](const std::string& h) { name_it(db, h); }), sha);
    EXPECT_EQ(store->hashes(db), std::vector<std::string>{sha});
    if (GetParam() == FileStoreKind::database) {
        EXPECT_EQ(db.exec("SELECT COUNT(*) FROM stored_file_chunks WHERE sha256 = $1", {sha}).one().i64(0), 3);
        EXPECT_EQ(db.exec("SELECT size, chunks FROM stored_files").one().i64(0), static_cast<std::int64_t>(bytes.size()));
    }

    // A row that fails to commit takes a new file with it, and leaves a file other rows name alone.
    const std::string other = "%PDF-1.4 never named";
    EXPECT_THROW(store->add(db, other, [&](const std::string& h) {
        name_it(db, h);
        throw std::runtime_error("the row is refused");
    }),
                 std::runtime_error);
    EXPECT_THROW(store->add(db, bytes, [](const std::string&) { throw std::runtime_error("refused"); }), std::runtime_error);
    EXPECT_EQ(store->hashes(db), std::vector<std::string>{sha});
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM evidence").one().i64(0), 2);
}

TEST_P(FileStoreTest, RemovesAFileOnlyWhenNoRowNamesItAndPinsHoldIt) {
    const std::string bytes = "%PDF-1.4 removal";
    std::int64_t row = 0;
    const auto sha = store->add(db, bytes, [&](const std::string& h) { row = name_it(db, h); });
    const auto local = store->local_path(db, sha);
    ASSERT_TRUE(local);
    EXPECT_FALSE(store->remove_unused(db, sha)) << "the row names it";

    // A label snapshot pins it in its own transaction.
    {
        auto guard = store->pin_guard();
        sk::store::Transaction tx(db);
        EXPECT_TRUE(store->pin(db, sha));
        EXPECT_FALSE(store->pin(db, std::string(64, 'e')));
        tx.commit();
    }
    sk::store::delete_evidence(db, row);
    EXPECT_TRUE(store->remove_unused(db, sha));
    EXPECT_FALSE(store->remove_unused(db, sha)) << "already gone";
    EXPECT_FALSE(fs::exists(*local)) << "the local copy goes with it";
    EXPECT_TRUE(store->hashes(db).empty());
    EXPECT_EQ(store->local_path(db, sha), std::nullopt);
}

// The race the removal rule is about, on two connections as on two servers: the file's last name has
// gone, and a new row naming it is being written (not yet committed) when another process removes it.
TEST_P(FileStoreTest, ARemoverWaitsForAWriterOnAnotherConnectionAndKeepsTheFile) {
    const std::string bytes = "%PDF-1.4 raced";
    std::int64_t first = 0;
    const auto sha = store->add(db, bytes, [&](const std::string& h) { first = name_it(db, h); });
    auto writer_db = sk::store::open(t.url());
    auto remover_db = sk::store::open(t.url());
    sk::store::delete_evidence(db, first);

    std::promise<void> named, go_on;
    auto writer = std::async(std::launch::async, [&] {
        return store->add(*writer_db, bytes, [&](const std::string& h) {
            name_it(*writer_db, h);
            named.set_value();
            go_on.get_future().wait();  // holds the transaction open while the remover starts
        });
    });
    named.get_future().wait();
    auto remover = std::async(std::launch::async, [&] { return store->remove_unused(*remover_db, sha); });
    // Long enough for a remover that does not wait to have deleted the file.
    EXPECT_EQ(remover.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout) << "the remover waits for the writer";
    go_on.set_value();
    EXPECT_EQ(writer.get(), sha);
    EXPECT_FALSE(remover.get()) << "the writer's committed row names the file";
    EXPECT_EQ(sk::store::read_stored_file(*store, db, sha), bytes);
}

TEST_P(FileStoreTest, MovesNamedFilesFromTheOtherStoreCheckingEachHash) {
    auto other = GetParam() == FileStoreKind::folder ? sk::store::make_database_file_store(tmp.path + "/other-cache")
                                                     : sk::store::make_folder_file_store(tmp.path + "/other-evidence");
    const auto bytes = big_file();
    const auto named = other->add(db, bytes, [&](const std::string& h) { name_it(db, h); });
    const auto unnamed = other->add(db, "%PDF-1.4 no row names me", [](const std::string&) {});
    std::vector<std::string> missing;
    name_it(db, std::string(64, 'a'));  // named, stored nowhere
    EXPECT_EQ(sk::store::adopt_files(db, *other, *store, &missing), 1);
    EXPECT_EQ(missing, std::vector<std::string>{std::string(64, 'a')});
    EXPECT_EQ(store->hashes(db), std::vector<std::string>{named});
    EXPECT_EQ(sk::store::read_stored_file(*store, db, named), bytes);
    EXPECT_EQ(sk::store::adopt_files(db, *other, *store), 0) << "a second run has nothing to move";
    (void)unnamed;
}

INSTANTIATE_TEST_SUITE_P(Kinds, FileStoreTest, ::testing::Values(FileStoreKind::folder, FileStoreKind::database),
                         [](const auto& info) { return std::string(sk::store::file_store_kind_name(info.param)); });

// The database store's local copies: checked against the hash when made, and dropped when another
// process removed the file.
TEST(DatabaseFileStore, ADamagedChunkIsRefusedAndStaleLocalCopiesArePruned) {
    sk::core::init_crypto();
    sk::test::TempDir tmp;
    sk::test::TestDb t;
    auto& db = t.db();
    auto store = sk::store::make_database_file_store(tmp.path + "/cache");
    const auto sha = store->add(db, big_file(), [](const std::string&) {});
    db.exec(db.dialect() == sk::store::Dialect::postgres
                ? "UPDATE stored_file_chunks SET bytes = decode('00', 'hex') || bytes WHERE sha256 = $1 AND seq = 1"
                : "UPDATE stored_file_chunks SET bytes = CAST(X'00' || bytes AS BLOB) WHERE sha256 = $1 AND seq = 1",
            {sha});
    EXPECT_THROW(store->local_path(db, sha), std::runtime_error);
    EXPECT_FALSE(fs::exists(tmp.path + "/cache/" + sha.substr(0, 2) + "/" + sha)) << "no copy of damaged bytes is kept";

    // A copy made here, then the file removed by another process (its rows only).
    const auto kept = store->add(db, "%PDF-1.4 kept", [](const std::string&) {});
    const auto gone = store->add(db, "%PDF-1.4 gone", [](const std::string&) {});
    ASSERT_TRUE(store->local_path(db, kept));
    ASSERT_TRUE(store->local_path(db, gone));
    { std::ofstream(tmp.path + "/cache/" + gone.substr(0, 2) + "/" + gone + ".tmp-1") << "half"; }
    db.exec("DELETE FROM stored_file_chunks WHERE sha256 = $1", {gone});
    db.exec("DELETE FROM stored_files WHERE sha256 = $1", {gone});
    EXPECT_EQ(sk::store::prune_file_cache(db, tmp.path + "/cache"), 2);
    EXPECT_TRUE(fs::exists(tmp.path + "/cache/" + kept.substr(0, 2) + "/" + kept));
    EXPECT_EQ(sk::store::prune_file_cache(db, tmp.path + "/cache"), 0);
}

}  // namespace
