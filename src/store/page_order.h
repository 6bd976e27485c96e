// The tail of a paged list's query: appends its numbers to the statement's parameters and returns
// " ORDER BY … LIMIT $n OFFSET $m". api/paging.h builds it from a list's whitelist of sort expressions,
// never from user text; a repository calls it after binding its own filter parameters, so the numbers fit.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

using OrderAndLimit = std::function<std::string(std::vector<Value>& params)>;

}  // namespace sk::store
