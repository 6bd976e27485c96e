#include "api/measurement_scope.h"

#include <map>

#include "api/authz.h"
#include "core/brussels_date.h"
#include "core/phase_status.h"

namespace sk::api {

SchoolAccess school_access(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    SchoolAccess a;
    a.organiser = is_programme_organiser(ctx, programme_id);
    for (const auto& r : ctx.db
                             .exec("SELECT m.role FROM memberships m JOIN programme_participants pp ON pp.organisation_id = m.organisation_id "
                                   "AND pp.programme_id = $2 AND pp.kind = 'school' WHERE m.user_id = $1 AND m.organisation_id = $3",
                                   {ctx.user().id, programme_id, organisation_id})
                             .rows) {
        const auto role = r.str(0);
        if (role == "coordinator") a.coordinator = true;
        if (role == "team_member") a.team_member = true;
    }
    return a;
}

ProgrammeRef load_programme_ref(Ctx& ctx, std::int64_t programme_id) {
    auto r = ctx.db.exec("SELECT id, name, framework_id, framework_version FROM programmes WHERE id = $1", {programme_id});
    if (r.empty()) throw ApiError::not_found();
    const auto& row = r.one();
    return {row.i64(0), row.str(1), row.str(2), row.str(3)};
}

bool is_school_participant(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    return !ctx.db
                .exec("SELECT 1 FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2 AND kind = 'school'",
                      {programme_id, organisation_id})
                .empty();
}

PhaseWindow phase_window(Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind) {
    PhaseWindow w;
    auto r = ctx.db.exec(
        "SELECT ph.opens_on, ph.closes_on, x.closes_on FROM programme_phases ph LEFT JOIN phase_extensions x "
        "ON x.programme_id = ph.programme_id AND x.organisation_id = $2 AND x.kind = ph.kind WHERE ph.programme_id = $1 AND ph.kind = $3",
        {programme_id, organisation_id, kind});
    if (r.empty()) return w;
    const auto& row = r.one();
    w.exists = true;
    w.opens_on = row.str(0);
    w.phase_closes_on = row.str(1);
    core::PhaseFacts facts;
    facts.closes_on = w.phase_closes_on;
    if (auto x = row.opt_str(2)) {
        w.has_extension = true;
        w.extension = *x;
        facts.extended_to = *x;
    }
    w.closes_on = core::effective_closing(facts);
    return w;
}

bool window_open(Ctx& ctx, const PhaseWindow& w) {
    if (!w.exists) return false;
    const auto today = core::brussels_date(ctx.now());
    return today >= w.opens_on && today <= w.closes_on;  // 'YYYY-MM-DD' compares like the date
}

void require_window_open(Ctx& ctx, const PhaseWindow& w) {
    if (window_open(ctx, w)) return;
    const auto today = core::brussels_date(ctx.now());
    if (!w.exists || today < w.opens_on) throw ApiError{409, "phase_not_open", {}, {{"opensOn", w.exists ? w.opens_on : "?"}}, {}};
    throw ApiError{409, "phase_closed", {}, {{"closesOn", w.closes_on}}, {}};
}

const core::Framework& measurement_framework(Ctx& ctx, const std::string& id, const std::string& version) {
    const auto* entry = ctx.services.frameworks ? ctx.services.frameworks->find(id, version) : nullptr;
    if (!entry) throw ApiError{409, "framework_unavailable", {}, {}, {}};
    return *entry->framework;
}

boost::json::object answer_json(const store::AnswerRow& a) {
    boost::json::array evidence;
    for (auto id : a.evidence_ids) evidence.push_back(id);
    boost::json::object o{{"criterionId", a.criterion_id},
                          {"level", nullptr},
                          {"comment", a.comment},
                          {"evidenceIds", std::move(evidence)},
                          {"version", a.version},
                          {"updatedAt", nullptr},
                          {"updatedByName", nullptr}};
    if (a.level) o["level"] = *a.level;
    if (a.version > 0) o["updatedAt"] = a.updated_at;
    if (a.updated_by_name) o["updatedByName"] = *a.updated_by_name;
    return o;
}

boost::json::object measurement_json(Ctx& ctx, const store::Measurement& m, const SchoolAccess& access) {
    const auto& fw = measurement_framework(ctx, m.framework_id, m.framework_version);
    const auto window = phase_window(ctx, m.programme_id, m.organisation_id, m.kind);
    std::map<std::string, store::AnswerRow> stored;
    for (auto& a : store::measurement_answers(ctx.db, m.id)) stored.emplace(a.criterion_id, std::move(a));

    boost::json::array answers;
    std::map<std::string, std::pair<int, int>> per_element;  // element -> answered, total
    int answered = 0;
    for (const auto& c : fw.criteria) {
        auto it = stored.find(c.id);
        const store::AnswerRow a = it != stored.end() ? it->second : store::AnswerRow{c.id, std::nullopt, "", 0, 0, std::nullopt, {}};
        answers.push_back(answer_json(a));
        auto& e = per_element[c.element_id];
        ++e.second;
        if (a.level) {
            ++e.first;
            ++answered;
        }
    }
    boost::json::array elements;
    for (const auto& el : fw.elements) {
        const auto& e = per_element[el.id];
        elements.push_back(boost::json::object{{"elementId", el.id}, {"answered", e.first}, {"total", e.second}});
    }
    const bool editable = m.status == "open" && window_open(ctx, window) && access.editor();
    boost::json::object o{{"id", m.id},
                          {"programmeId", m.programme_id},
                          {"organisationId", m.organisation_id},
                          {"organisationName", m.organisation_name},
                          {"kind", m.kind},
                          {"frameworkId", m.framework_id},
                          {"frameworkVersion", m.framework_version},
                          {"status", m.status},
                          {"opensOn", window.exists ? boost::json::value(window.opens_on) : boost::json::value(nullptr)},
                          {"closesOn", window.exists ? boost::json::value(window.closes_on) : boost::json::value(nullptr)},
                          {"editable", editable},
                          {"canSubmit", editable && access.coordinator},
                          {"canReopen", access.organiser && m.status == "submitted"},
                          {"submittedAt", m.submitted_at ? boost::json::value(*m.submitted_at) : boost::json::value(nullptr)},
                          {"submittedByName", m.submitted_by_name ? boost::json::value(*m.submitted_by_name) : boost::json::value(nullptr)},
                          {"reopenReason", m.reopen_reason ? boost::json::value(*m.reopen_reason) : boost::json::value(nullptr)},
                          {"answers", std::move(answers)},
                          {"progress", boost::json::object{{"answered", answered},
                                                           {"total", static_cast<std::int64_t>(fw.criteria.size())},
                                                           {"elements", std::move(elements)}}}};
    return o;
}

}  // namespace sk::api
