#include "store/home_data.h"

namespace sk::store::home {

namespace {

// The (programme, school) pairs where the user is a coordinator or team member of a school taking part.
constexpr const char* kMySchools =
    "WITH mine AS (SELECT DISTINCT pp.programme_id, pp.organisation_id FROM memberships m "
    "JOIN programme_participants pp ON pp.organisation_id = m.organisation_id AND pp.kind = 'school' "
    "WHERE m.user_id = $1 AND m.role IN ('coordinator', 'team_member')) ";

// The (programme, school, company) triples where the user is a mentor of a company taking part with a
// confirmed match to a school taking part (store/mentor_access.h, with both sides still in the programme).
constexpr const char* kMentored =
    "WITH mentored AS (SELECT DISTINCT mm.programme_id, mm.school_id, mm.company_id FROM mentor_matches mm "
    "JOIN memberships m ON m.organisation_id = mm.company_id AND m.role = 'mentor' "
    "JOIN programme_participants pc ON pc.programme_id = mm.programme_id AND pc.organisation_id = mm.company_id "
    "JOIN programme_participants ps ON ps.programme_id = mm.programme_id AND ps.organisation_id = mm.school_id AND ps.kind = 'school' "
    "WHERE m.user_id = $1 AND mm.status = 'confirmed') ";

// The programmes run by an organiser organisation the user is an organiser of.
constexpr const char* kRun =
    "WITH run AS (SELECT DISTINCT p.id FROM programmes p JOIN memberships m ON m.organisation_id = p.organiser_id "
    "JOIN organisations o ON o.id = p.organiser_id AND o.kind = 'organiser' WHERE m.user_id = $1 AND m.role = 'organiser') ";

constexpr const char* kMyQuestionOrganisations =
    "q.organiser_id IN (SELECT m.organisation_id FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
    "WHERE m.user_id = $1 AND m.role = 'organiser' AND o.kind = 'organiser')";

std::string home_sql(const char* cte, const std::string& rest) { return std::string(cte) + rest; }

int to_int(std::int64_t v) { return static_cast<int>(v); }

std::vector<SchoolGoal> goals_of(Db& db, const std::string& sql, const std::vector<Value>& args) {
    std::vector<SchoolGoal> out;
    for (const auto& r : db.exec(sql, args).rows) out.push_back({r.i64(0), r.i64(1), r.str(2), to_int(r.i64(3)), to_int(r.i64(4))});
    return out;
}

constexpr const char* kHomeGoalColumns =
    "SELECT ap.programme_id, ap.organisation_id, g.status, "
    "(SELECT COUNT(*) FROM action_items a WHERE a.goal_id = g.id), "
    "(SELECT COUNT(*) FROM action_items a WHERE a.goal_id = g.id AND a.status = 'done') "
    "FROM action_plans ap JOIN action_goals g ON g.plan_id = ap.id ";

}  // namespace

std::vector<School> schools(Db& db, std::int64_t user_id) {
    std::vector<School> out;
    for (const auto& r : db.exec("SELECT pp.programme_id, p.name, p.framework_id, p.framework_version, o.id, o.name, "
                                 "MAX(CASE WHEN m.role = 'coordinator' THEN 1 ELSE 0 END) FROM memberships m "
                                 "JOIN programme_participants pp ON pp.organisation_id = m.organisation_id AND pp.kind = 'school' "
                                 "JOIN programmes p ON p.id = pp.programme_id JOIN organisations o ON o.id = pp.organisation_id "
                                 "WHERE m.user_id = $1 AND m.role IN ('coordinator', 'team_member') "
                                 "GROUP BY pp.programme_id, p.name, p.framework_id, p.framework_version, p.school_year, o.id, o.name "
                                 "ORDER BY p.school_year DESC, p.name, pp.programme_id, o.name, o.id",
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.i64(4), r.str(5), r.i64(6) == 1});
    return out;
}

std::vector<SchoolPhase> school_phases(Db& db, std::int64_t user_id) {
    std::vector<SchoolPhase> out;
    for (const auto& r : db.exec(home_sql(kMySchools,
                                      "SELECT s.programme_id, s.organisation_id, ph.kind, ph.opens_on, ph.closes_on, x.closes_on FROM mine s "
                                      "JOIN programme_phases ph ON ph.programme_id = s.programme_id LEFT JOIN phase_extensions x "
                                      "ON x.programme_id = s.programme_id AND x.organisation_id = s.organisation_id AND x.kind = ph.kind"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.opt_str(5)});
    return out;
}

std::vector<SchoolMeasurement> school_measurements(Db& db, std::int64_t user_id) {
    std::vector<SchoolMeasurement> out;
    for (const auto& r :
         db.exec(home_sql(kMySchools,
                      "SELECT ms.programme_id, ms.organisation_id, ms.id, ms.kind, ms.status, ms.framework_id, ms.framework_version, "
                      "(SELECT COUNT(*) FROM measurement_answers a WHERE a.measurement_id = ms.id AND a.level IS NOT NULL) "
                      "FROM measurements ms JOIN mine s ON s.programme_id = ms.programme_id AND s.organisation_id = ms.organisation_id"),
                 {user_id})
             .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.str(5), r.str(6), to_int(r.i64(7))});
    return out;
}

std::vector<SchoolSurvey> school_open_surveys(Db& db, std::int64_t user_id) {
    std::vector<SchoolSurvey> out;
    for (const auto& r : db.exec(home_sql(kMySchools,
                                      "SELECT sv.id, sv.programme_id, sv.organisation_id, sv.kind, sv.respondent_group, "
                                      "(SELECT COUNT(*) FROM survey_responses r WHERE r.survey_id = sv.id) FROM surveys sv "
                                      "JOIN mine s ON s.programme_id = sv.programme_id AND s.organisation_id = sv.organisation_id "
                                      "WHERE sv.status = 'open' ORDER BY sv.kind, CASE sv.respondent_group WHEN 'leaders' THEN 0 "
                                      "WHEN 'teachers' THEN 1 WHEN 'students' THEN 2 ELSE 3 END, sv.id"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), to_int(r.i64(5))});
    return out;
}

std::vector<SchoolGoal> school_goals(Db& db, std::int64_t user_id) {
    return goals_of(db, home_sql(kMySchools, std::string(kHomeGoalColumns) + "JOIN mine s ON s.programme_id = ap.programme_id AND s.organisation_id = ap.organisation_id"),
                    {user_id});
}

std::vector<SchoolLabel> school_labels(Db& db, std::int64_t user_id) {
    std::vector<SchoolLabel> out;
    for (const auto& r : db.exec(home_sql(kMySchools,
                                      "SELECT la.programme_id, la.organisation_id, la.id, la.status, la.decided_label FROM label_applications la "
                                      "JOIN mine s ON s.programme_id = la.programme_id AND s.organisation_id = la.organisation_id "
                                      "WHERE la.id = (SELECT MAX(x.id) FROM label_applications x WHERE x.programme_id = la.programme_id "
                                      "AND x.organisation_id = la.organisation_id AND x.status <> 'withdrawn')"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3), r.opt_str(4)});
    return out;
}

std::vector<SchoolAward> school_awards(Db& db, std::int64_t user_id) {
    std::vector<SchoolAward> out;
    for (const auto& r : db.exec(home_sql(kMySchools,
                                      "SELECT s.programme_id, s.organisation_id, r.status, r.opens_on, r.closes_on, c.status FROM mine s "
                                      "JOIN award_rounds r ON r.programme_id = s.programme_id "
                                      "LEFT JOIN award_candidacies c ON c.round_id = r.id AND c.organisation_id = s.organisation_id"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.opt_str(5)});
    return out;
}

std::vector<SchoolMentor> school_mentors(Db& db, std::int64_t user_id) {
    std::vector<SchoolMentor> out;
    for (const auto& r : db.exec(home_sql(kMySchools,
                                      "SELECT mm.programme_id, mm.school_id, mm.company_id, o.name FROM mentor_matches mm "
                                      "JOIN mine s ON s.programme_id = mm.programme_id AND s.organisation_id = mm.school_id "
                                      "JOIN organisations o ON o.id = mm.company_id WHERE mm.status = 'confirmed'"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3)});
    return out;
}

std::vector<Meeting> school_upcoming_meetings(Db& db, std::int64_t user_id, const std::string& today) {
    std::vector<Meeting> out;
    for (const auto& r : db.exec(home_sql(kMySchools,
                                      "SELECT mt.id, mt.programme_id, mt.school_id, mt.held_on FROM mentor_meetings mt "
                                      "JOIN mine s ON s.programme_id = mt.programme_id AND s.organisation_id = mt.school_id "
                                      "WHERE mt.held_on >= $2 ORDER BY mt.held_on, mt.id"),
                                 {user_id, today})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3)});
    return out;
}

