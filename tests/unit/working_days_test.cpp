// The Belgian working-day calendar (core/working_days.h): one row per case, over several years.
#include <gtest/gtest.h>

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

#include "core/brussels_date.h"
#include "core/working_days.h"

namespace working_days_test {

namespace {

using namespace sk::core;

// Unix seconds of Brussels local time 'YYYY-MM-DDTHH:MM'.
std::int64_t brussels(const std::string& local) {
    std::istringstream in(local);
    date::local_seconds t;
    in >> date::parse("%FT%H:%M", t);
    EXPECT_FALSE(in.fail()) << local;
    return date::locate_zone("Europe/Brussels")->to_sys(t).time_since_epoch().count();
}

TEST(WorkingDays, EasterAgainstKnownTable) {
    const std::vector<std::pair<int, std::string>> cases = {
        {2019, "2019-04-21"}, {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
        {2028, "2028-04-16"}, {2029, "2029-04-01"}, {2030, "2030-04-21"}, {2038, "2038-04-25"},  // latest possible date
        {2285, "2285-03-22"},                                                                      // earliest possible date
    };
    for (const auto& [year, easter] : cases) EXPECT_EQ(easter_sunday(year), easter) << year;
}

TEST(WorkingDays, EasterBasedHolidays) {
    struct Row { int year; std::string easter_monday, ascension, whit_monday; };
    const std::vector<Row> cases = {
        {2024, "2024-04-01", "2024-05-09", "2024-05-20"}, {2025, "2025-04-21", "2025-05-29", "2025-06-09"},
        {2026, "2026-04-06", "2026-05-14", "2026-05-25"}, {2027, "2027-03-29", "2027-05-06", "2027-05-17"},
        {2028, "2028-04-17", "2028-05-25", "2028-06-05"}, {2029, "2029-04-02", "2029-05-10", "2029-05-21"},
        {2030, "2030-04-22", "2030-05-30", "2030-06-10"},
    };
    for (const auto& r : cases) {
        const auto list = belgian_holidays(r.year);
        ASSERT_EQ(list.size(), 10u) << r.year;
        const auto y = std::to_string(r.year);
        const std::vector<std::string> expected = {y + "-01-01", r.easter_monday, y + "-05-01", r.ascension, r.whit_monday,
                                                   y + "-07-21", y + "-08-15",   y + "-11-01", y + "-11-11", y + "-12-25"};
        auto sorted = expected;
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(list, sorted) << r.year;
        for (const auto& d : expected) EXPECT_TRUE(is_belgian_holiday(d)) << d;
    }
}

TEST(WorkingDays, IsWorkingDay) {
    const std::vector<std::pair<std::string, bool>> cases = {
        {"2026-05-11", true},   // Monday
        {"2026-05-16", false},  // Saturday
        {"2026-05-17", false},  // Sunday
        {"2026-05-14", false},  // Ascension (Thursday)
        {"2026-04-03", true},   // Good Friday is not a Belgian public holiday
        {"2026-12-26", false},  // Saturday; 26 Dec is no holiday anyway
        {"2025-12-26", true},   // Friday after Christmas: a working day
        {"2027-08-15", false},  // holiday on a Sunday: not moved, still no working day
        {"2028-02-29", true},   // leap day, Tuesday
        {"2026-02-30", false},  // not a date
        {"junk", false},
    };
    for (const auto& [d, working] : cases) EXPECT_EQ(is_working_day(d), working) << d;
    EXPECT_EQ(add_working_days("2026-05-13", 1), "2026-05-15");
    EXPECT_EQ(add_working_days("2026-05-13", 2), "2026-05-18");
}

// Received (Brussels local time) → the Brussels day the answer is due (at 23:59:59 local).
TEST(WorkingDays, AnswerDueTable) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"2026-05-11T10:00", "2026-05-13"},  // Monday morning → Wednesday
        {"2026-05-11T00:00", "2026-05-13"},  // first minute of Monday
        {"2026-05-13T09:00", "2026-05-18"},  // Wednesday before Ascension (Thu 14 May)
        {"2026-05-15T18:00", "2026-05-19"},  // Friday evening → Tuesday
        {"2026-05-22T19:30", "2026-05-27"},  // Friday evening before Whit Monday → Wednesday
        {"2026-05-16T11:00", "2026-05-20"},  // Saturday = Monday start → Wednesday
        {"2026-05-17T23:59", "2026-05-20"},  // last minute of Sunday
        {"2026-04-06T10:00", "2026-04-09"},  // on Easter Monday: counts from Tuesday
        {"2026-05-01T10:00", "2026-05-06"},  // on 1 May (a Friday): counts from Monday
        {"2025-07-21T08:00", "2025-07-24"},  // on 21 July (a Monday)
        {"2026-11-10T12:00", "2026-11-13"},  // day before 11 November
        {"2024-12-24T15:00", "2024-12-27"},  // Christmas Eve 2024 (Tuesday): 25 Dec skipped
        {"2025-12-24T15:00", "2025-12-29"},  // Christmas Eve 2025 (Wednesday): Fri 26, Mon 29
        {"2025-12-31T10:00", "2026-01-05"},  // New Year across the year boundary
        {"2027-12-31T16:00", "2028-01-04"},  // Friday 31 Dec; 1 Jan on a Saturday
        {"2029-03-30T17:00", "2029-04-04"},  // Good Friday evening; Easter Monday 2 April
        {"2030-05-29T10:00", "2030-06-03"},  // before Ascension 2030
        {"2028-06-02T20:00", "2028-06-07"},  // Friday before Whit Monday 2028
        {"2026-10-23T18:00", "2026-10-27"},  // Friday before the autumn DST change (Sun 25 Oct)
        {"2026-03-27T18:00", "2026-03-31"},  // Friday before the spring DST change (Sun 29 Mar)
    };
    for (const auto& [received, due_day] : cases) {
        const auto due = answer_due(brussels(received));
        EXPECT_EQ(brussels_local_minute(due), due_day + "T23:59") << received;
        EXPECT_EQ(brussels_date(due), due_day) << received;
        EXPECT_EQ(days_between(due_day, brussels_date(due + 1)), 1) << received;  // one second later it is the next day
        EXPECT_EQ(due, brussels(due_day + "T23:59") + 59) << received;  // 23:59:59 exactly
    }
}

