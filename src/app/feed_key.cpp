#include "app/feed_key.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <sodium.h>
#include <unistd.h>

namespace sk::app {

namespace {

std::string read_feed_key(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    return in ? std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()) : std::string();
}

}  // namespace

std::string load_or_create_feed_key(const std::string& path) {
    constexpr std::size_t kSize = crypto_auth_hmacsha256_KEYBYTES;
    if (auto key = read_feed_key(path); key.size() == kSize) return key;
    std::string key(kSize, '\0');
    randombytes_buf(key.data(), key.size());
    // A file name of its own (mkstemp: owner-only, never an existing file), put in place with link(): of
    // two processes starting at once on an empty data folder exactly one key wins, and the other reads it
    // instead of keeping its own (their calendar URLs must agree).
    std::string tmp = path + ".tmp.XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) throw std::runtime_error("cannot create " + tmp);
    const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
    if (::close(fd) != 0 || !written) throw std::runtime_error("cannot write " + tmp);
    if (::link(tmp.c_str(), path.c_str()) == 0) {
        ::unlink(tmp.c_str());
        return key;
    }
    if (errno == EEXIST) {
        if (auto theirs = read_feed_key(path); theirs.size() == kSize) {
            ::unlink(tmp.c_str());
            return theirs;
        }
    }
    std::filesystem::rename(tmp, path);  // a damaged key file (wrong size) is replaced, as before
    return key;
}

}  // namespace sk::app
