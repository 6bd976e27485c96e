#include "jobs/phase_reminders.h"

#include "core/brussels_date.h"
#include "core/language.h"
#include "jobs/batches.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/measurements.h"

namespace sk::jobs {

namespace {

// Whether the school submitted this phase. The measurement phases (baseline, final) know; the label
// phase counts as done once the school applied (an application not withdrawn); the other phases cannot
// be submitted yet (action plans, ... come with later issues), so for them "no".
bool school_submitted(store::Db& db, std::int64_t programme, std::int64_t school, const std::string& kind) {
    if (kind == "label")
        return !db.exec("SELECT 1 FROM label_applications WHERE programme_id = $1 AND organisation_id = $2 AND status <> 'withdrawn'",
                        {programme, school})
                    .empty();
    if (kind != "baseline" && kind != "final") return false;
    return store::measurement_state(db, programme, school, kind).submitted;
}

}  // namespace

int queue_phase_reminders(store::Db& db, std::int64_t now, const std::string& base_url) {
    const std::string today = core::brussels_date(now);
    // Every participating school × every phase, with the school's own closing date.
    auto due = db.exec(
        "SELECT p.id, p.name, o.id, o.name, ph.kind, COALESCE(x.closes_on, ph.closes_on) "
        "FROM programmes p JOIN programme_phases ph ON ph.programme_id = p.id "
        "JOIN programme_participants pp ON pp.programme_id = p.id AND pp.kind = 'school' "
        "JOIN organisations o ON o.id = pp.organisation_id "
        "LEFT JOIN phase_extensions x ON x.programme_id = p.id AND x.organisation_id = o.id AND x.kind = ph.kind "
        "ORDER BY p.id, o.id, ph.kind");
    struct Due {
        const store::Row* row;
        std::int64_t reminder;
        int days_left;
    };
    std::vector<Due> todo;
    for (const auto& row : due.rows) {
        const auto left = core::days_between(today, row.str(5));
        if (!left || *left < 1 || *left > 7) continue;
        // The 7-day reminder is due from 7 days before until 2 days before, so a day the job did not run
        // (server down) delays it instead of losing it; the 1-day reminder takes over on the last day.
        if (school_submitted(db, row.i64(0), row.i64(2), row.str(4))) continue;
        todo.push_back({&row, *left == 1 ? 1 : 7, *left});
    }
    return in_batches(db, todo, [&](const Due& d) {
        const auto& row = *d.row;
        const auto programme_id = row.i64(0);
        const auto school_id = row.i64(2);
        const auto kind = row.str(4);
        const auto inserted = db.exec(
            "INSERT INTO phase_reminders (programme_id, organisation_id, kind, days_before, queued_at) VALUES ($1, $2, $3, $4, $5) "
            "ON CONFLICT DO NOTHING",
            {programme_id, school_id, kind, d.reminder, now});
        if (inserted.affected != 1) return false;  // already queued by an earlier run or another process
        auto coordinators = db.exec(
            "SELECT u.email, u.name, u.language FROM memberships m JOIN users u ON u.id = m.user_id "
            "WHERE m.organisation_id = $1 AND m.role = 'coordinator' ORDER BY u.id",
            {school_id});
        for (const auto& c : coordinators.rows) {
            const auto lang = core::parse_language(c.str(2)).value_or(core::Language::nl);
            mail::enqueue_for_programme(db, mail::phase_reminder_email(lang, c.str(0), c.str(1), row.str(1), row.str(3), mail::phase_name(lang, kind),
                                                         row.str(5), d.days_left,
                                                         base_url + "/programmes/" + std::to_string(programme_id)), programme_id);
        }
        return true;
    });
}

}  // namespace sk::jobs
