// The checks shared by the loaders of the JSON data files (frameworks, survey statements): every
// problem is collected with its JSON path ("criteria[4].descriptors.expert.en: missing") instead of
// stopping at the first, so whoever edits a data file can fix them all in one go. Unknown and
// repeated keys are errors: a misspelt key would silently drop data, and of a repeated key a JSON
// parser keeps only the last one.
#pragma once

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework.h"

namespace sk::core::json_check {

namespace json = boost::json;

// Paths read like JavaScript accessors so they can be pasted into a search in an editor. Keys that
// are not plain words are quoted, so a stray "a.b" key cannot be mistaken for nesting.
std::string join(const std::string& path, std::string_view key);
std::string at(const std::string& path, std::size_t i);
std::string where(const std::string& path);
std::string json_quoted(std::string_view s);
std::string kind_of(const json::value& v);
bool is_blank(std::string_view s);

// Collects every problem instead of stopping at the first, so one run of the loader lists all fixes.
class Checker {
public:
    std::vector<std::string> errors;

    void fail(const std::string& path, const std::string& problem) { errors.push_back(where(path) + ": " + problem); }

    const json::object* object(const json::value& v, const std::string& path) {
        if (const auto* o = v.if_object()) return o;
        fail(path, "expected an object, got " + kind_of(v));
        return nullptr;
    }

    const json::array* array(const json::value& v, const std::string& path) {
        if (const auto* a = v.if_array()) return a;
        fail(path, "expected an array, got " + kind_of(v));
        return nullptr;
    }

    const json::value* field(const json::object& o, std::string_view key, const std::string& path) {
        if (const auto* v = o.if_contains(key)) return v;
        fail(join(path, key), "missing");
        return nullptr;
    }

    void only_keys(const json::object& o, std::initializer_list<std::string_view> allowed, const std::string& path,
                   std::string_view what = "unknown key") {
        for (const auto& kv : o) {
            if (std::find(allowed.begin(), allowed.end(), kv.key()) != allowed.end()) continue;
            std::string list;
            for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            fail(join(path, kv.key()), std::string(what) + " (expected one of: " + list + ")");
        }
    }

    std::optional<std::string> string(const json::object& o, std::string_view key, const std::string& path) {
        const auto* v = field(o, key, path);
        if (!v) return std::nullopt;
        const auto* s = v->if_string();
        if (!s) {
            fail(join(path, key), "expected a string, got " + kind_of(*v));
            return std::nullopt;
        }
        if (is_blank(*s)) {
            fail(join(path, key), "must not be empty");
            return std::nullopt;
        }
        return std::string(*s);
    }

    // Ids end up in URLs and database keys, so keep them to a safe alphabet.
    std::optional<std::string> id(const json::object& o, std::string_view key, const std::string& path) {
        auto s = string(o, key, path);
        if (s && !std::all_of(s->begin(), s->end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
            })) {
            fail(join(path, key), "must contain only letters, digits, '.', '_' or '-', got " + json_quoted(*s));
            return std::nullopt;
        }
        return s;
    }

    std::optional<int> integer(const json::object& o, std::string_view key, const std::string& path, int min,
                               int max, std::string_view max_note = {}) {
        const auto* v = field(o, key, path);
        if (!v) return std::nullopt;
        std::int64_t n = 0;
        if (const auto* i = v->if_int64()) {
            n = *i;
        } else if (const auto* u = v->if_uint64()) {
            n = *u > static_cast<std::uint64_t>(max) ? std::int64_t{max} + 1 : static_cast<std::int64_t>(*u);
        } else {
            fail(join(path, key), v->is_double() ? "expected a whole number, got a decimal number"
                                                 : "expected a whole number, got " + kind_of(*v));
            return std::nullopt;
        }
        if (n < min || n > max) {
            std::string range = "must be between " + std::to_string(min) + " and " + std::to_string(max);
            if (!max_note.empty()) range += " (" + std::string(max_note) + ")";
            fail(join(path, key), range + ", got " + (v->is_uint64() ? std::to_string(v->get_uint64()) : std::to_string(n)));
            return std::nullopt;
        }
        return static_cast<int>(n);
    }

    std::optional<Text> text(const json::object& o, std::string_view key, const std::string& path) {
        const auto* v = field(o, key, path);
        if (!v) return std::nullopt;
        const std::string p = join(path, key);
        const auto* t = object(*v, p);
        if (!t) return std::nullopt;
        only_keys(*t, {"nl", "en"}, p, "unknown language");
        auto nl = string(*t, "nl", p);
        auto en = string(*t, "en", p);
        if (!nl || !en) return std::nullopt;
        return Text{std::move(*nl), std::move(*en)};
    }
};

// Parses `text`; a syntax error is reported with its line and column.
std::optional<json::value> parse(std::string_view text, Checker& ck);
// Reports every repeated key with its path (call after a successful parse).
void find_duplicate_keys(std::string_view text, Checker& ck);

}  // namespace sk::core::json_check
