// The results of a school's self-assessment: what the results screen, the PDF report and the XLSX
// export all show, computed once here so they can never disagree. Pure: the caller reads the answers
// and the anonymous survey responses, this turns them into scores.
//
// Scales (all 0..100 so self-assessment and surveys share one axis):
//   * self, per criterion: rank(level) / 3 × 100 (not_yet 0, competent 33.3, proficient 66.7, expert 100);
//     per element: the mean over the element's answered criteria (null when none is answered);
//   * a survey group, per criterion: (mean of the 1..5 scores − 1) / 4 × 100, "don't know" left out;
//     per element: the mean over the element's criteria that have a group mean;
//   * divergence of a criterion: highest − lowest of the self value and the shown groups' values, null
//     with fewer than two sources.
// Privacy: a survey group with fewer than kMinResponses responses yields NO aggregate at all (not
// even per-criterion counts). aggregate_group() enforces it, and everything else only ever sees its
// output, so no screen or export can show a smaller group by mistake.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/framework.h"
#include "core/label_rule.h"
#include "core/survey_statements.h"

namespace sk::core {

inline constexpr int kMinResponses = 5;

// The respondent groups in the order every output lists them: core::kSurveyGroups of
// core/survey_statements.h (one list for the surveys and the results).

// One anonymous response: criterion id -> score 1..5, or nullopt for "don't know".
struct SurveyResponse {
    std::map<std::string, std::optional<int>> scores;
};

struct GroupCriterion {
    int responses = 0;            // responses that answered this criterion (a score or "don't know")
    std::optional<double> mean;   // mean of the 1..5 scores; nullopt when every answer was "don't know"
    int dont_know = 0;
};

struct GroupAggregate {
    std::string group;
    int responses = 0;  // a count is not an aggregate: always reported
    bool shown = false; // responses >= kMinResponses
    std::map<std::string, GroupCriterion> criteria;  // empty unless shown
};

// The only way from raw responses to anything derived from them.
GroupAggregate aggregate_group(std::string group, std::span<const SurveyResponse> responses);

struct Answer {
    std::string criterion_id;
    std::optional<Level> level;
    std::string comment;
};

// Value of a level on the 0..100 scale, and of a 1..5 mean.
double level_score(Level level);
double group_score(double mean);

struct CriterionResult {
    const Criterion* criterion = nullptr;
    std::optional<Level> level;
    std::string comment;
    std::optional<double> self;                       // level_score(level)
    std::map<std::string, GroupCriterion> groups;     // shown groups that answered it, by group
    std::optional<double> divergence;
};

struct ElementResult {
    const Element* element = nullptr;
    std::optional<double> self;
    std::map<std::string, double> groups;  // shown groups with a value
};

struct SourceValue {
    std::string source;  // "self" or a group
    double value = 0;
};

struct Divergent {
    std::string criterion_id;
    double spread = 0;
    SourceValue highest;
    SourceValue lowest;
};

inline constexpr double kDivergentSpread = 25;
inline constexpr std::size_t kDivergentCount = 5;

// The label estimate, explained: the label the answers earn (unanswered criteria count as not_yet),
// the next level, how many criteria are at it against how many are needed, and every criterion below it.
struct LabelExplanation {
    Label label = Label::none;
    std::optional<Level> next;
    int at_or_above_next = 0;
    int needed = 0;   // min_criteria_at_level of the rule (0 when there is no next level)
    int missing = 0;
    std::vector<Blocker> blockers;  // every criterion below `next`, framework order
};

LabelExplanation explain_label(const LabelRule& rule, std::span<const CriterionLevel> criteria);

struct Results {
    std::vector<ElementResult> elements;    // framework order
    std::vector<CriterionResult> criteria;  // framework order
    std::vector<GroupAggregate> groups;     // kSurveyGroups order, only groups that have a survey
    std::vector<Divergent> divergent;       // top kDivergentCount with spread >= kDivergentSpread
    LabelExplanation label;
    int answered = 0;  // criteria with a level
};

// `answers` may miss criteria and may hold ids the framework does not know (ignored).
Results compute_results(const Framework& framework, std::span<const Answer> answers, std::span<const GroupAggregate> groups);

// Baseline against final, on the final's framework: per criterion the ranks 0..3, per element the self
// scores; change = final − baseline, null when either side is null.
struct Change {
    std::string id;
    std::optional<double> baseline;
    std::optional<double> final_value;
    std::optional<double> change;
};
struct Comparison {
    std::vector<Change> criteria;
    std::vector<Change> elements;
};

// Present only when both measurements have at least one answered criterion.
std::optional<Comparison> compare(const Results& baseline, const Results& final_results);

}  // namespace sk::core
