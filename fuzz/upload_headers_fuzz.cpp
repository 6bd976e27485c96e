// libFuzzer target: upload-header parsing. The input is up to four header values separated by NUL bytes
// (file name, title, description, criteria; a missing part is an absent header). Whatever is accepted
// must hold the promises of core/upload_headers.h: valid UTF-8, no path separators in the name, no
// control characters, lengths within the limits. Build and run: scripts/fuzz.sh (or `make fuzz`).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz_parts.h"
#include "core/upload_headers.h"

namespace {
void check(bool ok) {
    if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parts = fuzz_parts(data, size, 4);
    sk::core::RawUploadHeaders raw;
    if (parts.size() > 0) raw.file_name = parts[0];
    if (parts.size() > 1) raw.title = parts[1];
    if (parts.size() > 2) raw.description = parts[2];
    if (parts.size() > 3) raw.criteria = parts[3];
    const auto h = sk::core::parse_upload_headers(raw);

    using namespace sk::core;
    if (!h.problems.contains("fileName")) {
        check(!h.file_name.empty() && valid_utf8(h.file_name));
        check(h.file_name.find('/') == std::string::npos && h.file_name.find('\\') == std::string::npos);
        check(h.file_name != "." && h.file_name != "..");
        check(code_points(h.file_name) <= kFileNameMax);
        for (unsigned char c : h.file_name) check(c >= 0x20 && c != 0x7F);
    }
    if (!h.problems.contains("title") && !h.problems.contains("fileName")) {
        check(valid_utf8(h.title) && code_points(h.title) <= kEvidenceTitleMax);
        for (unsigned char c : h.title) check(c >= 0x20 && c != 0x7F);
    }
    if (!h.problems.contains("description")) check(valid_utf8(h.description) && code_points(h.description) <= kEvidenceDescriptionMax);
    if (!h.problems.contains("criterionIds")) {
        check(h.criterion_ids.size() <= kEvidenceCriteriaMax);
        for (const auto& id : h.criterion_ids) check(!id.empty() && id.size() <= 20 && id.find(',') == std::string::npos);
    }
    return 0;
}
