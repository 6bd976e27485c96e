#include "store/award.h"

#include <algorithm>
#include <map>
#include <utility>

#include <boost/json.hpp>

namespace sk::store {

namespace {

std::vector<std::string> strings_of(const std::string& json) {
    std::vector<std::string> out;
    boost::system::error_code ec;
    const auto v = boost::json::parse(json, ec);
    if (ec || !v.is_array()) return out;
    for (const auto& e : v.as_array())
        if (e.is_string()) out.emplace_back(e.as_string().c_str());
    return out;
}

std::string json_of(const std::vector<std::string>& items) {
    boost::json::array a;
    for (const auto& s : items) a.emplace_back(s);
    return boost::json::serialize(a);
}

AwardRound read_round(const Row& r) {
    return AwardRound{r.i64(0), r.i64(1), r.str(2), r.str(3), static_cast<int>(r.i64(4)), r.str(5), r.i64(6), r.i64(7)};
}

const char* kCandidacy =
    "SELECT c.id, c.round_id, c.organisation_id, o.name, c.pitch, c.video_url, c.team, c.status, c.result, c.submitted_at, "
    "c.updated_at FROM award_candidacies c JOIN organisations o ON o.id = c.organisation_id ";

AwardCandidacy read_candidacy(Db& db, const Row& r) {
    AwardCandidacy c;
    c.id = r.i64(0);
    c.round_id = r.i64(1);
    c.organisation_id = r.i64(2);
    c.school_name = r.str(3);
    c.pitch = r.str(4);
    c.video_url = r.opt_str(5);
    c.team = strings_of(r.str(6));
    c.status = r.str(7);
    c.result = r.opt_str(8);
    c.submitted_at = r.i64(9);
    c.updated_at = r.i64(10);
    for (const auto& e : db.exec("SELECT evidence_id FROM award_candidacy_evidence WHERE candidacy_id = $1 ORDER BY position", {c.id}).rows)
        c.evidence_ids.push_back(e.i64(0));
    return c;
}

void set_evidence(Db& db, std::int64_t candidacy_id, const std::vector<std::int64_t>& ids) {
    db.exec("DELETE FROM award_candidacy_evidence WHERE candidacy_id = $1", {candidacy_id});
    std::int64_t position = 0;
    for (const auto id : ids)
        db.exec("INSERT INTO award_candidacy_evidence (candidacy_id, evidence_id, position) VALUES ($1, $2, $3)",
                {candidacy_id, id, position++});
}

}  // namespace

std::optional<AwardRound> award_find_round(Db& db, std::int64_t programme_id) {
    auto r = db.exec("SELECT id, programme_id, opens_on, closes_on, scale, status, created_at, updated_at FROM award_rounds "
                     "WHERE programme_id = $1",
                     {programme_id});
    if (r.empty()) return std::nullopt;
    return read_round(r.one());
}

std::int64_t award_create_round(Db& db, std::int64_t programme_id, const std::string& opens_on, const std::string& closes_on, int scale,
                                std::int64_t now) {
    return db
        .exec("INSERT INTO award_rounds (programme_id, opens_on, closes_on, scale, status, created_at, updated_at) "
              "VALUES ($1, $2, $3, $4, 'open', $5, $5) RETURNING id",
              {programme_id, opens_on, closes_on, static_cast<std::int64_t>(scale), now})
        .one()
        .i64(0);
}

void award_update_round(Db& db, std::int64_t round_id, const std::string& opens_on, const std::string& closes_on, int scale, std::int64_t now) {
    db.exec("UPDATE award_rounds SET opens_on = $1, closes_on = $2, scale = $3, updated_at = $4 WHERE id = $5",
            {opens_on, closes_on, static_cast<std::int64_t>(scale), now, round_id});
}

bool award_set_status(Db& db, std::int64_t round_id, const std::string& from, const std::string& to, std::int64_t now) {
    const char* stamp = to == "closed" ? "closed_at" : "announced_at";
    return db
               .exec(std::string("UPDATE award_rounds SET status = $1, updated_at = $2, ") + stamp +
                         " = $2 WHERE id = $3 AND status = $4",
                     {to, now, round_id, from})
               .affected == 1;
}

std::vector<AwardCriterion> award_criteria(Db& db, std::int64_t round_id) {
    std::vector<AwardCriterion> out;
    for (const auto& r : db.exec("SELECT id, position, name, weight, descriptors FROM award_rubric_criteria WHERE round_id = $1 "
                                 "ORDER BY position",
                                 {round_id})
                             .rows)
        out.push_back({r.i64(0), static_cast<int>(r.i64(1)), r.str(2), static_cast<int>(r.i64(3)), strings_of(r.str(4))});
    return out;
}

void award_replace_rubric(Db& db, std::int64_t round_id, const std::vector<AwardCriterion>& criteria) {
    db.exec("DELETE FROM award_rubric_criteria WHERE round_id = $1", {round_id});
    std::int64_t position = 0;
    for (const auto& c : criteria)
        db.exec("INSERT INTO award_rubric_criteria (round_id, position, name, weight, descriptors) VALUES ($1, $2, $3, $4, $5)",
                {round_id, position++, c.name, static_cast<std::int64_t>(c.weight), json_of(c.descriptors)});
}

bool award_has_scores(Db& db, std::int64_t round_id) {
    return !db.exec("SELECT 1 FROM award_scores WHERE round_id = $1 LIMIT 1", {round_id}).empty();
}

std::optional<AwardCandidacy> award_find_candidacy(Db& db, std::int64_t candidacy_id) {
    auto r = db.exec(std::string(kCandidacy) + "WHERE c.id = $1", {candidacy_id});
    if (r.empty()) return std::nullopt;
    return read_candidacy(db, r.one());
}

std::optional<AwardCandidacy> award_school_candidacy(Db& db, std::int64_t round_id, std::int64_t organisation_id) {
    auto r = db.exec(std::string(kCandidacy) + "WHERE c.round_id = $1 AND c.organisation_id = $2", {round_id, organisation_id});
    if (r.empty()) return std::nullopt;
    return read_candidacy(db, r.one());
}

std::vector<AwardCandidacy> award_candidacies(Db& db, std::int64_t round_id) {
    std::vector<AwardCandidacy> out;
    for (const auto& r : db.exec(std::string(kCandidacy) + "WHERE c.round_id = $1 ORDER BY o.name, c.id", {round_id}).rows)
        out.push_back(read_candidacy(db, r));
    return out;
}

std::int64_t award_create_candidacy(Db& db, std::int64_t round_id, std::int64_t organisation_id, const AwardCandidacyInput& in,
                                    std::int64_t user_id, std::int64_t now) {
    const auto id = db.exec("INSERT INTO award_candidacies (round_id, organisation_id, pitch, video_url, team, status, submitted_at, "
                            "submitted_by, updated_at) VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $7, $6) RETURNING id",
                            {round_id, organisation_id, in.pitch, nullable(in.video_url), json_of(in.team), now, user_id})
                        .one()
                        .i64(0);
    set_evidence(db, id, in.evidence_ids);
    return id;
}

void award_update_candidacy(Db& db, std::int64_t candidacy_id, const AwardCandidacyInput& in, bool resubmit, std::int64_t user_id,
                            std::int64_t now) {
    if (resubmit)
        db.exec("UPDATE award_candidacies SET pitch = $1, video_url = $2, team = $3, status = 'submitted', submitted_at = $4, "
                "submitted_by = $5, updated_at = $4 WHERE id = $6",
                {in.pitch, nullable(in.video_url), json_of(in.team), now, user_id, candidacy_id});
    else
        db.exec("UPDATE award_candidacies SET pitch = $1, video_url = $2, team = $3, updated_at = $4 WHERE id = $5",
                {in.pitch, nullable(in.video_url), json_of(in.team), now, candidacy_id});
    set_evidence(db, candidacy_id, in.evidence_ids);
}

bool award_withdraw_candidacy(Db& db, std::int64_t candidacy_id, std::int64_t now) {
    return db.exec("UPDATE award_candidacies SET status = 'withdrawn', updated_at = $1 WHERE id = $2 AND status = 'submitted'",
                   {now, candidacy_id})
               .affected == 1;
}

void award_set_results(Db& db, std::int64_t round_id, const std::vector<std::int64_t>& winners) {
    db.exec("UPDATE award_candidacies SET result = 'not_won' WHERE round_id = $1 AND status = 'submitted'", {round_id});
    for (const auto id : winners)
        db.exec("UPDATE award_candidacies SET result = 'won' WHERE round_id = $1 AND id = $2 AND status = 'submitted'", {round_id, id});
}

std::vector<AwardEvidence> award_candidacy_evidence(Db& db, std::int64_t candidacy_id) {
    std::vector<AwardEvidence> out;
    for (const auto& r : db.exec("SELECT e.id, e.kind, e.title, e.url, e.sha256, e.content_type, e.file_name FROM award_candidacy_evidence ce "
                                 "JOIN evidence e ON e.id = ce.evidence_id WHERE ce.candidacy_id = $1 ORDER BY ce.position",
                                 {candidacy_id})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.opt_str(3), r.opt_str(4), r.opt_str(5), r.opt_str(6)});
    return out;
}

