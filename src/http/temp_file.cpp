#include "http/temp_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <vector>

#include "store/storage_full.h"

namespace sk::http {

namespace fs = std::filesystem;

namespace {

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || !*name) return "host";
    std::string out(name);
    for (auto& c : out)
        if (c == '-' || c == '/') c = '_';  // '-' separates the parts of a file name
    return out;
}

}  // namespace

std::shared_ptr<TempFile> TempFile::create(const std::string& dir, const std::string& suffix) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string tmpl = (fs::path(dir) / (host_name() + "-" + std::to_string(::getpid()) + "-XXXXXX" + suffix)).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    // mkstemps: owner-only (0600) and O_EXCL, whatever the umask.
    const int fd = ::mkstemps(name.data(), static_cast<int>(suffix.size()));
    if (fd < 0) store::throw_file_error("cannot create a temporary file in", dir, errno);
    ::close(fd);
    return std::shared_ptr<TempFile>(new TempFile(name.data()));
}

TempFile::~TempFile() { ::unlink(path_.c_str()); }

int remove_leftover_temp_files(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return 0;
    const std::string host = host_name();
    const auto day_ago = fs::file_time_type::clock::now() - std::chrono::hours(24);
    int removed = 0;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        std::error_code tec;
        const auto t = fs::last_write_time(e.path(), tec);
        bool stale = !tec && t < day_ago;
        const auto dash1 = name.find('-');
        const auto dash2 = dash1 == std::string::npos ? std::string::npos : name.find('-', dash1 + 1);
        if (!stale && dash2 != std::string::npos && name.compare(0, dash1, host) == 0) {
            const std::string pid_text = name.substr(dash1 + 1, dash2 - dash1 - 1);
            const long pid = pid_text.empty() ? 0 : std::strtol(pid_text.c_str(), nullptr, 10);
            // Ours from an earlier run (pids are reused), or of a process of this host that is gone.
            stale = pid <= 0 || pid == ::getpid() || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH);
        }
        std::error_code rec;
        if (stale && fs::remove(e.path(), rec)) ++removed;
    }
    return removed;
}

}  // namespace sk::http
