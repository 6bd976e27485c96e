// Upgrade safety (issue 17, point 6): a database filled at every earlier schema version survives the
// migrations to the newest, on both databases.
//
// `stages()` holds one entry per migration: `fill` writes representative rows into the tables that
// version created or changed, as the code of that time wrote them (plain SQL over the columns that existed
// then: today's store functions assume the newest schema), and `check` reads them back on the NEWEST
// schema, with what later migrations made of them (016 turns pending memberships into invitations, 014
// rebuilds the level projection, 015 and 017 fill new columns). A new migration adds one entry here, with
// rows for what it creates and checks for what it moves; EveryMigrationHasAStage fails until it does.
//
// Rules that keep the entries independent: a filler adds rows of its own (it may point at earlier rows, but
// never changes them), and a check reads only the rows of its own stage, so it holds whichever version the
// database was upgraded from.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/secrets.h"
#include "store/accounts.h"
#include "store/auth_tokens.h"
#include "store/group_report_data.h"
#include "store/invitations.h"
#include "store/migrations.h"
#include "store/programmes.h"
#include "store/questions.h"
#include "support/test_db.h"

namespace upgrade_test {

using namespace sk::store;

// The rows a stage made, by name ("school", "measurement"), for later stages and the checks.
using Ids = std::map<std::string, std::int64_t>;

struct Stage {
    int version;
    void (*fill)(Db& db, Ids& id);
    void (*check)(Db& db, const Ids& id);
};

// The time the rows of `version` were written: each stage its own day, so a value shows its stage.
std::int64_t at(int version) { return 1'790'000'000 + version * 86'400; }

constexpr std::int64_t kDay = 86'400;
constexpr const char* kPassword = "wachtwoord-van-toen";

// One Argon2id hash for every account with a password (hashing costs ~45 ms, more under the sanitizers).
const std::string& password_hash() {
    static const std::string hash = [] {
        sk::core::init_crypto();
        return sk::core::hash_password(kPassword);
    }();
    return hash;
}

// Inserts one row; the statement ends with RETURNING id.
std::int64_t insert(Db& db, std::string_view sql, const std::vector<Value>& params) { return db.exec(sql, params).one().i64(0); }

std::string text(const Value& v) {
    if (std::holds_alternative<Null>(v)) return "NULL";
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (auto d = std::get_if<double>(&v)) return std::to_string(*d);
    return std::get<std::string>(v);
}

// Values joined by '|', NULL as "NULL": a row compares as one string and reads well when it differs.
std::string cells(const std::vector<Value>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : "|") + text(v);
    return out;
}

std::string cells(const Row& r) {
    std::vector<Value> values;
    for (std::size_t i = 0; i < r.size(); ++i) values.push_back(r.raw(i));
    return cells(values);
}

// Every row `sql` selects, as cells(), joined by ", ".
std::string rows(Db& db, std::string_view sql, const std::vector<Value>& params) {
    std::string out;
    for (const Row& r : db.exec(sql, params).rows) out += (out.empty() ? "" : ", ") + cells(r);
    return out;
}

// The single row `sql` selects, as cells(); "N rows" when it selects another number of rows.
std::string row(Db& db, std::string_view sql, const std::vector<Value>& params) {
    const auto r = db.exec(sql, params);
    return r.rows.size() == 1 ? cells(r.one()) : std::to_string(r.rows.size()) + " rows";
}

std::int64_t count(Db& db, std::string_view sql, const std::vector<Value>& params) { return db.exec(sql, params).one().i64(0); }

// An account as 001 wrote it (`hash` NULL: invited, no password yet); later columns keep their defaults.
std::int64_t insert_user(Db& db, const char* email, const char* name, const Value& hash, std::int64_t t, const char* language = "nl") {
    return insert(db, "INSERT INTO users (email, name, language, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                  {email, name, language, hash, t});
}

// A sign-in session as 001 wrote it, valid 14 days (017's idle_seconds comes from its backfill).
std::int64_t insert_session(Db& db, const char* token_hash, std::int64_t user, std::int64_t t) {
    return insert(db, "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3) RETURNING id",
                  {token_hash, user, t, t + 14 * kDay});
}

// 001: accounts. An organiser, a school coordinator and a pending team member (an account without a
// password: the invitation of the time), their sessions and links, a mail and a login counter.
void fill_1(Db& db, Ids& id) {
    const auto t = at(1);
    const auto org = [&](const char* name, const char* kind) {
        return insert(db, "INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id", {name, kind, t});
    };
    id["home"] = org("Organisator Eén", "organiser");
    id["school"] = org("School Eén", "school");
    id["company"] = org("Bedrijf Eén", "company");
    id["organiser"] = insert_user(db, "organisator@een.be", "Olga", password_hash(), t);
    id["coordinator"] = insert_user(db, "coordinator@een.be", "Cas", password_hash(), t, "en");
    id["pending"] = insert_user(db, "wacht@een.be", "Wout", Null{}, t);
    const auto member = [&](std::int64_t user, std::int64_t organisation, const char* role) {
        db.exec("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4)", {user, organisation, role, t});
    };
    member(id["organiser"], id["home"], "organiser");
    member(id["coordinator"], id["school"], "coordinator");
    member(id["pending"], id["school"], "team_member");
    id["session_organiser"] = insert_session(db, "session-organiser", id["organiser"], t);
    id["session_coordinator"] = insert_session(db, "session-coordinator", id["coordinator"], t);
    const auto link = [&](const char* token_hash, std::int64_t user, const char* purpose, std::int64_t expires_at, const Value& used_at) {
        db.exec("INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at, used_at) VALUES ($1, $2, $3, $4, $5, $6)",
                {token_hash, user, purpose, t, expires_at, used_at});
    };
    link("invite-pending", id["pending"], "invite", t + 5000, Null{});
    link("invite-pending-used", id["pending"], "invite", t + 9000, t + 10);  // used: not the invitation's expiry
    link("reset-coordinator", id["coordinator"], "reset", t + 3600, Null{});
    id["mail_1"] = insert(db, "INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, last_error) "
                              "VALUES ('coordinator@een.be', 'Welkom', 'Hallo Cas', $1, $2, 2, 'timeout') RETURNING id",
                          {t, t + 60});
    db.exec("INSERT INTO rate_limits (bucket, window_start, hits) VALUES ('login:organisator@een.be', $1, 3)", {t});
}

void check_1(Db& db, const Ids& id) {
    const auto t = at(1);
    const std::string users = "SELECT email, name, language, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END, created_at, is_operator FROM users "
                              "WHERE id = $1";
    EXPECT_EQ(row(db, users, {id.at("organiser")}), cells({"organisator@een.be", "Olga", "nl", 1, t, 0}));
    EXPECT_EQ(row(db, users, {id.at("coordinator")}), cells({"coordinator@een.be", "Cas", "en", 1, t, 0}));
    EXPECT_EQ(row(db, users, {id.at("pending")}), cells({"wacht@een.be", "Wout", "nl", 0, t, 0}));
    const std::string organisations = "SELECT name, kind, created_at FROM organisations WHERE id = $1";
    EXPECT_EQ(row(db, organisations, {id.at("home")}), cells({"Organisator Eén", "organiser", t}));
    EXPECT_EQ(row(db, organisations, {id.at("school")}), cells({"School Eén", "school", t}));
    EXPECT_EQ(row(db, organisations, {id.at("company")}), cells({"Bedrijf Eén", "company", t}));

    const std::string memberships = "SELECT organisation_id, role, team_function, created_at FROM memberships WHERE user_id = $1";
    EXPECT_EQ(row(db, memberships, {id.at("organiser")}), cells({id.at("home"), "organiser", Null{}, t}));
    EXPECT_EQ(row(db, memberships, {id.at("coordinator")}), cells({id.at("school"), "coordinator", Null{}, t}));
    // 016: the pending membership is an open invitation now, valid as long as the unused link in the mailbox.
    EXPECT_EQ(row(db, memberships, {id.at("pending")}), "0 rows");
    EXPECT_EQ(row(db, "SELECT organisation_id, role, team_function, award_round_id, email, invited_by, created_at, expires_at, accepted_at, "
                      "declined_at, revoked FROM invitations WHERE user_id = $1",
                  {id.at("pending")}),
              cells({id.at("school"), "team_member", Null{}, Null{}, "wacht@een.be", Null{}, t, t + 5000, Null{}, Null{}, 0}));

    // 017: the organiser's session gets the staff idle limit, the coordinator's the default one.
    const std::string sessions = "SELECT token_hash, user_id, created_at, expires_at, last_seen_at, idle_seconds FROM sessions WHERE id = $1";
    EXPECT_EQ(row(db, sessions, {id.at("session_organiser")}), cells({"session-organiser", id.at("organiser"), t, t + 14 * kDay, t, 7200}));
    EXPECT_EQ(row(db, sessions, {id.at("session_coordinator")}),
              cells({"session-coordinator", id.at("coordinator"), t, t + 14 * kDay, t, 28800}));

    const std::string links = "SELECT user_id, purpose, created_at, expires_at, used_at FROM one_time_tokens WHERE token_hash = $1";
    EXPECT_EQ(row(db, links, {"invite-pending"}), cells({id.at("pending"), "invite", t, t + 5000, Null{}}));
    EXPECT_EQ(row(db, links, {"invite-pending-used"}), cells({id.at("pending"), "invite", t, t + 9000, t + 10}));
    EXPECT_EQ(row(db, links, {"reset-coordinator"}), cells({id.at("coordinator"), "reset", t, t + 3600, Null{}}));
    // 002: a mail queued before Message-IDs has none.
    EXPECT_EQ(row(db, "SELECT to_address, subject, body_text, created_at, next_attempt_at, attempts, sent_at, last_error, message_id "
                      "FROM outbox WHERE id = $1",
                  {id.at("mail_1")}),
              cells({"coordinator@een.be", "Welkom", "Hallo Cas", t, t + 60, 2, Null{}, "timeout", Null{}}));
    // 017: an old counter has no previous window.
    EXPECT_EQ(row(db, "SELECT window_start, hits, previous_hits FROM rate_limits WHERE bucket = 'login:organisator@een.be'", {}),
              cells({t, 3, 0}));
}

// 002: the outbox's Message-ID.
void fill_2(Db& db, Ids& id) {
    const auto t = at(2);
    id["mail_2"] = insert(db, "INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, sent_at, message_id) "
                              "VALUES ('organisator@een.be', 'Nieuw', 'Tekst', $1, $1, $2, '<m2@stemkompas.local>') RETURNING id",
                          {t, t + 5});
}

void check_2(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT to_address, sent_at, message_id FROM outbox WHERE id = $1", {id.at("mail_2")}),
              cells({"organisator@een.be", at(2) + 5, "<m2@stemkompas.local>"}));
}

