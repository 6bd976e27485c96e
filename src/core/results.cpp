#include "core/results.h"

#include <algorithm>

namespace sk::core {

namespace {

int group_order(std::string_view group) {
    for (std::size_t i = 0; i < std::size(kSurveyGroups); ++i)
        if (kSurveyGroups[i] == group) return static_cast<int>(i);
    return static_cast<int>(std::size(kSurveyGroups));
}

std::optional<double> mean_of(const std::vector<double>& values) {
    if (values.empty()) return std::nullopt;
    double sum = 0;
    for (double v : values) sum += v;
    return sum / static_cast<double>(values.size());
}

}  // namespace

double level_score(Level level) { return rank(level) / 3.0 * 100.0; }
double group_score(double mean) { return (mean - 1.0) / 4.0 * 100.0; }

LabelExplanation explain_label(const LabelRule& rule, std::span<const CriterionLevel> criteria) {
    const auto a = assess_label(rule, criteria);
    LabelExplanation out;
    out.label = a.label;
    out.next = a.next;
    if (!a.next) return out;
    out.at_or_above_next = a.at_or_above_next;
    out.needed = rule.min_criteria_at_level;
    out.missing = a.missing;
    out.blockers = a.below;
    return out;
}

Results compute_results(const Framework& framework, std::span<const Answer> answers, std::span<const GroupAggregate> groups) {
    Results out;
    std::map<std::string_view, const Answer*> answer_of;
    for (const auto& a : answers) answer_of[a.criterion_id] = &a;

    out.groups.assign(groups.begin(), groups.end());
    std::stable_sort(out.groups.begin(), out.groups.end(),
                     [](const GroupAggregate& a, const GroupAggregate& b) { return group_order(a.group) < group_order(b.group); });
    std::vector<const GroupAggregate*> shown;
    for (const auto& g : out.groups)
        if (g.shown) shown.push_back(&g);

    std::vector<CriterionLevel> levels;
    for (const auto& c : framework.criteria) {
        CriterionResult r;
        r.criterion = &c;
        if (auto it = answer_of.find(c.id); it != answer_of.end()) {
            r.level = it->second->level;
            r.comment = it->second->comment;
        }
        if (r.level) {
            r.self = level_score(*r.level);
            ++out.answered;
        }
        levels.push_back({c.id, r.level.value_or(Level::not_yet)});

        std::vector<SourceValue> sources;
        if (r.self) sources.push_back({"self", *r.self});
        for (const auto* g : shown) {
            auto it = std::find_if(g->criteria.begin(), g->criteria.end(), [&](const auto& a) { return a.criterion_id == c.id; });
            if (it == g->criteria.end() || !it->shown) continue;
            r.groups[g->group] = *it;
            if (it->mean) sources.push_back({g->group, group_score(*it->mean)});
        }
        if (sources.size() >= 2) {
            // First of equal values wins (self before the groups, groups in their order), so ties are stable.
            SourceValue hi = sources.front(), lo = sources.front();
            for (const auto& s : sources) {
                if (s.value > hi.value) hi = s;
                if (s.value < lo.value) lo = s;
            }
            r.divergence = hi.value - lo.value;
            if (*r.divergence >= kDivergentSpread) out.divergent.push_back({c.id, *r.divergence, hi, lo});
        }
        out.criteria.push_back(std::move(r));
    }
    // Largest spread first; equal spreads keep framework order.
    std::stable_sort(out.divergent.begin(), out.divergent.end(), [](const Divergent& a, const Divergent& b) { return a.spread > b.spread; });
    if (out.divergent.size() > kDivergentCount) out.divergent.resize(kDivergentCount);

    for (const auto& e : framework.elements) {
        ElementResult er;
        er.element = &e;
        std::vector<double> self;
        std::map<std::string, std::vector<double>> group_values;
        for (const auto& r : out.criteria) {
            if (r.criterion->element_id != e.id) continue;
            if (r.self) self.push_back(*r.self);
            for (const auto& [group, gc] : r.groups)
                if (gc.mean) group_values[group].push_back(group_score(*gc.mean));
        }
        er.self = mean_of(self);
        for (const auto& [group, values] : group_values) er.groups[group] = *mean_of(values);
        out.elements.push_back(std::move(er));
    }
    out.label = explain_label(framework.label_rule, levels);
    return out;
}

std::optional<Comparison> compare(const Results& baseline, const Results& final_results) {
    if (baseline.answered == 0 || final_results.answered == 0) return std::nullopt;
    auto change = [](std::string id, std::optional<double> b, std::optional<double> f) {
        Change c{std::move(id), b, f, std::nullopt};
        if (b && f) c.change = *f - *b;
        return c;
    };
    Comparison out;
    std::map<std::string, std::optional<double>> base_rank;
    for (const auto& r : baseline.criteria)
        base_rank[r.criterion->id] = r.level ? std::optional<double>(rank(*r.level)) : std::nullopt;
    for (const auto& r : final_results.criteria) {
        auto it = base_rank.find(r.criterion->id);
        out.criteria.push_back(change(r.criterion->id, it == base_rank.end() ? std::nullopt : it->second,
                                      r.level ? std::optional<double>(rank(*r.level)) : std::nullopt));
    }
    std::map<std::string, std::optional<double>> base_self;
    for (const auto& e : baseline.elements) base_self[e.element->id] = e.self;
    for (const auto& e : final_results.elements) {
        auto it = base_self.find(e.element->id);
        out.elements.push_back(change(e.element->id, it == base_self.end() ? std::nullopt : it->second, e.self));
    }
    return out;
}

}  // namespace sk::core
