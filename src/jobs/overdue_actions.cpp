#include "jobs/overdue_actions.h"

#include "core/brussels_date.h"
#include "core/language.h"
#include "jobs/batches.h"
#include "mail/outbox.h"
#include "mail/templates_plan.h"

namespace sk::jobs {

int queue_overdue_actions(store::Db& db, std::int64_t now, const std::string& base_url) {
    const std::string today = core::brussels_date(now);
    auto due = db.exec(
        "SELECT a.id, a.title, a.due_on, g.title, p.programme_id, p.organisation_id, o.name, u.email, u.name, u.language "
        "FROM action_items a JOIN action_goals g ON g.id = a.goal_id JOIN action_plans p ON p.id = g.plan_id "
        "JOIN organisations o ON o.id = p.organisation_id JOIN users u ON u.id = a.owner_user_id "
        "WHERE a.status <> 'done' AND a.due_on IS NOT NULL AND a.due_on < $1 AND a.overdue_notified_at IS NULL ORDER BY a.id",
        {today});
    return in_batches(db, due.rows, [&](const store::Row& r) {
        // Re-checked in the update: the action may have been completed or mailed since the select.
        const auto stamped = db.exec(
            "UPDATE action_items SET overdue_notified_at = $2 WHERE id = $1 AND overdue_notified_at IS NULL AND status <> 'done' "
            "AND due_on < $3",
            {r.i64(0), now, today});
        if (stamped.affected != 1) return false;
        const auto lang = core::parse_language(r.str(9)).value_or(core::Language::nl);
        const auto link = base_url + "/programmes/" + std::to_string(r.i64(4)) + "/schools/" + std::to_string(r.i64(5)) + "/plan";
        mail::enqueue_for_programme(db, mail::plan_overdue_action_email(lang, r.str(7), r.str(8), r.str(6), r.str(1), r.str(3), r.str(2), link), r.i64(4));
        return true;
    });
}

}  // namespace sk::jobs