// 003: a programme with phases, participants, profiles, a registration, a team (one member invited, so
// without a password, with a team function and no link), the audit log and a sent reminder.
void fill_3(Db& db, Ids& id) {
    const auto t = at(3);
    id["programme"] = insert(db,
                             "INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, framework_version, "
                             "max_schools, description_nl, description_en, published, created_at, updated_at) VALUES ($1, 'Programma Drie', "
                             "'2026-2027', 'secondary', 'Limburg', 'eu-stem-school-label', '2024.1', 20, 'Beschrijving', 'Description', 1, "
                             "$2, $2) RETURNING id",
                             {id["home"], t});
    const auto p = id["programme"];
    db.exec("INSERT INTO programme_phases (programme_id, kind, opens_on, closes_on) VALUES ($1, 'baseline', '2026-10-01', '2026-11-30'), "
            "($1, 'label', '2027-03-01', '2027-04-30')",
            {p});
    db.exec("INSERT INTO phase_extensions (programme_id, organisation_id, kind, closes_on) VALUES ($1, $2, 'baseline', '2026-12-15')",
            {p, id["school"]});
    db.exec("INSERT INTO programme_participants (programme_id, organisation_id, kind, joined_at) VALUES ($1, $2, 'school', $4), "
            "($1, $3, 'company', $4)",
            {p, id["school"], id["company"], t});
    db.exec("INSERT INTO school_profiles (organisation_id, institution_number, street, postcode, municipality, province, network, level, "
            "pupils) VALUES ($1, '123456', 'Schoolstraat 1', '3500', 'Hasselt', 'limburg', 'go', 'secondary', 640)",
            {id["school"]});
    db.exec("INSERT INTO company_profiles (organisation_id, enterprise_number, sector, province, size, expertise, capacity) "
            "VALUES ($1, '0123.456.789', 'chemie', 'limburg', '50-249', 'E1,E6', 3)",
            {id["company"]});
    id["registration"] = insert(db,
                                "INSERT INTO registrations (programme_id, kind, organisation_name, identifier, contact_name, contact_email, "
                                "language, data, created_at) VALUES ($1, 'school', 'School Wacht', '654321', 'Wim', 'wim@wacht.be', 'en', "
                                "'{\"pupils\":300}', $2) RETURNING id",
                                {p, t});
    id["teacher"] = insert_user(db, "leerkracht@een.be", "Lien", password_hash(), t);
    id["pending_support"] = insert_user(db, "steun@een.be", "Stan", Null{}, t);
    const std::string member = "INSERT INTO memberships (user_id, organisation_id, role, created_at, team_function) "
                               "VALUES ($1, $2, 'team_member', $3, $4)";
    db.exec(member, {id["teacher"], id["school"], t, "teacher"});
    db.exec(member, {id["pending_support"], id["school"], t, "support"});
    id["audit"] = insert(db, "INSERT INTO audit_log (actor_id, programme_id, action, object_type, object_id, after_json, created_at) "
                             "VALUES ($1, $2, 'programme.create', 'programme', $2, '{\"name\":\"Programma Drie\"}', $3) RETURNING id",
                         {id["organiser"], p, t});
    db.exec("INSERT INTO phase_reminders (programme_id, organisation_id, kind, days_before, queued_at) VALUES ($1, $2, 'baseline', 7, $3)",
            {p, id["school"], t});
}

void check_3(Db& db, const Ids& id) {
    const auto t = at(3);
    const auto p = id.at("programme");
    EXPECT_EQ(row(db, "SELECT organiser_id, name, school_year, audience, region, framework_id, framework_version, max_schools, "
                      "description_nl, description_en, published, created_at, updated_at FROM programmes WHERE id = $1",
                  {p}),
              cells({id.at("home"), "Programma Drie", "2026-2027", "secondary", "Limburg", "eu-stem-school-label", "2024.1", 20, "Beschrijving",
                     "Description", 1, t, t}));
    EXPECT_EQ(rows(db, "SELECT kind, opens_on, closes_on FROM programme_phases WHERE programme_id = $1 ORDER BY kind", {p}),
              "baseline|2026-10-01|2026-11-30, label|2027-03-01|2027-04-30");
    EXPECT_EQ(row(db, "SELECT kind, closes_on FROM phase_extensions WHERE programme_id = $1 AND organisation_id = $2", {p, id.at("school")}),
              cells({"baseline", "2026-12-15"}));
    const std::string participant = "SELECT kind, joined_at FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2";
    EXPECT_EQ(row(db, participant, {p, id.at("school")}), cells({"school", t}));
    EXPECT_EQ(row(db, participant, {p, id.at("company")}), cells({"company", t}));
    EXPECT_EQ(row(db, "SELECT institution_number, street, postcode, municipality, province, network, level, pupils FROM school_profiles "
                      "WHERE organisation_id = $1",
                  {id.at("school")}),
              cells({"123456", "Schoolstraat 1", "3500", "Hasselt", "limburg", "go", "secondary", 640}));
    EXPECT_EQ(row(db, "SELECT enterprise_number, sector, province, size, expertise, capacity FROM company_profiles WHERE organisation_id = $1",
                  {id.at("company")}),
              cells({"0123.456.789", "chemie", "limburg", "50-249", "E1,E6", 3}));
    EXPECT_EQ(row(db, "SELECT programme_id, kind, status, organisation_name, identifier, contact_name, contact_email, language, data, "
                      "created_at, decided_at, organisation_id FROM registrations WHERE id = $1",
                  {id.at("registration")}),
              cells({p, "school", "pending", "School Wacht", "654321", "Wim", "wim@wacht.be", "en", "{\"pupils\":300}", t, Null{}, Null{}}));
    EXPECT_EQ(row(db, "SELECT organisation_id, role, team_function FROM memberships WHERE user_id = $1", {id.at("teacher")}),
              cells({id.at("school"), "team_member", "teacher"}));
    // 016: the invited member's membership is an invitation with its team function; without a link, valid a week.
    EXPECT_EQ(row(db, "SELECT COUNT(*) FROM memberships WHERE user_id = $1", {id.at("pending_support")}), "0");
    EXPECT_EQ(row(db, "SELECT organisation_id, role, team_function, email, created_at, expires_at FROM invitations WHERE user_id = $1",
                  {id.at("pending_support")}),
              cells({id.at("school"), "team_member", "support", "steun@een.be", t, t + 7 * kDay}));
    EXPECT_EQ(row(db, "SELECT actor_id, programme_id, action, object_type, object_id, before_json, after_json, created_at FROM audit_log "
                      "WHERE id = $1",
                  {id.at("audit")}),
              cells({id.at("organiser"), p, "programme.create", "programme", p, Null{}, "{\"name\":\"Programma Drie\"}", t}));
    EXPECT_EQ(row(db, "SELECT kind, days_before, queued_at FROM phase_reminders WHERE programme_id = $1", {p}), cells({"baseline", 7, t}));
}

