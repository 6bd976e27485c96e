// The QR module (render/qr_code.h): the matrix libqrencode gives for a survey link has the size of its
// version, the three finder patterns with their separators and the timing patterns where the standard
// puts them; the SVG draws exactly the dark modules inside a quiet zone.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/qr_code.h"

namespace {

using sk::render::QrCode;

// The 7×7 finder pattern with its top-left module at (x, y): a dark ring, a light ring, a dark 3×3 core.
bool qr_test_finder_at(const QrCode& qr, int x, int y) {
    for (int dy = 0; dy < 7; ++dy)
        for (int dx = 0; dx < 7; ++dx) {
            const int ring = std::min(std::min(dx, dy), std::min(6 - dx, 6 - dy));  // 0 outer, 1, 2..3 core
            if (qr.dark(x + dx, y + dy) != (ring != 1)) return false;
        }
    return true;
}

}  // namespace

TEST(QrCode, SurveyLinkHasItsVersionsSizeFinderAndTimingPatterns) {
    const auto qr = sk::render::encode_qr("https://stemkompas.example.be/s/ABCDEFGH");
    ASSERT_GE(qr.version, 1);
    EXPECT_EQ(qr.size, 17 + 4 * qr.version);
    ASSERT_EQ(qr.modules.size(), static_cast<std::size_t>(qr.size * qr.size));
    // 40 bytes at level M need version 3 (version 2 holds 26 bytes at M, version 3 holds 42).
    EXPECT_EQ(qr.version, 3);

    const int far = qr.size - 7;
    EXPECT_TRUE(qr_test_finder_at(qr, 0, 0));
    EXPECT_TRUE(qr_test_finder_at(qr, far, 0));
    EXPECT_TRUE(qr_test_finder_at(qr, 0, far));
    EXPECT_FALSE(qr_test_finder_at(qr, far, far));  // the fourth corner has none: that is how a reader turns it

    // The light separator around each finder pattern.
    for (int i = 0; i < 8; ++i) {
        EXPECT_FALSE(qr.dark(7, i)) << i;
        EXPECT_FALSE(qr.dark(i, 7)) << i;
        EXPECT_FALSE(qr.dark(qr.size - 8, i)) << i;
        EXPECT_FALSE(qr.dark(qr.size - 1 - i, 7)) << i;
        EXPECT_FALSE(qr.dark(7, qr.size - 1 - i)) << i;
        EXPECT_FALSE(qr.dark(i, qr.size - 8)) << i;
    }
    // Timing patterns on row and column 6 between the finders: dark on even positions.
    for (int i = 8; i < qr.size - 8; ++i) {
        EXPECT_EQ(qr.dark(i, 6), i % 2 == 0) << i;
        EXPECT_EQ(qr.dark(6, i), i % 2 == 0) << i;
    }
    // The dark module beside the bottom-left separator, there in every version.
    EXPECT_TRUE(qr.dark(8, qr.size - 8));
    // Only 0 and 1 (libqrencode's other flag bits dropped).
    for (auto m : qr.modules) EXPECT_LE(m, 1);
}

TEST(QrCode, LongerTextsTakeALargerVersionAndTooLongOrEmptyIsRefused) {
    const auto small = sk::render::encode_qr("A");
    EXPECT_EQ(small.version, 1);
    EXPECT_EQ(small.size, 21);
    const auto large = sk::render::encode_qr(std::string(500, 'x'));
    EXPECT_GT(large.version, 10);
    EXPECT_EQ(large.size, 17 + 4 * large.version);
    EXPECT_THROW(sk::render::encode_qr(""), std::invalid_argument);
    EXPECT_THROW(sk::render::encode_qr(std::string(3000, 'x')), std::invalid_argument);  // version 40 at M holds 2,331 bytes
}

TEST(QrCode, SvgDrawsTheDarkModulesInsideTheQuietZoneWithAnEscapedTitle) {
    const auto qr = sk::render::encode_qr("http://app.test/s/ABCDEFGH");
    const auto svg = sk::render::qr_svg(qr, "QR code: <a&b>", 200);
    const std::string side = std::to_string(qr.size + 2 * sk::render::kQrQuietZone);
    EXPECT_NE(svg.find("viewBox=\"0 0 " + side + " " + side + "\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("width=\"200\""), std::string::npos);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("<title>QR code: &lt;a&amp;b&gt;</title>"), std::string::npos) << svg;

    // Every run "M x y h n v1h-n z" back to modules: the same dark modules as the matrix, offset by 4.
    std::vector<std::uint8_t> drawn(qr.modules.size(), 0);
    const std::regex run(R"(M(\d+) (\d+)h(\d+)v1h-(\d+)z)");
    int runs = 0;
    for (std::sregex_iterator it(svg.begin(), svg.end(), run), end; it != end; ++it, ++runs) {
        const int x = std::stoi((*it)[1]) - sk::render::kQrQuietZone;
        const int y = std::stoi((*it)[2]) - sk::render::kQrQuietZone;
        const int n = std::stoi((*it)[3]);
        ASSERT_EQ(n, std::stoi((*it)[4]));
        ASSERT_GE(x, 0);
        ASSERT_GE(y, 0);
        ASSERT_LE(x + n, qr.size);
        ASSERT_LT(y, qr.size);
        for (int i = 0; i < n; ++i) drawn[static_cast<std::size_t>(y) * qr.size + x + i] = 1;
    }
    EXPECT_GT(runs, 0);
    EXPECT_EQ(drawn, qr.modules);
}
