// QR codes for survey links (libqrencode, Debian's libqrencode-dev): the module matrix, and that matrix
// as an SVG image. The survey poster draws the same matrix with Cairo (survey_poster_pdf.h). Both draw
// every dark module as a filled square, so the code stays sharp at any size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk::render {

// The modules of one QR code, row by row; `size` modules a side (21 for version 1, 4 more a version).
struct QrCode {
    int version = 0;
    int size = 0;
    std::vector<std::uint8_t> modules;  // size * size, 1 = dark

    bool dark(int x, int y) const { return modules[static_cast<std::size_t>(y) * size + x] != 0; }
};

// The quiet zone the standard asks for around a code: 4 light modules on every side.
inline constexpr int kQrQuietZone = 4;

// `text` as its bytes (8-bit mode, so a URL is decoded byte for byte), error correction M (15 %), the
// smallest version that holds it. Throws std::invalid_argument for "" or a text too long for any version.
QrCode encode_qr(std::string_view text);

// The code as a standalone SVG document: one path of unit squares in a viewBox that includes the quiet
// zone, `width` pixels wide (and high), with role="img" and a <title> of `title` (escaped), for an <img>
// whose alt text says the same.
std::string qr_svg(const QrCode& code, const std::string& title, int width = 256);

}  // namespace sk::render