// 004: a submitted baseline measurement with answers (one without a level) and an evidence link.
void fill_4(Db& db, Ids& id) {
    const auto t = at(4);
    id["measurement"] = insert(db,
                               "INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, "
                               "created_at, created_by, updated_at, submitted_at, submitted_by) VALUES ($1, $2, 'baseline', "
                               "'eu-stem-school-label', '2024.1', 'submitted', $3, $4, $3, $5, $4) RETURNING id",
                               {id["programme"], id["school"], t, id["coordinator"], t + 10});
    db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, comment, version, updated_at, updated_by) VALUES "
            "($1, 'C01', 'competent', 'Goed op weg', 3, $2, $3), ($1, 'C02', 'expert', '', 1, $2, $3), ($1, 'C03', NULL, 'later', 2, $2, $3)",
            {id["measurement"], t, id["coordinator"]});
    db.exec("INSERT INTO measurement_evidence (measurement_id, criterion_id, evidence_id) VALUES ($1, 'C01', 4242)", {id["measurement"]});
}

void check_4(Db& db, const Ids& id) {
    const auto t = at(4);
    const auto m = id.at("measurement");
    EXPECT_EQ(row(db, "SELECT programme_id, organisation_id, kind, framework_id, framework_version, status, created_at, created_by, "
                      "updated_at, submitted_at, submitted_by, reopened_at, reopen_reason FROM measurements WHERE id = $1",
                  {m}),
              cells({id.at("programme"), id.at("school"), "baseline", "eu-stem-school-label", "2024.1", "submitted", t, id.at("coordinator"), t,
                     t + 10, id.at("coordinator"), Null{}, Null{}}));
    const std::string answer = "SELECT level, comment, version, updated_at, updated_by FROM measurement_answers "
                               "WHERE measurement_id = $1 AND criterion_id = $2";
    EXPECT_EQ(row(db, answer, {m, "C01"}), cells({"competent", "Goed op weg", 3, t, id.at("coordinator")}));
    EXPECT_EQ(row(db, answer, {m, "C02"}), cells({"expert", "", 1, t, id.at("coordinator")}));
    EXPECT_EQ(row(db, answer, {m, "C03"}), cells({Null{}, "later", 2, t, id.at("coordinator")}));
    EXPECT_EQ(row(db, "SELECT criterion_id, evidence_id FROM measurement_evidence WHERE measurement_id = $1", {m}), cells({"C01", 4242}));
}

// A baseline survey of the school, as 005 and later versions write it (014's response_count has a default).
std::int64_t insert_survey(Db& db, const Ids& id, const char* group, const char* code, std::int64_t t) {
    return insert(db,
                  "INSERT INTO surveys (programme_id, organisation_id, kind, respondent_group, variant, framework_id, framework_version, "
                  "code, created_at, created_by) VALUES ($1, $2, 'baseline', $3, 'secondary', 'eu-stem-school-label', '2024.1', $4, $5, $6) "
                  "RETURNING id",
                  {id.at("programme"), id.at("school"), group, code, t, id.at("coordinator")});
}

// 005: a teachers' survey with a used token and two responses.
void fill_5(Db& db, Ids& id) {
    const auto t = at(5);
    id["survey_teachers"] = insert_survey(db, id, "teachers", "ABC123", t);
    const auto s = id["survey_teachers"];
    db.exec("INSERT INTO survey_tokens (token_hash, survey_id, expires_at, used) VALUES ('survey-token-5', $1, $2, 1)", {s, t + 3600});
    for (const char* day : {"2026-10-05", "2026-10-06"}) {
        const auto r = insert(db, "INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, $2) RETURNING id", {s, day});
        db.exec("INSERT INTO survey_answers (response_id, criterion_id, score) VALUES ($1, 'C01', 4), ($1, 'C02', NULL)", {r});
    }
}

void check_5(Db& db, const Ids& id) {
    const auto s = id.at("survey_teachers");
    // 014: the response count is filled in from the responses.
    EXPECT_EQ(row(db, "SELECT programme_id, organisation_id, kind, respondent_group, variant, code, status, created_at, created_by, "
                      "closed_at, response_count FROM surveys WHERE id = $1",
                  {s}),
              cells({id.at("programme"), id.at("school"), "baseline", "teachers", "secondary", "ABC123", "open", at(5), id.at("coordinator"),
                     Null{}, 2}));
    EXPECT_EQ(row(db, "SELECT survey_id, expires_at, used FROM survey_tokens WHERE token_hash = 'survey-token-5'", {}),
              cells({s, at(5) + 3600, 1}));
    EXPECT_EQ(rows(db, "SELECT answered_on FROM survey_responses WHERE survey_id = $1 ORDER BY answered_on", {s}), "2026-10-05, 2026-10-06");
    EXPECT_EQ(row(db, "SELECT COUNT(*), COUNT(a.score), SUM(a.score) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
                      "WHERE r.survey_id = $1",
                  {s}),
              cells({4, 2, 8}));
}

// 006: the evidence library: a link and a file, with their criteria.
void fill_6(Db& db, Ids& id) {
    const auto t = at(6);
    id["evidence_link"] = insert(db,
                                 "INSERT INTO evidence (organisation_id, kind, title, description, url, created_at, created_by, updated_at) "
                                 "VALUES ($1, 'link', 'Website', 'STEM-pagina', 'https://een.be/stem', $2, $3, $2) RETURNING id",
                                 {id["school"], t, id["coordinator"]});
    id["evidence_file"] = insert(db,
                                 "INSERT INTO evidence (organisation_id, kind, title, file_name, content_type, size, sha256, created_at, "
                                 "created_by, updated_at) VALUES ($1, 'file', 'Plan', 'plan.pdf', 'application/pdf', 1234, $2, $3, $4, $3) "
                                 "RETURNING id",
                                 {id["school"], std::string(64, 'a'), t, id["coordinator"]});
    db.exec("INSERT INTO evidence_criteria (evidence_id, criterion_id) VALUES ($1, 'C01'), ($2, 'C01'), ($2, 'C02')",
            {id["evidence_link"], id["evidence_file"]});
}

void check_6(Db& db, const Ids& id) {
    const auto t = at(6);
    const std::string evidence = "SELECT organisation_id, kind, title, description, url, file_name, content_type, size, sha256, created_at, "
                                 "created_by, updated_at FROM evidence WHERE id = $1";
    EXPECT_EQ(row(db, evidence, {id.at("evidence_link")}), cells({id.at("school"), "link", "Website", "STEM-pagina", "https://een.be/stem",
                                                                  Null{}, Null{}, Null{}, Null{}, t, id.at("coordinator"), t}));
    EXPECT_EQ(row(db, evidence, {id.at("evidence_file")}), cells({id.at("school"), "file", "Plan", "", Null{}, "plan.pdf", "application/pdf",
                                                                  1234, std::string(64, 'a'), t, id.at("coordinator"), t}));
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM evidence_criteria WHERE evidence_id IN ($1, $2)", {id.at("evidence_link"), id.at("evidence_file")}),
              3);
}

// 007: a decided label application with its snapshot's file, a review and the showcase consent; its
// reviewer signs in (a staff session for 017).
void fill_7(Db& db, Ids& id) {
    const auto t = at(7);
    id["reviewer"] = insert_user(db, "reviewer@een.be", "Rita", password_hash(), t);
    db.exec("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, 'reviewer', $3)", {id["reviewer"], id["home"], t});
    id["session_reviewer"] = insert_session(db, "session-reviewer", id["reviewer"], t);
    id["application"] = insert(
        db,
        "INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, framework_version, status, snapshot, "
        "submitted_at, submitted_by, reviewer_id, assigned_at, due_on, proposed_label, decided_label, decided_at, decided_by, valid_from, "
        "valid_until, certificate_code) VALUES ($1, $2, $3, 'eu-stem-school-label', '2024.1', 'decided', '{\"answers\":[]}', $4, $5, $6, $7, "
        "'2027-04-01', 'competent', 'competent', $8, $6, '2027-04-02', '2030-04-02', 'CERT-0007') RETURNING id",
        {id["programme"], id["school"], id["measurement"], t, id["coordinator"], id["reviewer"], t + 1, t + 2});
    db.exec("INSERT INTO label_application_files (application_id, evidence_id, sha256) VALUES ($1, $2, $3)",
            {id["application"], id["evidence_file"], std::string(64, 'a')});
    db.exec("INSERT INTO label_reviews (application_id, criterion_id, accepted_level, feedback, updated_at, updated_by) "
            "VALUES ($1, 'C01', 'competent', 'Sterk', $2, $3)",
            {id["application"], t, id["reviewer"]});
    db.exec("INSERT INTO showcase_consents (organisation_id, consented_at, consented_by) VALUES ($1, $2, $3)", {id["school"], t, id["coordinator"]});
}

