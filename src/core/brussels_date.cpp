#include "core/brussels_date.h"

#include <date/date.h>
#include <date/tz.h>

#include <charconv>

#include "core/brussels_zone.h"

namespace sk::core {

const date::time_zone* brussels_zone() {
    static const date::time_zone* zone = date::locate_zone("Europe/Brussels");
    return zone;
}

std::optional<date::sys_days> parse_iso_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto num = [&](std::size_t pos, std::size_t len, auto& out) {
        auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, out);
        return ec == std::errc() && p == s.data() + pos + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd};
}

std::string brussels_date(std::int64_t unix_seconds) {
    const auto local = brussels_zone()->to_local(date::sys_seconds{std::chrono::seconds{unix_seconds}});
    return date::format("%F", date::floor<date::days>(local));
}

std::optional<std::string> add_days(std::string_view day, int days) {
    const auto d = parse_iso_day(day);
    if (!d) return std::nullopt;
    return date::format("%F", *d + date::days{days});
}

std::optional<int> days_between(std::string_view from, std::string_view to) {
    auto a = parse_iso_day(from), b = parse_iso_day(to);
    if (!a || !b) return std::nullopt;
    return static_cast<int>((*b - *a).count());
}

bool valid_date(std::string_view s) { return parse_iso_day(s).has_value(); }

}  // namespace sk::core