std::vector<MentorSchool> mentor_schools(Db& db, std::int64_t user_id, const std::string& today) {
    std::vector<MentorSchool> out;
    for (const auto& r : db.exec(home_sql(kMentored,
                                      "SELECT t.programme_id, p.name, t.school_id, o.name, c.name, "
                                      "(SELECT MAX(mt.held_on) FROM mentor_meetings mt WHERE mt.programme_id = t.programme_id "
                                      "AND mt.school_id = t.school_id AND mt.held_on < $2) "
                                      "FROM mentored t JOIN programmes p ON p.id = t.programme_id JOIN organisations o ON o.id = t.school_id "
                                      "JOIN organisations c ON c.id = t.company_id ORDER BY p.name, t.programme_id, o.name, t.school_id"),
                                 {user_id, today})
                           .rows)
        out.push_back({r.i64(0), r.str(1), r.i64(2), r.str(3), r.str(4), r.opt_str(5)});
    return out;
}

std::vector<Meeting> mentor_upcoming_meetings(Db& db, std::int64_t user_id, const std::string& today) {
    std::vector<Meeting> out;
    for (const auto& r : db.exec(home_sql(kMentored,
                                      "SELECT DISTINCT mt.id, mt.programme_id, mt.school_id, mt.held_on FROM mentor_meetings mt "
                                      "JOIN mentored t ON t.programme_id = mt.programme_id AND t.school_id = mt.school_id "
                                      "WHERE mt.held_on >= $2 ORDER BY mt.held_on, mt.id"),
                                 {user_id, today})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3)});
    return out;
}

