#include "core/suggestions.h"

#include <boost/json.hpp>

#include <map>
#include <set>

namespace sk::core {

namespace {

std::string text_of(const boost::json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

SuggestionsLoad load_suggestions(const std::string& json_text, const FrameworkSet& frameworks) {
    SuggestionsLoad out;
    boost::system::error_code ec;
    auto doc = boost::json::parse(json_text, ec);
    if (ec || !doc.is_object()) {
        out.errors.push_back("not a JSON object");
        return out;
    }
    const auto& root = doc.as_object();
    SuggestionFile file;
    file.framework_id = text_of(root, "frameworkId");
    file.framework_version = text_of(root, "frameworkVersion");
    const auto* entry = frameworks.find(file.framework_id, file.framework_version);
    if (!entry) {
        out.errors.push_back("frameworkId/frameworkVersion: framework \"" + file.framework_id + "\" version \"" + file.framework_version +
                             "\" is not loaded");
        return out;
    }
    const auto* list = root.if_contains("suggestions");
    if (!list || !list->is_array()) {
        out.errors.push_back("suggestions: missing or not a list");
        return out;
    }
    std::set<std::string> ids;
    std::map<std::string, std::size_t> per_criterion;
    std::size_t i = 0;
    for (const auto& v : list->as_array()) {
        const std::string at = "suggestions[" + std::to_string(i++) + "]";
        if (!v.is_object()) {
            out.errors.push_back(at + ": not an object");
            continue;
        }
        const auto& o = v.as_object();
        Suggestion s;
        s.id = text_of(o, "id");
        s.criterion_id = text_of(o, "criterionId");
        const auto* text = o.if_contains("text");
        if (text && text->is_object()) s.text = {text_of(text->as_object(), "nl"), text_of(text->as_object(), "en")};
        if (s.id.empty() || !ids.insert(s.id).second) out.errors.push_back(at + ".id: missing or repeated \"" + s.id + "\"");
        if (!entry->framework->find_criterion(s.criterion_id)) out.errors.push_back(at + ".criterionId: unknown criterion \"" + s.criterion_id + "\"");
        if (s.text.nl.empty() || s.text.en.empty()) out.errors.push_back(at + ".text: needs non-empty nl and en");
        ++per_criterion[s.criterion_id];
        file.suggestions.push_back(std::move(s));
    }
    for (const auto& c : entry->framework->criteria)
        if (per_criterion[c.id] < kMinSuggestionsPerCriterion)
            out.errors.push_back("criterion " + c.id + ": needs at least " + std::to_string(kMinSuggestionsPerCriterion) + " suggestions");
    if (out.errors.empty()) out.file = std::move(file);
    return out;
}

std::vector<const Suggestion*> SuggestionSet::for_criterion(const std::string& framework_id, const std::string& version,
                                                            const std::string& criterion_id) const {
    std::vector<const Suggestion*> out;
    for (const auto& f : files)
        if (f.framework_id == framework_id && f.framework_version == version)
            for (const auto& s : f.suggestions)
                if (s.criterion_id == criterion_id) out.push_back(&s);
    return out;
}

}  // namespace sk::core
