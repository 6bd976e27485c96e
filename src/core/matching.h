// Mentor matching: the score of a (school, mentor company) pair, explained, and the exact assignment of
// schools to companies that maximises the total score.
//
// Score (integers, 0..100):
//   province      same province 40, neighbouring province 20, other 0 (kNeighbours below: the five Flemish
//                 provinces and Brussels; an unknown province is "other" to everything)
//   expertise     floor(60 * covered / focus): focus = the school's focus criteria, covered = those whose key
//                 element is in the company's expertise; 0 when the school has no focus criteria
//   total         province + expertise
// Only pairs with a total > 0 may be matched; a company with no free capacity gets no pairs.
//
// match_exact() solves: each school at most one company, each company at most `free_capacity` schools,
// maximise the sum of the chosen pairs' scores (not the number of pairs). It is a min-cost flow
// (source -> school 1, school -> company cost -score, company -> sink capacity), solved by successive
// shortest paths with Dijkstra on reduced costs (Johnson potentials), augmenting every zero-reduced-cost
// path found by one depth-first pass before the next Dijkstra. It stops when the shortest path no longer
// has a negative cost, which is optimal for min-cost (not max-) flow because the cost is convex in the
// flow value.
//
// Compact graph, and why it is exact: a pair's score depends on the company only through (province,
// expertise). Companies with equal (province, expertise) are therefore interchangeable: any assignment to
// them can be permuted among them without changing a score. So the flow runs on company GROUPS with the
// summed free capacity of their members; an optimal group assignment is split over the members (by
// company id, each up to its free capacity) into an assignment with the same total, and every company
// assignment maps to a group assignment with the same total, so the optima are equal. With 7 key
// elements there are at most 6 * 2^7 = 768 groups, whatever the number of companies.
//
// Determinism: the inputs are sorted by id first, and the algorithm has no randomness, so the same
// schools and companies (in any order) always give the same pairs. Among several optimal assignments
// the one returned is whichever this deterministic procedure reaches; tests compare the optimal TOTAL
// with brute force, plus feasibility and run-to-run equality.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sk::core::matching {

inline constexpr int kSameProvincePoints = 40;
inline constexpr int kNeighbouringProvincePoints = 20;
inline constexpr int kExpertisePoints = 60;

enum class ProvinceRelation { same, neighbouring, other };
std::string_view relation_id(ProvinceRelation r);  // "same", "neighbouring", "other"
// Province ids as stored: antwerpen, limburg, oost-vlaanderen, vlaams-brabant, west-vlaanderen, brussel.
ProvinceRelation province_relation(std::string_view a, std::string_view b);
int province_points(ProvinceRelation r);

struct FocusCriterion {
    std::string criterion_id;  // "C05"
    std::string element_id;    // its key element, "E2"
};

struct School {
    std::int64_t id = 0;
    std::string province;
    std::vector<FocusCriterion> focus;  // in the order they are shown
};

struct Company {
    std::int64_t id = 0;
    std::string province;
    std::vector<std::string> expertise;  // key element ids
    int free_capacity = 0;               // capacity minus schools already held (confirmed or fixed pairs)
};

struct Explanation {
    ProvinceRelation province = ProvinceRelation::other;
    int province_points = 0;
    std::vector<std::string> focus_criteria;    // criterion ids, in the school's order
    std::vector<std::string> covered_criteria;  // the subset covered by the company's expertise
    int expertise_points = 0;
    int score = 0;  // province_points + expertise_points
};

Explanation explain(const School& school, const Company& company);
int score(const School& school, const Company& company);

struct Pair {
    std::int64_t school_id = 0;
    std::int64_t company_id = 0;
    int score = 0;
    bool operator==(const Pair&) const = default;
};

struct Result {
    std::vector<Pair> pairs;  // sorted by school id
    std::int64_t total = 0;
    bool operator==(const Result&) const = default;
};

// The exact optimum (see above). Throws std::invalid_argument on duplicate ids or more than 64 distinct
// key elements.
Result match_exact(const std::vector<School>& schools, const std::vector<Company>& companies);

// The baseline the benchmark compares with: pairs by score high to low (ties: school id, then company
// group), each taken when the school is still free and the group has room. Not optimal.
Result match_greedy(const std::vector<School>& schools, const std::vector<Company>& companies);

}  // namespace sk::core::matching
