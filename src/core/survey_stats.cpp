#include "core/survey_stats.h"

namespace sk::core {

GroupAggregate aggregate_group(const std::string& group, const std::vector<SurveyResponse>& responses,
                               const std::vector<std::string>& criterion_ids) {
    GroupAggregate out;
    out.group = group;
    out.responses = static_cast<int>(responses.size());
    out.shown = out.responses >= kMinGroupResponses;
    if (!out.shown) return out;  // below the threshold nothing is computed, so nothing can leak
    for (const auto& id : criterion_ids) {
        CriterionAggregate c;
        c.criterion_id = id;
        int sum = 0, scored = 0;
        for (const auto& response : responses) {
            auto it = response.find(id);
            if (it == response.end()) continue;
            if (!it->second) {
                ++c.responses;
                ++c.dont_know;
            } else if (*it->second >= 1 && *it->second <= 5) {
                ++c.responses;
                sum += *it->second;
                ++scored;
            }
        }
        if (scored > 0) c.mean = static_cast<double>(sum) / scored;
        out.criteria.push_back(std::move(c));
    }
    return out;
}

}  // namespace sk::core
