#include "core/phase_status.h"

namespace sk::core {

std::string effective_closing(const PhaseFacts& f) {
    // 'YYYY-MM-DD' strings compare like the dates they name.
    if (f.extended_to && *f.extended_to > f.closes_on) return *f.extended_to;
    return f.closes_on;
}

PhaseStatus phase_status(const PhaseFacts& f) {
    if (f.submitted) return PhaseStatus::submitted;
    if (!f.has_data) return PhaseStatus::not_started;
    if (f.today > effective_closing(f)) return PhaseStatus::overdue;
    return PhaseStatus::in_progress;
}

std::string_view to_string(PhaseStatus s) {
    switch (s) {
        case PhaseStatus::not_started: return "not_started";
        case PhaseStatus::in_progress: return "in_progress";
        case PhaseStatus::submitted: return "submitted";
        case PhaseStatus::overdue: return "overdue";
    }
    return "not_started";
}

std::optional<PhaseStatus> parse_phase_status(std::string_view s) {
    for (auto st : {PhaseStatus::not_started, PhaseStatus::in_progress, PhaseStatus::submitted, PhaseStatus::overdue})
        if (to_string(st) == s) return st;
    return std::nullopt;
}

}  // namespace sk::core
