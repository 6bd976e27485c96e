// Shared by the organiser views of one programme (progress board, import, audit log): the programme's
// existence and organiser check, and its phases in trajectory order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/context.h"

namespace sk::api {

struct BoardProgramme {
    std::int64_t id = 0;
    std::int64_t organiser_id = 0;
    std::string name;
    std::string framework_id;
    std::int64_t max_schools = 0;
};

struct BoardPhase {
    std::string kind;
    std::string opens_on;
    std::string closes_on;
};

// The programme named by the `{id}` path parameter, for one of its organisers: 401 when signed out,
// 404 when it does not exist, 403 for anyone but an organiser of its organiser organisation.
BoardProgramme organiser_programme(Ctx& ctx);

// The programme's phases in trajectory order (baseline, action_plan, ..., award).
std::vector<BoardPhase> programme_phases(store::Db& db, std::int64_t programme_id);

}  // namespace sk::api
