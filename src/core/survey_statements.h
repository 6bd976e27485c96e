// The statements of the anonymous surveys: per criterion of one framework version, a short statement
// for each respondent group that people answer on an agreement scale of 1 to 5 (or "don't know").
// They live as JSON in data/surveys/ (one file per framework version), are loaded and checked at
// start-up next to the frameworks, and are never edited in code.
//
// The document shape (see data/surveys/eu-stem-school-label.json):
//   framework      {id, version}: a loaded framework version; the statements belong to it
//   scale          {"1".."5", dontKnow: {nl, en}}: the labels of the answers
//   statements     {criterionId: {leaders, teachers, students, students_primary, mentor: {nl, en}}}
//                  every criterion of the framework, no other ids
// Every text is non-empty in both languages; unknown or repeated keys are errors. Errors name the JSON
// path, e.g. `statements.C04.students_primary.nl: missing`.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework.h"
#include "core/framework_set.h"
#include "core/language.h"

namespace sk::core {

// The wordings of a statement: one per respondent group, and a simpler one for pupils of a primary
// school (`students_primary`).
inline constexpr std::array<std::string_view, 5> kStatementWordings = {"leaders", "teachers", "students", "students_primary",
                                                                       "mentor"};
inline constexpr std::array<std::string_view, 4> kSurveyGroups = {"leaders", "teachers", "students", "mentor"};

bool is_survey_group(std::string_view group);
// The wording a survey uses: pupils of a primary school get `students_primary`, everyone else their group.
std::string statement_wording(std::string_view group, std::string_view variant);

struct CriterionStatements {
    std::string criterion_id;
    std::array<Text, kStatementWordings.size()> texts;  // indexed like kStatementWordings
    const Text& in(std::string_view wording) const;     // throws std::out_of_range on an unknown wording
};

struct SurveyStatements {
    std::string framework_id;
    std::string framework_version;
    std::array<Text, 5> scale;  // the labels of scores 1..5
    Text dont_know;
    std::vector<CriterionStatements> criteria;  // in framework order

    const CriterionStatements* find(std::string_view criterion_id) const;  // nullptr when unknown
};

struct StatementsLoadResult {
    std::optional<SurveyStatements> statements;  // set exactly when errors is empty
    std::vector<std::string> errors;
    bool ok() const { return statements.has_value(); }
};

// Checks `json` against the loaded frameworks: the framework version it names must be loaded and every
// one of its criteria needs statements. Never throws.
StatementsLoadResult load_survey_statements(std::string_view json, const FrameworkSet& frameworks);

// Every statements file of a server, looked up by the framework version a survey was opened with.
class StatementsSet {
public:
    std::vector<SurveyStatements> entries;
    const SurveyStatements* find(const std::string& framework_id, const std::string& framework_version) const {
        for (const auto& e : entries)
            if (e.framework_id == framework_id && e.framework_version == framework_version) return &e;
        return nullptr;
    }
};

}  // namespace sk::core
