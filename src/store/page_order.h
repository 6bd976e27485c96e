// One page of a paged list, as a repository needs it: the ORDER BY clause and the rows to skip and take.
// api/paging.h builds `order_by` from a list's whitelist of fixed SQL expressions, never from user text.
#pragma once

#include <cstdint>
#include <string>
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

}  // namespace sk::store
