// A ZIP archive (PKWARE APPNOTE 6.3, the subset every reader opens): files deflated with zlib, each with
// its CRC-32, a central directory and no extra fields, encryption or ZIP64. For archives the server builds
// in memory from small files (a person's own data as JSON), well under the 4 GiB of plain ZIP.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sk::render {

struct ZipEntry {
    std::string name;  // a path inside the archive, '/' between folders, UTF-8
    std::string data;
};

// The archive's bytes. `modified` (unix seconds) is the time every entry carries, in UTC.
std::string write_zip(const std::vector<ZipEntry>& entries, std::int64_t modified);

}  // namespace sk::render
