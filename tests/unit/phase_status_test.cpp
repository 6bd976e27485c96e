// The progress-board status rule (core/phase_status.h): one row per case.
#include <gtest/gtest.h>

#include "core/phase_status.h"

using sk::core::PhaseFacts;
using sk::core::PhaseStatus;

namespace {

struct PhaseCase {
    std::string name;
    PhaseFacts facts;
    PhaseStatus expected;
};

TEST(PhaseStatus, Table) {
    const std::optional<std::string> none;
    const std::vector<PhaseCase> cases = {
        {"no data, open", {false, false, "2026-03-01", "2026-03-10", none}, PhaseStatus::not_started},
        {"no data, closed: not claimed overdue", {false, false, "2026-03-11", "2026-03-10", none}, PhaseStatus::not_started},
        {"data, open", {true, false, "2026-03-01", "2026-03-10", none}, PhaseStatus::in_progress},
        {"data, closing day still open", {true, false, "2026-03-10", "2026-03-10", none}, PhaseStatus::in_progress},
        {"data, day after closing", {true, false, "2026-03-11", "2026-03-10", none}, PhaseStatus::overdue},
        {"data, closed but extended", {true, false, "2026-03-11", "2026-03-10", "2026-03-20"}, PhaseStatus::in_progress},
        {"data, extension passed too", {true, false, "2026-03-21", "2026-03-10", "2026-03-20"}, PhaseStatus::overdue},
        {"earlier extension never shortens", {true, false, "2026-03-09", "2026-03-10", "2026-03-01"}, PhaseStatus::in_progress},
        {"submitted, open", {true, true, "2026-03-01", "2026-03-10", none}, PhaseStatus::submitted},
        {"submitted, closed", {true, true, "2026-04-01", "2026-03-10", none}, PhaseStatus::submitted},
        {"year boundary", {true, false, "2027-01-01", "2026-12-31", none}, PhaseStatus::overdue},
    };
    for (const auto& c : cases) EXPECT_EQ(sk::core::phase_status(c.facts), c.expected) << c.name;
}

TEST(PhaseStatus, NamesRoundTrip) {
    for (auto s : {PhaseStatus::not_started, PhaseStatus::in_progress, PhaseStatus::submitted, PhaseStatus::overdue})
        EXPECT_EQ(sk::core::parse_phase_status(sk::core::to_string(s)), s);
    EXPECT_FALSE(sk::core::parse_phase_status("done"));
    EXPECT_FALSE(sk::core::parse_phase_status(""));
}

}  // namespace
