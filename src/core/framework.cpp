#include "core/framework.h"

#include <algorithm>
#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <sstream>

#include "core/json_check.h"

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

void read_levels(json_check::Checker& ck, const json::object& root, Framework& fw) {
    const auto* v = ck.field(root, "levels", "");
    if (!v) return;
    const auto* levels = ck.array(*v, "levels");
    if (!levels) return;
    if (levels->size() != kLevelCount) {
        ck.fail("levels", "expected " + std::to_string(kLevelCount) + " levels (" + std::string(kLevelList) +
                              "), got " + std::to_string(levels->size()));
    }
    for (std::size_t i = 0; i < levels->size(); ++i) {
        const std::string path = json_check::at("levels", i);
        const auto* lv = ck.object((*levels)[i], path);
        if (!lv) continue;
        ck.only_keys(*lv, {"id", "name"}, path);
        auto id = ck.string(*lv, "id", path);
        if (id && i < kLevelCount) {
            const auto expected = level_id(static_cast<Level>(i));
            if (*id != expected)
                ck.fail(json_check::join(path, "id"), "expected " + json_check::json_quoted(expected) + " (levels go " +
                                                          std::string(kLevelList) + "), got " + json_check::json_quoted(*id));
        }
        auto name = ck.text(*lv, "name", path);
        if (name && i < kLevelCount) fw.level_names[i] = std::move(*name);
    }
}

// Returns every id seen, even of elements with other errors, so criteria are not blamed for them.
std::map<std::string, std::size_t> read_elements(json_check::Checker& ck, const json::object& root, Framework& fw) {
    std::map<std::string, std::size_t> ids;
    const auto* v = ck.field(root, "elements", "");
    if (!v) return ids;
    const auto* elements = ck.array(*v, "elements");
    if (!elements) return ids;
    if (elements->empty()) ck.fail("elements", "must not be empty");
    std::map<int, std::size_t> numbers;
    for (std::size_t i = 0; i < elements->size(); ++i) {
        const std::string path = json_check::at("elements", i);
        const auto* el = ck.object((*elements)[i], path);
        if (!el) continue;
        ck.only_keys(*el, {"id", "number", "name", "description"}, path);
        Element e;
        auto id = ck.id(*el, "id", path);
        if (id) {
            auto [it, fresh] = ids.emplace(*id, i);
            if (!fresh)
                ck.fail(json_check::join(path, "id"), "duplicate id " + json_check::json_quoted(*id) + " (also " +
                                                          json_check::at("elements", it->second) + ")");
        }
        auto number = ck.integer(*el, "number", path, 1, 999);
        if (number) {
            auto [it, fresh] = numbers.emplace(*number, i);
            if (!fresh)
                ck.fail(json_check::join(path, "number"),
                        "duplicate number " + std::to_string(*number) + " (also " + json_check::at("elements", it->second) +
                            ")");
        }
        auto name = ck.text(*el, "name", path);
        auto description = ck.text(*el, "description", path);
        if (id && number && name && description)
            fw.elements.push_back(Element{std::move(*id), *number, std::move(*name), std::move(*description)});
    }
    return ids;
}

// Returns how many entries the criteria array has (0 when it is not an array), for the rule's bound.
std::size_t read_criteria(json_check::Checker& ck, const json::object& root,
                          const std::map<std::string, std::size_t>& element_ids, Framework& fw) {
    const auto* v = ck.field(root, "criteria", "");
    if (!v) return 0;
    const auto* criteria = ck.array(*v, "criteria");
    if (!criteria) return 0;
    if (criteria->empty()) ck.fail("criteria", "must not be empty");
    std::map<std::string, std::size_t> ids;
    std::map<int, std::size_t> numbers;
    std::map<std::string, int> per_element;
    for (std::size_t i = 0; i < criteria->size(); ++i) {
        const std::string path = json_check::at("criteria", i);
        const auto* cr = ck.object((*criteria)[i], path);
        if (!cr) continue;
        ck.only_keys(*cr, {"id", "number", "element", "name", "description", "descriptors"}, path);
        bool ok = true;
        Criterion c;
        if (auto id = ck.id(*cr, "id", path)) {
            auto [it, fresh] = ids.emplace(*id, i);
            if (!fresh) {
                ck.fail(json_check::join(path, "id"), "duplicate id " + json_check::json_quoted(*id) + " (also " +
                                                          json_check::at("criteria", it->second) + ")");
                ok = false;
            }
            c.id = std::move(*id);
        } else {
            ok = false;
        }
        if (auto number = ck.integer(*cr, "number", path, 1, 999)) {
            auto [it, fresh] = numbers.emplace(*number, i);
            if (!fresh) {
                ck.fail(json_check::join(path, "number"),
                        "duplicate number " + std::to_string(*number) + " (also " + json_check::at("criteria", it->second) +
                            ")");
                ok = false;
            }
            c.number = *number;
        } else {
            ok = false;
        }
        if (auto element = ck.string(*cr, "element", path)) {
            if (!element_ids.contains(*element)) {
                ck.fail(json_check::join(path, "element"), "unknown element " + json_check::json_quoted(*element));
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

        const std::string dpath = json_check::join(path, "descriptors");
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
            if (!per_element.contains(id))
                ck.fail(json_check::at("elements", index), "element " + json_check::json_quoted(id) + " has no criteria");
    }
    return criteria->size();
}

void read_label_rule(json_check::Checker& ck, const json::object& root, std::size_t criteria_count, Framework& fw) {
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
    json_check::Checker ck;
    // Boost.JSON only throws on allocation failure, but a loader that "never crashes" should not let
    // even that escape into a request handler.
    try {
        auto doc = json_check::parse(text, ck);
        if (doc) json_check::find_duplicate_keys(text, ck);
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
            result.errors.push_back(name + ": framework " + json_check::json_quoted(key.first) + " version " +
                                    json_check::json_quoted(key.second) + " is already defined in " + it->second);
            continue;
        }
        result.frameworks.push_back(std::move(*loaded.framework));
    }
    return result;
}

}  // namespace sk::core
