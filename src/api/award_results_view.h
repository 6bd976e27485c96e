// Filling render::AwardResultsView (the results of a closed round, as the JSON, the PDF and the XLSX show
// them) from the stored round and core::award::rank().
#pragma once

#include <string>

#include "api/context.h"
#include "render/award_results_view.h"
#include "store/award.h"

namespace sk::api {

using render::AwardResultsView;

AwardResultsView award_results_view(Ctx& ctx, const std::string& programme_name, const store::AwardRound& round);
// The candidate's info in the view, nullptr when unknown.
const render::AwardCandidateInfo* find_candidate(const AwardResultsView& v, std::int64_t candidacy_id);

}  // namespace sk::api
