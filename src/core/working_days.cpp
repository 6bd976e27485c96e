#include "core/working_days.h"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

#include "core/brussels_zone.h"

namespace sk::core {

namespace {

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
    return brussels_zone()->to_local(date::sys_seconds{std::chrono::seconds{unix_seconds}});
}

}  // namespace

std::string easter_sunday(int year) { return format(easter(year)); }

std::vector<std::string> belgian_holidays(int year) {
    std::vector<std::string> out;
    for (auto d : holidays(year)) out.push_back(format(d));
    return out;
}

bool is_belgian_holiday(std::string_view s) {
    const auto d = parse_iso_day(s);
    return d && holiday(*d);
}

bool is_working_day(std::string_view s) {
    const auto d = parse_iso_day(s);
    return d && working(*d);
}

std::string add_working_days(std::string_view s, int n) {
    const auto d = parse_iso_day(s);
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
    return brussels_zone()->to_sys(end).time_since_epoch().count();
}

std::string brussels_local_minute(std::int64_t unix_seconds) {
    return date::format("%FT%H:%M", date::floor<std::chrono::minutes>(local(unix_seconds)));
}

std::string brussels_month(std::int64_t unix_seconds) {
    return date::format("%Y-%m", date::floor<date::days>(local(unix_seconds)));
}

}  // namespace sk::core
