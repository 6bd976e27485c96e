#include "core/award_ranking.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace sk::core::award {

namespace {

// Scores are compared on a 1e-9 grid (see the header): the totals are ratios of small integers, so two
// equal totals reached by different sums must stay equal, and a juror whose totals are all equal must get
// sd = 0 rather than float noise (which would otherwise be blown up to z = ±1 by the division).
constexpr double kGrid = 1e9;
std::int64_t on_grid(double x) { return std::llround(x * kGrid); }
bool at_least(double x, double threshold) { return on_grid(x) >= on_grid(threshold); }

using Key = std::tuple<std::int64_t, std::int64_t, std::int64_t>;  // juror, candidacy, criterion

// The valid scores of known jurors, candidacies and criteria; a later duplicate replaces an earlier one.
struct Index {
    std::set<std::int64_t> jurors, candidacies, criteria;
    std::set<std::pair<std::int64_t, std::int64_t>> recused;  // juror, candidacy
    std::map<Key, int> scores;

    explicit Index(const Input& in) : jurors(in.jurors.begin(), in.jurors.end()), candidacies(in.candidacies.begin(), in.candidacies.end()) {
        for (const auto& c : in.criteria) criteria.insert(c.id);
        for (const auto& r : in.recusals) recused.insert({r.juror, r.candidacy});
        for (const auto& s : in.scores) {
            if (!jurors.contains(s.juror) || !candidacies.contains(s.candidacy) || !criteria.contains(s.criterion)) continue;
            if (s.score < 1 || s.score > in.scale) continue;  // out of range: as if not scored
            scores[{s.juror, s.candidacy, s.criterion}] = s.score;
        }
    }

    int scored(const Input& in, std::int64_t juror, std::int64_t candidacy) const {
        int n = 0;
        for (const auto& c : in.criteria)
            if (scores.contains({juror, candidacy, c.id})) ++n;
        return n;
    }

    // Complete = every criterion scored; a rubric without criteria makes nobody complete (no total exists).
    bool complete(const Input& in, std::int64_t juror, std::int64_t candidacy) const {
        return !in.criteria.empty() && scored(in, juror, candidacy) == static_cast<int>(in.criteria.size());
    }

    // The weighted total Σ weight·score / Σ weight of a complete score set.
    double total(const Input& in, std::int64_t juror, std::int64_t candidacy) const {
        double sum = 0, weights = 0;
        for (const auto& c : in.criteria) {
            sum += static_cast<double>(c.weight) * scores.at({juror, candidacy, c.id});
            weights += c.weight;
        }
        return sum / weights;
    }
};

struct MeanSd {
    double mean = 0, sd = 0;
};
MeanSd mean_sd(const std::vector<double>& xs) {
    MeanSd r;
    if (xs.empty()) return r;
    for (double x : xs) r.mean += x;
    r.mean /= static_cast<double>(xs.size());
    double sq = 0;
    for (double x : xs) sq += (x - r.mean) * (x - r.mean);
    r.sd = std::sqrt(sq / static_cast<double>(xs.size()));  // population sd
    return r;
}

// Standard competition ranking: 1 + the number of candidates with a strictly better score (on the grid).
void competition_rank(std::vector<CandidateResult>& out, std::optional<double> CandidateResult::*score,
                      std::optional<int> CandidateResult::*rank) {
    for (auto& c : out) {
        if (!(c.*score)) continue;
        int better = 0;
        for (const auto& other : out)
            if ((other.*score) && on_grid(*(other.*score)) > on_grid(*(c.*score))) ++better;
        c.*rank = 1 + better;
    }
}

}  // namespace

// The progress matrix asks these for every juror x candidate, so they scan the input once per call instead of
// building the Index (same rules: known ids, scores in 1..scale, each criterion counted once).
int scored_criteria(const Input& input, std::int64_t juror, std::int64_t candidacy) {
    const auto known = [](const std::vector<std::int64_t>& ids, std::int64_t id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    if (!known(input.jurors, juror) || !known(input.candidacies, candidacy)) return 0;
    std::vector<bool> seen(input.criteria.size(), false);
    for (const auto& s : input.scores) {
        if (s.juror != juror || s.candidacy != candidacy || s.score < 1 || s.score > input.scale) continue;
        for (std::size_t k = 0; k < input.criteria.size(); ++k)
            if (input.criteria[k].id == s.criterion) seen[k] = true;
    }
    return static_cast<int>(std::count(seen.begin(), seen.end(), true));
}

bool complete(const Input& input, std::int64_t juror, std::int64_t candidacy) {
    return !input.criteria.empty() && scored_criteria(input, juror, candidacy) == static_cast<int>(input.criteria.size());
}

Ranking rank(const Input& input) {
    const Index index(input);
    const double scale = input.scale;
    const double mid = (1 + scale) / 2;

    // Per juror: the raw totals of the candidates they scored completely and are not recused from.
    std::map<std::int64_t, std::map<std::int64_t, double>> totals;  // juror -> candidacy -> raw
    for (auto j : index.jurors)
        for (auto c : index.candidacies)
            if (!index.recused.contains({j, c}) && index.complete(input, j, c)) totals[j][c] = index.total(input, j, c);

    std::map<std::int64_t, std::vector<JurorTotal>> per_candidate;  // by juror id (jurors iterate in order)
    for (const auto& [juror, row] : totals) {
        std::vector<double> xs;
        for (const auto& [c, raw] : row) xs.push_back(raw);
        const auto stats = mean_sd(xs);
        const bool flat = on_grid(stats.sd) == 0;
        for (const auto& [c, raw] : row) {
            const double z = flat ? 0.0 : (raw - stats.mean) / stats.sd;
            const double norm = std::clamp(mid + z * (scale - 1) / 4, 1.0, scale);
            per_candidate[c].push_back({juror, raw, norm});
        }
    }

    Ranking out;
    for (auto c : index.candidacies) {
        CandidateResult r;
        r.candidacy = c;
        if (auto it = per_candidate.find(c); it != per_candidate.end()) r.jurors = it->second;
        if (!r.jurors.empty()) {
            std::vector<double> raws, norms;
            for (const auto& jt : r.jurors) {
                raws.push_back(jt.raw);
                norms.push_back(jt.normalised);
            }
            r.raw = mean_sd(raws).mean;
            const auto n = mean_sd(norms);
            r.normalised = n.mean;
            if (norms.size() >= 2) {
                const auto [lo, hi] = std::minmax_element(norms.begin(), norms.end());
                r.flagged = at_least(*hi - *lo, (scale - 1) / 2) || at_least(n.sd, (scale - 1) / 4);
            }
        }
        out.candidates.push_back(std::move(r));
    }
    competition_rank(out.candidates, &CandidateResult::raw, &CandidateResult::raw_rank);
    competition_rank(out.candidates, &CandidateResult::normalised, &CandidateResult::normalised_rank);

    for (const auto& r : out.candidates) {
        for (const auto& crit : input.criteria) {
            CriterionMean m{r.candidacy, crit.id, std::nullopt};
            if (!r.jurors.empty()) {
                double sum = 0;
                for (const auto& jt : r.jurors) sum += index.scores.at({jt.juror, r.candidacy, crit.id});
                m.mean = sum / static_cast<double>(r.jurors.size());
            }
            out.per_criterion.push_back(m);
        }
    }
    return out;
}

}  // namespace sk::core::award
