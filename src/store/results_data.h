// What the results, the report and the answers export read besides the measurement itself
// (store/measurements.h) and the survey aggregates (store/surveys.h, thresholded in
// core::aggregate_group): the measurement's answers in the shape the results core takes.
#pragma once

#include <cstdint>
#include <vector>

#include "core/results.h"
#include "store/db.h"

namespace sk::store {

// Every stored answer row of the measurement (touched criteria only); an unknown level reads as none.
std::vector<core::Answer> result_answers(Db& db, std::int64_t measurement_id);

}  // namespace sk::store