// Absolute instants pin the time zone: the Brussels day, not the UTC day, decides.
TEST(WorkingDays, AnswerDueUsesBrusselsTime) {
    const std::vector<std::pair<std::int64_t, std::int64_t>> cases = {
        {1792771200, 1793141999},  // Fri 2026-10-23 16:00Z (18:00 CEST) → Tue 27 Oct 22:59:59Z (23:59:59 CET)
        {1774630800, 1774994399},  // Fri 2026-03-27 17:00Z (18:00 CET) → Tue 31 Mar 21:59:59Z (23:59:59 CEST)
        {1780702200, 1781128799},  // Fri 2026-06-05 23:30Z = Sat 01:30 local → Wed 10 Jun 21:59:59Z
        {1780612200, 1781042399},  // Thu 2026-06-04 22:30Z = Fri 00:30 local → Tue 9 Jun 21:59:59Z
    };
    for (const auto& [received, due] : cases) EXPECT_EQ(answer_due(received), due) << received;
}

TEST(WorkingDays, LocalFormats) {
    EXPECT_EQ(brussels_local_minute(1792771200), "2026-10-23T18:00");
    EXPECT_EQ(brussels_local_minute(1793141999), "2026-10-27T23:59");
    EXPECT_EQ(brussels_month(1767222000), "2026-01");  // midnight of 1 Jan in Brussels, still 2025 in UTC
    EXPECT_EQ(brussels_month(1767221999), "2025-12");
}

}  // namespace

}  // namespace working_days_test
