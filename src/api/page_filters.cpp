#include "api/page_filters.h"

#include <algorithm>

namespace sk::api {

std::string read_choice(const std::map<std::string, std::string>& query, const std::string& name,
                        std::initializer_list<std::string_view> values, std::map<std::string, FieldError>& errors) {
    const auto it = query.find(name);
    if (it == query.end() || it->second.empty()) return {};
    if (std::find(values.begin(), values.end(), it->second) != values.end()) return it->second;
    std::string names;
    for (const auto v : values) names += (names.empty() ? "" : ", ") + std::string(v);
    errors[name] = {"field.filter_value", {{"values", names}}};
    return {};
}

boost::json::object facet_counts_json(const std::map<std::string, std::int64_t>& counts) {
    boost::json::object out;
    for (const auto& [value, n] : counts) out[value] = n;
    return out;
}

}  // namespace sk::api
