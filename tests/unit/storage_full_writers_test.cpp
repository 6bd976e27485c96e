// Every writer of the data folder tells a full disk apart (store/storage_full.h): evidence files, and
// the exports' CSV, PDF and XLSX files, on a small filesystem of the test's own that is full. Evidence
// files leave no temporary file; an export's partial file is its caller's TempFile to remove.
#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <iostream>

#include "render/certificate_pdf.h"
#include "render/csv.h"
#include "render/pdf_file.h"
#include "render/xlsx.h"
#include "store/evidence_files.h"
#include "store/storage_full.h"
#include "support/small_filesystem.h"

namespace storage_full_writers_test {

namespace fs = std::filesystem;
using sk::store::StorageFull;

// 1 MiB of text that does not compress to nothing, so every writer needs more than the one page left.
std::string incompressible(std::size_t bytes) {
    std::string out;
    std::uint32_t x = 12345;
    while (out.size() < bytes) {
        x = x * 1103515245 + 12345;
        out += static_cast<char>('a' + (x >> 16) % 26);
    }
    return out;
}

struct FullDisk {
    sk::test::SmallFilesystem disk{1024};
    FullDisk() {
        std::cout << "[ full disk ] " << disk.how() << std::endl;
        disk.fill(4096);
    }
    std::string file(const std::string& name) const { return disk.path() + "/" + name; }
};

TEST(StorageFull, TheErrnosOfAFullDisk) {
    for (int err : {ENOSPC, EDQUOT, EFBIG}) EXPECT_TRUE(sk::store::is_storage_full_errno(err)) << err;
    for (int err : {0, EIO, EACCES, EROFS, ENOENT}) EXPECT_FALSE(sk::store::is_storage_full_errno(err)) << err;
    EXPECT_THROW(sk::store::throw_file_error("cannot write", "/x", ENOSPC), StorageFull);
    try {
        sk::store::throw_file_error("cannot write", "/x", EIO);
        FAIL();
    } catch (const StorageFull&) {
        FAIL() << "an I/O error is no full disk";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("cannot write /x"), std::string::npos);
    }
}

TEST(StorageFull, AnEvidenceFileLeavesNoTemporaryFileAndIsWrittenOnceThereIsRoom) {
    FullDisk f;
    const auto dir = f.file("evidence");
    const auto bytes = "%PDF-1.4\n" + incompressible(64 * 1024);
    EXPECT_THROW(sk::store::put_evidence_file(dir, bytes), StorageFull);
    for (const auto& e : fs::recursive_directory_iterator(dir)) EXPECT_FALSE(e.is_regular_file()) << e.path();
    f.disk.make_room();
    const auto sha = sk::store::put_evidence_file(dir, bytes);
    EXPECT_EQ(sk::store::read_evidence_file(dir, sha), bytes);
}

TEST(StorageFull, ExportWritersSayTheDiskIsFull) {
    FullDisk f;
    const sk::render::Table table{{"school", "text"}, {"Sint-Lucas", incompressible(1024 * 1024)}};
    EXPECT_THROW(sk::render::write_csv_file(table, f.file("export.csv")), StorageFull);
    EXPECT_THROW(sk::render::write_xlsx_file({sk::render::xlsx_sheet("Blad", table)}, f.file("export.xlsx"), f.disk.path()), StorageFull);
    sk::render::CertificateData data;
    data.school_name = incompressible(200);
    data.programme_name = "STEM";
    data.label = "expert";
    data.decided_on = "2026-12-01";
    data.valid_until = "2029-11-30";
    data.code = "ABC";
    data.verify_url = "https://stemkompas.test/label/ABC";
    f.disk.fill(0);  // a one-page certificate fits in the page the others had
    EXPECT_THROW(sk::render::write_pdf_file(f.file("certificate.pdf"), [&](std::FILE* out) { sk::render::render_certificate_pdf(data, out); }),
                 StorageFull);
}

}  // namespace storage_full_writers_test
