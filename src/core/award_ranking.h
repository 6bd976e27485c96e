// Award ranking: from the jurors' rubric scores to a raw and a normalised ranking of the candidates.
//
// Per juror j and candidate c that j scored completely (every rubric criterion) and is not recused from:
//   raw_jc   = sum(weight_k * score_k) / sum(weight_k)                          (on the scale, 1..scale)
// Normalised per juror, so that a strict and a lenient juror weigh the same:
//   z_jc     = (raw_jc - mean_j) / sd_j   over the candidates j scored completely (population sd);
//              a juror whose totals are all equal (sd_j = 0, or a single candidate) gives z = 0 to all
//   norm_jc  = clamp(mid + z_jc * (scale - 1) / 4, 1, scale),  mid = (1 + scale) / 2
//              (± 2 standard deviations span the whole scale; rarer outliers are clamped)
// Per candidate, over its complete, non-recused jurors:
//   raw = mean of raw_jc, normalised = mean of norm_jc; a candidate nobody scored completely is unranked.
// Rankings: standard competition ranking (1, 2, 2, 4) on raw and on normalised separately, so ties are
// shown and never broken silently. Scores are compared after rounding to 1e-9 so float noise makes no tie
// disappear.
// Disagreement flag: a candidate with at least 2 complete jurors whose norm_jc have a range
// >= (scale - 1) / 2 or a population sd >= (scale - 1) / 4. (A population sd never exceeds half the range,
// so the sd clause adds no case of its own; it is kept as the stated rule.) Both thresholds are in scale
// units, so on scale 10 they are 4.5 and 2.25: the same disagreement relative to the scale flags alike.
// Input hygiene: a score outside 1..scale counts as not given; of two scores for the same (juror, candidacy,
// criterion) the later one counts; a rubric without criteria makes nobody complete (so nobody is ranked).
// The normalisation of a juror runs over the candidates they are not recused from, like everything else.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace sk::core::award {

struct Criterion {
    std::int64_t id = 0;
    int weight = 1;  // 1..100
};

struct Score {
    std::int64_t juror = 0;
    std::int64_t candidacy = 0;
    std::int64_t criterion = 0;
    int score = 0;  // 1..scale
};

struct Recusal {
    std::int64_t juror = 0;
    std::int64_t candidacy = 0;
};

struct Input {
    int scale = 5;  // 5 or 10
    std::vector<Criterion> criteria;
    std::vector<std::int64_t> jurors;
    std::vector<std::int64_t> candidacies;
    std::vector<Score> scores;      // scores of unknown jurors, candidacies or criteria are ignored
    std::vector<Recusal> recusals;  // a recused juror's scores for that candidacy are ignored
};

struct JurorTotal {
    std::int64_t juror = 0;
    double raw = 0;         // weighted total on the scale
    double normalised = 0;  // rescaled z-score on the scale
};

struct CandidateResult {
    std::int64_t candidacy = 0;
    std::vector<JurorTotal> jurors;  // complete, non-recused jurors, by juror id
    std::optional<double> raw;        // none: nobody scored it completely
    std::optional<double> normalised;
    std::optional<int> raw_rank;      // competition ranking, 1 = best
    std::optional<int> normalised_rank;
    bool flagged = false;             // jurors disagree strongly
};

struct CriterionMean {
    std::int64_t candidacy = 0;
    std::int64_t criterion = 0;
    std::optional<double> mean;  // mean raw score of the complete, non-recused jurors
};

struct Ranking {
    std::vector<CandidateResult> candidates;  // by candidacy id
    std::vector<CriterionMean> per_criterion; // candidacy x criterion, by candidacy then criterion order
};

Ranking rank(const Input& input);

// True when a juror's score set for one candidate covers every criterion (used for the progress matrix).
// Recusal is not looked at here: the matrix shows it separately.
bool complete(const Input& input, std::int64_t juror, std::int64_t candidacy);

// How many rubric criteria that juror gave a valid score for that candidate (the k of "k of n").
int scored_criteria(const Input& input, std::int64_t juror, std::int64_t candidacy);

}  // namespace sk::core::award
