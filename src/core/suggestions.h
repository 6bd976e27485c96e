// Suggestions for action-plan goals: a few short, concrete ideas per criterion of a framework version,
// kept as data (data/suggestions/<framework>-<version>.json), loaded at start-up like the frameworks.
//
// Document shape:
//   {"frameworkId": "...", "frameworkVersion": "...",
//    "suggestions": [{"id": "C01-1", "criterionId": "C01", "text": {"nl": "...", "en": "..."}}, ...]}
// load_suggestions() checks it against the loaded framework version: known criterion ids, unique ids,
// both texts non-empty, and at least kMinSuggestionsPerCriterion per criterion of the framework.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/framework.h"
#include "core/framework_set.h"

namespace sk::core {

inline constexpr std::size_t kMinSuggestionsPerCriterion = 2;

struct Suggestion {
    std::string id;
    std::string criterion_id;
    Text text;
};

struct SuggestionFile {
    std::string framework_id;
    std::string framework_version;
    std::vector<Suggestion> suggestions;  // in file order
};

struct SuggestionsLoad {
    std::optional<SuggestionFile> file;  // set exactly when errors is empty
    std::vector<std::string> errors;
    bool ok() const { return errors.empty(); }
};

SuggestionsLoad load_suggestions(const std::string& json_text, const FrameworkSet& frameworks);

class SuggestionSet {
public:
    std::vector<SuggestionFile> files;
    // The suggestions for one criterion of one framework version, in file order (empty when none).
    std::vector<const Suggestion*> for_criterion(const std::string& framework_id, const std::string& version,
                                                 const std::string& criterion_id) const;
};

}  // namespace sk::core
