#include "core/json_check.h"

#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <cctype>
#include <set>

namespace sk::core::json_check {

// Paths read like JavaScript accessors so they can be pasted into a search in an editor. Keys that
// are not plain words are quoted, so a stray "a.b" key cannot be mistaken for nesting.
std::string join(const std::string& path, std::string_view key) {
    const bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
    if (!plain) return path + "[" + json::serialize(json::string(key)) + "]";
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string where(const std::string& path) { return path.empty() ? "(document)" : path; }

std::string json_quoted(std::string_view s) { return json::serialize(json::string(s)); }

std::string kind_of(const json::value& v) {
    switch (v.kind()) {
        case json::kind::object: return "an object";
        case json::kind::array: return "an array";
        case json::kind::string: return "a string";
        case json::kind::int64:
        case json::kind::uint64:
        case json::kind::double_: return "a number";
        case json::kind::bool_: return "true/false";
        case json::kind::null: return "null";
    }
    return "something else";
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}


std::string line_and_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Parses with the streaming parser because it reports how far it got, which the one-shot parse()
// does not; a data-file editor needs the line.
std::optional<json::value> parse(std::string_view text, Checker& ck) {
    json::stream_parser p;
    boost::system::error_code ec;
    const std::size_t used = p.write_some(text.data(), text.size(), ec);
    if (!ec) p.finish(ec);
    if (ec) {
        ck.fail("", "invalid JSON at " + line_and_column(text, used) + ": " + ec.message());
        return std::nullopt;
    }
    return p.release();
}

// boost::json::value keeps only the last of two equal keys, so a second "expert" descriptor or a
// repeated "labelRule" would silently replace the first. This second, allocation-light pass over the
// text sees every key as written and reports repeats with their path.
class DuplicateKeyFinder {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    explicit DuplicateKeyFinder(Checker& ck) : ck_(ck) {}

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_object_begin(boost::system::error_code&) {
        return begin_container(true);
    }
    bool on_object_end(std::size_t, boost::system::error_code&) { return end_container(); }
    bool on_array_begin(boost::system::error_code&) {
        return begin_container(false);
    }
    bool on_array_end(std::size_t, boost::system::error_code&) { return end_container(); }
    bool on_key_part(json::string_view s, std::size_t, boost::system::error_code&) {
        key_.append(s.data(), s.size());
        return true;
    }
    bool on_key(json::string_view s, std::size_t, boost::system::error_code&) {
        key_.append(s.data(), s.size());
        Frame& top = stack_.back();
        if (!top.keys.insert(key_).second) ck_.fail(join(top.path, key_), "duplicate key");
        top.key = std::move(key_);
        key_.clear();
        return true;
    }
    bool on_string_part(json::string_view, std::size_t, boost::system::error_code&) { return true; }
    bool on_string(json::string_view, std::size_t, boost::system::error_code&) { return value_done(); }
    bool on_number_part(json::string_view, boost::system::error_code&) { return true; }
    bool on_int64(std::int64_t, json::string_view, boost::system::error_code&) { return value_done(); }
    bool on_uint64(std::uint64_t, json::string_view, boost::system::error_code&) { return value_done(); }
    bool on_double(double, json::string_view, boost::system::error_code&) { return value_done(); }
    bool on_bool(bool, boost::system::error_code&) { return value_done(); }
    bool on_null(boost::system::error_code&) { return value_done(); }
    bool on_comment_part(json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(json::string_view, boost::system::error_code&) { return true; }

private:
    struct Frame {
        bool object = false;
        std::string path;
        std::size_t index = 0;  // arrays: position of the next element
        std::string key;        // objects: the key whose value comes next
        std::set<std::string> keys;
    };

    std::string child_path() const {
        if (stack_.empty()) return "";
        const Frame& top = stack_.back();
        return top.object ? join(top.path, top.key) : at(top.path, top.index);
    }
    bool begin_container(bool object) {
        Frame f;
        f.object = object;
        f.path = child_path();
        stack_.push_back(std::move(f));
        return true;
    }
    bool value_done() {
        if (!stack_.empty() && !stack_.back().object) ++stack_.back().index;
        return true;
    }
    bool end_container() {
        stack_.pop_back();
        return value_done();
    }

    Checker& ck_;
    std::vector<Frame> stack_;
    std::string key_;
};

void find_duplicate_keys(std::string_view text, Checker& ck) {
    json::basic_parser<DuplicateKeyFinder> p(json::parse_options{}, ck);
    boost::system::error_code ec;
    p.write_some(false, text.data(), text.size(), ec);  // the text already parsed once, so no new errors
}

}  // namespace sk::core::json_check
