#include "api/paging.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "api/input_values.h"
#include "core/text_fold.h"

namespace sk::api {

namespace {

std::string_view paging_query_value(const std::map<std::string, std::string>& query, const std::string& name) {
    const auto it = query.find(name);
    return it == query.end() ? std::string_view() : std::string_view(it->second);
}

std::string paging_search(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    s = s.substr(0, kMaxSearch);
    // Never end inside a UTF-8 sequence: drop continuation bytes and their lead byte cut off at the end.
    std::size_t end = s.size();
    std::size_t back = end;
    while (back > 0 && (static_cast<unsigned char>(s[back - 1]) & 0xC0) == 0x80) --back;
    if (back > 0 && static_cast<unsigned char>(s[back - 1]) >= 0xC0) {
        const auto lead = static_cast<unsigned char>(s[back - 1]);
        const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (end - (back - 1) < need) end = back - 1;
    }
    return std::string(s.substr(0, end));
}

std::string paging_sort_names(std::span<const SortField> sorts) {
    std::string out;
    for (const auto& f : sorts) out += (out.empty() ? "" : ", ") + std::string(f.name);
    return out;
}

}  // namespace

std::int64_t read_page_number(const std::map<std::string, std::string>& query, std::map<std::string, FieldError>& errors) {
    const auto text = paging_query_value(query, "page");
    if (text.empty()) return 1;
    if (const auto page = positive_number(text)) return *page;
    errors["page"] = {"field.page", {}};
    return 1;
}

PageRequest read_page(const std::map<std::string, std::string>& query, std::span<const SortField> sorts,
                      std::string_view default_sort, std::map<std::string, FieldError>& errors, PageLimits limits) {
    PageRequest out;
    out.page = read_page_number(query, errors);

    out.size = limits.default_size;
    if (const auto text = paging_query_value(query, "size"); !text.empty()) {
        const auto size = positive_number(text);
        if (size && *size <= limits.max_size) out.size = *size;
        else errors["size"] = {"field.page_size", {{"min", "1"}, {"max", std::to_string(limits.max_size)}}};
    }

    const auto chosen = [&](std::string_view sort) {
        const bool descending = sort.starts_with('-');
        const auto name = descending ? sort.substr(1) : sort;
        const auto field = std::find_if(sorts.begin(), sorts.end(), [&](const SortField& f) { return f.name == name; });
        if (field == sorts.end()) return false;
        out.sort = std::string(sort);
        out.sort_sql = field->sql;
        out.descending = descending;
        return true;
    };
    const auto sort = paging_query_value(query, "sort");
    if (sort.empty() || !chosen(sort)) {
        if (!sort.empty()) errors["sort"] = {"field.sort", {{"fields", paging_sort_names(sorts)}}};
        chosen(default_sort);
    }

    out.q = paging_search(paging_query_value(query, "q"));
    return out;
}

std::int64_t PageRequest::offset() const {
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    return page - 1 > kMax / size ? kMax / size * size : (page - 1) * size;
}

store::PageSlice PageRequest::slice(std::string_view id_column) const {
    const std::string direction = descending ? " DESC" : "";
    return {" ORDER BY " + std::string(sort_sql) + direction + ", " + std::string(id_column) + direction, size, offset()};
}

std::string like_pattern(std::string_view q) {
    std::string like = "%";
    for (char c : core::fold_search(q)) {
        if (c == '%' || c == '_' || c == '\\') like += '\\';
        like += c;
    }
    return like + "%";
}

std::int64_t page_count(std::int64_t total, std::int64_t size) { return std::max<std::int64_t>(1, (total + size - 1) / size); }

boost::json::object counts_json(const std::map<std::string, std::int64_t>& counts) {
    boost::json::object out;
    for (const auto& [value, n] : counts) out[value] = n;
    return out;
}

boost::json::object page_json(const PageRequest& page, std::string_view name, boost::json::array items, std::int64_t total) {
    boost::json::object out;
    out[name] = std::move(items);
    out["page"] = page.page;
    out["size"] = page.size;
    out["pages"] = page_count(total, page.size);
    out["total"] = total;
    return out;
}

}  // namespace sk::api
