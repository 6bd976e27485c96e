// The award's route groups (docs/api.md "Award"), added by add_all_routes (routes.cpp).
#pragma once

#include "api/context.h"

namespace sk::api {

void add_award_routes(ApiRouter& r);          // round, rubric and jury (award_api.cpp)
void add_candidacy_routes(ApiRouter& r);      // a school's candidacy (candidacy_api.cpp)
void add_jury_routes(ApiRouter& r);           // a juror's rounds, judging, scores, recusal (jury_api.cpp)
void add_award_results_routes(ApiRouter& r);  // progress, close, results, announce, exports (award_results_api.cpp)

}  // namespace sk::api
