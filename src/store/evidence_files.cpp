#include "store/evidence_files.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "core/hex.h"
#include "store/evidence.h"
#include "store/storage_full.h"

namespace sk::store {

namespace fs = std::filesystem;

namespace {

std::shared_mutex& files_mutex() {
    static std::shared_mutex m;
    return m;
}

[[noreturn]] void fail(const std::string& what, const std::string& path) { throw_file_error(what, path, errno); }

// Removes the temporary file and throws with the errno of the call that failed, not the clean-up's.
[[noreturn]] void fail_and_remove(const std::string& what, const std::string& tmp, int err) {
    ::unlink(tmp.c_str());
    throw_file_error(what, tmp, err);
}

void fsync_path(const std::string& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) fail("cannot open", path);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) throw_file_error("cannot fsync", path, err);
}

bool valid_hash(const std::string& h) {
    if (h.size() != 64) return false;
    for (char c : h)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return core::hex_encode(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

std::string evidence_file_path(const std::string& dir, const std::string& sha256) {
    if (!valid_hash(sha256)) throw std::invalid_argument("not a sha256: " + sha256);
    return (fs::path(dir) / sha256.substr(0, 2) / sha256).string();
}

std::string put_evidence_file(const std::string& dir, std::string_view bytes) {
    const auto hash = sha256_hex(bytes);
    const auto path = evidence_file_path(dir, hash);
    if (fs::exists(path)) return hash;  // identical bytes are stored once
    const auto folder = fs::path(path).parent_path().string();
    if (std::error_code ec; !fs::create_directories(folder, ec) && ec) throw_file_error("cannot create", folder, ec.value());
    std::string tmp = path + ".tmp-";
    {
        std::random_device rd;
        tmp += std::to_string(rd()) + std::to_string(rd());
    }
    // Owner-only from the start, whatever the umask of the process that embeds us (serve sets 077 too).
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) fail("cannot create", tmp);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            // A write of 0 bytes sets no errno; on a regular file it only happens when the disk is full.
            const int err = n == 0 ? ENOSPC : errno;
            ::close(fd);
            fail_and_remove("cannot write", tmp, err);
        }
        written += static_cast<std::size_t>(n);
    }
    // Some filesystems (NFS, quotas) report a full disk only on fsync or close.
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        fail_and_remove("cannot fsync", tmp, err);
    }
    if (::close(fd) != 0) fail_and_remove("cannot close", tmp, errno);
    // Same bytes under the same name: a concurrent writer of the same file loses nothing by our rename.
    if (::rename(tmp.c_str(), path.c_str()) != 0) fail_and_remove("cannot rename", tmp, errno);
    fsync_path(folder, O_RDONLY | O_DIRECTORY);  // the rename itself survives a crash
    return hash;
}

std::optional<std::string> read_evidence_file(const std::string& dir, const std::string& sha256) {
    std::ifstream in(evidence_file_path(dir, sha256), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::shared_lock<std::shared_mutex> evidence_write_guard() { return std::shared_lock(files_mutex()); }

bool remove_unused_file(Db& db, const std::string& dir, const std::string& sha256) {
    std::unique_lock lock(files_mutex());
    if (file_hash_in_use(db, sha256)) return false;
    std::error_code ec;
    return fs::remove(evidence_file_path(dir, sha256), ec);
}

}  // namespace sk::store
