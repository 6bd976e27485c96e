// A small filesystem of one test's own, to fill up and empty again (issue 21: a full disk).
//
// Normally a tmpfs of the given size, mounted on a fresh folder under /tmp and unmounted (lazily, so a
// file a server still holds open never blocks it) with the object: CI runs as root, like this container.
// Where mounting is refused (not root, or SK_TEST_NO_MOUNT=1 to try this way on purpose), a real full disk
// cannot be had; fill() then caps the size of every file this process writes (RLIMIT_FSIZE, with SIGXFSZ
// ignored), so a write that grows a file fails with EFBIG — the server's file writers and SQLite alike —
// which the server takes as "full" too (store/storage_full.h). Other processes (PostgreSQL) do not see that
// cap. A test prints `how()` and must not claim what the injected way cannot show.
#pragma once

#include <cstddef>
#include <string>

namespace sk::test {

class SmallFilesystem {
public:
    // `kib` KiB; `owner` (an OS user name, optional) gets a folder "<path>/<owner>" of its own, as
    // PostgreSQL's server needs for a tablespace.
    explicit SmallFilesystem(std::size_t kib, const std::string& owner = "");
    ~SmallFilesystem();
    SmallFilesystem(const SmallFilesystem&) = delete;
    SmallFilesystem& operator=(const SmallFilesystem&) = delete;

    const std::string& path() const { return path_; }
    bool mounted() const { return mounted_; }
    // "a tmpfs of N KiB" or "an injected file size limit (mount: <reason>)", for the test's output.
    const std::string& how() const { return how_; }

    // Fills the filesystem up but for `room` bytes (whole 4 KiB pages): a file that fits is written, and
    // the next write that needs more space fails. Injected way: files may grow to `room` bytes at most.
    void fill(std::size_t room = 0);
    // Gives the space back.
    void make_room();

private:
    std::string path_;
    std::string how_;
    bool mounted_ = false;
    bool limited_ = false;
};

}  // namespace sk::test
