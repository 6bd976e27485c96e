#include "core/survey_statements.h"

#include <algorithm>
#include <stdexcept>

#include "core/json_check.h"

namespace sk::core {

namespace json = boost::json;

bool is_survey_group(std::string_view group) {
    return std::find(kSurveyGroups.begin(), kSurveyGroups.end(), group) != kSurveyGroups.end();
}

std::string statement_wording(std::string_view group, std::string_view variant) {
    if (group == "students" && variant == "primary") return "students_primary";
    return std::string(group);
}

const Text& CriterionStatements::in(std::string_view wording) const {
    for (std::size_t i = 0; i < kStatementWordings.size(); ++i)
        if (kStatementWordings[i] == wording) return texts[i];
    throw std::out_of_range("unknown statement wording: " + std::string(wording));
}

const CriterionStatements* SurveyStatements::find(std::string_view criterion_id) const {
    for (const auto& c : criteria)
        if (c.criterion_id == criterion_id) return &c;
    return nullptr;
}

namespace {

const Framework* read_framework(json_check::Checker& ck, const json::object& root, const FrameworkSet& frameworks,
                                SurveyStatements& out) {
    const auto* v = ck.field(root, "framework", "");
    const auto* fw = v ? ck.object(*v, "framework") : nullptr;
    if (!fw) return nullptr;
    ck.only_keys(*fw, {"id", "version"}, "framework");
    auto id = ck.string(*fw, "id", "framework");
    auto version = ck.string(*fw, "version", "framework");
    if (!id || !version) return nullptr;
    const auto* entry = frameworks.find(*id, *version);
    if (!entry) {
        ck.fail("framework", "framework " + json_check::json_quoted(*id) + " version " + json_check::json_quoted(*version) +
                                 " is not loaded");
        return nullptr;
    }
    out.framework_id = *id;
    out.framework_version = *version;
    return entry->framework.get();
}

void read_scale(json_check::Checker& ck, const json::object& root, SurveyStatements& out) {
    const auto* v = ck.field(root, "scale", "");
    const auto* scale = v ? ck.object(*v, "scale") : nullptr;
    if (!scale) return;
    ck.only_keys(*scale, {"1", "2", "3", "4", "5", "dontKnow"}, "scale", "unknown answer");
    for (std::size_t i = 0; i < out.scale.size(); ++i)
        if (auto t = ck.text(*scale, std::to_string(i + 1), "scale")) out.scale[i] = std::move(*t);
    if (auto t = ck.text(*scale, "dontKnow", "scale")) out.dont_know = std::move(*t);
}

void read_statements(json_check::Checker& ck, const json::object& root, const Framework* framework, SurveyStatements& out) {
    const auto* v = ck.field(root, "statements", "");
    const auto* statements = v ? ck.object(*v, "statements") : nullptr;
    if (!statements) return;
    // Without a known framework the ids cannot be checked, but the texts still can.
    if (framework) {
        for (const auto& kv : *statements)
            if (!framework->find_criterion(kv.key()))
                ck.fail(json_check::join("statements", kv.key()),
                        "unknown criterion (not in framework " + json_check::json_quoted(framework->id) + " version " +
                            json_check::json_quoted(framework->version) + ")");
        for (const auto& c : framework->criteria)
            if (!statements->contains(c.id)) ck.fail(json_check::join("statements", c.id), "missing");
    }
    for (const auto& kv : *statements) {
        const std::string path = json_check::join("statements", kv.key());
        const auto* texts = ck.object(kv.value(), path);
        if (!texts) continue;
        ck.only_keys(*texts, {"leaders", "teachers", "students", "students_primary", "mentor"}, path, "unknown group");
        CriterionStatements c;
        c.criterion_id = std::string(kv.key());
        bool ok = true;
        for (std::size_t i = 0; i < kStatementWordings.size(); ++i) {
            if (auto t = ck.text(*texts, kStatementWordings[i], path))
                c.texts[i] = std::move(*t);
            else
                ok = false;
        }
        if (ok) out.criteria.push_back(std::move(c));
    }
    // Framework order, so a questionnaire follows the order of the framework people know.
    if (framework) {
        std::vector<CriterionStatements> ordered;
        for (const auto& criterion : framework->criteria)
            for (auto& c : out.criteria)
                if (c.criterion_id == criterion.id) ordered.push_back(std::move(c));
        out.criteria = std::move(ordered);
    }
}

}  // namespace

StatementsLoadResult load_survey_statements(std::string_view text, const FrameworkSet& frameworks) {
    StatementsLoadResult result;
    json_check::Checker ck;
    try {
        auto doc = json_check::parse(text, ck);
        if (doc) json_check::find_duplicate_keys(text, ck);
        const json::object* root = doc ? ck.object(*doc, "") : nullptr;
        if (root) {
            SurveyStatements s;
            ck.only_keys(*root, {"framework", "scale", "statements"}, "");
            const Framework* framework = read_framework(ck, *root, frameworks, s);
            read_scale(ck, *root, s);
            read_statements(ck, *root, framework, s);
            if (ck.errors.empty()) result.statements = std::move(s);
        }
    } catch (const std::exception& e) {
        ck.fail("", std::string("could not be read: ") + e.what());
    }
    result.errors = std::move(ck.errors);
    if (!result.errors.empty()) result.statements.reset();
    return result;
}

}  // namespace sk::core
