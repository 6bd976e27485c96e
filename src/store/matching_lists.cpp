#include "store/matching_lists.h"

namespace sk::store {

namespace {

std::string match_bind(std::vector<Value>& params, Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
}

constexpr std::string_view kPairFrom =
    " FROM mentor_matches m JOIN organisations s ON s.id = m.school_id JOIN organisations c ON c.id = m.company_id "
    "WHERE m.programme_id = $1";

// " AND …" of the pair filters, the status one unless `with_status` is false.
std::string pair_conditions(const PairFilter& f, std::vector<Value>& params, bool with_status = true) {
    std::string sql;
    if (with_status && !f.status.empty()) sql += " AND m.status = " + match_bind(params, f.status);
    if (!f.search.empty()) {
        const auto p = match_bind(params, f.search);
        sql += " AND (sk_fold(s.name) LIKE " + p + " ESCAPE '\\' OR sk_fold(c.name) LIKE " + p + " ESCAPE '\\')";
    }
    return sql;
}

MatchPairRow pair_from_row(const Row& r) {
    return {r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), static_cast<int>(r.i64(5)), r.str(6), r.i64(7) != 0};
}

constexpr std::string_view kPairSelect =
    "SELECT m.school_id AS school_id, m.company_id, s.name, c.name, m.status AS status, m.score AS score, m.explanation, m.fixed, "
    "sk_fold(s.name) AS school_key, sk_fold(c.name) AS company_key";

}  // namespace

PairPage page_pairs(Db& db, const PairFilter& filter, const PageSlice& page) {
    PairPage out;
    std::vector<Value> params{filter.programme_id};
    const auto where = std::string(kPairFrom) + pair_conditions(filter, params);
    out.total = db.exec("SELECT COUNT(*)" + where, params).one().i64(0);
    for (const auto& row : db.exec(std::string(kPairSelect) + where + page.order_by + page.limit_clause(params), params).rows)
        out.rows.push_back(pair_from_row(row));
    std::vector<Value> count_params{filter.programme_id};
    const auto count_where = std::string(kPairFrom) + pair_conditions(filter, count_params, false);
    out.by_status = {{"proposed", 0}, {"confirmed", 0}};
    for (const auto& row : db.exec("SELECT m.status, COUNT(*)" + count_where + " GROUP BY m.status", count_params).rows)
        out.by_status[row.str(0)] = row.i64(1);
    return out;
}

std::optional<MatchPairRow> find_pair(Db& db, std::int64_t programme_id, std::int64_t school_id) {
    auto r = db.exec(std::string(kPairSelect) + std::string(kPairFrom) + " AND m.school_id = $2", {programme_id, school_id});
    if (r.empty()) return std::nullopt;
    return pair_from_row(r.one());
}

UnmatchedPage page_unmatched_schools(Db& db, const UnmatchedFilter& filter, const PageSlice& page) {
    UnmatchedPage out;
    std::vector<Value> params{filter.programme_id};
    std::string where =
        " FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
        "JOIN school_profiles sp ON sp.organisation_id = o.id WHERE pp.programme_id = $1 AND pp.kind = 'school' "
        "AND NOT EXISTS (SELECT 1 FROM mentor_matches m WHERE m.programme_id = $1 AND m.school_id = o.id)";
    if (!filter.province.empty()) where += " AND sp.province = " + match_bind(params, filter.province);
    if (!filter.search.empty()) where += " AND sk_fold(o.name) LIKE " + match_bind(params, filter.search) + " ESCAPE '\\'";
    out.total = db.exec("SELECT COUNT(*)" + where, params).one().i64(0);
    for (const auto& row : db.exec("SELECT o.id AS id, o.name, sp.province AS province, sk_fold(o.name) AS name_key" + where + page.order_by +
                                       page.limit_clause(params),
                                   params)
                               .rows)
        out.rows.push_back({row.i64(0), row.str(1), row.str(2)});
    return out;
}

CompanyPage page_match_companies(Db& db, const CompanyFilter& filter, const PageSlice& page) {
    CompanyPage out;
    std::vector<Value> params{filter.programme_id};
    // The pairs per company in one grouped scan (a correlated COUNT per company read every pair again: 0.5 s at
    // 1,000 companies × 5,000 pairs).
    std::string where =
        " FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
        "JOIN company_profiles cp ON cp.organisation_id = o.id LEFT JOIN (SELECT company_id, COUNT(*) AS n FROM mentor_matches "
        "WHERE programme_id = $1 GROUP BY company_id) u ON u.company_id = o.id WHERE pp.programme_id = $1 AND pp.kind = 'company'";
    if (filter.with_room) where += " AND cp.capacity > COALESCE(u.n, 0)";
    if (!filter.search.empty()) where += " AND sk_fold(o.name) LIKE " + match_bind(params, filter.search) + " ESCAPE '\\'";
    out.total = db.exec("SELECT COUNT(*)" + where, params).one().i64(0);
    const std::string select = "SELECT o.id AS id, o.name, cp.province AS province, cp.expertise, cp.capacity, COALESCE(u.n, 0) AS used, "
                               "cp.capacity - COALESCE(u.n, 0) AS free_places, sk_fold(o.name) AS name_key";
    for (const auto& row : db.exec(select + where + page.order_by + page.limit_clause(params), params).rows)
        out.rows.push_back({row.i64(0), row.str(1), row.str(2), row.str(3), row.i64(4), row.i64(5)});
    return out;
}

MatchingCounts matching_counts(Db& db, std::int64_t programme_id) {
    MatchingCounts out;
    for (const auto& row : db.exec("SELECT status, fixed, COUNT(*), COALESCE(SUM(score), 0) FROM mentor_matches WHERE programme_id = $1 "
                                   "GROUP BY status, fixed",
                                   {programme_id})
                               .rows) {
        (row.str(0) == "confirmed" ? out.confirmed : out.proposed) += row.i64(2);
        if (row.i64(1) != 0) out.fixed += row.i64(2);
        out.total_score += row.i64(3);
    }
    out.unmatched = db.exec("SELECT COUNT(*) FROM programme_participants pp JOIN school_profiles sp ON sp.organisation_id = pp.organisation_id "
                            "WHERE pp.programme_id = $1 AND pp.kind = 'school' AND NOT EXISTS "
                            "(SELECT 1 FROM mentor_matches m WHERE m.programme_id = $1 AND m.school_id = pp.organisation_id)",
                            {programme_id})
                        .one()
                        .i64(0);
    const auto companies = db.exec(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN cp.capacity > COALESCE(u.n, 0) THEN cp.capacity - COALESCE(u.n, 0) ELSE 0 END), 0) "
        "FROM programme_participants pp JOIN company_profiles cp ON cp.organisation_id = pp.organisation_id "
        "LEFT JOIN (SELECT company_id, COUNT(*) AS n FROM mentor_matches WHERE programme_id = $1 GROUP BY company_id) u "
        "ON u.company_id = pp.organisation_id WHERE pp.programme_id = $1 AND pp.kind = 'company'",
        {programme_id});
    out.companies = companies.one().i64(0);
    out.free_places = companies.one().i64(1);
    return out;
}

}  // namespace sk::store
