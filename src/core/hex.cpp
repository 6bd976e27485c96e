#include "core/hex.h"

#include <array>

namespace sk::core {

std::string hex_encode(std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(bytes.size() * 2, '\0');
    char* o = out.data();
    for (unsigned char c : bytes) {
        *o++ = kDigits[c >> 4];
        *o++ = kDigits[c & 15];
    }
    return out;
}

std::optional<std::string> hex_decode(std::string_view hex) {
    static const auto table = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        for (int i = 0; i < 10; ++i) t['0' + i] = static_cast<signed char>(i);
        for (int i = 0; i < 6; ++i) t['a' + i] = t['A' + i] = static_cast<signed char>(10 + i);
        return t;
    }();
    if (hex.size() % 2 != 0) return std::nullopt;
    std::string out(hex.size() / 2, '\0');
    const auto* in = reinterpret_cast<const unsigned char*>(hex.data());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = table[in[2 * i]], lo = table[in[2 * i + 1]];
        if ((hi | lo) < 0) return std::nullopt;
        out[i] = static_cast<char>(hi << 4 | lo);
    }
    return out;
}

}  // namespace sk::core
