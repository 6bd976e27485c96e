#include "core/matching.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <queue>
#include <stdexcept>
#include <tuple>

namespace sk::core::matching {

namespace {

// Shared borders (both directions are looked up). Brussels lies wholly inside Flemish Brabant.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kNeighbours = {{
    {"antwerpen", "limburg"},
    {"antwerpen", "oost-vlaanderen"},
    {"antwerpen", "vlaams-brabant"},
    {"limburg", "vlaams-brabant"},
    {"oost-vlaanderen", "west-vlaanderen"},
    {"oost-vlaanderen", "vlaams-brabant"},
    {"vlaams-brabant", "brussel"},
}};

int expertise_points(int covered, int focus) { return focus == 0 ? 0 : kExpertisePoints * covered / focus; }

}  // namespace

std::string_view relation_id(ProvinceRelation r) {
    switch (r) {
        case ProvinceRelation::same: return "same";
        case ProvinceRelation::neighbouring: return "neighbouring";
        case ProvinceRelation::other: break;
    }
    return "other";
}

ProvinceRelation province_relation(std::string_view a, std::string_view b) {
    static constexpr std::array<std::string_view, 6> known = {"antwerpen", "limburg", "oost-vlaanderen",
                                                             "vlaams-brabant", "west-vlaanderen", "brussel"};
    if (std::find(known.begin(), known.end(), a) == known.end()) return ProvinceRelation::other;
    if (a == b) return ProvinceRelation::same;
    for (const auto& [x, y] : kNeighbours)
        if ((a == x && b == y) || (a == y && b == x)) return ProvinceRelation::neighbouring;
    return ProvinceRelation::other;
}

int province_points(ProvinceRelation r) {
    switch (r) {
        case ProvinceRelation::same: return kSameProvincePoints;
        case ProvinceRelation::neighbouring: return kNeighbouringProvincePoints;
        case ProvinceRelation::other: break;
    }
    return 0;
}

Explanation explain(const School& school, const Company& company) {
    Explanation e;
    e.province = province_relation(school.province, company.province);
    e.province_points = province_points(e.province);
    for (const auto& f : school.focus) {
        e.focus_criteria.push_back(f.criterion_id);
        if (std::find(company.expertise.begin(), company.expertise.end(), f.element_id) != company.expertise.end())
            e.covered_criteria.push_back(f.criterion_id);
    }
    e.expertise_points = expertise_points(static_cast<int>(e.covered_criteria.size()), static_cast<int>(e.focus_criteria.size()));
    e.score = e.province_points + e.expertise_points;
    return e;
}

int score(const School& school, const Company& company) { return explain(school, company).score; }

