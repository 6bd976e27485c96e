#include "support/sample_files.h"

#include <cstdint>

namespace sk::test {

namespace {

// A string of every byte of a literal, embedded zero bytes included.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
    return std::string(literal, N - 1);
}

void put16(std::string& s, std::uint32_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, std::uint32_t v) {
    put16(s, v & 0xFFFF);
    put16(s, v >> 16);
}

}  // namespace

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out, central;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        out += "PK\x03\x04";
        put16(out, 10);   // version needed
        put16(out, 0);    // flags
        put16(out, 0);    // stored
        put32(out, 0);    // time, date
        put32(out, 0);    // crc (not checked by the detector)
        put32(out, static_cast<std::uint32_t>(data.size()));
        put32(out, static_cast<std::uint32_t>(data.size()));
        put16(out, static_cast<std::uint32_t>(name.size()));
        put16(out, 0);
        out += name;
        out += data;
        central += "PK\x01\x02";
        put16(central, 20);
        put16(central, 10);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, 0);
        put32(central, static_cast<std::uint32_t>(data.size()));
        put32(central, static_cast<std::uint32_t>(data.size()));
        put16(central, static_cast<std::uint32_t>(name.size()));
        put16(central, 0);  // extra
        put16(central, 0);  // comment
        put16(central, 0);  // disk
        put16(central, 0);  // internal attributes
        put32(central, 0);  // external attributes
        put32(central, offset);
        central += name;
    }
    const auto cd_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    out += "PK\x05\x06";
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put32(out, static_cast<std::uint32_t>(central.size()));
    put32(out, cd_offset);
    put16(out, 0);
    return out;
}

std::string make_ole2(const std::u16string& stream) {
    std::string out("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    out.resize(512, '\0');
    out[0x1E] = 9;  // 512-byte sectors
    // Sector 0: the directory. Entry 0 is the root storage, entry 1 the stream.
    std::string dir(512, '\0');
    const std::u16string root = u"Root Entry";
    for (std::size_t i = 0; i < root.size(); ++i) dir[2 * i] = static_cast<char>(root[i]);
    dir[64] = static_cast<char>((root.size() + 1) * 2);
    dir[66] = 5;  // root storage
    for (std::size_t i = 0; i < stream.size(); ++i) {
        dir[128 + 2 * i] = static_cast<char>(stream[i] & 0xFF);
        dir[128 + 2 * i + 1] = static_cast<char>(stream[i] >> 8);
    }
    dir[128 + 64] = static_cast<char>((stream.size() + 1) * 2);
    dir[128 + 66] = 2;  // stream
    return out + dir;
}

std::string sample_pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}
std::string sample_png() { return bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0"); }
std::string sample_jpeg() { return bytes("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xD9"); }
std::string sample_docx() {
    return make_zip({{"[Content_Types].xml", "<Types/>"}, {"_rels/.rels", "<Relationships/>"}, {"word/document.xml", "<w:document/>"}});
}
std::string sample_odt() {
    return make_zip({{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<office:document-content/>"}});
}
std::string sample_exe() { return bytes("MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0This program cannot be run in DOS mode."); }

}  // namespace sk::test
