// A PDF written to a file as Cairo produces it, for a response sent from that file
// (api::temp_file_response). Kept out of pdf_layout.h so API files need not include Cairo and Pango.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

namespace sk::render {

// Opens `path` for writing, has `render` write a PDF to it (a render_*_pdf with its FILE* argument) and
// closes it; throws std::runtime_error when the file cannot be written.
void write_pdf_file(const std::string& path, const std::function<void(std::FILE*)>& render);

}  // namespace sk::render
