#include "core/framework.h"

#include <algorithm>
#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <cctype>
#include <fstream>
#include <initializer_list>
#include <map>
#include <set>
#include <sstream>

namespace sk::core {

namespace json = boost::json;

const Element* Framework::find_element(std::string_view id) const {
    for (const auto& e : elements)
        if (e.id == id) return &e;
    return nullptr;
}

const Criterion* Framework::find_criterion(std::string_view id) const {
    for (const auto& c : criteria)
        if (c.id == id) return &c;
    return nullptr;
}

std::vector<const Criterion*> Framework::criteria_of(std::string_view element_id) const {
    std::vector<const Criterion*> out;
    for (const auto& c : criteria)
        if (c.element_id == element_id) out.push_back(&c);
    return out;
}

namespace {

constexpr std::string_view kLevelList = "not_yet, competent, proficient, expert";

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

void read_levels(Checker& ck, const json::object& root, Framework& fw) {
    const auto* v = ck.field(root, "levels", "");
    if (!v) return;
    const auto* levels = ck.array(*v, "levels");
    if (!levels) return;
    if (levels->size() != kLevelCount) {
        ck.fail("levels", "expected " + std::to_string(kLevelCount) + " levels (" + std::string(kLevelList) +
                              "), got " + std::to_string(levels->size()));
    }
    for (std::size_t i = 0; i < levels->size(); ++i) {
        const std::string path = at("levels", i);
        const auto* lv = ck.object((*levels)[i], path);
        if (!lv) continue;
        ck.only_keys(*lv, {"id", "name"}, path);
        auto id = ck.string(*lv, "id", path);
        if (id && i < kLevelCount) {
            const auto expected = level_id(static_cast<Level>(i));
            if (*id != expected)
                ck.fail(join(path, "id"), "expected " + json_quoted(expected) + " (levels go " + std::string(kLevelList) +
                                              "), got " + json_quoted(*id));
        }
        auto name = ck.text(*lv, "name", path);
        if (name && i < kLevelCount) fw.level_names[i] = std::move(*name);
    }
}

// Returns every id seen, even of elements with other errors, so criteria are not blamed for them.
std::map<std::string, std::size_t> read_elements(Checker& ck, const json::object& root, Framework& fw) {
    std::map<std::string, std::size_t> ids;
    const auto* v = ck.field(root, "elements", "");
    if (!v) return ids;
    const auto* elements = ck.array(*v, "elements");
    if (!elements) return ids;
    if (elements->empty()) ck.fail("elements", "must not be empty");
    std::map<int, std::size_t> numbers;
    for (std::size_t i = 0; i < elements->size(); ++i) {
        const std::string path = at("elements", i);
        const auto* el = ck.object((*elements)[i], path);
        if (!el) continue;
        ck.only_keys(*el, {"id", "number", "name", "description"}, path);
        Element e;
        auto id = ck.id(*el, "id", path);
        if (id) {
            auto [it, fresh] = ids.emplace(*id, i);
            if (!fresh) ck.fail(join(path, "id"), "duplicate id " + json_quoted(*id) + " (also " + at("elements", it->second) + ")");
        }
        auto number = ck.integer(*el, "number", path, 1, 999);
        if (number) {
            auto [it, fresh] = numbers.emplace(*number, i);
            if (!fresh)
                ck.fail(join(path, "number"),
                        "duplicate number " + std::to_string(*number) + " (also " + at("elements", it->second) + ")");
        }
        auto name = ck.text(*el, "name", path);
        auto description = ck.text(*el, "description", path);
        if (id && number && name && description)
            fw.elements.push_back(Element{std::move(*id), *number, std::move(*name), std::move(*description)});
    }
    return ids;
}

// Returns how many entries the criteria array has (0 when it is not an array), for the rule's bound.
std::size_t read_criteria(Checker& ck, const json::object& root, const std::map<std::string, std::size_t>& element_ids,
                          Framework& fw) {
    const auto* v = ck.field(root, "criteria", "");
    if (!v) return 0;
    const auto* criteria = ck.array(*v, "criteria");
    if (!criteria) return 0;
    if (criteria->empty()) ck.fail("criteria", "must not be empty");
    std::map<std::string, std::size_t> ids;
    std::map<int, std::size_t> numbers;
    std::map<std::string, int> per_element;
    for (std::size_t i = 0; i < criteria->size(); ++i) {
        const std::string path = at("criteria", i);
        const auto* cr = ck.object((*criteria)[i], path);
        if (!cr) continue;
        ck.only_keys(*cr, {"id", "number", "element", "name", "description", "descriptors"}, path);
        bool ok = true;
        Criterion c;
        if (auto id = ck.id(*cr, "id", path)) {
            auto [it, fresh] = ids.emplace(*id, i);
            if (!fresh) {
                ck.fail(join(path, "id"), "duplicate id " + json_quoted(*id) + " (also " + at("criteria", it->second) + ")");
                ok = false;
            }
            c.id = std::move(*id);
        } else {
            ok = false;
        }
        if (auto number = ck.integer(*cr, "number", path, 1, 999)) {
            auto [it, fresh] = numbers.emplace(*number, i);
            if (!fresh) {
                ck.fail(join(path, "number"),
                        "duplicate number " + std::to_string(*number) + " (also " + at("criteria", it->second) + ")");
                ok = false;
            }
            c.number = *number;
        } else {
            ok = false;
        }
        if (auto element = ck.string(*cr, "element", path)) {
            if (!element_ids.contains(*element)) {
                ck.fail(join(path, "element"), "unknown element " + json_quoted(*element));
                ok = false;
            }
            ++per_element[*element];
            c.element_id = std::move(*element);
        } else {
            ok = false;
        }
        auto name = ck.text(*cr, "name", path);
        auto description = ck.text(*cr, "description", path);
        if (name && description) {
            c.name = std::move(*name);
            c.description = std::move(*description);
        } else {
            ok = false;
        }

        const std::string dpath = join(path, "descriptors");
        const auto* dv = ck.field(*cr, "descriptors", path);
        const auto* descriptors = dv ? ck.object(*dv, dpath) : nullptr;
        if (descriptors) {
            ck.only_keys(*descriptors, {"not_yet", "competent", "proficient", "expert"}, dpath, "unknown level");
            for (int r = 0; r < kLevelCount; ++r) {
                auto d = ck.text(*descriptors, level_id(static_cast<Level>(r)), dpath);
                if (d)
                    c.descriptors[static_cast<std::size_t>(r)] = std::move(*d);
                else
                    ok = false;
            }
        } else {
            ok = false;
        }
        if (ok) fw.criteria.push_back(std::move(c));
    }
    if (!criteria->empty()) {
        for (const auto& [id, index] : element_ids)
            if (!per_element.contains(id)) ck.fail(at("elements", index), "element " + json_quoted(id) + " has no criteria");
    }
    return criteria->size();
}

void read_label_rule(Checker& ck, const json::object& root, std::size_t criteria_count, Framework& fw) {
    const auto* v = ck.field(root, "labelRule", "");
    if (!v) return;
    const auto* rule = ck.object(*v, "labelRule");
    if (!rule) return;
    ck.only_keys(*rule, {"minCriteriaAtLevel", "maxLevelsBelow"}, "labelRule");
    // Without a usable criteria list there is no upper bound to check against; that error is reported there.
    const int max_min = criteria_count > 0 ? static_cast<int>(std::min<std::size_t>(criteria_count, 999)) : 999;
    const std::string note = criteria_count > 0 ? "the number of criteria" : "";
    if (auto n = ck.integer(*rule, "minCriteriaAtLevel", "labelRule", 1, max_min, note)) fw.label_rule.min_criteria_at_level = *n;
    if (auto n = ck.integer(*rule, "maxLevelsBelow", "labelRule", 0, kLevelCount - 1)) fw.label_rule.max_levels_below = *n;
}

}  // namespace

LoadResult load_framework(std::string_view text) {
    LoadResult result;
    Checker ck;
    // Boost.JSON only throws on allocation failure, but a loader that "never crashes" should not let
    // even that escape into a request handler.
    try {
        auto doc = parse(text, ck);
        if (doc) find_duplicate_keys(text, ck);
        const json::object* root = doc ? ck.object(*doc, "") : nullptr;
        if (root) {
            Framework fw;
            ck.only_keys(*root, {"id", "version", "name", "description", "levels", "labelRule", "elements", "criteria"}, "");
            if (auto id = ck.id(*root, "id", "")) fw.id = std::move(*id);
            if (auto version = ck.string(*root, "version", "")) fw.version = std::move(*version);
            if (auto name = ck.text(*root, "name", "")) fw.name = std::move(*name);
            if (auto description = ck.text(*root, "description", "")) fw.description = std::move(*description);
            read_levels(ck, *root, fw);
            const auto element_ids = read_elements(ck, *root, fw);
            const auto criteria_count = read_criteria(ck, *root, element_ids, fw);
            read_label_rule(ck, *root, criteria_count, fw);
            if (ck.errors.empty()) result.framework = std::move(fw);
        }
    } catch (const std::exception& e) {
        ck.fail("", std::string("could not be read: ") + e.what());
    }
    result.errors = std::move(ck.errors);
    if (!result.errors.empty()) result.framework.reset();
    return result;
}

DirLoadResult load_frameworks_dir(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    DirLoadResult result;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        result.errors.push_back(dir.string() + ": not a folder");
        return result;
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code file_ec;
        if (it->is_regular_file(file_ec) && it->path().extension() == ".json") files.push_back(it->path());
    }
    if (ec) result.errors.push_back(dir.string() + ": cannot list folder: " + ec.message());
    std::sort(files.begin(), files.end());

    std::map<std::pair<std::string, std::string>, std::string> seen;  // (id, version) -> file name
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        std::ifstream in(file, std::ios::binary);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        if (!in || in.bad()) {
            result.errors.push_back(name + ": cannot read file");
            continue;
        }
        auto loaded = load_framework(buffer.str());
        for (auto& e : loaded.errors) result.errors.push_back(name + ": " + e);
        if (!loaded.framework) continue;
        auto key = std::make_pair(loaded.framework->id, loaded.framework->version);
        if (auto [it, fresh] = seen.emplace(key, name); !fresh) {
            result.errors.push_back(name + ": framework " + json_quoted(key.first) + " version " + json_quoted(key.second) +
                                    " is already defined in " + it->second);
            continue;
        }
        result.frameworks.push_back(std::move(*loaded.framework));
    }
    return result;
}

}  // namespace sk::core
