#include "render/award_results_rows.h"

#include <algorithm>
#include <tuple>

namespace sk::render {

namespace {

const std::optional<int>& rank_of(const core::award::CandidateResult& c, AwardOrder order) {
    return order == AwardOrder::raw ? c.raw_rank : c.normalised_rank;
}

}  // namespace

std::vector<const core::award::CandidateResult*> award_in_rank_order(const AwardResultsView& view, AwardOrder order) {
    std::vector<const core::award::CandidateResult*> out;
    for (const auto& c : view.ranking.candidates) out.push_back(&c);
    const auto key = [&](const core::award::CandidateResult* c) {
        const auto& r = rank_of(*c, order);
        return std::tuple(!r.has_value(), r.value_or(0), award_school_name(view, c->candidacy), c->candidacy);
    };
    std::stable_sort(out.begin(), out.end(), [&](auto* a, auto* b) { return key(a) < key(b); });
    return out;
}

bool award_rank_shared(const AwardResultsView& view, AwardOrder order, int rank) {
    int n = 0;
    for (const auto& c : view.ranking.candidates)
        if (rank_of(c, order) == rank) ++n;
    return n > 1;
}

std::string award_school_name(const AwardResultsView& view, std::int64_t candidacy) {
    for (const auto& c : view.candidates)
        if (c.candidacy_id == candidacy) return c.school_name;
    return "#" + std::to_string(candidacy);
}

std::string award_juror_name(const AwardResultsView& view, std::int64_t juror) {
    for (const auto& j : view.jurors)
        if (j.id == juror) return j.name;
    return "#" + std::to_string(juror);
}

std::string award_criterion_name(const AwardResultsView& view, std::int64_t criterion) {
    for (const auto& c : view.criteria)
        if (c.id == criterion) return c.name;
    return "#" + std::to_string(criterion);
}

bool award_is_winner(const AwardResultsView& view, std::int64_t candidacy) {
    for (const auto& c : view.candidates)
        if (c.candidacy_id == candidacy) return c.winner;
    return false;
}

}  // namespace sk::render