std::vector<AwardJuror> award_jurors(Db& db, std::int64_t round_id) {
    std::vector<AwardJuror> out;
    for (const auto& r : db.exec("SELECT u.id, u.name, u.email, u.language, CASE WHEN u.password_hash IS NULL THEN 1 ELSE 0 END, "
                                 "j.company_org_id, o.name FROM award_jurors j JOIN users u ON u.id = j.user_id "
                                 "LEFT JOIN organisations o ON o.id = j.company_org_id WHERE j.round_id = $1 ORDER BY u.name, u.id",
                                 {round_id})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.i64(4) == 1, r.opt_i64(5), r.opt_str(6)});
    return out;
}

bool award_is_juror(Db& db, std::int64_t round_id, std::int64_t user_id) {
    return !db.exec("SELECT 1 FROM award_jurors WHERE round_id = $1 AND user_id = $2", {round_id, user_id}).empty();
}

bool award_add_juror(Db& db, std::int64_t round_id, std::int64_t user_id, std::optional<std::int64_t> company_id, std::int64_t invited_by,
                     std::int64_t now) {
    return db.exec("INSERT INTO award_jurors (round_id, user_id, company_org_id, invited_at, invited_by) VALUES ($1, $2, $3, $4, $5) "
                   "ON CONFLICT (round_id, user_id) DO NOTHING",
                   {round_id, user_id, company_id ? Value(*company_id) : Value(Null{}), now, invited_by})
               .affected == 1;
}

