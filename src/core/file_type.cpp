#include "core/file_type.h"

#include <array>
#include <cstdint>

namespace sk::core {

namespace {

constexpr FileType kPdf{"pdf", "application/pdf", true};
constexpr FileType kPng{"png", "image/png", true};
constexpr FileType kJpeg{"jpg", "image/jpeg", true};
constexpr FileType kGif{"gif", "image/gif", true};
constexpr FileType kWebp{"webp", "image/webp", true};
constexpr FileType kDocx{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false};
constexpr FileType kXlsx{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false};
constexpr FileType kPptx{"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", false};
constexpr FileType kOdt{"odt", "application/vnd.oasis.opendocument.text", false};
constexpr FileType kOds{"ods", "application/vnd.oasis.opendocument.spreadsheet", false};
constexpr FileType kOdp{"odp", "application/vnd.oasis.opendocument.presentation", false};
constexpr FileType kDoc{"doc", "application/msword", false};
constexpr FileType kXls{"xls", "application/vnd.ms-excel", false};
constexpr FileType kPpt{"ppt", "application/vnd.ms-powerpoint", false};

// Little-endian reads that never step outside `b`: nullopt when the field is cut off.
std::optional<std::uint32_t> le(std::string_view b, std::size_t at, std::size_t width) {
    if (at > b.size() || width > b.size() - at) return std::nullopt;
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < width; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
    return v;
}
std::optional<std::uint32_t> u16(std::string_view b, std::size_t at) { return le(b, at, 2); }
std::optional<std::uint32_t> u32(std::string_view b, std::size_t at) { return le(b, at, 4); }

bool starts(std::string_view b, std::string_view magic, std::size_t at = 0) {
    return b.size() >= at && b.size() - at >= magic.size() && b.substr(at, magic.size()) == magic;
}

// --- ZIP containers (OOXML, ODF) ------------------------------------------------------------------

// ODF puts an uncompressed "mimetype" entry first so its type is readable without unpacking.
std::optional<FileType> odf_type(std::string_view b) {
    const auto method = u16(b, 8), size = u32(b, 18), name_len = u16(b, 26), extra_len = u16(b, 28);
    if (!method || !size || !name_len || !extra_len || *method != 0) return std::nullopt;
    if (b.substr(30, *name_len) != "mimetype" || *name_len != 8) return std::nullopt;
    const std::size_t data = 30 + *name_len + *extra_len;
    if (data > b.size() || *size > b.size() - data) return std::nullopt;
    const auto mime = b.substr(data, *size);
    if (mime == kOdt.content_type) return kOdt;
    if (mime == kOds.content_type) return kOds;
    if (mime == kOdp.content_type) return kOdp;
    return std::nullopt;
}

// The entry names of the central directory, found through the end-of-central-directory record (the
// last one in the final 64 KiB + 22 bytes). False when the directory is missing or cut off.
template <typename F>
bool for_each_zip_name(std::string_view b, F&& f) {
    if (b.size() < 22) return false;
    const std::size_t lowest = b.size() - 22 > 65535 ? b.size() - 22 - 65535 : 0;
    for (std::size_t eocd = b.size() - 22 + 1; eocd-- > lowest;) {
        if (!starts(b, "PK\x05\x06", eocd)) continue;
        const auto count = u16(b, eocd + 10), offset = u32(b, eocd + 16);
        if (!count || !offset) return false;
        std::size_t at = *offset;
        for (std::uint32_t i = 0; i < *count; ++i) {
            if (!starts(b, "PK\x01\x02", at)) return false;
            const auto name_len = u16(b, at + 28), extra_len = u16(b, at + 30), comment_len = u16(b, at + 32);
            if (!name_len || !extra_len || !comment_len) return false;
            const std::size_t name_at = at + 46;
            if (name_at > b.size() || *name_len > b.size() - name_at) return false;
            f(b.substr(name_at, *name_len));
            at = name_at + *name_len + *extra_len + *comment_len;
        }
        return true;
    }
    return false;
}

std::optional<FileType> ooxml_type(std::string_view b) {
    bool content_types = false, word = false, xl = false, ppt = false, macros = false;
    const bool ok = for_each_zip_name(b, [&](std::string_view name) {
        if (name == "[Content_Types].xml") content_types = true;
        if (name.starts_with("word/")) word = true;
        if (name.starts_with("xl/")) xl = true;
        if (name.starts_with("ppt/")) ppt = true;
        // Macro-enabled documents (docm/xlsm/pptm) carry a VBA project: code, so not evidence we keep.
        if (name.ends_with("vbaProject.bin")) macros = true;
    });
    if (!ok || !content_types || macros) return std::nullopt;
    if (word) return kDocx;
    if (xl) return kXlsx;
    if (ppt) return kPptx;
    return std::nullopt;  // some other ZIP: refused
}

// --- OLE2 compound files (Office 97-2003) ----------------------------------------------------------

// A stream entry named `name` in the compound file's directory. Directory entries are 128 bytes and,
// since sectors are 512 or 4096 bytes, always 128-aligned after the 512-byte header; scanning those
// positions finds them without walking the allocation table (which a broken file may loop in).
bool has_ole_stream(std::string_view b, std::u16string_view name) {
    for (std::size_t at = 512; at + 128 <= b.size(); at += 128) {
        const auto len = u16(b, at + 64);
        if (!len || *len != (name.size() + 1) * 2 || static_cast<unsigned char>(b[at + 66]) != 2) continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i) same = *u16(b, at + 2 * i) == name[i];
        if (same && *u16(b, at + 2 * name.size()) == 0) return true;
    }
    return false;
}

std::optional<FileType> ole_type(std::string_view b) {
    // The main stream decides: an installer (.msi) or other compound file has none of these.
    if (has_ole_stream(b, u"WordDocument")) return kDoc;
    if (has_ole_stream(b, u"PowerPoint Document")) return kPpt;
    if (has_ole_stream(b, u"Workbook") || has_ole_stream(b, u"Book")) return kXls;
    return std::nullopt;
}

}  // namespace

std::optional<FileType> detect_file_type(std::string_view b) {
    if (starts(b, "%PDF-")) return kPdf;
    if (starts(b, "\x89PNG\r\n\x1a\n")) return kPng;
    if (starts(b, "\xFF\xD8\xFF")) return kJpeg;
    if (starts(b, "GIF87a") || starts(b, "GIF89a")) return kGif;
    if (starts(b, "RIFF") && starts(b, "WEBP", 8)) return kWebp;
    if (starts(b, "PK\x03\x04")) {
        if (starts(b, "mimetype", 30)) return odf_type(b);
        return ooxml_type(b);
    }
    if (starts(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return ole_type(b);
    // Everything else is refused: executables (MZ, ELF, "#!" scripts), HTML, SVG, archives, text, unknown.
    return std::nullopt;
}

}  // namespace sk::core
