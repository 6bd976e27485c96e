// Brussels calendar days (core/brussels_date.h): DST and midnight edges, one row per case.
#include <gtest/gtest.h>

#include "core/brussels_date.h"

namespace {

TEST(BrusselsDate, Table) {
    const std::vector<std::pair<std::int64_t, std::string>> cases = {
        {1767222000, "2026-01-01"},  // 2025-12-31 23:00 UTC = midnight in Brussels (UTC+1)
        {1767221999, "2025-12-31"},
        {1782856800, "2026-07-01"},  // 2026-06-30 22:00 UTC = midnight in Brussels (UTC+2, summer time)
        {1782856799, "2026-06-30"},
    };
    for (const auto& [t, d] : cases) EXPECT_EQ(sk::core::brussels_date(t), d) << t;
}

TEST(BrusselsDate, DaysBetween) {
    EXPECT_EQ(sk::core::days_between("2026-03-01", "2026-03-08"), 7);
    EXPECT_EQ(sk::core::days_between("2026-03-28", "2026-03-29"), 1);  // across the DST change
    EXPECT_EQ(sk::core::days_between("2026-03-08", "2026-03-01"), -7);
    EXPECT_EQ(sk::core::days_between("2028-02-28", "2028-03-01"), 2);  // leap year
    EXPECT_FALSE(sk::core::days_between("2026-02-30", "2026-03-01"));
    EXPECT_FALSE(sk::core::days_between("26-03-01", "2026-03-01"));
    EXPECT_TRUE(sk::core::valid_date("2026-12-31"));
    EXPECT_FALSE(sk::core::valid_date("2026-13-01"));
}

}  // namespace