std::vector<SchoolGoal> mentor_goals(Db& db, std::int64_t user_id) {
    return goals_of(db,
                    home_sql(kMentored, std::string(kHomeGoalColumns) +
                                        "WHERE EXISTS (SELECT 1 FROM mentored t WHERE t.programme_id = ap.programme_id AND t.school_id = ap.organisation_id)"),
                    {user_id});
}

std::vector<OverdueCount> mentor_overdue(Db& db, std::int64_t user_id, const std::string& today) {
    std::vector<OverdueCount> out;
    for (const auto& r : db.exec(home_sql(kMentored,
                                      "SELECT ap.programme_id, ap.organisation_id, COUNT(*) FROM action_items a "
                                      "JOIN action_goals g ON g.id = a.goal_id JOIN action_plans ap ON ap.id = g.plan_id "
                                      "WHERE a.status <> 'done' AND a.due_on IS NOT NULL AND a.due_on < $2 AND EXISTS (SELECT 1 FROM mentored t "
                                      "WHERE t.programme_id = ap.programme_id AND t.school_id = ap.organisation_id) "
                                      "GROUP BY ap.programme_id, ap.organisation_id"),
                                 {user_id, today})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), to_int(r.i64(2))});
    return out;
}

std::vector<WaitingComment> mentor_waiting_comments(Db& db, std::int64_t user_id) {
    std::vector<WaitingComment> out;
    for (const auto& r : db.exec(home_sql(kMentored,
                                      "SELECT ap.programme_id, ap.organisation_id, g.id, g.title, c.author_name, c.created_at "
                                      "FROM action_comments c JOIN action_goals g ON g.id = c.goal_id JOIN action_plans ap ON ap.id = g.plan_id "
                                      "WHERE c.author_role IN ('coordinator', 'team_member') "
                                      "AND c.id = (SELECT MAX(c2.id) FROM action_comments c2 WHERE c2.goal_id = g.id) "
                                      "AND EXISTS (SELECT 1 FROM mentored t WHERE t.programme_id = ap.programme_id AND t.school_id = ap.organisation_id) "
                                      "ORDER BY c.created_at, c.id"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.i64(5)});
    return out;
}

std::vector<OrganiserProgramme> organiser_programmes(Db& db, std::int64_t user_id) {
    std::vector<OrganiserProgramme> out;
    for (const auto& r : db.exec(home_sql(kRun, "SELECT p.id, p.name, p.school_year FROM programmes p JOIN run ON run.id = p.id "
                                            "ORDER BY p.school_year DESC, p.name, p.id"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2)});
    return out;
}

std::vector<ProgrammePhase> organiser_phases(Db& db, std::int64_t user_id) {
    std::vector<ProgrammePhase> out;
    for (const auto& r : db.exec(home_sql(kRun, "SELECT ph.programme_id, ph.kind, ph.opens_on, ph.closes_on FROM programme_phases ph "
                                            "JOIN run ON run.id = ph.programme_id"),
                                 {user_id})
                           .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3)});
    return out;
}