namespace {

// The instance in compact form: schools in id order, company groups, and the score of every
// (school, group) pair in a dense row-major matrix (scores fit a byte: 0..100).
struct Compact {
    std::vector<const School*> schools;
    std::vector<const Company*> companies;       // id order, only those with free capacity
    std::vector<std::vector<int>> group_members;  // indexes into `companies`, id order
    std::vector<int> group_capacity;
    std::vector<std::uint8_t> score;              // schools.size() x groups
    int groups() const { return static_cast<int>(group_capacity.size()); }
    int w(int s, int g) const { return score[static_cast<std::size_t>(s) * group_capacity.size() + g]; }
};

Compact compact(const std::vector<School>& schools, const std::vector<Company>& companies) {
    Compact c;
    for (const auto& s : schools) c.schools.push_back(&s);
    std::sort(c.schools.begin(), c.schools.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (std::size_t i = 1; i < c.schools.size(); ++i)
        if (c.schools[i]->id == c.schools[i - 1]->id) throw std::invalid_argument("matching: duplicate school id");
    std::vector<const Company*> all;
    for (const auto& co : companies) all.push_back(&co);
    std::sort(all.begin(), all.end(), [](auto* a, auto* b) { return a->id < b->id; });
    for (std::size_t i = 1; i < all.size(); ++i)
        if (all[i]->id == all[i - 1]->id) throw std::invalid_argument("matching: duplicate company id");
    for (auto* co : all)
        if (co->free_capacity > 0) c.companies.push_back(co);

    // Key elements to bits, in sorted id order so the groups come out in a stable order.
    std::map<std::string, int> bit;
    for (auto* co : c.companies)
        for (const auto& e : co->expertise) bit.emplace(e, 0);
    for (auto* s : c.schools)
        for (const auto& f : s->focus) bit.emplace(f.element_id, 0);
    if (bit.size() > 64) throw std::invalid_argument("matching: more than 64 key elements");
    int next = 0;
    for (auto& [id, b] : bit) b = next++;

    std::map<std::pair<std::string, std::uint64_t>, int> group_of;  // (province, expertise mask) -> group
    std::vector<std::pair<std::string, std::uint64_t>> group_key;
    for (int i = 0; i < static_cast<int>(c.companies.size()); ++i) {
        std::uint64_t mask = 0;
        for (const auto& e : c.companies[i]->expertise) mask |= std::uint64_t{1} << bit.at(e);
        auto key = std::make_pair(c.companies[i]->province, mask);
        auto [it, added] = group_of.emplace(key, static_cast<int>(group_key.size()));
        if (added) {
            group_key.push_back(key);
            c.group_members.emplace_back();
            c.group_capacity.push_back(0);
        }
        c.group_members[it->second].push_back(i);
        c.group_capacity[it->second] += c.companies[i]->free_capacity;
    }

    // Province points by index (the known provinces, then "unknown" which is other to everything), so
    // the S x G score loop compares no strings.
    static constexpr std::array<std::string_view, 6> known = {"antwerpen", "limburg", "oost-vlaanderen",
                                                             "vlaams-brabant", "west-vlaanderen", "brussel"};
    auto province_index = [](const std::string& p) {
        return static_cast<int>(std::find(known.begin(), known.end(), p) - known.begin());  // 6 = unknown
    };
    std::array<std::array<int, 7>, 7> points{};
    for (int a = 0; a < 6; ++a)
        for (int b = 0; b < 6; ++b) points[a][b] = province_points(province_relation(known[a], known[b]));
    const int G = c.groups();
    std::vector<int> group_province(G);
    for (int g = 0; g < G; ++g) group_province[g] = province_index(group_key[g].first);
    c.score.assign(c.schools.size() * static_cast<std::size_t>(G), 0);
    for (std::size_t s = 0; s < c.schools.size(); ++s) {
        const School& school = *c.schools[s];
        const int focus = static_cast<int>(school.focus.size());
        const int sp = province_index(school.province);
        std::vector<std::uint64_t> focus_bits;
        for (const auto& f : school.focus) focus_bits.push_back(std::uint64_t{1} << bit.at(f.element_id));
        for (int g = 0; g < G; ++g) {
            int covered = 0;
            for (auto b : focus_bits) covered += (group_key[g].second & b) != 0;
            c.score[s * G + g] = static_cast<std::uint8_t>(points[sp][group_province[g]] + expertise_points(covered, focus));
        }
    }
    return c;
}

// Splits each group's schools over its member companies (both in id order, each company up to its free
// capacity) and builds the result.
Result expand(const Compact& c, const std::vector<int>& group_of_school) {
    Result r;
    std::vector<std::vector<int>> schools_of(c.groups());
    for (int s = 0; s < static_cast<int>(c.schools.size()); ++s)
        if (group_of_school[s] >= 0) schools_of[group_of_school[s]].push_back(s);
    for (int g = 0; g < c.groups(); ++g) {
        std::size_t member = 0;
        int used = 0;
        for (int s : schools_of[g]) {
            while (used >= c.companies[c.group_members[g][member]]->free_capacity) {
                ++member;
                used = 0;
            }
            const int sc = c.w(s, g);
            r.pairs.push_back({c.schools[s]->id, c.companies[c.group_members[g][member]]->id, sc});
            r.total += sc;
            ++used;
        }
    }
    std::sort(r.pairs.begin(), r.pairs.end(), [](const Pair& a, const Pair& b) { return a.school_id < b.school_id; });
    return r;
}

// Successive shortest paths on the residual graph of source -> schools -> groups -> sink. Only the arcs a
// simple source-to-sink path can use are represented: source->school (school free), school->group
// (score > 0, not its group; cost -score), group->school (the school is in the group; cost +score),
// group->sink (room left; cost 0).
class Flow {
public:
    explicit Flow(const Compact& c)
        : c_(c), S_(static_cast<int>(c.schools.size())), G_(c.groups()), T_(S_ + G_), SRC_(S_ + G_ + 1),
          pi_(S_ + G_ + 2, 0), dist_(S_ + G_ + 2), done_(S_ + G_ + 2), seen_(S_ + G_ + 2, 0),
          group_of_(S_, -1), pos_in_group_(S_, -1), members_(G_), used_(G_, 0) {
        // Initial potentials make every reduced cost non-negative: the graph is acyclic before any flow.
        std::int64_t lowest = 0;
        for (int g = 0; g < G_; ++g) {
            std::int64_t p = 0;
            for (int s = 0; s < S_; ++s) p = std::min<std::int64_t>(p, -c_.w(s, g));
            pi_[S_ + g] = p;
            lowest = std::min(lowest, p);
        }
        pi_[T_] = lowest;
    }

    std::vector<int> run() {
        while (shortest_paths()) {
            if (pi_[T_] - pi_[SRC_] >= 0) break;  // no path improves the total any more
            ++stamp_;
            int found = 0;
            for (int s = 0; s < S_; ++s)
                if (group_of_[s] < 0 && pi_[s] == pi_[SRC_] && seen_[s] != stamp_ && augment_from_school(s)) ++found;
            if (found == 0) break;  // cannot happen: Dijkstra just found an admissible path
        }
        return group_of_;
    }

private:
    std::int64_t reduced(std::int64_t cost, int u, int v) const { return cost + pi_[u] - pi_[v]; }

    // Dijkstra from the source on reduced costs; stops once the sink is settled. Updates the potentials
    // with min(dist, dist(sink)), which keeps every reduced cost non-negative and makes the arcs of every
    // shortest source-sink path zero. False when the sink cannot be reached.
    bool shortest_paths() {
        constexpr std::int64_t inf = std::numeric_limits<std::int64_t>::max() / 4;
        std::fill(dist_.begin(), dist_.end(), inf);
        std::fill(done_.begin(), done_.end(), 0);
        using Item = std::pair<std::int64_t, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
        auto relax = [&](int v, std::int64_t d) {
            if (d < dist_[v]) {
                dist_[v] = d;
                heap.push({d, v});
            }
        };
        dist_[SRC_] = 0;
        done_[SRC_] = 1;
        for (int s = 0; s < S_; ++s)
            if (group_of_[s] < 0) relax(s, reduced(0, SRC_, s));
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (done_[u] || d != dist_[u]) continue;
            done_[u] = 1;
            if (u == T_) break;
            if (u < S_) {
                const std::uint8_t* row = &c_.score[static_cast<std::size_t>(u) * G_];
                const std::int64_t base = d + pi_[u];
                for (int g = 0; g < G_; ++g) {
                    if (row[g] == 0 || g == group_of_[u]) continue;
                    const int v = S_ + g;
                    const std::int64_t nd = base - row[g] - pi_[v];
                    if (nd < dist_[v]) relax(v, nd);
                }
            } else {
                const int g = u - S_;
                for (int s : members_[g]) relax(s, d + reduced(c_.w(s, g), u, s));
                if (used_[g] < c_.group_capacity[g]) relax(T_, d + reduced(0, u, T_));
            }
        }
        if (!done_[T_]) return false;
        const std::int64_t dt = dist_[T_];
        for (std::size_t v = 0; v < pi_.size(); ++v) pi_[v] += done_[v] ? std::min(dist_[v], dt) : dt;
        return true;
    }

    // One depth-first search over zero-reduced-cost arcs; nodes seen in this pass are not entered again,
    // so a pass costs at most one scan of the graph.
    bool augment_from_school(int s) {
        seen_[s] = stamp_;
        const std::uint8_t* row = &c_.score[static_cast<std::size_t>(s) * G_];
        for (int g = 0; g < G_; ++g) {
            const int v = S_ + g;
            if (row[g] == 0 || g == group_of_[s] || seen_[v] == stamp_) continue;
            if (reduced(-row[g], s, v) != 0) continue;
            if (augment_from_group(g)) {
                assign(s, g);
                return true;
            }
        }
        return false;
    }

    bool augment_from_group(int g) {
        const int u = S_ + g;
        seen_[u] = stamp_;
        if (used_[g] < c_.group_capacity[g] && reduced(0, u, T_) == 0) {
            ++used_[g];  // assign() below moves the school in; the sink arc takes one unit
            return true;
        }
        // Push a member out to another group. Copy: assign() below changes members_[g].
        for (std::size_t i = 0; i < members_[g].size(); ++i) {
            const int s = members_[g][i];
            if (seen_[s] == stamp_ || reduced(c_.w(s, g), u, s) != 0) continue;
            if (augment_from_school(s)) return true;  // s moved to another group, freeing one place in g
        }
        return false;
    }

    // Moves school s into group g (out of its old group, if any). Capacity bookkeeping: the sink arc is
    // counted in augment_from_group; a school leaving a group hands its place to the school entering.
    void assign(int s, int g) {
        const int old = group_of_[s];
        if (old >= 0) {
            auto& m = members_[old];
            const int p = pos_in_group_[s];
            m[p] = m.back();
            pos_in_group_[m[p]] = p;
            m.pop_back();
        }
        group_of_[s] = g;
        pos_in_group_[s] = static_cast<int>(members_[g].size());
        members_[g].push_back(s);
    }

    const Compact& c_;
    const int S_, G_, T_, SRC_;
    std::vector<std::int64_t> pi_;
    std::vector<std::int64_t> dist_;
    std::vector<char> done_;
    std::vector<int> seen_;
    int stamp_ = 0;
    std::vector<int> group_of_;
    std::vector<int> pos_in_group_;
    std::vector<std::vector<int>> members_;
    std::vector<int> used_;
};

}  // namespace

Result match_exact(const std::vector<School>& schools, const std::vector<Company>& companies) {
    const Compact c = compact(schools, companies);
    if (c.schools.empty() || c.groups() == 0) return {};
    Flow flow(c);
    return expand(c, flow.run());
}

Result match_greedy(const std::vector<School>& schools, const std::vector<Company>& companies) {
    const Compact c = compact(schools, companies);
    const int S = static_cast<int>(c.schools.size()), G = c.groups();
    std::array<std::vector<std::pair<int, int>>, 101> by_score;  // score -> (school, group), in that order
    for (int s = 0; s < S; ++s)
        for (int g = 0; g < G; ++g)
            if (int w = c.w(s, g); w > 0) by_score[w].push_back({s, g});
    std::vector<int> group_of(S, -1), room(c.group_capacity);
    for (int w = 100; w > 0; --w)
        for (auto [s, g] : by_score[w])
            if (group_of[s] < 0 && room[g] > 0) {
                group_of[s] = g;
                --room[g];
            }
    return expand(c, group_of);
}

}  // namespace sk::core::matching
