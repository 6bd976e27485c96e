// Lower-case hex of bytes and back: file chunks through the Db seam's text parameters, the feed key in
// shared_settings, binary columns in `copy`, ETags. Table-driven rather than libsodium's constant-time
// helpers, which none of these need (bench/file_store.sh measured the difference on 20 MiB files).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::core {

std::string hex_encode(std::string_view bytes);
// Either case; nullopt for an odd length or a character that is no hex digit.
std::optional<std::string> hex_decode(std::string_view hex);

}  // namespace sk::core
