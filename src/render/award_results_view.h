// The results of a closed award round as the PDF and the XLSX show them. Filled by the award API from the
// stored round and core::award::rank(); organisers only (and jurors after close), so names are shown.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/award_ranking.h"

namespace sk::render {

struct AwardCriterionInfo {
    std::int64_t id = 0;
    std::string name;
    int weight = 1;
};

struct AwardJurorInfo {
    std::int64_t id = 0;
    std::string name;
};

struct AwardCandidateInfo {
    std::int64_t candidacy_id = 0;
    std::string school_name;
    bool winner = false;
};

struct AwardJurorScore {  // one stored score, for the "scores per juror" sheet
    std::int64_t juror = 0;
    std::int64_t candidacy = 0;
    std::int64_t criterion = 0;
    int score = 0;
    std::string comment;
    bool recused = false;  // the juror is recused from this candidacy (the score does not count)
};

struct AwardResultsView {
    std::string programme_name;
    int scale = 5;
    std::string status;  // closed | announced
    std::vector<AwardCriterionInfo> criteria;  // rubric order
    std::vector<AwardJurorInfo> jurors;
    std::vector<AwardCandidateInfo> candidates;
    std::vector<AwardJurorScore> scores;
    core::award::Ranking ranking;
};

}  // namespace sk::render
