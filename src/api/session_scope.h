// Who may do what with a session, and its JSON. Shared by the session routes (sessions_api.cpp,
// session_registration_api.cpp, session_files_api.cpp) and the calendar routes (ical_api.cpp).
// Audience: the programme's organisers; for a programme audience every member of a school or company
// taking part; for a working-group audience only members of the group's member organisations.
// Eligible to register: coordinators and team members of such a school, mentors of such a company.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "api/context.h"
#include "core/ical.h"
#include "store/sessions.h"

namespace sk::api {

struct SessionAccess {
    bool organiser = false;
    bool audience = false;                    // may read the session
    std::optional<std::int64_t> register_as;  // the organisation an eligible user registers with
};

SessionAccess session_access(Ctx& ctx, const store::SessionRow& s);
// `{id}` of the path: 401, 404, then access (403 unless the audience may read it).
std::pair<store::SessionRow, SessionAccess> load_session(Ctx& ctx, std::int64_t id);
// The same, requiring a programme organiser.
store::SessionRow load_session_as_organiser(Ctx& ctx, std::int64_t id);

boost::json::object session_json(Ctx& ctx, const store::SessionRow& s, const SessionAccess& access);
http::Response session_response(Ctx& ctx, int status, std::int64_t id);

// Applies the waitlist rule after a place freed up (cancel, capacity raised, session planned again):
// moves the first waitlisted users up and queues their mail. Run inside the caller's transaction, after
// lock_session. Returns how many moved.
int promote_waitlisted(Ctx& ctx, const store::SessionRow& s);

core::IcsEvent ics_event(const Services& services, const store::SessionRow& s);
http::Response calendar_response(std::string body, const std::string& file_name);

}  // namespace sk::api
