// The status of one school in one programme phase, as the organiser's progress board shows it.
//
//   submitted    the school submitted the phase (wins over everything else)
//   overdue      the phase has closed for this school (today is after its closing date, the school's
//                own extension included), the school started it (there is data) and did not submit
//   in_progress  there is data, not submitted, and the phase has not closed for this school
//   not_started  no data yet — also after the closing date: "overdue" claims the school left work
//                unfinished, and a school without a single answer has nothing unfinished that we can
//                show; the board's closing-date column tells the organiser the phase has passed
//
// Phase data arrives with later issues (measurements, action plans, ...). Until a phase kind stores
// data, its facts are `has_data = false, submitted = false`, so the board honestly shows not_started.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::core {

enum class PhaseStatus { not_started, in_progress, submitted, overdue };

struct PhaseFacts {
    bool has_data = false;                 // the school saved something for this phase
    bool submitted = false;                // the school submitted (locked) it
    std::string today;                     // 'YYYY-MM-DD', Europe/Brussels
    std::string closes_on;                 // the phase's closing date 'YYYY-MM-DD' (inclusive)
    std::optional<std::string> extended_to;  // this school's extension (phase_extensions), when any
};

// The closing date that holds for this school: its extension when later than the phase's date.
std::string effective_closing(const PhaseFacts& facts);
PhaseStatus phase_status(const PhaseFacts& facts);

std::string_view to_string(PhaseStatus status);  // "not_started", "in_progress", "submitted", "overdue"
std::optional<PhaseStatus> parse_phase_status(std::string_view s);

}  // namespace sk::core
