#include "core/group_report.h"

#include <algorithm>
#include <charconv>
#include <numeric>

namespace sk::core {

namespace {

// The level at position `pos` (0-based) of the sorted answered levels, read off the counts.
int level_at(const std::array<int, kLevelCount>& counts, int pos) {
    int seen = 0;
    for (int level = 0; level < kLevelCount; ++level) {
        seen += counts[static_cast<std::size_t>(level)];
        if (pos < seen) return level;
    }
    return kLevelCount - 1;
}

}  // namespace

CriterionStats criterion_stats(const std::array<int, kLevelCount>& counts) {
    CriterionStats s;
    s.counts = counts;
    s.answered = std::accumulate(counts.begin(), counts.end(), 0);
    if (s.answered == 0) return s;
    const int n = s.answered;
    s.median = static_cast<Level>(level_at(counts, (n - 1) / 2));
    const int q = (n - 1) / 4;
    s.spread = level_at(counts, n - 1 - q) - level_at(counts, q);
    return s;
}

std::vector<FocusPoint> focus_points(std::span<const CriterionStats> criteria, int count) {
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < criteria.size(); ++i)
        if (criteria[i].median) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = criteria[a];
        const auto& y = criteria[b];
        if (*x.median != *y.median) return *x.median < *y.median;
        if (*x.spread != *y.spread) return *x.spread > *y.spread;
        if (x.counts[0] != y.counts[0]) return x.counts[0] > y.counts[0];
        return a < b;
    });
    if (order.size() > static_cast<std::size_t>(std::max(count, 0))) order.resize(static_cast<std::size_t>(std::max(count, 0)));
    std::vector<FocusPoint> out;
    for (auto i : order) out.push_back({i, *criteria[i].median, *criteria[i].spread});
    return out;
}

std::optional<double> element_mean(const Framework& framework, std::string_view element_id, const LevelVector& levels) {
    long sum = 0;
    int n = 0;
    for (std::size_t c = 0; c < framework.criteria.size() && c < levels.size(); ++c) {
        if (framework.criteria[c].element_id != element_id || levels[c] == kUnanswered) continue;
        sum += levels[c];
        ++n;
    }
    if (n == 0) return std::nullopt;
    return static_cast<double>(sum) / n;
}

GroupReport compute_group_report(const Framework& framework, std::span<const SchoolLevels> measured,
                                 std::span<const SchoolLevels> baseline, std::span<const SchoolLevels> final_levels) {
    const std::size_t nc = framework.criteria.size();
    GroupReport report;

    // One pass over the schools: counts per criterion and the label estimate.
    std::vector<std::array<int, kLevelCount>> counts(nc);
    std::vector<Level> as_levels(nc);
    report.estimates.reserve(measured.size());
    for (const auto& school : measured) {
        for (std::size_t c = 0; c < nc; ++c) {
            const auto v = c < school.levels.size() ? school.levels[c] : kUnanswered;
            if (v >= 0 && v < kLevelCount) {
                ++counts[c][static_cast<std::size_t>(v)];
                as_levels[c] = static_cast<Level>(v);
            } else {
                as_levels[c] = Level::not_yet;  // the label rule counts an unanswered criterion as not_yet
            }
        }
        const Label label = label_reached(framework.label_rule, as_levels);
        report.estimates.push_back(label);
        ++report.estimated[static_cast<std::size_t>(rank(label))];
    }
    report.criteria.reserve(nc);
    for (const auto& c : counts) report.criteria.push_back(criterion_stats(c));

    // Element means straight from the counts: the sum of levels is sum(level * count).
    for (const auto& element : framework.elements) {
        long sum = 0;
        long n = 0;
        for (std::size_t c = 0; c < nc; ++c) {
            if (framework.criteria[c].element_id != element.id) continue;
            for (int level = 0; level < kLevelCount; ++level) {
                sum += static_cast<long>(level) * counts[c][static_cast<std::size_t>(level)];
                n += counts[c][static_cast<std::size_t>(level)];
            }
        }
        report.element_means.push_back(n == 0 ? std::nullopt : std::optional<double>(static_cast<double>(sum) / static_cast<double>(n)));
    }

    report.focus_points = focus_points(report.criteria);

    // Progress: merge the two lists (both sorted by organisation id).
    std::vector<long> change_sum(nc, 0);
    report.progress.assign(nc, ProgressStats{});
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < baseline.size() && j < final_levels.size()) {
        if (baseline[i].organisation_id < final_levels[j].organisation_id) {
            ++i;
        } else if (final_levels[j].organisation_id < baseline[i].organisation_id) {
            ++j;
        } else {
            const auto& b = baseline[i].levels;
            const auto& f = final_levels[j].levels;
            for (std::size_t c = 0; c < nc && c < b.size() && c < f.size(); ++c) {
                if (b[c] == kUnanswered || f[c] == kUnanswered) continue;
                auto& p = report.progress[c];
                ++p.compared;
                change_sum[c] += f[c] - b[c];
                if (f[c] > b[c]) ++p.improved;
            }
            ++i;
            ++j;
        }
    }
    for (std::size_t c = 0; c < nc; ++c)
        if (report.progress[c].compared > 0) report.progress[c].mean_change = static_cast<double>(change_sum[c]) / report.progress[c].compared;
    return report;
}

std::string pack_levels(std::span<const std::pair<std::string, Level>> answers) {
    std::string out;
    for (const auto& [id, level] : answers) {
        if (!out.empty()) out += ';';
        out += id;
        out += '=';
        out += static_cast<char>('0' + rank(level));
    }
    return out;
}

CriterionIndex::CriterionIndex(const Framework& framework) {
    for (const auto& c : framework.criteria) ids_.push_back(c.id);
}

std::optional<std::size_t> CriterionIndex::find(std::string_view criterion_id, std::size_t hint) const {
    if (hint < ids_.size() && ids_[hint] == criterion_id) return hint;
    for (std::size_t i = 0; i < ids_.size(); ++i)
        if (ids_[i] == criterion_id) return i;
    return std::nullopt;
}

LevelVector unpack_levels(std::string_view packed, const CriterionIndex& index) {
    LevelVector out(index.size(), kUnanswered);
    std::size_t hint = 0;  // projections are written in framework order: try the next position first
    while (!packed.empty()) {
        const auto end = packed.find(';');
        const auto pair = packed.substr(0, end);
        packed = end == std::string_view::npos ? std::string_view{} : packed.substr(end + 1);
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos || eq + 2 != pair.size()) continue;
        const char digit = pair[eq + 1];
        if (digit < '0' || digit > '3') continue;
        const auto id = pair.substr(0, eq);
        const auto pos = index.find(id, hint);
        if (!pos) continue;
        out[*pos] = static_cast<std::int8_t>(digit - '0');
        hint = *pos + 1;
    }
    return out;
}

}  // namespace sk::core
