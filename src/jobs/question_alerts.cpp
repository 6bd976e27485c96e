#include "jobs/question_alerts.h"

#include "core/language.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/questions.h"

namespace sk::jobs {

int queue_question_alerts(store::Db& db, std::int64_t now, const std::string& base_url) {
    int alerted = 0;
    for (const auto& q : store::unalerted_overdue_questions(db, now)) {
        store::Transaction tx(db);
        if (!store::mark_overdue_alerted(db, q.id, now)) continue;  // another process was first
        if (!q.organiser_id) {  // asked before any organiser organisation existed: nobody to alert
            tx.commit();
            continue;
        }
        const auto organisers = store::question_organisers(db, *q.organiser_id);
        const std::string link = base_url + "/organiser/questions/" + std::to_string(q.id);
        for (const auto& o : organisers)
            mail::enqueue(db, mail::question_overdue_email(core::parse_language(o.language).value_or(core::Language::nl), o.email, o.name, q.id,
                                                           q.name, q.topic, q.due_at, link));
        tx.commit();
        ++alerted;
    }
    return alerted;
}

}  // namespace sk::jobs
