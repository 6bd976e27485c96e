#include "app/feed_key.h"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "store/shared_settings.h"

namespace sk::app {

namespace {

constexpr std::size_t kSize = crypto_auth_hmacsha256_KEYBYTES;

std::string to_hex(const std::string& bytes) {
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    out.pop_back();
    return out;
}

}  // namespace

std::string load_feed_key(store::Db& db, const std::string& legacy_path, std::int64_t now) {
    const auto hex = store::shared_setting(
        db, "feed_key",
        [&] {
            std::ifstream in{legacy_path, std::ios::binary};
            std::string key = in ? std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()) : std::string();
            if (key.size() != kSize) {
                key.assign(kSize, '\0');
                randombytes_buf(key.data(), key.size());
            }
            return to_hex(key);
        },
        now);
    std::string key(kSize, '\0');
    std::size_t len = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
        len != kSize)
        throw std::runtime_error("the calendar feed key in the database (shared_settings) is damaged");
    return key;
}

}  // namespace sk::app
