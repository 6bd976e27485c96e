// The matching page's three lists, paged (docs/api.md, "Paging, sorting and search" and "Mentoring and
// matching"): the programme's pairs, its schools without a pair and its companies with their places, plus the
// programme-wide figures of the summary. Each list counts with its filter and sorts ids before reading rows,
// as the other paged lists do. `search` is a LIKE pattern (api/paging.h, like_pattern) matched against
// sk_fold of the names. Each list is one query with LIMIT (a few thousand rows per programme at most), and the
// PageSlice's ORDER BY names the output columns listed per list below.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct MatchPairRow {
    std::int64_t school_id = 0, company_id = 0;
    std::string school_name, company_name;
    std::string status;  // proposed | confirmed
    int score = 0;
    std::string explanation;  // JSON text
    bool fixed = false;
};

// Pairs of the programme; ORDER BY may use school_key, company_key (sk_fold of the names), m.score, m.status
// and the tie-breaker m.school_id. `status` empty: both.
struct PairFilter {
    std::int64_t programme_id = 0;
    std::string status;
    std::string search;
};
struct PairPage {
    std::vector<MatchPairRow> rows;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> by_status;  // proposed, confirmed: with the search, without the status filter
};
PairPage page_pairs(Db& db, const PairFilter& filter, const PageSlice& page);
// One pair with its names (after a change), if the school has one.
std::optional<MatchPairRow> find_pair(Db& db, std::int64_t programme_id, std::int64_t school_id);

// Schools of the programme with a school profile and no pair; ORDER BY may use name_key, sp.province and o.id.
struct UnmatchedFilter {
    std::int64_t programme_id = 0;
    std::string province;
    std::string search;
};
struct UnmatchedSchoolRow {
    std::int64_t id = 0;
    std::string name, province;
};
struct UnmatchedPage {
    std::vector<UnmatchedSchoolRow> rows;
    std::int64_t total = 0;
};
UnmatchedPage page_unmatched_schools(Db& db, const UnmatchedFilter& filter, const PageSlice& page);

// Companies of the programme with a company profile, with the pairs they have (`used`); ORDER BY may use
// name_key, cp.province, free_places (capacity - used) and o.id. `with_room`: only companies with a free place.
struct CompanyFilter {
    std::int64_t programme_id = 0;
    bool with_room = false;
    std::string search;
};
struct MatchCompanyRow {
    std::int64_t id = 0;
    std::string name, province, expertise;  // expertise: comma-separated element ids
    std::int64_t capacity = 0, used = 0;
};
struct CompanyPage {
    std::vector<MatchCompanyRow> rows;
    std::int64_t total = 0;
};
CompanyPage page_match_companies(Db& db, const CompanyFilter& filter, const PageSlice& page);

// The figures of the whole programme's matching.
struct MatchingCounts {
    std::int64_t proposed = 0, confirmed = 0, fixed = 0, total_score = 0;
    std::int64_t unmatched = 0;     // schools with a profile and no pair
    std::int64_t companies = 0;     // companies with a profile
    std::int64_t free_places = 0;   // sum over those companies of max(0, capacity - used)
};
MatchingCounts matching_counts(Db& db, std::int64_t programme_id);

}  // namespace sk::store
