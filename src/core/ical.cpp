#include "core/ical.h"

#include "core/local_time.h"

namespace sk::core {

namespace {

// The EU rule in force for Brussels since 1996: summer time from the last Sunday of March 02:00 local
// (CET) to the last Sunday of October 03:00 local (CEST).
constexpr std::string_view kVTimezone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "X-LIC-LOCATION:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

}  // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            // Other control characters are not allowed in TEXT: dropped.
        } else {
            out += c;
        }
    }
    return out;
}

std::string ics_fold_line(std::string_view line) {
    std::string out;
    std::size_t pos = 0;
    std::size_t limit = 75;  // the first physical line; continuation lines start with a space (1 octet)
    while (line.size() - pos > limit) {
        std::size_t cut = pos + limit;
        // Never split a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

std::string ics_calendar(const std::vector<IcsEvent>& events, std::int64_t stamp, std::string_view name) {
    std::string out;
    const auto line = [&out](std::string_view l) { out += ics_fold_line(l); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//STEMkompas//Sessions//NL");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + ics_escape_text(name));
    line("X-WR-TIMEZONE:Europe/Brussels");
    for (auto l : kVTimezone) line(l);
    for (const auto& e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid);
        line("DTSTAMP:" + ical_utc(stamp));
        line("DTSTART;TZID=Europe/Brussels:" + ical_brussels_local(e.starts_at));
        line("DTEND;TZID=Europe/Brussels:" + ical_brussels_local(e.ends_at));
        line("SUMMARY:" + ics_escape_text(e.summary));
        if (!e.description.empty()) line("DESCRIPTION:" + ics_escape_text(e.description));
        if (!e.location.empty()) line("LOCATION:" + ics_escape_text(e.location));
        if (!e.url.empty()) line("URL:" + e.url);
        line(e.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

}  // namespace sk::core
