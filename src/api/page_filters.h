// The filters of a paged list (docs/api.md, "Paging, sorting and search"), beside api/paging.h: a filter
// with a few fixed values, read from the query string, and the "counts" per value written back.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include <boost/json.hpp>

#include "api/error.h"

namespace sk::api {

// ?<name>= as one of `values`: "" when absent (no filter); any other value adds the field error
// field.filter_value under `name`, listing the values, to `errors`.
std::string read_choice(const std::map<std::string, std::string>& query, const std::string& name,
                        std::initializer_list<std::string_view> values, std::map<std::string, FieldError>& errors);

// {"<value>": n, …} of one filter's counts.
boost::json::object facet_counts_json(const std::map<std::string, std::int64_t>& counts);

}  // namespace sk::api
