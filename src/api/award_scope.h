// Shared by the award handlers (docs/api.md "Award"): loading the programme and its round, who the caller is
// towards the round, the Round JSON, and the inputs of the ranking rule. Authorization is decided here on the
// objects (the programme, the round, the candidacy), never on the route alone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "api/context.h"
#include "api/measurement_scope.h"
#include "core/award_ranking.h"
#include "store/award.h"

namespace sk::api {

struct AwardScope {
    ProgrammeRef programme;
    std::optional<store::AwardRound> round;
    bool organiser = false;  // organiser of the organisation that runs the programme
    bool juror = false;      // juror of the programme's round
};

// 401 signed out, 404 unknown programme. Does not decide access: the handler does.
AwardScope load_award(Ctx& ctx);
// The round; 409 no_round when the organiser has not created it yet.
const store::AwardRound& require_round(const AwardScope& scope);

[[noreturn]] void award_conflict(const std::string& code);

// Status open and today (Europe/Brussels) within [opens_on, closes_on].
bool accepting_candidacies(Ctx& ctx, const store::AwardRound& round);

// The schools of the caller (coordinator or team member) that take part in the programme.
struct CallerSchool {
    std::int64_t organisation_id = 0;
    std::string name;
    bool coordinator = false;
};
std::vector<CallerSchool> caller_schools(Ctx& ctx, std::int64_t programme_id);
bool final_submitted(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id);

boost::json::object criterion_json(const store::AwardCriterion& c);
boost::json::object round_json(Ctx& ctx, const store::AwardRound& round);

// Everything the ranking rule needs, from the stored round: submitted candidacies only.
struct AwardData {
    std::vector<store::AwardCriterion> criteria;
    std::vector<store::AwardCandidacy> candidacies;  // submitted, by school name
    std::vector<store::AwardJuror> jurors;
    std::vector<store::AwardScore> scores;
    std::vector<store::AwardRecusal> recusals;
    core::award::Input input;
};
AwardData load_award_data(Ctx& ctx, const store::AwardRound& round);
bool is_recused(const AwardData& d, std::int64_t juror, std::int64_t candidacy);

}  // namespace sk::api
