#!/usr/bin/env python3
"""Parses an iCalendar file with python3-icalendar (Debian) and prints what the API tests check, as JSON.

Usage: parse_ics.py FILE. Each event's start and end are given three ways: the local wall-clock time with
its TZID, UTC as icalendar resolves the TZID, and UTC as resolved by the file's OWN VTIMEZONE rules
(Timezone.to_tz), so a wrong DAYLIGHT/STANDARD rule shows up as a difference around a DST change.
Raw line checks (CRLF, 75-octet folding) are reported too.
"""
import datetime
import json
import sys

import icalendar


def main():
    raw = open(sys.argv[1], "rb").read()
    lines = raw.split(b"\r\n")
    report = {
        "crlf_only": b"\n" not in raw.replace(b"\r\n", b""),
        "max_line_octets": max(len(l) for l in lines),
        "events": [],
        "timezones": [],
    }
    cal = icalendar.Calendar.from_ical(raw)
    own = {}
    for tz in cal.walk("VTIMEZONE"):
        tzid = str(tz["TZID"])
        report["timezones"].append(tzid)
        own[tzid] = tz.to_tz()
    for ev in cal.walk("VEVENT"):
        item = {
            "uid": str(ev["UID"]),
            "summary": str(ev["SUMMARY"]),
            "description": str(ev.get("DESCRIPTION", "")),
            "location": str(ev.get("LOCATION", "")),
            "status": str(ev.get("STATUS", "")),
        }
        for key in ("DTSTART", "DTEND"):
            prop = ev[key]
            dt = prop.dt
            tzid = prop.params.get("TZID")
            naive = dt.replace(tzinfo=None)
            item[key.lower() + "_local"] = naive.isoformat()
            item[key.lower() + "_tzid"] = tzid
            item[key.lower() + "_utc"] = dt.astimezone(datetime.timezone.utc).isoformat()
            if tzid in own:
                mine = own[tzid].localize(naive, is_dst=True) if hasattr(own[tzid], "localize") else naive.replace(tzinfo=own[tzid])
                item[key.lower() + "_utc_own"] = mine.astimezone(datetime.timezone.utc).isoformat()
        report["events"].append(item)
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
