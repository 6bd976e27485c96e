#include "api/award_scope.h"

#include "api/authz.h"
#include "core/brussels_date.h"

namespace sk::api {

AwardScope load_award(Ctx& ctx) {
    const auto user_id = ctx.user().id;
    AwardScope s;
    s.programme = load_programme_ref(ctx, id_param(ctx, "id"));
    s.round = store::award_find_round(ctx.db, s.programme.id);
    s.organiser = is_programme_organiser(ctx, s.programme.id);
    s.juror = s.round && store::award_is_juror(ctx.db, s.round->id, user_id);
    return s;
}

const store::AwardRound& require_round(const AwardScope& scope) {
    if (!scope.round) award_conflict("no_round");
    return *scope.round;
}

void award_conflict(const std::string& code) { throw ApiError{409, code, {}, {}, {}}; }

bool accepting_candidacies(Ctx& ctx, const store::AwardRound& round) {
    const auto today = core::brussels_date(ctx.now());
    return round.status == "open" && round.opens_on <= today && today <= round.closes_on;
}

std::vector<CallerSchool> caller_schools(Ctx& ctx, std::int64_t programme_id) {
    std::vector<CallerSchool> out;
    for (const auto& r : ctx.db
                             .exec("SELECT o.id, o.name, MAX(CASE WHEN m.role = 'coordinator' THEN 1 ELSE 0 END) FROM memberships m "
                                   "JOIN organisations o ON o.id = m.organisation_id "
                                   "JOIN programme_participants pp ON pp.organisation_id = o.id AND pp.programme_id = $1 AND pp.kind = 'school' "
                                   "WHERE m.user_id = $2 AND m.role IN ('coordinator', 'team_member') GROUP BY o.id, o.name ORDER BY o.name, o.id",
                                   {programme_id, ctx.user().id})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.i64(2) == 1});
    return out;
}

bool final_submitted(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    return !ctx.db
                .exec("SELECT 1 FROM measurements WHERE programme_id = $1 AND organisation_id = $2 AND kind = 'final' "
                      "AND status = 'submitted'",
                      {programme_id, organisation_id})
                .empty();
}

boost::json::object criterion_json(const store::AwardCriterion& c) {
    boost::json::array descriptors;
    for (const auto& d : c.descriptors) descriptors.emplace_back(d);
    return {{"id", c.id}, {"position", c.position}, {"name", c.name}, {"weight", c.weight}, {"descriptors", std::move(descriptors)}};
}

boost::json::object round_json(Ctx& ctx, const store::AwardRound& round) {
    boost::json::array criteria, winners;
    for (const auto& c : store::award_criteria(ctx.db, round.id)) criteria.push_back(criterion_json(c));
    if (round.status == "announced")
        for (const auto& c : store::award_candidacies(ctx.db, round.id))
            if (c.result == "won") winners.push_back(c.id);
    return {{"programmeId", round.programme_id},
            {"opensOn", round.opens_on},
            {"closesOn", round.closes_on},
            {"scale", round.scale},
            {"status", round.status},
            {"acceptingCandidacies", accepting_candidacies(ctx, round)},
            {"rubricLocked", store::award_has_scores(ctx.db, round.id)},
            {"criteria", std::move(criteria)},
            {"winners", std::move(winners)},
            {"createdAt", round.created_at},
            {"updatedAt", round.updated_at}};
}

AwardData load_award_data(Ctx& ctx, const store::AwardRound& round) {
    AwardData d;
    d.criteria = store::award_criteria(ctx.db, round.id);
    for (auto& c : store::award_candidacies(ctx.db, round.id))
        if (c.status == "submitted") d.candidacies.push_back(std::move(c));
    d.jurors = store::award_jurors(ctx.db, round.id);
    d.scores = store::award_scores(ctx.db, round.id);
    d.recusals = store::award_recusals(ctx.db, round);
    d.input.scale = round.scale;
    for (const auto& c : d.criteria) d.input.criteria.push_back({c.id, c.weight});
    for (const auto& j : d.jurors) d.input.jurors.push_back(j.user_id);
    for (const auto& c : d.candidacies) d.input.candidacies.push_back(c.id);
    for (const auto& s : d.scores) d.input.scores.push_back({s.juror_id, s.candidacy_id, s.criterion_id, s.score});
    for (const auto& r : d.recusals) d.input.recusals.push_back({r.juror_id, r.candidacy_id});
    return d;
}

bool is_recused(const AwardData& d, std::int64_t juror, std::int64_t candidacy) {
    for (const auto& r : d.recusals)
        if (r.juror_id == juror && r.candidacy_id == candidacy) return true;
    return false;
}

}  // namespace sk::api