void check_7(Db& db, const Ids& id) {
    const auto t = at(7);
    const auto a = id.at("application");
    EXPECT_EQ(row(db, "SELECT measurement_id, status, snapshot, submitted_at, reviewer_id, assigned_at, due_on, proposed_label, "
                      "decided_label, override_reason, decided_at, decided_by, valid_from, valid_until, certificate_code "
                      "FROM label_applications WHERE id = $1",
                  {a}),
              cells({id.at("measurement"), "decided", "{\"answers\":[]}", t, id.at("reviewer"), t + 1, "2027-04-01", "competent", "competent",
                     Null{}, t + 2, id.at("reviewer"), "2027-04-02", "2030-04-02", "CERT-0007"}));
    EXPECT_EQ(row(db, "SELECT evidence_id, sha256 FROM label_application_files WHERE application_id = $1", {a}),
              cells({id.at("evidence_file"), std::string(64, 'a')}));
    EXPECT_EQ(row(db, "SELECT criterion_id, accepted_level, feedback, updated_at, updated_by FROM label_reviews WHERE application_id = $1", {a}),
              cells({"C01", "competent", "Sterk", t, id.at("reviewer")}));
    EXPECT_EQ(row(db, "SELECT consented_at, consented_by FROM showcase_consents WHERE organisation_id = $1", {id.at("school")}),
              cells({t, id.at("coordinator")}));
    EXPECT_EQ(row(db, "SELECT idle_seconds FROM sessions WHERE id = $1", {id.at("session_reviewer")}), "7200") << "017: a reviewer is staff";
}

// 008: an action plan with a goal, its criteria, an action, a comment, a dismissed proposal and history.
void fill_8(Db& db, Ids& id) {
    const auto t = at(8);
    id["plan"] = insert(db, "INSERT INTO action_plans (programme_id, organisation_id, created_at) VALUES ($1, $2, $3) RETURNING id",
                        {id["programme"], id["school"], t});
    id["goal"] = insert(db,
                        "INSERT INTO action_goals (plan_id, title, target_level, success_indicator, owner_user_id, start_on, end_on, resources, "
                        "monitoring, status, created_at, updated_at) VALUES ($1, 'Meer techniek', 'proficient', 'Drie projecten', $2, "
                        "'2026-09-01', '2027-06-30', 'Budget', 'Maandelijks', 'in_progress', $3, $3) RETURNING id",
                        {id["plan"], id["coordinator"], t});
    db.exec("INSERT INTO action_goal_criteria (goal_id, criterion_id, position) VALUES ($1, 'C02', 1), ($1, 'C01', 2)", {id["goal"]});
    id["action"] = insert(db,
                          "INSERT INTO action_items (goal_id, title, owner_user_id, due_on, status, completed_at, created_at, updated_at) "
                          "VALUES ($1, 'Workshop', $2, '2026-11-15', 'done', $3, $4, $4) RETURNING id",
                          {id["goal"], id["teacher"], t + 5, t});
    id["comment"] = insert(db, "INSERT INTO action_comments (goal_id, author_id, author_name, author_role, body, created_at) "
                               "VALUES ($1, $2, 'Cas', 'coordinator', 'Gestart', $3) RETURNING id",
                           {id["goal"], id["coordinator"], t});
    db.exec("INSERT INTO action_plan_dismissals (plan_id, criterion_id, dismissed_at, dismissed_by) VALUES ($1, 'C03', $2, $3)",
            {id["plan"], t, id["coordinator"]});
    id["history"] = insert(db,
                           "INSERT INTO action_plan_history (plan_id, actor_id, actor_name, at, kind, target, target_id, target_title, changes) "
                           "VALUES ($1, $2, 'Cas', $3, 'goal_created', 'goal', $4, 'Meer techniek', '{}') RETURNING id",
                           {id["plan"], id["coordinator"], t, id["goal"]});
}

void check_8(Db& db, const Ids& id) {
    const auto t = at(8);
    EXPECT_EQ(row(db, "SELECT programme_id, organisation_id, created_at FROM action_plans WHERE id = $1", {id.at("plan")}),
              cells({id.at("programme"), id.at("school"), t}));
    EXPECT_EQ(row(db, "SELECT plan_id, title, target_level, success_indicator, owner_user_id, start_on, end_on, resources, monitoring, status, "
                      "created_at, updated_at FROM action_goals WHERE id = $1",
                  {id.at("goal")}),
              cells({id.at("plan"), "Meer techniek", "proficient", "Drie projecten", id.at("coordinator"), "2026-09-01", "2027-06-30", "Budget",
                     "Maandelijks", "in_progress", t, t}));
    EXPECT_EQ(rows(db, "SELECT criterion_id FROM action_goal_criteria WHERE goal_id = $1 ORDER BY position", {id.at("goal")}), "C02, C01");
    EXPECT_EQ(row(db, "SELECT goal_id, title, owner_user_id, due_on, status, completed_at, overdue_notified_at FROM action_items WHERE id = $1",
                  {id.at("action")}),
              cells({id.at("goal"), "Workshop", id.at("teacher"), "2026-11-15", "done", t + 5, Null{}}));
    EXPECT_EQ(row(db, "SELECT author_id, author_name, author_role, body, created_at FROM action_comments WHERE id = $1", {id.at("comment")}),
              cells({id.at("coordinator"), "Cas", "coordinator", "Gestart", t}));
    EXPECT_EQ(row(db, "SELECT criterion_id, dismissed_at, dismissed_by FROM action_plan_dismissals WHERE plan_id = $1", {id.at("plan")}),
              cells({"C03", t, id.at("coordinator")}));
    EXPECT_EQ(row(db, "SELECT actor_name, at, kind, target, target_id, target_title, changes FROM action_plan_history WHERE id = $1",
                  {id.at("history")}),
              cells({"Cas", t, "goal_created", "goal", id.at("goal"), "Meer techniek", "{}"}));
}

// 009: a working group with a school and a company, and the baseline's level projection as 009 had it.
void fill_9(Db& db, Ids& id) {
    const auto t = at(9);
    id["working_group"] = insert(db,
                                 "INSERT INTO working_groups (programme_id, title, description, criterion_ids, created_at, created_by, "
                                 "updated_at) VALUES ($1, 'Werkgroep techniek', 'Samen', 'C01,C02', $2, $3, $2) RETURNING id",
                                 {id["programme"], t, id["organiser"]});
    db.exec("INSERT INTO working_group_members (group_id, organisation_id, kind, added_at) VALUES ($1, $2, 'school', $4), "
            "($1, $3, 'company', $4)",
            {id["working_group"], id["school"], id["company"], t});
    db.exec("INSERT INTO measurement_levels (measurement_id, levels) VALUES ($1, 'C01=1;C02=3')", {id["measurement"]});
}

void check_9(Db& db, const Ids& id) {
    const auto t = at(9);
    EXPECT_EQ(row(db, "SELECT programme_id, title, description, criterion_ids, status, created_at, created_by, updated_at FROM working_groups "
                      "WHERE id = $1",
                  {id.at("working_group")}),
              cells({id.at("programme"), "Werkgroep techniek", "Samen", "C01,C02", "open", t, id.at("organiser"), t}));
    EXPECT_EQ(rows(db, "SELECT kind FROM working_group_members WHERE group_id = $1 ORDER BY kind", {id.at("working_group")}), "company, school");
    // 014: the projection carries its measurement's programme, kind and school.
    EXPECT_EQ(row(db, "SELECT programme_id, kind, organisation_id, levels FROM measurement_levels WHERE measurement_id = $1",
                  {id.at("measurement")}),
              cells({id.at("programme"), "baseline", id.at("school"), "C01=1;C02=3"}));
}

