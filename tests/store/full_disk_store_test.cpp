// A commit on a full disk is DbError::Kind::disk_full on both backends, leaves no row, and the same
// write works once there is room: SQLite with its file on a small filesystem of the test's own (SQLITE_FULL,
// or an I/O error with ENOSPC/EFBIG), PostgreSQL with the table in a tablespace there (SQLSTATE 53100).
#include <gtest/gtest.h>

#include <iostream>
#include <string>

#include "store/db.h"
#include "support/small_filesystem.h"
#include "support/small_tablespace.h"
#include "support/test_db.h"

namespace full_disk_store_test {

using sk::store::DbError;

TEST(FullDiskStore, ACommitIsDiskFullLeavesNoRowAndWorksAgainWithRoom) {
    const bool postgres = sk::test::test_backend() == "postgres";
    sk::test::SmallFilesystem disk{4 * 1024, postgres ? "postgres" : ""};
    std::cout << "[ full disk ] " << disk.how() << std::endl;
    if (postgres && !disk.mounted()) GTEST_SKIP() << "PostgreSQL is another process: " << disk.how() << " of this process cannot fill its disk";
    sk::test::SmallTablespace tablespace{disk};
    sk::test::TestDb t(sk::test::Seed::migrated, disk.path());
    auto& db = t.db();
    db.exec_script("CREATE TABLE full_disk_notes (body TEXT NOT NULL)" + (postgres ? " TABLESPACE " + tablespace.name() : std::string()));
    // Several pages of rows: neither backend can put them in space its files already have.
    const std::string body(64 * 1024, 'x');
    const auto write = [&] {
        sk::store::Transaction tx(db);
        for (int i = 0; i < 4; ++i) db.exec("INSERT INTO full_disk_notes (body) VALUES ($1 || $2)", {body, std::to_string(i)});
        tx.commit();
    };

    disk.fill();
    try {
        write();
        ADD_FAILURE() << "the write should have met the full disk";
    } catch (const DbError& e) {
        EXPECT_EQ(e.kind(), DbError::Kind::disk_full) << e.what();
    }
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM full_disk_notes").one().i64(0), 0) << "reads go on, and nothing was kept";

    disk.make_room();
    write();
    EXPECT_EQ(db.exec("SELECT COUNT(*) FROM full_disk_notes").one().i64(0), 4);
}

}  // namespace full_disk_store_test