std::vector<ProgrammeCounts> organiser_counts(Db& db, std::int64_t user_id, const std::string& today) {
    // One row per programme; each count reads an index of that programme (registrations_counts, the label
    // applications' and measurements' programme indexes), never a row per school in C++.
    std::vector<ProgrammeCounts> out;
    for (const auto& r :
         db.exec(home_sql(kRun,
                      "SELECT run.id, "
                      "(SELECT COUNT(*) FROM programme_participants pp WHERE pp.programme_id = run.id AND pp.kind = 'school'), "
                      "(SELECT COUNT(*) FROM registrations g WHERE g.programme_id = run.id AND g.status = 'pending'), "
                      "(SELECT COUNT(*) FROM label_applications la WHERE la.programme_id = run.id AND la.status = 'submitted'), "
                      "(SELECT COUNT(*) FROM label_applications la WHERE la.programme_id = run.id AND la.status = 'in_review'), "
                      "(SELECT COUNT(*) FROM label_applications la WHERE la.programme_id = run.id AND la.status = 'in_review' "
                      "AND la.due_on < $2), "
                      "(SELECT COUNT(*) FROM measurements ms WHERE ms.programme_id = run.id AND ms.kind = 'baseline' AND ms.status = 'submitted'), "
                      "(SELECT COUNT(*) FROM measurements ms WHERE ms.programme_id = run.id AND ms.kind = 'final' AND ms.status = 'submitted') "
                      "FROM run"),
                 {user_id, today})
             .rows)
        out.push_back({r.i64(0), to_int(r.i64(1)), to_int(r.i64(2)), to_int(r.i64(3)), to_int(r.i64(4)), to_int(r.i64(5)),
                       to_int(r.i64(6)), to_int(r.i64(7))});
    return out;
}

OpenQuestions organiser_questions(Db& db, std::int64_t user_id, std::int64_t now, int limit) {
    OpenQuestions out;
    const std::string open = std::string("FROM questions q WHERE q.status IN ('new', 'taken') AND ") + kMyQuestionOrganisations;
    const auto counts = db.exec("SELECT COUNT(*), COALESCE(SUM(CASE WHEN q.due_at < $2 THEN 1 ELSE 0 END), 0) " + open, {user_id, now});
    out.open = to_int(counts.one().i64(0));
    out.overdue = to_int(counts.one().i64(1));
    for (const auto& r : db.exec("SELECT q.id, q.name, q.topic, q.status, q.due_at, CASE WHEN q.taken_by = $1 THEN 1 ELSE 0 END " + open +
                                     " ORDER BY q.due_at, q.id LIMIT $2",
                                 {user_id, std::int64_t{limit}})
                           .rows)
        out.first.push_back({r.i64(0), r.str(1), r.str(2), r.str(3), r.i64(4), r.i64(5) == 1});
    return out;
}

Reviews reviews_waiting(Db& db, std::int64_t user_id, const std::string& today, int limit) {
    const std::string mine =
        "FROM label_applications la JOIN programmes p ON p.id = la.programme_id JOIN organisations o ON o.id = la.organisation_id "
        "WHERE la.reviewer_id = $1 AND la.status = 'in_review' AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $1 "
        "AND m.organisation_id = p.organiser_id AND m.role = 'reviewer') ";
    Reviews out;
    const auto counts = db.exec("SELECT COUNT(*), COALESCE(SUM(CASE WHEN la.due_on < $2 THEN 1 ELSE 0 END), 0) " + mine, {user_id, today});
    out.total = to_int(counts.one().i64(0));
    out.overdue = to_int(counts.one().i64(1));
    for (const auto& r : db.exec("SELECT la.id, p.name, o.name, la.due_on " + mine +
                                     "ORDER BY CASE WHEN la.due_on IS NULL THEN 1 ELSE 0 END, la.due_on, la.id LIMIT $2",
                                 {user_id, std::int64_t{limit}})
                           .rows)
        out.first.push_back({r.i64(0), r.str(1), r.str(2), r.opt_str(3)});
    return out;
}

std::vector<std::int64_t> jury_programmes(Db& db, std::int64_t user_id) {
    std::vector<std::int64_t> out;
    for (const auto& r : db.exec("SELECT r.programme_id FROM award_jurors j JOIN award_rounds r ON r.id = j.round_id WHERE j.user_id = $1 "
                                 "ORDER BY r.closes_on DESC, r.programme_id",
                                 {user_id})
                           .rows)
        out.push_back(r.i64(0));
    return out;
}

}  // namespace sk::store::home
