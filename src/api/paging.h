// The one paging convention of every paged list (docs/api.md, "Paging, sorting and search"):
// ?page= (1-based, default 1), ?size= (default 50, 1..200), ?sort= (one whitelisted field, "-" before it
// for descending, a default per list), ?q= (free-text search over the list's name-like columns), plus the
// list's own filters. The answer is the list's named array with "page", "size", "pages" and "total".
//
// User text never reaches SQL: a sort name only selects one of the list's fixed SQL expressions, and the
// page, size and search pattern travel as bound parameters. Every order ends with the row id in the same
// direction, so the order is total and paging stable; a page past the last is an empty array, not an error.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "api/error.h"
#include "store/page_order.h"

namespace sk::api {

// One sortable field of a list: the name clients send and the fixed SQL expression it orders by.
struct SortField {
    std::string_view name;
    std::string_view sql;
};

struct PageLimits {
    std::int64_t default_size = 50;
    std::int64_t max_size = 200;
};

struct PageRequest {
    std::int64_t page = 1;
    std::int64_t size = 50;
    std::string sort;              // as sent (or the default), e.g. "-createdAt"
    std::string_view sort_sql;     // the whitelisted expression of that field
    bool descending = false;
    std::string q;                 // trimmed, at most kMaxSearch bytes; empty: no search

    // Saturates instead of overflowing for an absurd page, which is past the last one either way.
    std::int64_t offset() const;
    // The page for a repository: " ORDER BY <expr> [DESC], <id_column> [DESC]" with this size and offset.
    store::PageSlice slice(std::string_view id_column = "id") const;
};

inline constexpr std::size_t kMaxSearch = 200;

// Reads page, size, sort and q from a query string. Each bad value adds a field error under its own name
// to `errors` (field.page, field.page_size, field.sort), so the caller can add its own filters' errors and
// answer one 400 naming them all. `default_sort` must be one of `sorts` (with or without "-").
PageRequest read_page(const std::map<std::string, std::string>& query, std::span<const SortField> sorts,
                      std::string_view default_sort, std::map<std::string, FieldError>& errors, PageLimits limits = {});

// ?page= on its own (lists with a fixed page size): 1 when absent, a field.page error otherwise.
std::int64_t read_page_number(const std::map<std::string, std::string>& query, std::map<std::string, FieldError>& errors);

// The search as a LIKE pattern for `sk_fold(column) LIKE $n ESCAPE '\'`: "%text%" with the text folded as
// sk_fold folds a column (lower case, no accents: core::fold_search, so "eéklo" finds "Eeklo" and "zoe"
// finds "Zoë" on both databases) and %, _ and \ escaped. Empty text matches all.
std::string like_pattern(std::string_view q);

// The page count for `total` rows: at least 1, so an empty list has one (empty) page.
std::int64_t page_count(std::int64_t total, std::int64_t size);

// {"value": n, …}: the rows per value of one filter, for the envelope's "counts".
boost::json::object counts_json(const std::map<std::string, std::int64_t>& counts);

// {"<name>": items, "page", "size", "pages", "total"}.
boost::json::object page_json(const PageRequest& page, std::string_view name, boost::json::array items, std::int64_t total);

}  // namespace sk::api
