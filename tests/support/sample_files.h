// Small files of every evidence type (and of refused ones), built byte by byte, for the file-type unit
// tests, the evidence API tests and the fuzz seed corpus: a stored ZIP with chosen entry names, an OLE2
// compound file with one directory entry, and the magic numbers of the simple formats.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace sk::test {

// A ZIP whose entries are stored (not compressed), in order, with a central directory.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries);
// An OLE2 compound file whose directory holds a stream named `stream` (e.g. "WordDocument").
std::string make_ole2(const std::u16string& stream);

std::string sample_pdf();   // "%PDF-1.4 ..." with a tiny body
std::string sample_png();
std::string sample_jpeg();
std::string sample_docx();
std::string sample_odt();
std::string sample_exe();   // "MZ..." (a Windows executable's header)

}  // namespace sk::test
