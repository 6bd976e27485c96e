// Overdue "Ask us" alerts: when a question passes its due time without being answered or forwarded,
// every organiser (role organiser of an organiser organisation) gets one e-mail about it — once per
// question, ever. The job sets questions.overdue_alerted_at with "WHERE overdue_alerted_at IS NULL" and
// queues the mails only when that update took effect, in the same transaction, so restarts and several
// processes never alert twice. Answering late does not "un-alert" a question.
#pragma once

#include <cstdint>
#include <string>

#include "store/db.h"

namespace sk::jobs {

// Queues the alerts due at unix time `now`; returns how many questions it alerted. Links point to `base_url`.
int queue_question_alerts(store::Db& db, std::int64_t now, const std::string& base_url);

}  // namespace sk::jobs
