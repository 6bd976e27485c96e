#include "render/zip_file.h"

#include <zlib.h>

#include <ctime>
#include <stdexcept>

namespace sk::render {

namespace {

void put16(std::string& out, unsigned v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>((v >> 8) & 0xFF));
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// Raw deflate (no zlib header: ZIP's method 8 wants the bare stream).
std::string deflate_raw(const std::string& data) {
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zip: deflateInit2 failed");
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const auto written = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("zip: deflate did not finish");
    out.resize(written);
    return out;
}

// MS-DOS date and time, the only clock a plain ZIP entry has (two-second steps, years from 1980).
std::pair<unsigned, unsigned> dos_time(std::int64_t unix_seconds) {
    std::time_t t = static_cast<std::time_t>(unix_seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    if (tm.tm_year < 80) return {0, (1 << 5) | 1};  // 1 January 1980
    const unsigned time = static_cast<unsigned>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    const unsigned date = static_cast<unsigned>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    return {time, date};
}

}  // namespace

std::string write_zip(const std::vector<ZipEntry>& entries, std::int64_t modified) {
    const auto [time, date] = dos_time(modified);
    constexpr unsigned kVersion = 20;          // 2.0: deflate
    constexpr unsigned kUtf8Names = 1u << 11;  // general purpose flag bit 11: names are UTF-8
    std::string out, directory;
    for (const auto& e : entries) {
        if (e.data.size() > 0xFFFFFFFFu || out.size() > 0xFFFFFFFFu) throw std::runtime_error("zip: too large for plain ZIP");
        const auto crc = static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(e.data.data()), static_cast<uInt>(e.data.size())));
        const std::string packed = deflate_raw(e.data);
        const auto offset = static_cast<std::uint32_t>(out.size());

        put32(out, 0x04034b50);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 8);
        put16(out, time);
        put16(out, date);
        put32(out, crc);
        put32(out, static_cast<std::uint32_t>(packed.size()));
        put32(out, static_cast<std::uint32_t>(e.data.size()));
        put16(out, static_cast<unsigned>(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += packed;

        put32(directory, 0x02014b50);
        put16(directory, (3u << 8) | kVersion);  // made by: Unix, so readers keep the permissions below
        put16(directory, kVersion);
        put16(directory, kUtf8Names);
        put16(directory, 8);
        put16(directory, time);
        put16(directory, date);
        put32(directory, crc);
        put32(directory, static_cast<std::uint32_t>(packed.size()));
        put32(directory, static_cast<std::uint32_t>(e.data.size()));
        put16(directory, static_cast<unsigned>(e.name.size()));
        put16(directory, 0);  // extra
        put16(directory, 0);  // comment
        put16(directory, 0);  // disk
        put16(directory, 0);  // internal attributes
        put32(directory, 0100644u << 16);  // a regular file, rw-r--r--
        put32(directory, offset);
        directory += e.name;
    }
    const auto directory_offset = static_cast<std::uint32_t>(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<unsigned>(entries.size()));
    put16(out, static_cast<unsigned>(entries.size()));
    put32(out, static_cast<std::uint32_t>(directory.size()));
    put32(out, directory_offset);
    put16(out, 0);
    return out;
}

}  // namespace sk::render
