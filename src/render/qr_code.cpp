#include "render/qr_code.h"

#include <qrencode.h>

#include <memory>
#include <stdexcept>

namespace sk::render {

QrCode encode_qr(std::string_view text) {
    if (text.empty()) throw std::invalid_argument("QR code of an empty text");
    // QRcode_encodeData takes the bytes as they are (8-bit mode), NUL bytes included.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!qr) throw std::invalid_argument("text too long for a QR code (" + std::to_string(text.size()) + " bytes)");
    QrCode out;
    out.version = qr->version;
    out.size = qr->width;
    const auto n = static_cast<std::size_t>(qr->width) * static_cast<std::size_t>(qr->width);
    out.modules.resize(n);
    // libqrencode keeps flags in the other bits; bit 0 is the colour.
    for (std::size_t i = 0; i < n; ++i) out.modules[i] = qr->data[i] & 1;
    return out;
}

namespace {

std::string xml_escaped(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string qr_svg(const QrCode& code, const std::string& title, int width) {
    const int side = code.size + 2 * kQrQuietZone;
    const std::string s = std::to_string(side);
    std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                      "\n"
                      R"(<svg xmlns="http://www.w3.org/2000/svg" role="img" width=")" +
                      std::to_string(width) + R"(" height=")" + std::to_string(width) + R"(" viewBox="0 0 )" + s + " " + s +
                      R"(" shape-rendering="crispEdges"><title>)" + xml_escaped(title) + "</title>" +
                      R"(<rect width=")" + s + R"(" height=")" + s + R"(" fill="#fff"/><path fill="#000" d=")";
    // One horizontal run of dark modules is one rectangle: a third of the path a square per module takes.
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size;) {
            if (!code.dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.size && code.dark(end, y)) ++end;
            out += "M" + std::to_string(x + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) + "h" + std::to_string(end - x) +
                   "v1h-" + std::to_string(end - x) + "z";
            x = end;
        }
    }
    out += "\"/></svg>\n";
    return out;
}

}  // namespace sk::render
