#include "core/local_time.h"

#include <date/date.h>
#include <date/tz.h>

#include <charconv>

#include "core/brussels_zone.h"

namespace sk::core {

namespace {

template <class T>
bool digits_at(std::string_view s, std::size_t pos, std::size_t len, T& out) {
    if (pos + len > s.size()) return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return ec == std::errc() && p == s.data() + pos + len;
}

}  // namespace

LocalTimeResult parse_brussels_local(std::string_view s) {
    LocalTimeResult r;
    if (s.size() != 16 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':') return r;
    int y = 0;
    unsigned mo = 0, d = 0;
    int h = 0, mi = 0;
    if (!digits_at(s, 0, 4, y) || !digits_at(s, 5, 2, mo) || !digits_at(s, 8, 2, d) || !digits_at(s, 11, 2, h) ||
        !digits_at(s, 14, 2, mi))
        return r;
    const date::year_month_day ymd{date::year{y}, date::month{mo}, date::day{d}};
    if (!ymd.ok() || y < 2000 || y > 2100 || h > 23 || mi > 59) return r;
    const auto local = date::local_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi};
    const auto info = brussels_zone()->get_info(local);
    if (info.result == date::local_info::nonexistent) {
        r.problem = LocalTimeProblem::nonexistent;
        return r;
    }
    // Unique or ambiguous: `first` is the offset in force before the change (summer time in October).
    const auto sys = local.time_since_epoch() - info.first.offset;
    r.unix_seconds = std::chrono::duration_cast<std::chrono::seconds>(sys).count();
    return r;
}

std::string format_brussels_local(std::int64_t unix_seconds) {
    const auto local = brussels_zone()->to_local(date::sys_seconds{std::chrono::seconds{unix_seconds}});
    return date::format("%FT%H:%M", date::floor<std::chrono::minutes>(local));
}

std::string ical_brussels_local(std::int64_t unix_seconds) {
    const auto local = brussels_zone()->to_local(date::sys_seconds{std::chrono::seconds{unix_seconds}});
    return date::format("%Y%m%dT%H%M%S", date::floor<std::chrono::seconds>(local));
}

std::string ical_utc(std::int64_t unix_seconds) {
    return date::format("%Y%m%dT%H%M%SZ", date::sys_seconds{std::chrono::seconds{unix_seconds}});
}

}  // namespace sk::core