// 010: a second organiser organisation with its own programme, a working-group session with a registration,
// reminder, attachment and feed, resources of both programmes and a global one, and a playbook request.
void fill_10(Db& db, Ids& id) {
    const auto t = at(10);
    id["organiser_two"] = insert(db, "INSERT INTO organisations (name, kind, created_at) VALUES ('Organisator Twee', 'organiser', $1) RETURNING id",
                                 {t});
    id["programme_two"] = insert(db,
                                 "INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, framework_version, "
                                 "max_schools, created_at, updated_at) VALUES ($1, 'Programma Tien', '2027-2028', 'primary', 'Antwerpen', "
                                 "'eu-stem-school-label', '2024.1', 10, $2, $2) RETURNING id",
                                 {id["organiser_two"], t});
    id["network_session"] = insert(
        db,
        "INSERT INTO network_sessions (programme_id, type, title, starts_at, ends_at, host_school_id, venue_name, address, capacity, "
        "audience_kind, audience_working_group_id, report_body, report_published_at, report_mailed, lock_version, created_at, created_by, "
        "updated_at) VALUES ($1, 'working_group_meeting', 'Werkgroep 1', $2, $3, $4, 'Aula', 'Schoolstraat 1', 20, 'working_group', $5, "
        "'# Verslag', $2, 1, 3, $6, $7, $6) RETURNING id",
        {id["programme"], t + kDay, t + kDay + 7200, id["school"], id["working_group"], t, id["organiser"]});
    const auto ns = id["network_session"];
    db.exec("INSERT INTO session_registrations (session_id, user_id, organisation_id, status, queue_seq, registered_at, attended) "
            "VALUES ($1, $2, $3, 'registered', 1, $4, 1)",
            {ns, id["coordinator"], id["school"], t});
    db.exec("INSERT INTO session_reminders_sent (session_id, user_id, sent_at) VALUES ($1, $2, $3)", {ns, id["coordinator"], t});
    id["attachment"] = insert(db, "INSERT INTO session_attachments (session_id, file_name, content_type, size, sha256, created_at, created_by) "
                                  "VALUES ($1, 'verslag.pdf', 'application/pdf', 99, $2, $3, $4) RETURNING id",
                              {ns, std::string(64, 'c'), t, id["organiser"]});
    db.exec("INSERT INTO ical_feeds (user_id, generation, token_hash, created_at) VALUES ($1, 2, 'feed-10', $2)", {id["coordinator"], t});
    const auto resource = [&](const Value& programme, const char* kind, const char* title) {
        return insert(db, "INSERT INTO resources (programme_id, kind, title, url, published, created_at, created_by, updated_at) "
                          "VALUES ($1, $2, $3, 'https://example.org/r', 1, $4, $5, $4) RETURNING id",
                      {programme, kind, title, t, id["organiser"]});
    };
    id["resource_programme"] = resource(id["programme"], "best_practice", "Goede praktijk");
    id["resource_programme_two"] = resource(id["programme_two"], "other", "Van Twee");
    id["resource_global"] = resource(Null{}, "playbook", "Playbook");
    db.exec("INSERT INTO resource_elements (resource_id, element_id) VALUES ($1, 'E1')", {id["resource_global"]});
    db.exec("INSERT INTO resource_criteria (resource_id, criterion_id) VALUES ($1, 'C01')", {id["resource_global"]});
    id["playbook_request"] = insert(db,
                                    "INSERT INTO playbook_requests (name, email, organisation, language, created_at, status, approved_at, "
                                    "approved_by, token_hash, expires_at) VALUES ('Pia', 'pia@x.be', 'School X', 'en', $1, 'approved', $2, "
                                    "$3, 'playbook-10', $4) RETURNING id",
                                    {t, t + 1, id["organiser"], t + kDay});
}

void check_10(Db& db, const Ids& id) {
    const auto t = at(10);
    const auto ns = id.at("network_session");
    EXPECT_EQ(row(db, "SELECT programme_id, type, title, starts_at, ends_at, host_school_id, audience_kind, audience_working_group_id, status, "
                      "report_body, report_published_at, report_mailed, lock_version, created_by FROM network_sessions WHERE id = $1",
                  {ns}),
              cells({id.at("programme"), "working_group_meeting", "Werkgroep 1", t + kDay, t + kDay + 7200, id.at("school"), "working_group",
                     id.at("working_group"), "planned", "# Verslag", t + kDay, 1, 3, id.at("organiser")}));
    EXPECT_EQ(row(db, "SELECT user_id, organisation_id, status, queue_seq, registered_at, attended FROM session_registrations "
                      "WHERE session_id = $1",
                  {ns}),
              cells({id.at("coordinator"), id.at("school"), "registered", 1, t, 1}));
    EXPECT_EQ(row(db, "SELECT user_id, sent_at FROM session_reminders_sent WHERE session_id = $1", {ns}), cells({id.at("coordinator"), t}));
    EXPECT_EQ(row(db, "SELECT file_name, size, sha256 FROM session_attachments WHERE id = $1", {id.at("attachment")}),
              cells({"verslag.pdf", 99, std::string(64, 'c')}));
    EXPECT_EQ(row(db, "SELECT generation, token_hash FROM ical_feeds WHERE user_id = $1", {id.at("coordinator")}), cells({2, "feed-10"}));
    // 015: a resource belongs to its programme's organiser; a global one to the home organisation (the oldest).
    const std::string resource = "SELECT programme_id, kind, title, published, organiser_id FROM resources WHERE id = $1";
    EXPECT_EQ(row(db, resource, {id.at("resource_programme")}),
              cells({id.at("programme"), "best_practice", "Goede praktijk", 1, id.at("home")}));
    EXPECT_EQ(row(db, resource, {id.at("resource_programme_two")}),
              cells({id.at("programme_two"), "other", "Van Twee", 1, id.at("organiser_two")}));
    EXPECT_EQ(row(db, resource, {id.at("resource_global")}), cells({Null{}, "playbook", "Playbook", 1, id.at("home")}));
    EXPECT_EQ(row(db, "SELECT e.element_id, c.criterion_id FROM resource_elements e JOIN resource_criteria c ON c.resource_id = e.resource_id "
                      "WHERE e.resource_id = $1",
                  {id.at("resource_global")}),
              cells({"E1", "C01"}));
    EXPECT_EQ(row(db, "SELECT name, email, organisation, language, status, approved_by, token_hash, expires_at, organiser_id "
                      "FROM playbook_requests WHERE id = $1",
                  {id.at("playbook_request")}),
              cells({"Pia", "pia@x.be", "School X", "en", "approved", id.at("organiser"), "playbook-10", t + kDay, id.at("home")}));
}

// 011: "Ask us": an answered question and a new one.
void fill_11(Db& db, Ids& id) {
    const auto t = at(11);
    id["question_answered"] = insert(db,
                                     "INSERT INTO questions (name, email, organisation, topic, question, language, consent_at, received_at, "
                                     "due_at, status, taken_by, taken_at, answer, answered_at, answered_by, handled_at) VALUES ('Quinten', "
                                     "'q@x.be', 'School Q', 'label', 'Hoe?', 'en', $1, $1, $2, 'answered', $3, $4, 'Zo.', $5, $3, $5) "
                                     "RETURNING id",
                                     {t, t + 2 * kDay, id["organiser"], t + 1, t + 2});
    id["question_new"] = insert(db,
                                "INSERT INTO questions (name, email, topic, question, consent_at, received_at, due_at) VALUES ('Nele', "
                                "'n@x.be', 'general', 'Wanneer?', $1, $1, $2) RETURNING id",
                                {t, t + 2 * kDay});
}

void check_11(Db& db, const Ids& id) {
    const auto t = at(11);
    // 015: questions from before tenants belong to the home organisation.
    const std::string question = "SELECT name, email, organisation, topic, question, language, received_at, due_at, status, taken_by, answer, "
                                 "answered_by, handled_at, overdue_alerted_at, organiser_id FROM questions WHERE id = $1";
    EXPECT_EQ(row(db, question, {id.at("question_answered")}),
              cells({"Quinten", "q@x.be", "School Q", "label", "Hoe?", "en", t, t + 2 * kDay, "answered", id.at("organiser"), "Zo.",
                     id.at("organiser"), t + 2, Null{}, id.at("home")}));
    EXPECT_EQ(row(db, question, {id.at("question_new")}), cells({"Nele", "n@x.be", "", "general", "Wanneer?", "nl", t, t + 2 * kDay, "new",
                                                                 Null{}, Null{}, Null{}, Null{}, Null{}, id.at("home")}));
}

// 012: a confirmed mentor match, a meeting and its follow-ups (one turned into the action of 008).
void fill_12(Db& db, Ids& id) {
    const auto t = at(12);
    id["match"] = insert(db,
                         "INSERT INTO mentor_matches (programme_id, school_id, company_id, status, score, explanation, fixed, created_at, "
                         "updated_at, confirmed_at, confirmed_by) VALUES ($1, $2, $3, 'confirmed', 87, '{\"sector\":1}', 1, $4, $4, $5, $6) "
                         "RETURNING id",
                         {id["programme"], id["school"], id["company"], t, t + 1, id["organiser"]});
    id["meeting"] = insert(db,
                           "INSERT INTO mentor_meetings (programme_id, school_id, held_on, attendees, notes, author_side, created_by, "
                           "created_at, updated_at) VALUES ($1, $2, '2026-11-02', 'Cas, Mia', 'Kennismaking', 'school', $3, $4, $4) "
                           "RETURNING id",
                           {id["programme"], id["school"], id["coordinator"], t});
    db.exec("INSERT INTO meeting_follow_ups (meeting_id, position, text, action_id) VALUES ($1, 1, 'Bezoek labo', NULL), "
            "($1, 2, 'Workshop', $2)",
            {id["meeting"], id["action"]});
}

void check_12(Db& db, const Ids& id) {
    const auto t = at(12);
    EXPECT_EQ(row(db, "SELECT school_id, company_id, status, score, explanation, fixed, confirmed_at, confirmed_by FROM mentor_matches "
                      "WHERE id = $1",
                  {id.at("match")}),
              cells({id.at("school"), id.at("company"), "confirmed", 87, "{\"sector\":1}", 1, t + 1, id.at("organiser")}));
    EXPECT_EQ(row(db, "SELECT held_on, attendees, notes, author_side, created_by, created_at FROM mentor_meetings WHERE id = $1",
                  {id.at("meeting")}),
              cells({"2026-11-02", "Cas, Mia", "Kennismaking", "school", id.at("coordinator"), t}));
    EXPECT_EQ(row(db, "SELECT text, action_id FROM meeting_follow_ups WHERE meeting_id = $1 AND position = 2", {id.at("meeting")}),
              cells({"Workshop", id.at("action")}));
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM meeting_follow_ups WHERE meeting_id = $1", {id.at("meeting")}), 2);
}

