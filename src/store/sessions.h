// Learning-network sessions and their registrations (migration 010). The waitlist rule itself is in
// core/waitlist.h; this file reads and writes rows. See docs/api.md, "Sessions and resources".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct SessionFields {
    std::string type;
    std::string title;
    std::string description;
    std::int64_t starts_at = 0;
    std::int64_t ends_at = 0;
    std::optional<std::int64_t> host_school_id;
    std::string venue_name;
    std::string address;
    std::int64_t capacity = 1;
    std::string audience_kind = "programme";
    std::optional<std::int64_t> working_group_id;
    std::string status = "planned";
};

struct SessionRow : SessionFields {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::optional<std::string> host_school_name;
    std::optional<std::string> report_body;
    std::optional<std::int64_t> report_published_at;
    bool report_mailed = false;
    std::int64_t registered = 0;  // counts
    std::int64_t waitlisted = 0;
};

std::optional<SessionRow> find_session(Db& db, std::int64_t id);
std::vector<SessionRow> programme_sessions(Db& db, std::int64_t programme_id);
std::int64_t create_session(Db& db, std::int64_t programme_id, const SessionFields& f, std::int64_t user_id, std::int64_t now);
void update_session(Db& db, std::int64_t id, const SessionFields& f, std::int64_t now);
void delete_session(Db& db, std::int64_t id);
void set_session_report(Db& db, std::int64_t id, const std::string& body, std::optional<std::int64_t> published_at, bool mailed);
// Takes the session's row lock (PostgreSQL) so registration changes of one session run one at a time.
void lock_session(Db& db, std::int64_t id);

struct SessionRegistration {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    std::string name;
    std::string email;
    std::string language;
    std::optional<std::string> organisation_name;
    std::string status;  // registered | waitlisted | cancelled
    std::int64_t queue_seq = 0;
    bool attended = false;
};

// Registered and waitlisted ones, in queue order.
std::vector<SessionRegistration> active_registrations(Db& db, std::int64_t session_id);
std::optional<SessionRegistration> find_registration(Db& db, std::int64_t session_id, std::int64_t user_id);
// Inserts, or turns a cancelled row back on at the back of the queue.
void put_registration(Db& db, std::int64_t session_id, std::int64_t user_id, std::optional<std::int64_t> organisation_id,
                      const std::string& status, std::int64_t now);
void set_registration_status(Db& db, std::int64_t registration_id, const std::string& status);
void set_attendance(Db& db, std::int64_t session_id, const std::vector<std::int64_t>& user_ids);
// Marks one registered participant present or not; false when `user_id` is not registered for the session.
bool set_one_attendance(Db& db, std::int64_t session_id, std::int64_t user_id, bool attended);

// The organisers' participant list a page at a time (api/paging.h): registered and waitlisted ones;
// `status` one of them or empty for both; `search` a LIKE pattern (api/paging.h, like_pattern) matched
// against the folded name, e-mail and organisation. `position` is the waitlist place (0 when registered).
struct ParticipantFilter {
    std::int64_t session_id = 0;
    std::string status;
    std::string search;
    std::optional<std::int64_t> user_id;  // only this participant (the row an action changed)
};
struct Participant {
    SessionRegistration registration;
    std::int64_t position = 0;
};
struct ParticipantPage {
    std::vector<Participant> rows;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> by_status;  // registered, waitlisted: with the search, without the status filter
    std::int64_t attended = 0;                      // attended ones among all registered
};
ParticipantPage page_participants(Db& db, const ParticipantFilter& filter, const PageSlice& page);

struct Attachment {
    std::int64_t id = 0;
    std::int64_t session_id = 0;
    std::string file_name;
    std::string content_type;
    std::int64_t size = 0;
    std::string sha256;
};
std::vector<Attachment> session_attachments(Db& db, std::int64_t session_id);
// Every session's attachments of a programme, by session id (the sessions list reads them in one query).
std::map<std::int64_t, std::vector<Attachment>> programme_attachments(Db& db, std::int64_t programme_id);

// A user's active place in each session of a programme that has one, by session id: registered, or
// waitlisted with its position (1 = next in line; the order of core::waitlist_position).
struct SessionPlace {
    std::string status;  // registered | waitlisted
    std::int64_t position = 0;
};
std::map<std::int64_t, SessionPlace> session_places(Db& db, std::int64_t user_id, std::int64_t programme_id);
std::optional<Attachment> find_attachment(Db& db, std::int64_t session_id, std::int64_t id);
std::int64_t add_attachment(Db& db, const Attachment& a, std::int64_t user_id, std::int64_t now);
void delete_attachment(Db& db, std::int64_t id);

}  // namespace sk::store
