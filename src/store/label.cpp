#include "store/label.h"

#include <boost/json.hpp>

#include <algorithm>
#include <limits>
#include <set>

#include "store/measurements.h"

namespace sk::store {

namespace {

constexpr const char* kApplicationSelect =
    "SELECT a.id, a.programme_id, p.name, p.organiser_id, a.organisation_id, o.name, a.measurement_id, m.kind, a.framework_id, "
    "a.framework_version, a.status, a.snapshot, a.submitted_at, su.name, a.reviewer_id, ru.name, a.due_on, a.proposed_label, "
    "a.decided_label, a.override_reason, a.decided_at, du.name, a.valid_from, a.valid_until, a.certificate_code "
    "FROM label_applications a JOIN programmes p ON p.id = a.programme_id JOIN organisations o ON o.id = a.organisation_id "
    "JOIN measurements m ON m.id = a.measurement_id LEFT JOIN users su ON su.id = a.submitted_by "
    "LEFT JOIN users ru ON ru.id = a.reviewer_id LEFT JOIN users du ON du.id = a.decided_by ";

LabelApplication application_from_row(const Row& r) {
    LabelApplication a;
    a.id = r.i64(0);
    a.programme_id = r.i64(1);
    a.programme_name = r.str(2);
    a.organiser_id = r.i64(3);
    a.organisation_id = r.i64(4);
    a.organisation_name = r.str(5);
    a.measurement_id = r.i64(6);
    a.measurement_kind = r.str(7);
    a.framework_id = r.str(8);
    a.framework_version = r.str(9);
    a.status = r.str(10);
    a.snapshot = r.str(11);
    a.submitted_at = r.i64(12);
    a.submitted_by_name = r.opt_str(13);
    a.reviewer_id = r.opt_i64(14);
    a.reviewer_name = r.opt_str(15);
    a.due_on = r.opt_str(16);
    a.proposed_label = r.opt_str(17);
    a.decided_label = r.opt_str(18);
    a.override_reason = r.opt_str(19);
    a.decided_at = r.opt_i64(20);
    a.decided_by_name = r.opt_str(21);
    a.valid_from = r.opt_str(22);
    a.valid_until = r.opt_str(23);
    a.certificate_code = r.opt_str(24);
    return a;
}

std::vector<LabelApplication> many(Db& db, const std::string& where, const std::vector<Value>& params) {
    std::vector<LabelApplication> out;
    for (const auto& r : db.exec(std::string(kApplicationSelect) + where + " ORDER BY a.submitted_at DESC, a.id DESC", params).rows)
        out.push_back(application_from_row(r));
    return out;
}

std::vector<LabelPerson> people(Db& db, std::string_view sql, const std::vector<Value>& params) {
    std::vector<LabelPerson> out;
    for (const auto& r : db.exec(sql, params).rows) out.push_back({r.i64(0), r.str(1), r.str(2), r.str(3)});
    return out;
}

}  // namespace

std::optional<LabelApplication> label_find_application(Db& db, std::int64_t id) {
    auto r = db.exec(std::string(kApplicationSelect) + "WHERE a.id = $1", {id});
    if (r.empty()) return std::nullopt;
    return application_from_row(r.one());
}

std::optional<LabelApplication> label_find_by_certificate(Db& db, const std::string& code) {
    auto r = db.exec(std::string(kApplicationSelect) + "WHERE a.certificate_code = $1", {code});
    if (r.empty()) return std::nullopt;
    return application_from_row(r.one());
}

std::vector<LabelApplication> label_school_applications(Db& db, std::int64_t programme_id, std::int64_t organisation_id) {
    return many(db, "WHERE a.programme_id = $1 AND a.organisation_id = $2", {programme_id, organisation_id});
}

std::vector<LabelApplication> label_programme_applications(Db& db, std::int64_t programme_id) {
    return many(db, "WHERE a.programme_id = $1", {programme_id});
}

std::vector<LabelApplication> label_reviewer_applications(Db& db, std::int64_t reviewer_id) {
    // Only while they are still a reviewer of the organisation that runs the programme: a reviewer who left
    // a tenant keeps no view of its applications.
    return many(db,
                "WHERE a.reviewer_id = $1 AND EXISTS (SELECT 1 FROM programmes p JOIN memberships m ON m.organisation_id = p.organiser_id "
                "WHERE p.id = a.programme_id AND m.user_id = $1 AND m.role = 'reviewer')",
                {reviewer_id});
}

namespace {

constexpr const char* kApplicationListFrom =
    "FROM label_applications a JOIN organisations o ON o.id = a.organisation_id LEFT JOIN users ru ON ru.id = a.reviewer_id ";

// " AND …" for the filters of `f` except the one named `skip`, binding their values after `params`.
std::string application_conditions(const LabelApplicationFilter& f, std::vector<Value>& params, std::string_view skip = {}) {
    std::string sql;
    const auto bind = [&](Value v) {
        params.push_back(std::move(v));
        return "$" + std::to_string(params.size());
    };
    if (!f.status.empty() && skip != "status") sql += " AND a.status = " + bind(f.status);
    if (f.reviewer == "none" && skip != "reviewer") sql += " AND a.reviewer_id IS NULL";
    else if (!f.reviewer.empty() && skip != "reviewer") sql += " AND a.reviewer_id = " + bind(static_cast<std::int64_t>(std::stoll(f.reviewer)));
    sql += search_condition(params, f.search, {"o.name"});
    return sql;
}

}  // namespace

LabelApplicationPage label_page_applications(Db& db, const LabelApplicationFilter& filter, const PageSlice& page) {
    LabelApplicationPage out;
    std::vector<Value> params{filter.programme_id};
    const std::string from = kApplicationListFrom;
    const auto where = "WHERE a.programme_id = $1" + application_conditions(filter, params);
    out.total = db.exec("SELECT COUNT(*) " + from + where, params).one().i64(0);
    // The page's ids first, then their rows (as store/registrations.cpp).
    const auto ids = "SELECT a.id " + from + where + page.order_by + page.limit_clause(params);
    for (const auto& r : db.exec("SELECT a.id, a.organisation_id, o.name, a.status, a.submitted_at, a.reviewer_id, ru.name, a.due_on, "
                                 "a.decided_label " + from + "WHERE a.id IN (" + ids + ")" + page.order_by,
                                 params)
                             .rows) {
        LabelApplication a;
        a.id = r.i64(0);
        a.programme_id = filter.programme_id;
        a.organisation_id = r.i64(1);
        a.organisation_name = r.str(2);
        a.status = r.str(3);
        a.submitted_at = r.i64(4);
        a.reviewer_id = r.opt_i64(5);
        a.reviewer_name = r.opt_str(6);
        a.due_on = r.opt_str(7);
        a.decided_label = r.opt_str(8);
        out.rows.push_back(std::move(a));
    }
    const auto counts = [&](const std::string& facet, const std::string& value, std::vector<std::string> values) {
        std::vector<Value> p{filter.programme_id};
        const auto w = "WHERE a.programme_id = $1" + application_conditions(filter, p, facet);
        return count_per_value(db, "SELECT " + value + ", COUNT(*) " + from + w + " GROUP BY " + value, p, values);
    };
    out.by_status = counts("status", "a.status", {"submitted", "in_review", "decided", "withdrawn"});
    out.by_reviewer = counts("reviewer", "CASE WHEN a.reviewer_id IS NULL THEN 'none' ELSE CAST(a.reviewer_id AS TEXT) END", {"none"});
    return out;
}

std::map<std::string, std::vector<LabelEvidenceItem>> label_measurement_evidence(Db& db, std::int64_t measurement_id) {
    std::map<std::string, std::vector<LabelEvidenceItem>> out;
    // Only evidence of the measurement's own school: a link to another school's row is never copied.
    for (const auto& r : db.exec("SELECT me.criterion_id, e.id, e.kind, e.title, e.description, e.url, e.file_name, e.content_type, "
                                 "e.size, e.sha256 FROM measurement_evidence me JOIN evidence e ON e.id = me.evidence_id "
                                 "JOIN measurements m ON m.id = me.measurement_id AND m.organisation_id = e.organisation_id "
                                 "WHERE me.measurement_id = $1 ORDER BY me.criterion_id, e.id",
                                 {measurement_id})
                             .rows)
        out[r.str(0)].push_back({r.i64(1), r.str(2), r.str(3), r.str(4), r.opt_str(5), r.opt_str(6), r.opt_str(7), r.opt_i64(8),
                                 r.opt_str(9)});
    return out;
}

void label_lock_school(Db& db, std::int64_t programme_id, std::int64_t organisation_id) {
    db.exec("UPDATE programme_participants SET joined_at = joined_at WHERE programme_id = $1 AND organisation_id = $2",
            {programme_id, organisation_id});
}

bool label_has_open_application(Db& db, std::int64_t programme_id, std::int64_t organisation_id) {
    return !db.exec("SELECT 1 FROM label_applications WHERE programme_id = $1 AND organisation_id = $2 "
                    "AND status IN ('submitted', 'in_review')",
                    {programme_id, organisation_id})
                .empty();
}

std::string label_make_snapshot(Db& db, const std::vector<std::string>& criterion_ids, std::int64_t measurement_id,
                                std::vector<std::pair<std::int64_t, std::string>>& files) {
    std::map<std::string, AnswerRow> answers;
    for (auto& a : measurement_answers(db, measurement_id)) answers.emplace(a.criterion_id, std::move(a));
    const auto evidence = label_measurement_evidence(db, measurement_id);
    boost::json::array criteria;
    for (const auto& id : criterion_ids) {
        const auto a = answers.find(id);
        boost::json::array items;
        if (auto it = evidence.find(id); it != evidence.end())
            for (const auto& e : it->second) {
                auto v = [](const std::optional<std::string>& s) { return s ? boost::json::value(*s) : boost::json::value(nullptr); };
                items.push_back(boost::json::object{{"id", e.id},
                                                    {"kind", e.kind},
                                                    {"title", e.title},
                                                    {"description", e.description},
                                                    {"url", v(e.url)},
                                                    {"fileName", v(e.file_name)},
                                                    {"contentType", v(e.content_type)},
                                                    {"size", e.size ? boost::json::value(*e.size) : boost::json::value(nullptr)},
                                                    {"sha256", v(e.sha256)}});
                if (e.kind == "file" && e.sha256) files.emplace_back(e.id, *e.sha256);
            }
        criteria.push_back(boost::json::object{
            {"criterionId", id},
            {"level", a != answers.end() && a->second.level ? boost::json::value(*a->second.level) : boost::json::value(nullptr)},
            {"comment", a != answers.end() ? a->second.comment : std::string()},
            {"evidence", std::move(items)}});
    }
    return boost::json::serialize(boost::json::object{{"criteria", std::move(criteria)}});
}

std::int64_t label_create_application(Db& db, const NewLabelApplication& a, std::int64_t now) {
    const auto id = db.exec("INSERT INTO label_applications (programme_id, organisation_id, measurement_id, framework_id, "
                            "framework_version, status, snapshot, submitted_at, submitted_by) "
                            "VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $7, $8) RETURNING id",
                            {a.programme_id, a.organisation_id, a.measurement_id, a.framework_id, a.framework_version, a.snapshot, now,
                             a.submitted_by})
                        .one()
                        .i64(0);
    std::set<std::int64_t> seen;
    for (const auto& [evidence_id, sha] : a.files)
        if (seen.insert(evidence_id).second)
            db.exec("INSERT INTO label_application_files (application_id, evidence_id, sha256) VALUES ($1, $2, $3)", {id, evidence_id, sha});
    return id;
}

bool label_withdraw(Db& db, std::int64_t id) {
    return db.exec("UPDATE label_applications SET status = 'withdrawn' WHERE id = $1 AND status IN ('submitted', 'in_review')", {id})
               .affected == 1;
}

bool label_assign(Db& db, std::int64_t id, std::int64_t reviewer_id, const std::string& due_on, std::int64_t now) {
    return db.exec("UPDATE label_applications SET status = 'in_review', reviewer_id = $2, due_on = $3, assigned_at = $4 "
                   "WHERE id = $1 AND status IN ('submitted', 'in_review')",
                   {id, reviewer_id, due_on, now})
               .affected == 1;
}

std::map<std::string, LabelReview> label_reviews(Db& db, std::int64_t application_id) {
    std::map<std::string, LabelReview> out;
    for (const auto& r : db.exec("SELECT criterion_id, accepted_level, feedback FROM label_reviews WHERE application_id = $1",
                                 {application_id})
                             .rows)
        out[r.str(0)] = {r.opt_str(1), r.str(2)};
    return out;
}

void label_save_review(Db& db, std::int64_t application_id, const std::string& criterion_id, const std::string& accepted_level,
                       const std::string& feedback, std::int64_t user_id, std::int64_t now) {
    db.exec("INSERT INTO label_reviews (application_id, criterion_id, accepted_level, feedback, updated_at, updated_by) "
            "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (application_id, criterion_id) DO UPDATE SET "
            "accepted_level = excluded.accepted_level, feedback = excluded.feedback, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            {application_id, criterion_id, accepted_level, feedback, now, user_id});
}

bool label_decide(Db& db, std::int64_t id, const LabelDecision& d, std::int64_t user_id, std::int64_t now) {
    const Value reason = d.override_reason ? Value(*d.override_reason) : Value(Null{});
    const Value code = d.certificate_code ? Value(*d.certificate_code) : Value(Null{});
    return db.exec("UPDATE label_applications SET status = 'decided', decided_label = $2, proposed_label = $3, override_reason = $4, "
                   "decided_at = $5, decided_by = $6, valid_from = $7, valid_until = $8, certificate_code = $9 "
                   "WHERE id = $1 AND status = 'in_review'",
                   {id, d.label, d.proposed_label, reason, now, user_id, d.valid_from, d.valid_until, code})
               .affected == 1;
}

bool label_certificate_code_taken(Db& db, const std::string& code) {
    return !db.exec("SELECT 1 FROM label_applications WHERE certificate_code = $1", {code}).empty();
}

bool label_is_reviewer_of(Db& db, std::int64_t user_id, std::int64_t organisation_id) {
    return !db.exec("SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = 'reviewer'",
                    {user_id, organisation_id})
                .empty();
}

bool label_is_reviewer(Db& db, std::int64_t user_id) {
    return !db.exec("SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'reviewer'", {user_id}).empty();
}

std::vector<LabelPerson> label_reviewers_of(Db& db, std::int64_t organisation_id) { return label_members_with_role(db, organisation_id, "reviewer"); }

std::vector<LabelPerson> label_members_with_role(Db& db, std::int64_t organisation_id, const std::string& role) {
    return people(db,
                  "SELECT u.id, u.name, u.email, u.language FROM memberships ms JOIN users u ON u.id = ms.user_id "
                  "WHERE ms.organisation_id = $1 AND ms.role = $2 ORDER BY u.name, u.id",
                  {organisation_id, role});
}

std::optional<LabelPerson> label_person(Db& db, std::int64_t user_id) {
    auto p = people(db, "SELECT id, name, email, language FROM users WHERE id = $1", {user_id});
    if (p.empty()) return std::nullopt;
    return p.front();
}

bool label_showcase_consented(Db& db, std::int64_t organisation_id) {
    return !db.exec("SELECT 1 FROM showcase_consents WHERE organisation_id = $1", {organisation_id}).empty();
}

void label_set_showcase(Db& db, std::int64_t organisation_id, bool consented, std::int64_t user_id, std::int64_t now) {
    if (consented)
        db.exec("INSERT INTO showcase_consents (organisation_id, consented_at, consented_by) VALUES ($1, $2, $3) "
                "ON CONFLICT (organisation_id) DO NOTHING",
                {organisation_id, now, user_id});
    else
        db.exec("DELETE FROM showcase_consents WHERE organisation_id = $1", {organisation_id});
}

namespace {

// The showcase's rows: per consenting school its newest decision (n = 1), when that is a label above none
// with a certificate still valid on $1 (a later "none" ends the listing). Columns as LabelShowcaseEntry.
constexpr const char* kShowcaseFrom =
    "FROM (SELECT a.id, a.organisation_id, a.decided_label, a.valid_until, a.certificate_code, "
    "ROW_NUMBER() OVER (PARTITION BY a.organisation_id ORDER BY a.decided_at DESC, a.id DESC) AS n "
    "FROM label_applications a JOIN showcase_consents sc ON sc.organisation_id = a.organisation_id WHERE a.status = 'decided') a "
    "JOIN organisations o ON o.id = a.organisation_id LEFT JOIN school_profiles sp ON sp.organisation_id = a.organisation_id "
    "WHERE a.n = 1 AND a.decided_label <> 'none' AND a.certificate_code IS NOT NULL AND a.valid_until >= $1";

std::string showcase_conditions(const LabelShowcaseFilter& f, std::vector<Value>& params, std::string_view skip = {}) {
    std::string sql;
    const auto bind = [&](const std::string& v) {
        params.push_back(v);
        return "$" + std::to_string(params.size());
    };
    if (!f.province.empty() && skip != "province") sql += " AND sp.province = " + bind(f.province);
    if (!f.label.empty() && skip != "label") sql += " AND a.decided_label = " + bind(f.label);
    sql += search_condition(params, f.search, {"o.name", "COALESCE(sp.municipality, '')"});
    return sql;
}

}  // namespace

LabelShowcasePage label_page_showcase(Db& db, const LabelShowcaseFilter& filter, const PageSlice& page) {
    LabelShowcasePage out;
    std::vector<Value> params{filter.today};
    const auto where = std::string(kShowcaseFrom) + showcase_conditions(filter, params);
    for (const auto& r : db.exec("SELECT o.name, COALESCE(sp.municipality, ''), COALESCE(sp.province, ''), a.decided_label, a.valid_until, "
                                 "a.certificate_code " + where + page.order_by + page.limit_clause(params),
                                 params)
                             .rows)
        out.rows.push_back({r.str(0), r.str(1), r.str(2), r.str(3), r.str(4), r.str(5)});
    // The total and both facets from one count per (province, label) with the search only: every count
    // otherwise evaluated the newest-decision window over all applications once more (8.6 → ~4 ms of CPU
    // at a region's showcase).
    std::vector<Value> p{filter.today};
    const auto searched = std::string(kShowcaseFrom) + showcase_conditions({filter.today, "", "", filter.search}, p);
    for (const char* l : {"competent", "proficient", "expert"}) out.by_label[l] = 0;
    std::set<std::string> all_provinces;
    for (const auto& r : db.exec("SELECT COALESCE(sp.province, ''), a.decided_label, COUNT(*) " + searched + " GROUP BY 1, 2", p).rows) {
        const auto province = r.str(0), label = r.str(1);
        const auto n = r.i64(2);
        const bool province_ok = filter.province.empty() || province == filter.province;
        const bool label_ok = filter.label.empty() || label == filter.label;
        if (province_ok && label_ok) out.total += n;
        if (label_ok) out.by_province[province] += n;
        if (province_ok) out.by_label[label] += n;
        if (!province.empty()) all_provinces.insert(province);
    }
    if (filter.search.empty()) {
        out.provinces.assign(all_provinces.begin(), all_provinces.end());
    } else {
        for (const auto& r : db.exec("SELECT DISTINCT sp.province " + std::string(kShowcaseFrom) +
                                         " AND sp.province IS NOT NULL AND sp.province <> '' ORDER BY sp.province",
                                     {filter.today})
                                 .rows)
            out.provinces.push_back(r.str(0));
    }
    return out;
}

std::vector<LabelShowcaseEntry> label_showcase(Db& db, const std::string& today) {
    return label_page_showcase(db, {today, "", "", ""},
                               {" ORDER BY COALESCE(sp.province, ''), o.name, a.id", std::numeric_limits<std::int64_t>::max(), 0})
        .rows;
}

LabelSchoolPlace label_school_place(Db& db, std::int64_t organisation_id) {
    auto r = db.exec("SELECT municipality, province FROM school_profiles WHERE organisation_id = $1", {organisation_id});
    if (r.empty()) return {};
    return {r.one().str(0), r.one().str(1)};
}

std::map<std::int64_t, std::string> label_school_states(Db& db, std::int64_t programme_id) {
    std::map<std::int64_t, std::string> out;
    for (const auto& r : db.exec("SELECT organisation_id, status FROM label_applications WHERE programme_id = $1 AND status <> 'withdrawn' "
                                 "ORDER BY organisation_id, submitted_at DESC, id DESC",
                                 {programme_id})
                             .rows)
        out.emplace(r.i64(0), r.str(1));  // the first (newest) per school stays
    return out;
}

}  // namespace sk::store