// 013: an award round with a rubric, a candidacy with evidence, a juror with a password (scores, a recusal,
// a session) and one invited without (016 turns that seat into an invitation).
void fill_13(Db& db, Ids& id) {
    const auto t = at(13);
    id["round"] = insert(db, "INSERT INTO award_rounds (programme_id, opens_on, closes_on, scale, status, created_at, updated_at, closed_at) "
                             "VALUES ($1, '2027-05-01', '2027-06-15', 5, 'closed', $2, $2, $3) RETURNING id",
                         {id["programme"], t, t + 9});
    const auto r = id["round"];
    id["criterion"] = insert(db, "INSERT INTO award_rubric_criteria (round_id, position, name, weight, descriptors) "
                                 "VALUES ($1, 1, 'Impact', 60, '[\"a\",\"b\",\"c\",\"d\",\"e\"]') RETURNING id",
                             {r});
    id["candidacy"] = insert(db,
                             "INSERT INTO award_candidacies (round_id, organisation_id, pitch, video_url, team, submitted_at, submitted_by, "
                             "updated_at) VALUES ($1, $2, 'Onze pitch', 'https://video.example/1', '[\"Cas\",\"Mia\"]', $3, $4, $3) RETURNING id",
                             {r, id["school"], t, id["coordinator"]});
    db.exec("INSERT INTO award_candidacy_evidence (candidacy_id, evidence_id, position) VALUES ($1, $2, 1)", {id["candidacy"], id["evidence_link"]});
    const auto juror = [&](const char* email, const Value& hash) {
        const auto user = insert_user(db, email, "Jury", hash, t);
        db.exec("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, 'jury', $3)", {user, id["home"], t});
        db.exec("INSERT INTO award_jurors (round_id, user_id, company_org_id, invited_at, invited_by) VALUES ($1, $2, $3, $4, $5)",
                {r, user, id["company"], t, id["organiser"]});
        return user;
    };
    id["juror"] = juror("jury@een.be", password_hash());
    id["pending_juror"] = juror("jury-wacht@een.be", Null{});
    db.exec("INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ('invite-juror', $1, 'invite', $2, $3)",
            {id["pending_juror"], t, t + 7000});
    id["session_juror"] = insert_session(db, "session-juror", id["juror"], t);
    db.exec("INSERT INTO award_recusals (round_id, juror_id, candidacy_id, reason, automatic, created_at) VALUES ($1, $2, $3, 'Mentor', 1, $4)",
            {r, id["juror"], id["candidacy"], t + 9});
    db.exec("INSERT INTO award_scores (round_id, juror_id, candidacy_id, criterion_id, score, comment, updated_at) "
            "VALUES ($1, $2, $3, $4, 4, 'Sterk', $5)",
            {r, id["juror"], id["candidacy"], id["criterion"], t});
}

void check_13(Db& db, const Ids& id) {
    const auto t = at(13);
    const auto r = id.at("round");
    EXPECT_EQ(row(db, "SELECT programme_id, opens_on, closes_on, scale, status, closed_at, announced_at FROM award_rounds WHERE id = $1", {r}),
              cells({id.at("programme"), "2027-05-01", "2027-06-15", 5, "closed", t + 9, Null{}}));
    EXPECT_EQ(row(db, "SELECT position, name, weight, descriptors FROM award_rubric_criteria WHERE id = $1", {id.at("criterion")}),
              cells({1, "Impact", 60, "[\"a\",\"b\",\"c\",\"d\",\"e\"]"}));
    EXPECT_EQ(row(db, "SELECT organisation_id, pitch, video_url, team, status, result, submitted_by FROM award_candidacies WHERE id = $1",
                  {id.at("candidacy")}),
              cells({id.at("school"), "Onze pitch", "https://video.example/1", "[\"Cas\",\"Mia\"]", "submitted", Null{}, id.at("coordinator")}));
    EXPECT_EQ(row(db, "SELECT evidence_id, position FROM award_candidacy_evidence WHERE candidacy_id = $1", {id.at("candidacy")}),
              cells({id.at("evidence_link"), 1}));
    EXPECT_EQ(row(db, "SELECT reason, automatic, created_at FROM award_recusals WHERE juror_id = $1", {id.at("juror")}), cells({"Mentor", 1, t + 9}));
    EXPECT_EQ(row(db, "SELECT criterion_id, score, comment FROM award_scores WHERE juror_id = $1", {id.at("juror")}),
              cells({id.at("criterion"), 4, "Sterk"}));
    // The juror with a password keeps the seat and the jury membership; 017 gives the session the staff limit.
    EXPECT_EQ(row(db, "SELECT company_org_id, invited_at, invited_by FROM award_jurors WHERE user_id = $1", {id.at("juror")}),
              cells({id.at("company"), t, id.at("organiser")}));
    EXPECT_EQ(row(db, "SELECT organisation_id, role FROM memberships WHERE user_id = $1", {id.at("juror")}), cells({id.at("home"), "jury"}));
    EXPECT_EQ(row(db, "SELECT idle_seconds FROM sessions WHERE id = $1", {id.at("session_juror")}), "7200");
    // 016: the juror without a password has one invitation for the round, with the link's expiry, and no seat yet.
    EXPECT_EQ(row(db, "SELECT organisation_id, role, award_round_id, email, invited_by, created_at, expires_at FROM invitations "
                      "WHERE user_id = $1",
                  {id.at("pending_juror")}),
              cells({id.at("home"), "jury", r, "jury-wacht@een.be", id.at("organiser"), t, t + 7000}));
    EXPECT_EQ(count(db, "SELECT (SELECT COUNT(*) FROM award_jurors WHERE user_id = $1) + (SELECT COUNT(*) FROM memberships WHERE user_id = $1)",
                    {id.at("pending_juror")}),
              0);
}

// 014: a students' survey whose responses are counted by the new triggers, and a final measurement's
// projection written with its programme, kind and school.
void fill_14(Db& db, Ids& id) {
    const auto t = at(14);
    id["survey_students"] = insert_survey(db, id, "students", "DEF456", t);
    for (int i = 0; i < 3; ++i)
        db.exec("INSERT INTO survey_responses (survey_id, answered_on) VALUES ($1, '2027-05-10')", {id["survey_students"]});
    id["final"] = insert(db,
                         "INSERT INTO measurements (programme_id, organisation_id, kind, framework_id, framework_version, status, created_at, "
                         "updated_at, submitted_at) VALUES ($1, $2, 'final', 'eu-stem-school-label', '2024.1', 'submitted', $3, $3, $3) "
                         "RETURNING id",
                         {id["programme"], id["school"], t});
    db.exec("INSERT INTO measurement_answers (measurement_id, criterion_id, level, version, updated_at) VALUES ($1, 'C01', 'proficient', 1, $2)",
            {id["final"], t});
    db.exec("INSERT INTO measurement_levels (measurement_id, programme_id, kind, organisation_id, levels) VALUES ($1, $2, 'final', $3, 'C01=2')",
            {id["final"], id["programme"], id["school"]});
}

void check_14(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT respondent_group, code, response_count FROM surveys WHERE id = $1", {id.at("survey_students")}),
              cells({"students", "DEF456", 3}));
    EXPECT_EQ(row(db, "SELECT programme_id, kind, organisation_id, levels FROM measurement_levels WHERE measurement_id = $1", {id.at("final")}),
              cells({id.at("programme"), "final", id.at("school"), "C01=2"}));
}

// 015: an operator (with a session: staff for 017), and rows of the second tenant that 015's backfill must
// not have touched because they were written after it.
void fill_15(Db& db, Ids& id) {
    const auto t = at(15);
    id["operator"] = insert(db, "INSERT INTO users (email, name, password_hash, created_at, is_operator) VALUES ('beheer@een.be', 'Bea', $1, "
                                "$2, 1) RETURNING id",
                            {password_hash(), t});
    id["session_operator"] = insert_session(db, "session-operator", id["operator"], t);
    id["question_two"] = insert(db,
                                "INSERT INTO questions (name, email, topic, question, consent_at, received_at, due_at, organiser_id) "
                                "VALUES ('Tom', 't@x.be', 'award', 'Prijs?', $1, $1, $2, $3) RETURNING id",
                                {t, t + 2 * kDay, id["organiser_two"]});
    id["playbook_request_two"] = insert(db, "INSERT INTO playbook_requests (name, email, organisation, created_at, organiser_id) "
                                            "VALUES ('Tine', 'tine@x.be', 'School T', $1, $2) RETURNING id",
                                        {t, id["organiser_two"]});
    id["resource_two"] = insert(db, "INSERT INTO resources (kind, title, created_at, updated_at, organiser_id) "
                                    "VALUES ('other', 'Eigen bibliotheek', $1, $1, $2) RETURNING id",
                                {t, id["organiser_two"]});
}

