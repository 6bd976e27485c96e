#include "jobs/session_reminders.h"

#include "core/language.h"
#include "core/local_time.h"
#include "jobs/batches.h"
#include "mail/templates.h"

namespace sk::jobs {

int queue_session_reminders(store::Db& db, std::int64_t now, const std::string& base_url) {
    const auto due = db.exec(
        "SELECT s.id, s.title, s.starts_at, s.venue_name, s.address, u.id, u.email, u.name, u.language, s.programme_id "
        "FROM network_sessions s JOIN session_registrations r ON r.session_id = s.id JOIN users u ON u.id = r.user_id "
        "WHERE s.status = 'planned' AND r.status = 'registered' AND s.starts_at > $1 AND s.starts_at <= $2 "
        "AND NOT EXISTS (SELECT 1 FROM session_reminders_sent x WHERE x.session_id = s.id AND x.user_id = u.id) "
        "ORDER BY s.starts_at, s.id, u.id",
        {now, now + kSessionReminderLead});
    return in_batches(db, due.rows, [&](const store::Row& r) {
        const auto inserted = db.exec("INSERT INTO session_reminders_sent (session_id, user_id, sent_at) VALUES ($1, $2, $3) "
                                      "ON CONFLICT (session_id, user_id) DO NOTHING",
                                      {r.i64(0), r.i64(5), now});
        if (inserted.affected != 1) return false;  // another process was first
        const auto venue = r.str(3) + (r.str(4).empty() ? "" : (r.str(3).empty() ? "" : ", ") + r.str(4));
        mail::enqueue_for_programme(db, mail::session_reminder_email(core::parse_language(r.str(8)).value_or(core::Language::nl), r.str(6), r.str(7),
                                                       r.str(1), core::format_brussels_local(r.i64(2)), venue,
                                                       base_url + "/sessions/" + std::to_string(r.i64(0))), r.i64(9));
        return true;
    });
}

}  // namespace sk::jobs
