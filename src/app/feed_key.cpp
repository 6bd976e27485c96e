#include "app/feed_key.h"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/hex.h"
#include "store/shared_settings.h"

namespace sk::app {

namespace {

constexpr std::size_t kSize = crypto_auth_hmacsha256_KEYBYTES;

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
            return core::hex_encode(key);
        },
        now);
    auto key = core::hex_decode(hex);
    if (!key || key->size() != kSize) throw std::runtime_error("the calendar feed key in the database (shared_settings) is damaged");
    return *key;
}

}  // namespace sk::app
