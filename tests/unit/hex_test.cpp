// core/hex.h: every byte value round-trips; bad text is refused rather than decoded half.
#include <gtest/gtest.h>

#include "core/hex.h"

TEST(Hex, EveryByteRoundTripsAndBadTextIsRefused) {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    const auto hex = sk::core::hex_encode(all);
    EXPECT_EQ(hex.substr(0, 8), "00010203");
    EXPECT_EQ(hex.substr(hex.size() - 4), "feff");
    EXPECT_EQ(sk::core::hex_decode(hex), all);
    EXPECT_EQ(sk::core::hex_decode("ABcd"), std::string("\xab\xcd"));
    EXPECT_EQ(sk::core::hex_decode(""), std::string());
    EXPECT_EQ(sk::core::hex_decode("abc"), std::nullopt) << "odd length";
    EXPECT_EQ(sk::core::hex_decode("zz"), std::nullopt);
    EXPECT_EQ(sk::core::hex_decode("0g"), std::nullopt);
}