void award_remove_juror(Db& db, std::int64_t round_id, std::int64_t user_id) {
    db.exec("DELETE FROM award_recusals WHERE round_id = $1 AND juror_id = $2", {round_id, user_id});
    db.exec("DELETE FROM award_jurors WHERE round_id = $1 AND user_id = $2", {round_id, user_id});
}

bool award_juror_has_scores(Db& db, std::int64_t round_id, std::int64_t user_id) {
    return !db.exec("SELECT 1 FROM award_scores WHERE round_id = $1 AND juror_id = $2 LIMIT 1", {round_id, user_id}).empty();
}

std::optional<std::int64_t> award_company_of(Db& db, std::int64_t user_id) {
    auto r = db.exec("SELECT MIN(m.organisation_id) FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                     "WHERE m.user_id = $1 AND o.kind = 'company'",
                     {user_id});
    return r.one().opt_i64(0);
}

std::vector<std::int64_t> award_rounds_of_juror(Db& db, std::int64_t user_id) {
    std::vector<std::int64_t> out;
    for (const auto& r : db.exec("SELECT round_id FROM award_jurors WHERE user_id = $1 ORDER BY round_id", {user_id}).rows)
        out.push_back(r.i64(0));
    return out;
}

std::vector<AwardScore> award_scores(Db& db, std::int64_t round_id) {
    std::vector<AwardScore> out;
    for (const auto& r : db.exec("SELECT s.juror_id, s.candidacy_id, s.criterion_id, s.score, s.comment, s.updated_at FROM award_scores s "
                                 "JOIN award_rubric_criteria k ON k.id = s.criterion_id WHERE s.round_id = $1 "
                                 "ORDER BY s.juror_id, s.candidacy_id, k.position",
                                 {round_id})
                             .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), static_cast<int>(r.i64(3)), r.str(4), r.i64(5)});
    return out;
}

