#include "support/small_filesystem.h"

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace sk::test {

namespace {

constexpr std::size_t kPage = 4096;  // tmpfs counts whole pages

std::string filler_path(const std::string& dir) { return dir + "/filler"; }

rlimit original_file_limit() {
    static const rlimit original = [] {
        rlimit r{};
        ::getrlimit(RLIMIT_FSIZE, &r);
        return r;
    }();
    return original;
}

}  // namespace

SmallFilesystem::SmallFilesystem(std::size_t kib, const std::string& owner) {
    std::string tmpl = "/tmp/sk-small-fs-XXXXXX";
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = tmpl;
    const char* no_mount = std::getenv("SK_TEST_NO_MOUNT");
    // mode 0711: another OS user (PostgreSQL's) may pass through to its own folder.
    const std::string options = "size=" + std::to_string(kib) + "k,mode=0711";
    if (no_mount && std::string(no_mount) == "1") {
        how_ = "an injected file size limit (mount: not tried, SK_TEST_NO_MOUNT=1)";
    } else if (::mount("tmpfs", path_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) {
        how_ = std::string("an injected file size limit (mount: ") + std::strerror(errno) + ")";
    } else {
        mounted_ = true;
        how_ = "a tmpfs of " + std::to_string(kib) + " KiB";
    }
    if (!owner.empty()) {
        const std::string dir = path_ + "/" + owner;
        std::filesystem::create_directory(dir);
        if (const passwd* pw = ::getpwnam(owner.c_str()); pw && ::chown(dir.c_str(), pw->pw_uid, pw->pw_gid) != 0)
            throw std::runtime_error("cannot hand " + dir + " to " + owner + ": " + std::strerror(errno));
    }
}

SmallFilesystem::~SmallFilesystem() {
    try {
        make_room();
    } catch (...) {
    }
    if (mounted_) ::umount2(path_.c_str(), MNT_DETACH);
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

void SmallFilesystem::fill(std::size_t room) {
    const std::size_t pages = (room + kPage - 1) / kPage;
    if (!mounted_) {
        original_file_limit();
        ::signal(SIGXFSZ, SIG_IGN);  // its default ends the process; a failed write with EFBIG is what we want
        rlimit r = original_file_limit();
        r.rlim_cur = static_cast<rlim_t>(pages * kPage);
        if (::setrlimit(RLIMIT_FSIZE, &r) != 0) throw std::runtime_error(std::string("setrlimit: ") + std::strerror(errno));
        limited_ = true;
        return;
    }
    const int fd = ::open(filler_path(path_).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot create the filler: " + std::string(std::strerror(errno)));
    const std::vector<char> chunk(256 * kPage, 'x');
    for (;;) {
        const auto n = ::write(fd, chunk.data(), chunk.size());
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        const int err = errno;
        if (n < 0 && err != ENOSPC) {
            ::close(fd);
            throw std::runtime_error("cannot write the filler: " + std::string(std::strerror(err)));
        }
        break;
    }
    // Handing pages back by truncating the filler frees exactly those pages.
    const off_t size = ::lseek(fd, 0, SEEK_END);
    const off_t keep = size - static_cast<off_t>(pages * kPage);
    const int rc = ::ftruncate(fd, keep < 0 ? 0 : keep);
    ::close(fd);
    if (rc != 0) throw std::runtime_error("cannot truncate the filler: " + std::string(std::strerror(errno)));
}

void SmallFilesystem::make_room() {
    if (limited_) {
        const rlimit r = original_file_limit();
        ::setrlimit(RLIMIT_FSIZE, &r);
        limited_ = false;
    }
    if (mounted_) ::unlink(filler_path(path_).c_str());
}

}  // namespace sk::test
