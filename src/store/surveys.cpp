#include "store/surveys.h"

#include <map>

namespace sk::store {

namespace {

constexpr const char* kSurveyColumns =
    "s.id, s.programme_id, s.organisation_id, s.kind, s.respondent_group, s.variant, s.framework_id, s.framework_version, "
    "s.code, s.status, s.created_at, s.closed_at, "
    "(SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = s.id)";

// Leaders, teachers, students, mentor: the order people read the groups in everywhere.
constexpr const char* kGroupOrder =
    "CASE s.respondent_group WHEN 'leaders' THEN 1 WHEN 'teachers' THEN 2 WHEN 'students' THEN 3 ELSE 4 END";

Survey survey_of(const Row& r) {
    return Survey{r.i64(0),  r.i64(1), r.i64(2),     r.str(3),      r.str(4),  r.str(5), r.str(6),
                  r.str(7),  r.str(8), r.str(9),     r.i64(10),     r.opt_i64(11), r.i64(12)};
}

std::optional<Survey> find_where(Db& db, const std::string& condition, const Value& param) {
    auto r = db.exec(std::string("SELECT ") + kSurveyColumns + " FROM surveys s WHERE " + condition, {param});
    if (r.empty()) return std::nullopt;
    return survey_of(r.one());
}

}  // namespace

std::vector<Survey> list_surveys(Db& db, std::int64_t programme_id, std::int64_t organisation_id) {
    std::vector<Survey> out;
    for (const auto& row : db.exec(std::string("SELECT ") + kSurveyColumns +
                                       " FROM surveys s WHERE s.programme_id = $1 AND s.organisation_id = $2 "
                                       "ORDER BY CASE s.kind WHEN 'baseline' THEN 1 ELSE 2 END, " +
                                       kGroupOrder,
                                   {programme_id, organisation_id})
                              .rows)
        out.push_back(survey_of(row));
    return out;
}

std::optional<Survey> find_survey(Db& db, std::int64_t id) { return find_where(db, "s.id = $1", id); }

std::optional<Survey> find_survey_by_code(Db& db, const std::string& code) { return find_where(db, "s.code = $1", code); }

bool survey_exists(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind,
                   const std::string& group) {
    return !db.exec("SELECT 1 FROM surveys WHERE programme_id = $1 AND organisation_id = $2 AND kind = $3 AND respondent_group = $4",
                    {programme_id, organisation_id, kind, group})
                .empty();
}

bool survey_code_taken(Db& db, const std::string& code) {
    return !db.exec("SELECT 1 FROM surveys WHERE code = $1", {code}).empty();
}

std::int64_t create_survey(Db& db, const NewSurvey& s, std::int64_t now) {
    return db
        .exec("INSERT INTO surveys (programme_id, organisation_id, kind, respondent_group, variant, framework_id, "
              "framework_version, code, status, created_at, created_by) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10) RETURNING id",
              {s.programme_id, s.organisation_id, s.kind, s.group, s.variant, s.framework_id, s.framework_version, s.code, now,
               s.created_by})
        .one()
        .i64(0);
}

void set_survey_status(Db& db, std::int64_t id, const std::string& status, std::int64_t now) {
    if (status == "closed")
        db.exec("UPDATE surveys SET status = 'closed', closed_at = $1 WHERE id = $2", {now, id});
    else
        db.exec("UPDATE surveys SET status = 'open', closed_at = NULL WHERE id = $1", {id});
}

void create_survey_token(Db& db, const std::string& token_digest, std::int64_t survey_id, std::int64_t expires_at) {
    db.exec("INSERT INTO survey_tokens (token_hash, survey_id, expires_at, used) VALUES ($1, $2, $3, 0)",
            {token_digest, survey_id, expires_at});
}

bool consume_survey_token(Db& db, const std::string& token_digest, std::int64_t survey_id, std::int64_t now) {
    return db
               .exec("UPDATE survey_tokens SET used = 1 WHERE token_hash = $1 AND survey_id = $2 AND used = 0 AND expires_at > $3",
                     {token_digest, survey_id, now})
               .affected == 1;
}

std::int64_t insert_survey_response(Db& db, std::int64_t survey_id, const std::string& answered_on,
                                    const core::SurveyResponse& answers) {
    const auto id = db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, $2) RETURNING id",
                            {survey_id, answered_on})
                        .one()
                        .i64(0);
    for (const auto& [criterion, score] : answers)
        db.exec("INSERT INTO survey_answers (response_id, criterion_id, score) VALUES ($1, $2, $3)",
                {id, criterion, score ? Value(std::int64_t{*score}) : Value(Null{})});
    return id;
}

std::vector<core::GroupAggregate> survey_aggregates(Db& db, std::int64_t programme_id, std::int64_t organisation_id,
                                                    const std::string& kind, const std::vector<std::string>& criterion_ids) {
    // Every survey of the school and kind, with or without responses, so each group gets its count.
    std::vector<std::pair<std::string, std::map<std::int64_t, core::SurveyResponse>>> groups;
    std::map<std::string, std::size_t> index;
    for (const auto& row : db.exec(std::string("SELECT s.respondent_group FROM surveys s WHERE s.programme_id = $1 AND "
                                               "s.organisation_id = $2 AND s.kind = $3 ORDER BY ") +
                                       kGroupOrder,
                                   {programme_id, organisation_id, kind})
                              .rows) {
        index[row.str(0)] = groups.size();
        groups.push_back({row.str(0), {}});
    }
    for (const auto& row : db.exec("SELECT s.respondent_group, r.id, a.criterion_id, a.score FROM surveys s "
                                   "JOIN survey_responses r ON r.survey_id = s.id "
                                   "LEFT JOIN survey_answers a ON a.response_id = r.id "
                                   "WHERE s.programme_id = $1 AND s.organisation_id = $2 AND s.kind = $3",
                                   {programme_id, organisation_id, kind})
                              .rows) {
        auto& response = groups[index.at(row.str(0))].second[row.i64(1)];
        if (row.is_null(2)) continue;
        response[row.str(2)] = row.is_null(3) ? std::nullopt : std::optional<int>(static_cast<int>(row.i64(3)));
    }
    std::vector<core::GroupAggregate> out;
    for (auto& [group, by_id] : groups) {
        std::vector<core::SurveyResponse> responses;
        responses.reserve(by_id.size());
        for (auto& [id, answers] : by_id) responses.push_back(std::move(answers));
        out.push_back(core::aggregate_group(group, responses, criterion_ids));
    }
    return out;
}

}  // namespace sk::store
