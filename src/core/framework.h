// A framework is the versioned yardstick a school is measured against: key elements, the criteria in
// them, a descriptor per level per criterion, and the label rule. It lives as JSON in data/frameworks/
// (one file per framework version) and is never edited in code; a measurement stores the framework id
// and version it was made with, so an old measurement still reads against the descriptors it showed.
//
// load_framework() turns one JSON document into a Framework, or into a list of errors. It never throws
// and never returns a half-checked framework: either `framework` is set and `errors` is empty, or the
// reverse. Each error names the JSON path and the problem, e.g.
//     criteria[4].descriptors.expert.en: missing
//     criteria[2].element: unknown element "E9"
//     labelRule.minCriteriaAtLevel: must be between 1 and 21 (the number of criteria), got 30
// so whoever edits a data file can fix it without reading this code. Unknown keys and repeated keys
// are errors too: a misspelt key would silently drop data, and of a repeated key a JSON parser keeps
// only the last one.
//
// The document shape (see data/frameworks/eu-stem-school-label.json):
//   id, version                     non-empty strings; id uses letters, digits, '.', '_' or '-'
//   name, description               {"nl": "...", "en": "..."}
//   levels                          exactly not_yet, competent, proficient, expert in that order, each {id, name}
//   labelRule                       {minCriteriaAtLevel: 1..#criteria, maxLevelsBelow: 0..3}
//   elements[]                      {id, number, name, description}
//   criteria[]                      {id, number, element, name, description,
//                                    descriptors: {not_yet|competent|proficient|expert: {nl, en}}}
// Ids and numbers are unique within elements and within criteria; every element has a criterion.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/label_rule.h"
#include "core/language.h"

namespace sk::core {

// A text the product shows in both languages. Both are always non-empty after loading.
struct Text {
    std::string nl;
    std::string en;
    const std::string& in(Language lang) const { return lang == Language::en ? en : nl; }
};

struct Element {
    std::string id;  // stable, e.g. "E1"; stored in the database, so never renamed within a framework id
    int number = 0;  // the number people use ("key element 1")
    Text name;
    Text description;
};

struct Criterion {
    std::string id;          // stable, e.g. "C01"
    int number = 0;          // 1..21 in the seed numbering
    std::string element_id;  // the Element it belongs to
    Text name;
    Text description;
    std::array<Text, kLevelCount> descriptors;  // indexed by rank(Level)
    const Text& descriptor(Level level) const { return descriptors[static_cast<std::size_t>(rank(level))]; }
};

struct Framework {
    std::string id;       // e.g. "eu-stem-school-label"
    std::string version;  // e.g. "2024.1"; (id, version) identifies the framework a measurement used
    Text name;
    Text description;
    std::array<Text, kLevelCount> level_names;  // indexed by rank(Level)
    LabelRule label_rule;
    std::vector<Element> elements;    // in file order
    std::vector<Criterion> criteria;  // in file order

    const Element* find_element(std::string_view id) const;      // nullptr when unknown
    const Criterion* find_criterion(std::string_view id) const;  // nullptr when unknown
    std::vector<const Criterion*> criteria_of(std::string_view element_id) const;  // in file order
};

struct LoadResult {
    std::optional<Framework> framework;  // set exactly when errors is empty
    std::vector<std::string> errors;
    bool ok() const { return framework.has_value(); }
};

LoadResult load_framework(std::string_view json);

struct DirLoadResult {
    std::vector<Framework> frameworks;  // every file that loaded, ordered by file name
    std::vector<std::string> errors;    // each prefixed with the file name: "x.json: criteria[0].id: missing"
};

// Loads every *.json file directly inside `dir` (not recursively). A broken file is reported and
// skipped; the others still load. Two files with the same (id, version) are an error on the second.
DirLoadResult load_frameworks_dir(const std::filesystem::path& dir);

}  // namespace sk::core
