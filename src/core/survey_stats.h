// What the anonymous surveys say, per respondent group and criterion: the mean of the 1..5 scores
// ("don't know" left out), how many scores it rests on, and how many did not know.
//
// The rules that keep a respondent's answer unreadable, applied here, in the one function every
// screen, report, export and API uses, so no caller can forget them (docs/privacy.md, "Surveys"):
//
//  1. A group counts its responses in blocks of kMinGroupResponses, in the order they came in: with n
//     responses, the first 5·⌊n/5⌋ count and the rest wait for their block to fill. So two looks at a
//     survey, before and after a colleague answers, show the same figures, whether the survey is open,
//     closed or reopened; figures only ever move by five whole responses at once.
//  2. A group with fewer than kMinGroupResponses responses yields NO aggregate at all: nothing but its
//     number of responses (a count alone reveals no one's answer).
//  3. A criterion's figure rests on at least kMinGroupResponses scores, again in blocks of five: with
//     s scores among the counted responses, the first 5·⌊s/5⌋ make the mean. With fewer than five, the
//     criterion shows nothing, not even its "don't know" count (four "don't know" out of five would
//     single out the fifth colleague's score). So the mean changes only by five scores at once, and the
//     difference between two looks is the sum of at least five people's scores, never one person's.
//
// Figures derived from these (an element's mean over its criteria, the divergence from the
// self-assessment) use only shown criteria, so they rest on shown figures too. No figure combines
// groups (there is no "all respondents" total), so a hidden group cannot be found by subtraction.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sk::core {

inline constexpr int kMinGroupResponses = 5;

// One respondent's answers: criterion id -> score 1..5, or nullopt for "don't know".
using SurveyResponse = std::map<std::string, std::optional<int>>;

// The largest multiple of kMinGroupResponses not above n: how many of n responses (or scores) count.
int counted(int n);

struct CriterionAggregate {
    std::string criterion_id;
    bool shown = false;          // at least kMinGroupResponses scores count; everything below is 0 unless shown
    int scores = 0;              // the scores the mean rests on (a multiple of kMinGroupResponses)
    int dont_know = 0;           // "don't know" among the counted responses
    int responses = 0;           // scores + dont_know: the counted answers to this criterion
    std::optional<double> mean;  // of the counted 1..5 scores; present exactly when shown
};

struct GroupAggregate {
    std::string group;
    int responses = 0;  // every response so far: a count may be shown
    int counted = 0;    // core::counted(responses): the responses the figures rest on
    bool shown = false; // responses >= kMinGroupResponses
    std::vector<CriterionAggregate> criteria;  // in the order of `criterion_ids`; EMPTY unless shown
};

// Aggregates one group's responses, given in the order they came in, over `criterion_ids` (in that
// order). Scores outside 1..5 and criteria not in the list are ignored.
GroupAggregate aggregate_group(const std::string& group, const std::vector<SurveyResponse>& responses,
                               const std::vector<std::string>& criterion_ids);

}  // namespace sk::core
