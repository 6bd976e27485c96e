// iCalendar text (core/ical.h) and Brussels local times (core/local_time.h): escaping, folding at 75
// octets without splitting UTF-8, CRLF, the VTIMEZONE, and wall-clock conversion across both DST changes.
#include <gtest/gtest.h>

#include "core/ical.h"
#include "core/local_time.h"

namespace {

TEST(Ical, Escape) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"plain", "plain"},
        {"a,b;c\\d", "a\\,b\\;c\\\\d"},
        {"line1\nline2", "line1\\nline2"},
        {"crlf\r\nnext", "crlf\\nnext"},
        {"bell\x07gone", "bellgone"},
        {"Één, twee", "Één\\, twee"},
    };
    for (const auto& [in, out] : cases) EXPECT_EQ(sk::core::ics_escape_text(in), out) << in;
}

TEST(Ical, FoldsAt75OctetsWithoutSplittingUtf8) {
    const std::vector<std::string> lines = {
        "SHORT:x",
        "SUMMARY:" + std::string(200, 'a'),
        "SUMMARY:" + std::string(66, 'a') + "ééééééé",  // a two-byte character straddles octet 75
        "DESCRIPTION:" + std::string(300, 'z') + "€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€",
    };
    for (const auto& l : lines) {
        const auto folded = sk::core::ics_fold_line(l);
        ASSERT_TRUE(folded.ends_with("\r\n"));
        std::string unfolded;
        std::size_t start = 0;
        bool first = true;
        while (start < folded.size()) {
            const auto end = folded.find("\r\n", start);
            ASSERT_NE(end, std::string::npos);
            std::string physical = folded.substr(start, end - start);
            EXPECT_LE(physical.size(), 75u) << l;
            if (!first) {
                ASSERT_EQ(physical[0], ' ');
                physical.erase(0, 1);
            }
            // No physical line starts with a UTF-8 continuation byte.
            if (!physical.empty()) {
                EXPECT_NE(static_cast<unsigned char>(physical[0]) & 0xC0, 0x80) << l;
            }
            unfolded += physical;
            start = end + 2;
            first = false;
        }
        EXPECT_EQ(unfolded, l);
    }
}

TEST(Ical, LocalTimes) {
    struct Case {
        std::string text;
        bool ok;
        std::int64_t unix_seconds;  // when ok
        bool nonexistent;
    };
    const std::vector<Case> cases = {
        {"2026-12-01T14:00", true, 1796130000, false},   // winter: UTC+1
        {"2026-07-01T14:00", true, 1782907200, false},   // summer: UTC+2
        {"2026-03-29T02:30", false, 0, true},            // skipped hour
        {"2026-03-29T03:00", true, 1774746000, false},   // first summer-time minute
        {"2026-10-25T02:30", true, 1792888200, false},   // repeated hour: the first (summer) one
        {"2026-10-25T03:00", true, 1792893600, false},
        {"2026-02-30T10:00", false, 0, false},
        {"2026-12-01 14:00", false, 0, false},
        {"2026-12-01T24:00", false, 0, false},
        {"2026-12-01T14:0x", false, 0, false},
        {"", false, 0, false},
    };
    for (const auto& c : cases) {
        const auto r = sk::core::parse_brussels_local(c.text);
        EXPECT_EQ(r.unix_seconds.has_value(), c.ok) << c.text;
        if (c.ok) {
            EXPECT_EQ(*r.unix_seconds, c.unix_seconds) << c.text;
            EXPECT_EQ(sk::core::format_brussels_local(*r.unix_seconds), c.text);
        } else {
            EXPECT_EQ(r.problem == sk::core::LocalTimeProblem::nonexistent, c.nonexistent) << c.text;
        }
    }
    EXPECT_EQ(sk::core::ical_brussels_local(1796130000), "20261201T140000");
    EXPECT_EQ(sk::core::ical_utc(1796130000), "20261201T130000Z");
}

TEST(Ical, Calendar) {
    sk::core::IcsEvent e;
    e.uid = "session-7@stemkompas";
    e.starts_at = 1792884600;  // 2026-10-25 01:30 UTC: 02:30 CET, after the clocks went back
    e.ends_at = e.starts_at + 7200;
    e.summary = "Inspiratie, sessie; deel 1";
    e.location = "Zaal A";
    const auto text = sk::core::ics_calendar({e}, 1796130000, "STEMkompas");
    EXPECT_TRUE(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    EXPECT_NE(text.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n"), std::string::npos);
    EXPECT_NE(text.find("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"), std::string::npos);
    EXPECT_NE(text.find("UID:session-7@stemkompas\r\n"), std::string::npos);
    EXPECT_NE(text.find("SUMMARY:Inspiratie\\, sessie\\; deel 1\r\n"), std::string::npos);
    EXPECT_NE(text.find("DTSTAMP:20261201T130000Z\r\n"), std::string::npos);
    EXPECT_TRUE(text.ends_with("END:VCALENDAR\r\n"));
    // No bare LF anywhere.
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') {
            EXPECT_EQ(text[i - 1], '\r');
        }
}

}  // namespace