void award_put_score(Db& db, std::int64_t round_id, std::int64_t juror_id, std::int64_t candidacy_id, std::int64_t criterion_id, int score,
                     const std::string& comment, std::int64_t now) {
    db.exec("INSERT INTO award_scores (round_id, juror_id, candidacy_id, criterion_id, score, comment, updated_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (juror_id, candidacy_id, criterion_id) "
            "DO UPDATE SET score = excluded.score, comment = excluded.comment, updated_at = excluded.updated_at",
            {round_id, juror_id, candidacy_id, criterion_id, static_cast<std::int64_t>(score), comment, now});
}

std::vector<AwardRecusal> award_recusals(Db& db, const AwardRound& round) {
    std::map<std::pair<std::int64_t, std::int64_t>, AwardRecusal> by_pair;
    for (const auto& r : db.exec("SELECT juror_id, candidacy_id, reason, automatic, created_at FROM award_recusals WHERE round_id = $1",
                                 {round.id})
                             .rows)
        by_pair[{r.i64(0), r.i64(1)}] = {r.i64(0), r.i64(1), r.str(2), r.i64(3) == 1, r.i64(4)};
    if (round.status == "open") {
        // Live: a juror who is a member of a company with a CONFIRMED mentor match with the candidate school.
        for (const auto& r : db.exec("SELECT DISTINCT j.user_id, c.id FROM award_jurors j "
                                     "JOIN award_candidacies c ON c.round_id = j.round_id "
                                     "JOIN memberships m ON m.user_id = j.user_id "
                                     "JOIN mentor_matches mm ON mm.company_id = m.organisation_id AND mm.school_id = c.organisation_id "
                                     "AND mm.programme_id = $2 AND mm.status = 'confirmed' "
                                     "WHERE j.round_id = $1",
                                     {round.id, round.programme_id})
                                 .rows)
            by_pair.try_emplace({r.i64(0), r.i64(1)}, AwardRecusal{r.i64(0), r.i64(1), "", true, 0});
    }
    std::vector<AwardRecusal> out;
    for (auto& [key, rec] : by_pair) out.push_back(std::move(rec));
    return out;
}

bool award_add_recusal(Db& db, std::int64_t round_id, std::int64_t juror_id, std::int64_t candidacy_id, const std::string& reason,
                       bool automatic, std::int64_t now) {
    return db.exec("INSERT INTO award_recusals (round_id, juror_id, candidacy_id, reason, automatic, created_at) "
                   "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (juror_id, candidacy_id) DO NOTHING",
                   {round_id, juror_id, candidacy_id, reason, static_cast<std::int64_t>(automatic ? 1 : 0), now})
               .affected == 1;
}

void award_freeze_automatic_recusals(Db& db, const AwardRound& round, std::int64_t now) {
    for (const auto& r : award_recusals(db, round))
        if (r.automatic && r.created_at == 0) award_add_recusal(db, round.id, r.juror_id, r.candidacy_id, "", true, now);
}

}  // namespace sk::store
