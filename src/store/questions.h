// "Ask us" questions (migrations/011_ask_us.sql): stored from the public form, taken, answered or
// forwarded by the organisers, alerted once when overdue. Every function runs inside the caller's
// transaction when there is one; none begins or commits.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct UserRef {
    std::int64_t id = 0;
    std::string name;
};

struct Question {
    std::int64_t id = 0;
    std::optional<std::int64_t> organiser_id;  // the tenant that answers it (migration 015)
    std::string name, email, organisation, topic, question, language;
    std::int64_t received_at = 0;
    std::int64_t due_at = 0;
    std::string status;  // new | taken | answered | forwarded
    std::optional<UserRef> taken_by;
    std::optional<std::int64_t> taken_at;
    std::optional<std::string> answer;
    std::optional<std::int64_t> answered_at;
    std::optional<UserRef> answered_by;
    std::optional<std::string> forwarded_to, forward_note;
    std::optional<std::int64_t> forwarded_at;
    std::optional<UserRef> forwarded_by;
    std::optional<std::int64_t> handled_at;  // first answer or forward
    std::optional<std::int64_t> overdue_alerted_at;
};

struct NewQuestion {
    std::optional<std::int64_t> organiser_id;
    std::string name, email, organisation, topic, question, language;
    std::int64_t received_at = 0;
    std::int64_t due_at = 0;
};

std::int64_t create_question(Db& db, const NewQuestion& q);
std::optional<Question> find_question(Db& db, std::int64_t id);
// The inbox order: unhandled ones first, nearest due first; then handled ones, latest due first.
// `status` "open" means new or taken; empty means every question. Only the questions of the organiser
// organisations `user_id` is an organiser of.
std::vector<Question> list_questions(Db& db, std::int64_t user_id, const std::string& status);

// The inbox a page at a time (api/paging.h): the questions of the organiser organisations `user_id` is an
// organiser of; `status` as for list_questions; `search` a LIKE pattern (api/paging.h, like_pattern)
// matched (folded, as sk_fold) against the name, e-mail and organisation of the asker.
struct QuestionFilter {
    std::int64_t user_id = 0;
    std::string status;
    std::string search;
};
struct QuestionPage {
    std::vector<Question> rows;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> by_status;  // new, taken, answered, forwarded: with the search, without the status filter
};
QuestionPage page_questions(Db& db, const QuestionFilter& filter, const PageSlice& page);

// Each records one action on question `id`; false (and nothing changed) when the question is already
// answered, so two organisers acting at once cannot both answer.
bool take_question(Db& db, std::int64_t id, std::int64_t user_id, std::int64_t now);
bool answer_question(Db& db, std::int64_t id, std::int64_t user_id, const std::string& answer, std::int64_t now);
bool forward_question(Db& db, std::int64_t id, std::int64_t user_id, const std::string& to, const std::string& note, std::int64_t now);

// Unhandled questions past their due time at `now` that have not been alerted yet, oldest due first.
std::vector<Question> unalerted_overdue_questions(Db& db, std::int64_t now);
// Marks the alert; true only for the caller that set it (so two processes never both alert).
bool mark_overdue_alerted(Db& db, std::int64_t id, std::int64_t now);

// The organiser organisation that receives questions and requests not tied to a programme: the oldest
// one (the one the installation was set up with); empty when there is none yet.
std::optional<std::int64_t> home_organiser(Db& db);

// The organisers of organiser organisation `organiser_id`: who answers its questions.
struct Organiser {
    std::int64_t id = 0;
    std::string name, email, language;
};
std::vector<Organiser> question_organisers(Db& db, std::int64_t organiser_id);

}  // namespace sk::store
