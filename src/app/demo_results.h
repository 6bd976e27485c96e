// Demo data with results: a second demo school whose baseline is filled in and submitted, with survey
// answers from its teachers and pupils (enough to pass the privacy threshold) and a few from its
// leaders (too few: that group stays hidden). So `make run` shows a radar, a label estimate, the
// groups and a school report without typing 21 answers first. The first demo school stays untouched:
// the browser tests fill in its baseline themselves.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::app {

// Idempotent: does nothing when the school's baseline already exists. Call inside the demo transaction.
void load_demo_results(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t coordinator_id, std::int64_t now);

// One anonymous survey of the school's baseline with `responses` answers to every criterion, drawn from a
// fixed sequence seeded by the code and the count (the same every run); `bias` (0..4) shifts the scores up.
// `variant`: primary | secondary, the school's level. `code`: unique, from core/survey_code.h's alphabet.
void add_demo_survey(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t coordinator_id, const std::string& group,
                     const std::string& variant, const std::string& code, int responses, int bias, std::int64_t now);

}  // namespace sk::app
