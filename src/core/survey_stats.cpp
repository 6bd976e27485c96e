#include "core/survey_stats.h"

namespace sk::core {

int counted(int n) { return n < 0 ? 0 : n - n % kMinGroupResponses; }

GroupAggregate aggregate_group(const std::string& group, const std::vector<SurveyResponse>& responses,
                               const std::vector<std::string>& criterion_ids) {
    GroupAggregate out;
    out.group = group;
    out.responses = static_cast<int>(responses.size());
    out.counted = counted(out.responses);
    out.shown = out.responses >= kMinGroupResponses;
    if (!out.shown) return out;  // below the threshold nothing is computed, so nothing can leak
    for (const auto& id : criterion_ids) {
        // The counted responses' scores in the order they came in, and their "don't know"s.
        std::vector<int> scores;
        int dont_know = 0;
        for (int i = 0; i < out.counted; ++i) {
            const auto& response = responses[static_cast<std::size_t>(i)];
            auto it = response.find(id);
            if (it == response.end()) continue;
            if (!it->second) ++dont_know;
            else if (*it->second >= 1 && *it->second <= 5) scores.push_back(*it->second);
        }
        CriterionAggregate c;
        c.criterion_id = id;
        const int used = counted(static_cast<int>(scores.size()));
        if (used >= kMinGroupResponses) {
            int sum = 0;
            for (int k = 0; k < used; ++k) sum += scores[static_cast<std::size_t>(k)];
            c.shown = true;
            c.scores = used;
            c.dont_know = dont_know;
            c.responses = used + dont_know;
            c.mean = static_cast<double>(sum) / used;
        }
        out.criteria.push_back(std::move(c));
    }
    return out;
}

}  // namespace sk::core
