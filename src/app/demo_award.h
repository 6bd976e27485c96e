// The demo programme's award round: the dates of its award phase, scale 1-5, a rubric of three criteria, and the
// demo juror (jury@demo.stemkompas.be) in the jury. No candidacies: a browser test makes its own.
#pragma once

#include <cstdint>

#include "store/db.h"

namespace sk::app {

// Idempotent: an existing round is left as it is.
void load_demo_award(store::Db& db, std::int64_t programme_id, std::int64_t now);

}  // namespace sk::app
