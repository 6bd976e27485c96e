// What the anonymous surveys say, per respondent group and criterion: how many answered, the mean of
// the 1..5 scores ("don't know" left out) and how many did not know.
//
// A group with fewer than kMinGroupResponses responses yields NO aggregate at all: not a mean, not a
// per-criterion count, nothing but its number of responses (a count alone reveals no one's answer).
// With four colleagues answering, a mean would let them work out each other's scores. The threshold is
// applied here, in the one function every screen, report, export and API uses, so no caller can forget
// it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sk::core {

inline constexpr int kMinGroupResponses = 5;

// One respondent's answers: criterion id -> score 1..5, or nullopt for "don't know".
using SurveyResponse = std::map<std::string, std::optional<int>>;

struct CriterionAggregate {
    std::string criterion_id;
    int responses = 0;           // responses that answered this criterion (a score or "don't know")
    std::optional<double> mean;  // of the 1..5 scores; nullopt when everyone answered "don't know"
    int dont_know = 0;
};

struct GroupAggregate {
    std::string group;
    int responses = 0;  // always filled: a count may be shown
    bool shown = false; // responses >= kMinGroupResponses
    std::vector<CriterionAggregate> criteria;  // in the order of `criterion_ids`; EMPTY unless shown
};

// Aggregates one group's responses over `criterion_ids` (in that order). Scores outside 1..5 and
// criteria not in the list are ignored.
GroupAggregate aggregate_group(const std::string& group, const std::vector<SurveyResponse>& responses,
                               const std::vector<std::string>& criterion_ids);

}  // namespace sk::core
