#include "api/award_results_view.h"

#include "api/award_scope.h"

namespace sk::api {

AwardResultsView award_results_view(Ctx& ctx, const std::string& programme_name, const store::AwardRound& round) {
    const auto d = load_award_data(ctx, round);
    AwardResultsView v;
    v.programme_name = programme_name;
    v.scale = round.scale;
    v.status = round.status;
    for (const auto& c : d.criteria) v.criteria.push_back({c.id, c.name, c.weight});
    for (const auto& j : d.jurors) v.jurors.push_back({j.user_id, j.name});
    for (const auto& c : d.candidacies) v.candidates.push_back({c.id, c.school_name, c.result == "won"});
    for (const auto& s : d.scores) {
        bool known = false;
        for (const auto& c : d.candidacies) known = known || c.id == s.candidacy_id;
        if (known) v.scores.push_back({s.juror_id, s.candidacy_id, s.criterion_id, s.score, s.comment, is_recused(d, s.juror_id, s.candidacy_id)});
    }
    v.ranking = core::award::rank(d.input);
    return v;
}

const render::AwardCandidateInfo* find_candidate(const AwardResultsView& v, std::int64_t candidacy_id) {
    for (const auto& c : v.candidates)
        if (c.candidacy_id == candidacy_id) return &c;
    return nullptr;
}

}  // namespace sk::api
