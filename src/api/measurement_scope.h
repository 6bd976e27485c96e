// Shared by the measurement and phase-extension handlers: who the caller is for one school in one
// programme, the school's dates of one phase, and the Measurement/Answer JSON of docs/api.md.
#pragma once

#include <cstdint>
#include <string>

#include <boost/json.hpp>

#include "api/context.h"
#include "core/framework.h"
#include "store/measurements.h"

namespace sk::api {

// The caller's standing towards one school in one programme. A school role only counts when that
// school takes part in that programme.
struct SchoolAccess {
    bool organiser = false;    // organiser of the programme
    bool coordinator = false;  // coordinator of the school
    bool team_member = false;  // team member of the school
    bool editor() const { return coordinator || team_member; }
    bool any() const { return organiser || editor(); }
};
SchoolAccess school_access(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id);

struct ProgrammeRef {
    std::int64_t id = 0;
    std::string name;
    std::string framework_id;
    std::string framework_version;
};
// 404 when it does not exist.
ProgrammeRef load_programme_ref(Ctx& ctx, std::int64_t programme_id);
// Whether `organisation_id` takes part in the programme as a school.
bool is_school_participant(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id);

// One phase for one school: its opening date and the closing date that holds for the school (its own
// extension included).
struct PhaseWindow {
    bool exists = false;        // the programme has this phase
    std::string opens_on;
    std::string phase_closes_on;  // the phase's own date
    std::string closes_on;        // effective for this school
    bool has_extension = false;
    std::string extension;
};
PhaseWindow phase_window(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind);
// Today (Europe/Brussels) within opens_on..closes_on.
bool window_open(Ctx& ctx, const PhaseWindow& w);
// Throws 409 phase_not_open / phase_closed unless the window is open today.
void require_window_open(Ctx& ctx, const PhaseWindow& w);

// The framework a measurement was started with; 409 framework_unavailable when it is not loaded.
const core::Framework& measurement_framework(Ctx& ctx, const std::string& id, const std::string& version);

boost::json::object answer_json(const store::AnswerRow& a);
// The full Measurement of docs/api.md for this caller.
boost::json::object measurement_json(Ctx& ctx, const store::Measurement& m, const SchoolAccess& access);

}  // namespace sk::api
