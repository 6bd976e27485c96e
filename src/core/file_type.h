// The type of an uploaded evidence file, decided from its bytes alone: never from the name or the
// Content-Type the client claims, so an executable renamed "report.pdf" is refused and a stored file is
// always served with a type that matches what it is. Only document and image formats a school needs are
// allowed (PDF, PNG, JPEG, GIF, WebP, OOXML docx/xlsx/pptx, ODF odt/ods/odp, legacy Office doc/xls/ppt);
// everything else — executables, scripts, HTML, SVG (scriptable), archives, unknown bytes — is refused.
// Pure and bounds-checked on every read: it runs on untrusted input and is fuzzed (fuzz/file_type_fuzz.cpp).
#pragma once

#include <optional>
#include <string_view>

namespace sk::core {

struct FileType {
    std::string_view name;          // "pdf", "png", "docx", "doc", ...: the usual file extension
    std::string_view content_type;  // the MIME type served on download
    bool inline_ok = false;         // PDF and images: may be shown in the browser (download ?inline=1)
};

// nullopt: not an allowed type.
std::optional<FileType> detect_file_type(std::string_view bytes);

}  // namespace sk::core
