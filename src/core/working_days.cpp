#include "core/working_days.h"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <stdexcept>

namespace sk::core {

namespace {

const date::time_zone* brussels() {
    static const date::time_zone* zone = date::locate_zone("Europe/Brussels");
    return zone;
}

std::optional<date::sys_days> parse_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto num = [&](std::size_t pos, std::size_t len, auto& out) {
        auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, out);
        return ec == std::errc() && p == s.data() + pos + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd};
}

std::string format(date::sys_days d) { return date::format("%F", d); }

date::sys_days easter(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return date::sys_days{date::year{year} / month / day};
}

std::vector<date::sys_days> holidays(int year) {
    using date::day;
    using date::month;
    const auto e = easter(year);
    const date::year y{year};
    std::vector<date::sys_days> out = {
        date::sys_days{y / 1 / 1},  e + date::days{1},           date::sys_days{y / 5 / 1},   e + date::days{39},
        e + date::days{50},         date::sys_days{y / 7 / 21},  date::sys_days{y / 8 / 15},  date::sys_days{y / 11 / 1},
        date::sys_days{y / 11 / 11}, date::sys_days{y / 12 / 25}};
    std::sort(out.begin(), out.end());
    return out;
}

bool holiday(date::sys_days d) {
    const int year = static_cast<int>(date::year_month_day{d}.year());
    const auto list = holidays(year);
    return std::find(list.begin(), list.end(), d) != list.end();
}

bool working(date::sys_days d) {
    const date::weekday wd{d};
    return wd != date::Saturday && wd != date::Sunday && !holiday(d);
}

date::sys_days next_working(date::sys_days d, int n) {
    for (int found = 0; found < n;) {
        d += date::days{1};
        if (working(d)) ++found;
    }
    return d;
}

date::local_seconds local(std::int64_t unix_seconds) {
    return brussels()->to_local(date::sys_seconds{std::chrono::seconds{unix_seconds}});
}

}  // namespace

std::string easter_sunday(int year) { return format(easter(year)); }

std::vector<std::string> belgian_holidays(int year) {
    std::vector<std::string> out;
    for (auto d : holidays(year)) out.push_back(format(d));
    return out;
}

bool is_belgian_holiday(std::string_view s) {
    const auto d = parse_day(s);
    return d && holiday(*d);
}

bool is_working_day(std::string_view s) {
    const auto d = parse_day(s);
    return d && working(*d);
}

std::string add_working_days(std::string_view s, int n) {
    const auto d = parse_day(s);
    if (!d) throw std::invalid_argument("add_working_days: not a date");
    return format(next_working(*d, n));
}

std::int64_t answer_due(std::int64_t received_unix) {
    const auto received_day = date::floor<date::days>(local(received_unix));
    date::sys_days day0{received_day.time_since_epoch()};
    if (!working(day0)) day0 = next_working(day0, 1);
    const auto due_day = next_working(day0, kAnswerWorkingDays);
    // 23:59:59 local is never skipped or repeated in Brussels (DST changes at 02:00/03:00).
    const date::local_seconds end{due_day.time_since_epoch() + std::chrono::hours{24} - std::chrono::seconds{1}};
    return brussels()->to_sys(end).time_since_epoch().count();
}

std::string brussels_local_minute(std::int64_t unix_seconds) {
    return date::format("%FT%H:%M", date::floor<std::chrono::minutes>(local(unix_seconds)));
}

std::string brussels_month(std::int64_t unix_seconds) {
    return date::format("%Y-%m", date::floor<date::days>(local(unix_seconds)));
}

}  // namespace sk::core
