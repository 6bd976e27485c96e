#include "core/working_groups.h"

#include <algorithm>

namespace sk::core {

int theme_gap(std::span<const std::size_t> criteria, const LevelVector& levels) {
    int gap = 0;
    for (auto c : criteria) {
        const int level = c < levels.size() && levels[c] != kUnanswered ? levels[c] : rank(Level::not_yet);
        gap = std::max(gap, rank(kWorkingGroupTarget) - level);
    }
    return gap;
}

std::vector<Theme> propose_working_groups(const Framework& framework, std::span<const FocusPoint> focus,
                                          std::span<const SchoolLevels> schools, std::span<const CompanyOffer> companies) {
    std::vector<Theme> themes;
    for (const auto& point : focus) {
        if (point.criterion >= framework.criteria.size()) continue;
        const auto& element = framework.criteria[point.criterion].element_id;
        auto it = std::find_if(themes.begin(), themes.end(), [&](const Theme& t) { return t.element_id == element; });
        if (it == themes.end()) {
            themes.push_back({element, {}, {}, {}});
            it = themes.end() - 1;
        }
        it->criteria.push_back(point.criterion);
    }
    for (auto& t : themes) std::sort(t.criteria.begin(), t.criteria.end());
    if (themes.empty()) return themes;

    for (const auto& school : schools) {
        std::size_t best = 0;
        int best_gap = -1;
        for (std::size_t t = 0; t < themes.size(); ++t) {
            const int gap = theme_gap(themes[t].criteria, school.levels);
            if (gap > best_gap) {  // strictly larger: a tie keeps the earlier theme
                best = t;
                best_gap = gap;
            }
        }
        themes[best].schools.push_back(school.organisation_id);
    }

    for (auto& t : themes) {
        for (const auto& offer : companies)
            if (offer.free_capacity > 0 && std::find(offer.expertise.begin(), offer.expertise.end(), t.element_id) != offer.expertise.end())
                t.companies.push_back(&offer);
        std::stable_sort(t.companies.begin(), t.companies.end(), [](const CompanyOffer* a, const CompanyOffer* b) {
            if (a->free_capacity != b->free_capacity) return a->free_capacity > b->free_capacity;
            if (a->name != b->name) return a->name < b->name;
            return a->organisation_id < b->organisation_id;
        });
    }
    return themes;
}

}  // namespace sk::core