void check_15(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT email, is_operator FROM users WHERE id = $1", {id.at("operator")}), cells({"beheer@een.be", 1}));
    EXPECT_EQ(row(db, "SELECT idle_seconds FROM sessions WHERE id = $1", {id.at("session_operator")}), "7200") << "017: an operator is staff";
    EXPECT_EQ(row(db, "SELECT question, organiser_id FROM questions WHERE id = $1", {id.at("question_two")}),
              cells({"Prijs?", id.at("organiser_two")}));
    EXPECT_EQ(row(db, "SELECT email, status, organiser_id FROM playbook_requests WHERE id = $1", {id.at("playbook_request_two")}),
              cells({"tine@x.be", "pending", id.at("organiser_two")}));
    EXPECT_EQ(row(db, "SELECT programme_id, title, published, organiser_id FROM resources WHERE id = $1", {id.at("resource_two")}),
              cells({Null{}, "Eigen bibliotheek", 0, id.at("organiser_two")}));
}

// 016: an open invitation to a new address (an account without a password, no membership) and an accepted one.
void fill_16(Db& db, Ids& id) {
    const auto t = at(16);
    id["invitee"] = insert_user(db, "nieuw@een.be", "Nina", Null{}, t);
    id["accepted"] = insert_user(db, "aanvaard@een.be", "Arne", password_hash(), t);
    db.exec("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, 'team_member', $3)",
            {id["accepted"], id["school"], t + 5});
    const std::string invite = "INSERT INTO invitations (organisation_id, role, team_function, email, user_id, invited_by, created_at, "
                               "expires_at, accepted_at) VALUES ($1, 'team_member', $2, $3, $4, $5, $6, $7, $8) RETURNING id";
    id["invitation_open"] = insert(db, invite, {id["school"], "leader", "nieuw@een.be", id["invitee"], id["coordinator"], t, t + 7 * kDay, Null{}});
    id["invitation_accepted"] =
        insert(db, invite, {id["school"], Null{}, "aanvaard@een.be", id["accepted"], id["coordinator"], t, t + 7 * kDay, t + 5});
}

void check_16(Db& db, const Ids& id) {
    const auto t = at(16);
    const std::string invitation = "SELECT organisation_id, role, team_function, email, user_id, invited_by, expires_at, accepted_at, revoked "
                                   "FROM invitations WHERE id = $1";
    EXPECT_EQ(row(db, invitation, {id.at("invitation_open")}), cells({id.at("school"), "team_member", "leader", "nieuw@een.be", id.at("invitee"),
                                                                      id.at("coordinator"), t + 7 * kDay, Null{}, 0}));
    EXPECT_EQ(row(db, invitation, {id.at("invitation_accepted")}),
              cells({id.at("school"), "team_member", Null{}, "aanvaard@een.be", id.at("accepted"), id.at("coordinator"), t + 7 * kDay, t + 5, 0}));
    EXPECT_EQ(row(db, "SELECT organisation_id, role FROM memberships WHERE user_id = $1", {id.at("accepted")}),
              cells({id.at("school"), "team_member"}));
}

// 017: a session with its own idle limit and a counter with a previous window.
void fill_17(Db& db, Ids& id) {
    const auto t = at(17);
    id["session_teacher"] = insert(db, "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, idle_seconds) "
                                       "VALUES ('session-teacher', $1, $2, $3, $2, 600) RETURNING id",
                                   {id["teacher"], t, t + 14 * kDay});
    db.exec("INSERT INTO rate_limits (bucket, window_start, hits, previous_hits) VALUES ('register:10.0.0.1', $1, 2, 5)", {t});
}

void check_17(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT user_id, idle_seconds FROM sessions WHERE id = $1", {id.at("session_teacher")}), cells({id.at("teacher"), 600}));
    EXPECT_EQ(row(db, "SELECT window_start, hits, previous_hits FROM rate_limits WHERE bucket = 'register:10.0.0.1'", {}),
              cells({at(17), 2, 5}));
}

void fill_18(Db& db, Ids& id) {
    const auto t = at(18);
    db.exec("INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ('invite-18', $1, 'invite', $2, $3)",
            {id["teacher"], t, t + 7 * kDay});
}

// 018 adds an index on one_time_tokens(user_id): the rows are read by it.
void check_18(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT purpose, created_at, used_at FROM one_time_tokens WHERE user_id = $1 AND token_hash = 'invite-18'",
                  {id.at("teacher")}),
              cells({std::string("invite"), at(18), Null{}}));
}

void fill_19(Db& db, Ids& id) {
    id["school_19"] = insert(db, "INSERT INTO organisations (name, kind, created_at) VALUES ('Sint-JÓZEF Zoë 19', 'school', $1) RETURNING id",
                             {at(19)});
}

// 019 adds the search function sk_fold (on SQLite every connection registers it): rows of any age are found
// by their folded name.
void check_19(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT id, sk_fold(name) FROM organisations WHERE sk_fold(name) LIKE sk_fold('%jozef zoe 19%')", {}),
              cells({id.at("school_19"), std::string("sint-jozef zoe 19")}));
}

void fill_20(Db& db, Ids& id) {
    const auto t = at(20);
    id["programme_20"] = insert(db,
                                "INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, framework_version, "
                                "max_schools, created_at, updated_at) VALUES ($1, 'Programma Twintig', '2028-2029', 'primary', 'Limburg', "
                                "'eu-stem-school-label', '2024.1', 10, $2, $2) RETURNING id",
                                {id["organiser_two"], t});
    db.exec("INSERT INTO programme_participants (programme_id, organisation_id, kind, joined_at) VALUES ($1, $2, 'school', $3)",
            {id["programme_20"], id["school_19"], t});
}

// 020 adds a change counter per programme: programmes of earlier versions got one (0) with the migration, a
// new programme gets one from its trigger, and a school joining raises it.
void check_20(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT COUNT(*) FROM programmes p WHERE NOT EXISTS (SELECT 1 FROM programme_versions v WHERE v.programme_id = p.id)", {}),
              cells({0}));
    EXPECT_EQ(row(db, "SELECT version FROM programme_versions WHERE programme_id = $1", {id.at("programme_20")}), cells({1}));
}

void fill_21(Db& db, Ids& id) {
    id["deletion_request_21"] = insert(db,
                                       "INSERT INTO deletion_requests (user_id, requested_at, reason) VALUES ($1, $2, 'Ik vertrek') RETURNING id",
                                       {id["operator"], at(21)});
    // Mail the worker gave up on (8 attempts; its last retry was planned 7680 s after the last attempt),
    // and mail still being retried.
    const std::string mail = "INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, last_error) "
                             "VALUES ('cas@een.be', 'Welkom', 'x', $1, $2, $3, 'Couldn''t connect to server') RETURNING id";
    id["mail_21_given_up"] = insert(db, mail, {at(21), at(21) + 7680, 8});
    id["mail_21_retrying"] = insert(db, mail, {at(21), at(21) + 60, 1});
}

// 021 adds erasure: every account of an earlier version is not erased; a request made at 21 is open.
void check_21(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT COUNT(*) FROM users WHERE erased_at IS NOT NULL", {}), cells({0}));
    EXPECT_EQ(row(db, "SELECT status, reason FROM deletion_requests WHERE id = $1", {id.at("deletion_request_21")}),
              cells({"open", "Ik vertrek"}));
    // 022 marks mail given up on as failed, at its last planned retry; mail still being retried stays so;
    // neither has a tenant (only the operator sees them).
    EXPECT_EQ(row(db, "SELECT attempts, failed_at, organiser_id FROM outbox WHERE id = $1", {id.at("mail_21_given_up")}),
              cells({8, at(21) + 7680, Null{}}));
    EXPECT_EQ(row(db, "SELECT attempts, failed_at FROM outbox WHERE id = $1", {id.at("mail_21_retrying")}), cells({1, Null{}}));
}

// 022: a message failed at once and queued for an organiser organisation, as 022 writes them.
void fill_22(Db& db, Ids& id) {
    const auto t = at(22);
    id["mail_22"] = insert(db,
                           "INSERT INTO outbox (to_address, subject, body_text, created_at, next_attempt_at, attempts, last_error, "
                           "failed_at, organiser_id) VALUES ('ann@een.be', 'Mislukt', 'x', $1, $1, 1, 'RCPT failed: 550 (SMTP 550)', $1, $2) "
                           "RETURNING id",
                           {t, id["home"]});
}

void check_22(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT attempts, failed_at, organiser_id FROM outbox WHERE id = $1", {id.at("mail_22")}),
              cells({1, at(22), id.at("home")}));
}

