// The Belgian working-day calendar behind the "Ask us" answer promise: a question is answered within
// 2 working days. Pure rules, no I/O; the clock runs in Europe/Brussels (DST through the tz database).
//
// Working day: Monday to Friday, except the 10 Belgian public holidays — 1 Jan, Easter Monday, 1 May,
// Ascension (Easter + 39), Whit Monday (Easter + 50), 21 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec. A holiday on
// a weekend is not moved (Belgium has no substitute day by law).
//
// Due time: take the Brussels calendar day of receipt ("day 0"). A question received on a Saturday,
// Sunday or holiday counts as received at the start of the next working day, which becomes day 0. The
// answer is due at the END (23:59:59 Brussels time) of the 2nd working day after day 0:
//   Mon 10:00 → Wed 23:59:59;  Fri 18:00 → Tue 23:59:59;  Sat 11:00 → Wed 23:59:59;
//   Tue 24 Dec 2024 → Fri 27 Dec 2024 23:59:59 (25 Dec is a holiday, 26 Dec is not).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk::core {

inline constexpr int kAnswerWorkingDays = 2;

// Easter Sunday of `year` (Gregorian, anonymous algorithm), 'YYYY-MM-DD'.
std::string easter_sunday(int year);
// The 10 Belgian public holidays of `year`, 'YYYY-MM-DD', in calendar order.
std::vector<std::string> belgian_holidays(int year);
// True for a Belgian public holiday; false for anything that is not a valid 'YYYY-MM-DD'.
bool is_belgian_holiday(std::string_view date);
// Monday–Friday and not a public holiday; false for an invalid date.
bool is_working_day(std::string_view date);
// The `n`-th working day after `date` (n >= 1); `date` itself does not count.
std::string add_working_days(std::string_view date, int n);

// Unix seconds of the moment the answer to a question received at `received_unix` is due (see above).
std::int64_t answer_due(std::int64_t received_unix);

// Brussels local time of `unix_seconds` as 'YYYY-MM-DDTHH:MM'.
std::string brussels_local_minute(std::int64_t unix_seconds);
// The Brussels month 'YYYY-MM' of `unix_seconds`.
std::string brussels_month(std::int64_t unix_seconds);

}  // namespace sk::core
