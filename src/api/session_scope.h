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

// What decides the user's access to every session of one programme, read once (the sessions list asks it
// for every session): organiser or not, the user's memberships of organisations taking part, and the
// working groups those organisations are in.
struct ProgrammeAudience {
    struct Membership {
        std::int64_t organisation_id = 0;
        std::string role;
        std::string kind;  // school | company
    };
    bool organiser = false;
    std::vector<Membership> memberships;                               // by organisation id, role
    std::vector<std::pair<std::int64_t, std::int64_t>> group_members;  // (working group, organisation), sorted
};
ProgrammeAudience programme_audience(Ctx& ctx, std::int64_t programme_id);
SessionAccess session_access(const ProgrammeAudience& audience, const store::SessionRow& s);
SessionAccess session_access(Ctx& ctx, const store::SessionRow& s);
// `{id}` of the path: 401, 404, then access (403 unless the audience may read it).
std::pair<store::SessionRow, SessionAccess> load_session(Ctx& ctx, std::int64_t id);
// The same, requiring a programme organiser.
store::SessionRow load_session_as_organiser(Ctx& ctx, std::int64_t id);

boost::json::object session_json(Ctx& ctx, const store::SessionRow& s, const SessionAccess& access);
// The same with the user's place and the attachments already read (the sessions list reads them for every
// session in one query each).
boost::json::object session_json(Ctx& ctx, const store::SessionRow& s, const SessionAccess& access,
                                 const std::optional<store::SessionPlace>& place, const std::vector<store::Attachment>& attachments);
http::Response session_response(Ctx& ctx, int status, std::int64_t id);

// Applies the waitlist rule after a place freed up (cancel, capacity raised, session planned again):
// moves the first waitlisted users up and queues their mail. Run inside the caller's transaction, after
// lock_session. Returns how many moved.
int promote_waitlisted(Ctx& ctx, const store::SessionRow& s);

core::IcsEvent ics_event(const Services& services, const store::SessionRow& s);
http::Response calendar_response(std::string body, const std::string& file_name);

}  // namespace sk::api
