// One page of a paged list, as a repository needs it: the ORDER BY clause and the rows to skip and take.
// api/paging.h builds `order_by` from a list's whitelist of fixed SQL expressions, never from user text.
#pragma once

#include <cstdint>
#include <map>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct PageSlice {
    std::string order_by;  // " ORDER BY <expr> [DESC], id [DESC]": a total order
    std::int64_t limit = 50;
    std::int64_t offset = 0;

    // " LIMIT $n OFFSET $m", binding both numbers after `params`.
    std::string limit_clause(std::vector<Value>& params) const {
        params.push_back(limit);
        params.push_back(offset);
        return " LIMIT $" + std::to_string(params.size() - 1) + " OFFSET $" + std::to_string(params.size());
    }
};

// " AND (sk_fold(c1) LIKE $n ESCAPE '\' OR sk_fold(c2) LIKE $n …)": a list's search (`pattern` from
// api/paging.h, like_pattern: case and accents folded alike) over its name-like `columns`, binding the
// pattern after `params`; "" without one.
inline std::string search_condition(std::vector<Value>& params, const std::string& pattern, std::initializer_list<std::string_view> columns) {
    if (pattern.empty()) return {};
    params.push_back(pattern);
    const auto p = "$" + std::to_string(params.size());
    std::string sql;
    for (const auto c : columns) sql += (sql.empty() ? " AND (" : " OR ") + std::string("sk_fold(") + std::string(c) + ") LIKE " + p + " ESCAPE '\\'";
    return sql + ")";
}

// The rows per value of one filter (a list's "counts"): `sql` selects (value as text, COUNT(*)) grouped by
// value. Every one of `values` is present, 0 when it has no rows; other values found are added too.
inline std::map<std::string, std::int64_t> count_per_value(Db& db, const std::string& sql, const std::vector<Value>& params,
                                                           const std::vector<std::string>& values) {
    std::map<std::string, std::int64_t> out;
    for (const auto& v : values) out[v] = 0;
    for (const auto& row : db.exec(sql, params).rows) out[row.str(0)] = row.i64(1);
    return out;
}

}  // namespace sk::store