// 023: a file kept in the database (one chunk) and the shared calendar-feed key, as 023 writes them.
void fill_23(Db& db, Ids&) {
    db.exec("INSERT INTO stored_files (sha256, size, chunks, stored_at) VALUES ($1, 4, 1, $2)", {std::string(64, 'f'), at(23)});
    db.exec(db.dialect() == sk::store::Dialect::postgres
                ? "INSERT INTO stored_file_chunks (sha256, seq, bytes) VALUES ($1, 0, decode('25504446', 'hex'))"
                : "INSERT INTO stored_file_chunks (sha256, seq, bytes) VALUES ($1, 0, X'25504446')",
            {std::string(64, 'f')});
    db.exec("INSERT INTO shared_settings (name, value, created_at) VALUES ('feed_key', $1, $2)", {std::string(64, '0'), at(23)});
}

void check_23(Db& db, const Ids&) {
    EXPECT_EQ(row(db, "SELECT size, chunks FROM stored_files WHERE sha256 = $1", {std::string(64, 'f')}), cells({4, 1}));
    EXPECT_EQ(row(db, "SELECT COUNT(*) FROM stored_file_chunks WHERE sha256 = $1", {std::string(64, 'f')}), cells({1}));
    EXPECT_EQ(row(db, "SELECT value FROM shared_settings WHERE name = 'feed_key'", {}), cells({std::string(64, '0')}));
}

// 024: an organiser's API token and one use of it, as 024 writes them.
void fill_24(Db& db, Ids& id) {
    id["api_token_24"] = insert(db,
                                "INSERT INTO api_tokens (user_id, name, token_hash, scope, created_at, expires_at) "
                                "VALUES ($1, 'Rapport', $2, 'read', $3, $4) RETURNING id",
                                {id["operator"], std::string(64, 'b'), at(24), at(24) + 86400});
    db.exec("INSERT INTO api_token_uses (token_id, used_at, method, route, status) VALUES ($1, $2, 'GET', '/api/me', 200)",
            {id["api_token_24"], at(24)});
}

void check_24(Db& db, const Ids& id) {
    EXPECT_EQ(row(db, "SELECT name, scope, revoked_at FROM api_tokens WHERE id = $1", {id.at("api_token_24")}), cells({"Rapport", "read", Null{}}));
    EXPECT_EQ(row(db, "SELECT COUNT(*), MIN(client_address) FROM api_token_uses WHERE token_id = $1", {id.at("api_token_24")}), cells({1, ""}));
}

// One entry per migration, in order: a new migration adds its own.
const std::vector<Stage>& stages() {
    static const std::vector<Stage> all = {
        {1, fill_1, check_1},   {2, fill_2, check_2},   {3, fill_3, check_3},   {4, fill_4, check_4},   {5, fill_5, check_5},
        {6, fill_6, check_6},   {7, fill_7, check_7},   {8, fill_8, check_8},   {9, fill_9, check_9},   {10, fill_10, check_10},
        {11, fill_11, check_11}, {12, fill_12, check_12}, {13, fill_13, check_13}, {14, fill_14, check_14}, {15, fill_15, check_15},
        {16, fill_16, check_16}, {17, fill_17, check_17}, {18, fill_18, check_18}, {19, fill_19, check_19}, {20, fill_20, check_20},
        {21, fill_21, check_21}, {22, fill_22, check_22}, {23, fill_23, check_23}, {24, fill_24, check_24},
    };
    return all;
}

int newest() { return embedded_migrations().back().version; }

// Migrates step by step up to `version`, filling each stage right after its own migration.
void fill_up_to(Db& db, Ids& id, int version) {
    for (const Stage& s : stages()) {
        if (s.version > version) break;
        migrate_to(db, s.version);
        ASSERT_EQ(schema_version(db), s.version);
        Transaction tx(db);
        s.fill(db, id);
        tx.commit();
    }
}

// The checks of every stage filled up to `version`, on the newest schema.
void check_up_to(Db& db, const Ids& id, int version) {
    ASSERT_EQ(schema_version(db), newest());
    for (const Stage& s : stages()) {
        if (s.version > version) break;
        SCOPED_TRACE("rows written at version " + std::to_string(s.version));
        s.check(db, id);
    }
}

TEST(Upgrade, EveryMigrationHasAStage) {
    std::vector<int> migrations, staged;
    for (const auto& m : embedded_migrations()) migrations.push_back(m.version);
    for (const auto& s : stages()) staged.push_back(s.version);
    EXPECT_EQ(staged, migrations) << "add a fill and a check for the new migration to stages() in " << __FILE__;
}

// One database filled at every version, step by step (migration 1, rows of 1, migration 2, rows of 2, …),
// shared by the two tests that read it: filling costs ~0.5 s on PostgreSQL.
class UpgradeStepByStep : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        db_ = std::make_unique<sk::test::TestDb>(sk::test::Seed::empty);
        fill_up_to(db_->db(), ids_, newest());
    }
    static void TearDownTestSuite() {
        db_.reset();
        ids_.clear();
    }
    static inline std::unique_ptr<sk::test::TestDb> db_;
    static inline Ids ids_;
};

TEST_F(UpgradeStepByStep, DataWrittenAtEveryVersionSurvives) {
    EXPECT_EQ(migrate(db_->db()), 0);
    check_up_to(db_->db(), ids_, newest());
}

// Today's store functions on the upgraded rows: signing in, sessions, programmes, invitations, the group
// report's counts and the tenants' questions.
TEST_F(UpgradeStepByStep, TodaysStoreWorksOnTheUpgradedData) {
    auto& db = db_->db();
    const Ids& id = ids_;

    const auto organiser = find_user_by_email(db, "organisator@een.be");
    ASSERT_TRUE(organiser && organiser->password_hash);
    EXPECT_TRUE(sk::core::verify_password(kPassword, *organiser->password_hash));
    const auto memberships = memberships_of(db, id.at("coordinator"));
    ASSERT_EQ(memberships.size(), 1u);
    EXPECT_EQ(memberships[0].organisation_name, "School Eén");
    EXPECT_EQ(memberships[0].role, "coordinator");

    // The organiser's session of version 1 holds, and ends after the staff idle limit 017 gave it.
    const auto session = find_session(db, "session-organiser", at(1) + 60);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->user.id, id.at("organiser"));
    EXPECT_FALSE(find_session(db, "session-organiser", at(1) + 7201).has_value());
    EXPECT_TRUE(find_session(db, "session-coordinator", at(1) + 7201).has_value());

    const auto programme = find_programme(db, id.at("programme"));
    ASSERT_TRUE(programme);
    EXPECT_EQ(programme->fields.name, "Programma Drie");
    EXPECT_EQ(programme->fields.phases.size(), 2u);
    EXPECT_EQ(programme->school_count, 1);
    EXPECT_EQ(programme->mentor_count, 1);
    EXPECT_EQ(programme->pending_count, 1);
    bool listed = false;
    for (const auto& p : visible_programmes(db, id.at("coordinator"))) listed = listed || p.id == id.at("programme");
    EXPECT_TRUE(listed);

    // The invitation 016 made of version 1's pending membership can be accepted (rolled back: the rows stay
    // as the upgrade left them for the other test).
    {
        Transaction tx(db);
        const auto invitations = pending_invitations_of_user(db, id.at("pending"), at(1) + 60);
        ASSERT_EQ(invitations.size(), 1u);
        EXPECT_EQ(invitations[0].organisation_name, "School Eén");
        EXPECT_TRUE(accept_invitation(db, invitations[0].invitation, at(1) + 60));
        EXPECT_TRUE(has_membership(db, id.at("pending"), id.at("school"), "team_member"));
    }

    EXPECT_EQ(survey_response_counts(db, id.at("programme"), "baseline"), (std::map<std::string, std::int64_t>{{"students", 3}, {"teachers", 2}}));

    EXPECT_EQ(home_organiser(db).value_or(0), id.at("home"));
    std::vector<std::int64_t> questions;
    for (const auto& q : list_questions(db, id.at("organiser"), "")) questions.push_back(q.id);
    std::sort(questions.begin(), questions.end());
    EXPECT_EQ(questions, (std::vector<std::int64_t>{id.at("question_answered"), id.at("question_new")}));
}

// A database left at each earlier version, migrated to the newest in one go (as `stemkompas migrate` does).
// The versions share one database, emptied before each: a new PostgreSQL database costs ~0.3 s more.
class UpgradeFrom : public ::testing::TestWithParam<int> {
protected:
    static void SetUpTestSuite() { db_ = std::make_unique<sk::test::TestDb>(sk::test::Seed::empty); }
    static void TearDownTestSuite() { db_.reset(); }
    static inline std::unique_ptr<sk::test::TestDb> db_;
};

TEST_P(UpgradeFrom, OneMigrateCallToTheNewest) {
    const int version = GetParam();
    db_->clear();
    auto& db = db_->db();
    Ids id;
    fill_up_to(db, id, version);
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_EQ(migrate(db), newest() - version);
    check_up_to(db, id, version);
}

INSTANTIATE_TEST_SUITE_P(EveryVersion, UpgradeFrom, ::testing::Range(1, newest()),
                         [](const auto& info) { return "Version" + std::to_string(info.param); });

}  // namespace upgrade_test
