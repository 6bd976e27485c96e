// The metadata of a raw-body evidence upload arrives in request headers (the body is the file itself):
//   X-File-Name              percent-encoded UTF-8, required; path parts ("C:\x\", "../") are dropped
//   X-Evidence-Title         percent-encoded UTF-8, optional; default: the file name without extension
//   X-Evidence-Description   percent-encoded UTF-8, optional
//   X-Evidence-Criteria      comma-separated criterion ids, optional ("C01,C07")
// Header values are bytes a client chose, so every one is checked: valid percent escapes, valid UTF-8
// (no overlong forms or surrogates), no control characters (a description may hold line breaks and
// tabs), no bidirectional overrides in a file name (they disguise "exe.pdf" as "fdp.exe"), length
// limits in code points. Pure; fuzzed (fuzz/upload_headers_fuzz.cpp). Whether a criterion id exists in
// a framework is for the caller to check.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core {

inline constexpr std::size_t kFileNameMax = 200;      // code points
inline constexpr std::size_t kEvidenceTitleMax = 200;
inline constexpr std::size_t kEvidenceDescriptionMax = 2000;
inline constexpr std::size_t kEvidenceCriteriaMax = 50;

struct RawUploadHeaders {
    std::optional<std::string> file_name;    // header values as received; nullopt: header absent
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> criteria;
};

struct FieldProblem {
    std::string key;  // an API message key, e.g. "field.header_encoding"
    std::map<std::string, std::string> args;
    bool operator==(const FieldProblem&) const = default;
};

struct UploadHeaders {
    std::string file_name;
    std::string title;
    std::string description;
    std::vector<std::string> criterion_ids;  // in the order given, without repeats
    // Per API field (fileName, title, description, criterionIds): what is wrong. Empty: all fine.
    std::map<std::string, FieldProblem> problems;
};

UploadHeaders parse_upload_headers(const RawUploadHeaders& raw);

// Building blocks, exposed for their tests.
// Decodes %XX escapes ('+' stays '+'); nullopt on a broken escape or when the result is not valid UTF-8.
std::optional<std::string> percent_decode_utf8(std::string_view s);
bool valid_utf8(std::string_view s);
std::size_t code_points(std::string_view utf8);
// The last path segment of a name, '/' and '\' both counting as separators, trimmed of spaces.
std::string strip_path(std::string_view name);
// A comma-separated criteria list: ids of letters, digits, '.', '-', '_' (1..20 characters), trimmed,
// repeats dropped. nullopt when an id is malformed or there are more than kEvidenceCriteriaMax.
std::optional<std::vector<std::string>> parse_criteria_list(std::string_view s);

}  // namespace sk::core
