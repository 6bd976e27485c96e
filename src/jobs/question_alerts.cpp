#include "jobs/question_alerts.h"

#include "core/language.h"
#include "jobs/batches.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/questions.h"

namespace sk::jobs {

int queue_question_alerts(store::Db& db, std::int64_t now, const std::string& base_url) {
    return in_batches(db, store::unalerted_overdue_questions(db, now), [&](const store::Question& q) {
        if (!store::mark_overdue_alerted(db, q.id, now)) return false;  // another process was first
        if (!q.organiser_id) return false;  // asked before any organiser organisation existed: marked, nobody to alert
        const std::string link = base_url + "/organiser/questions/" + std::to_string(q.id);
        for (const auto& o : store::question_organisers(db, *q.organiser_id))
            mail::enqueue(db, mail::question_overdue_email(core::parse_language(o.language).value_or(core::Language::nl), o.email, o.name, q.id,
                                                           q.name, q.topic, q.due_at, link), q.organiser_id);
        return true;
    });
}

}  // namespace sk::jobs
