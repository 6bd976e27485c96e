// What the award results PDF and XLSX share: names by id and the order of the candidacies, so both files
// list the same rows in the same order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "render/award_results_view.h"

namespace sk::render {

enum class AwardOrder { raw, normalised };

// By rank (1 first), equal ranks by school name then id; unranked candidacies last, by name then id.
std::vector<const core::award::CandidateResult*> award_in_rank_order(const AwardResultsView& view, AwardOrder order);

// True when another candidacy has the same rank (a tie to show).
bool award_rank_shared(const AwardResultsView& view, AwardOrder order, int rank);

// Names by id; an id the view does not name shows as "#id" (never an empty cell).
std::string award_school_name(const AwardResultsView& view, std::int64_t candidacy);
std::string award_juror_name(const AwardResultsView& view, std::int64_t juror);
std::string award_criterion_name(const AwardResultsView& view, std::int64_t criterion);
bool award_is_winner(const AwardResultsView& view, std::int64_t candidacy);

}  // namespace sk::render
