// Self-assessment measurements: a school's baseline and final measurement per programme, autosaved one
// answer at a time with versioned writes, submitted by the coordinator, reopened by an organiser. See
// docs/api.md, "Self-assessment" → "Measurements". Who: members (coordinator, team_member) of THAT
// school taking part in THAT programme, and that programme's organisers — checked on the object in
// every handler.
#include <boost/json.hpp>

#include <algorithm>

#include "api/authz.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/measurement_scope.h"
#include "core/brussels_date.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/audit.h"
#include "store/evidence.h"
#include "store/group_commit.h"

namespace sk::api {

namespace {

constexpr std::size_t kAnswerCommentMax = 4000;
constexpr std::size_t kReopenReasonMax = 1000;
constexpr std::size_t kEvidenceLinksMax = 100;  // per answer

bool valid_measurement_kind(const std::string& kind) { return kind == "baseline" || kind == "final"; }
bool valid_level(std::string_view level) {
    return level == "not_yet" || level == "competent" || level == "proficient" || level == "expert";
}

http::Response measurement_response(Ctx& ctx, int status, std::int64_t id, const SchoolAccess& access) {
    const auto m = store::find_measurement(ctx.db, id);
    if (!m) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(measurement_json(ctx, *m, access)));
}

// A measurement named by `{id}` and the caller's standing towards its school: 401, 404, 403 in that order.
std::pair<store::Measurement, SchoolAccess> load_measurement(Ctx& ctx) {
    ctx.user();
    const auto m = store::find_measurement(ctx.db, id_param(ctx, "id"));
    if (!m) throw ApiError::not_found();
    const auto access = school_access(ctx, m->programme_id, m->organisation_id);
    require(access.any());
    return {*m, access};
}

// GET /api/programmes/{id}/schools/{orgId}/measurements: both kinds, baseline first.
http::Response list_measurements(Ctx& ctx) {
    ctx.user();
    const auto programme = load_programme_ref(ctx, id_param(ctx, "id"));
    const auto org_id = id_param(ctx, "orgId");
    require(school_access(ctx, programme.id, org_id).any());
    if (!is_school_participant(ctx, programme.id, org_id)) throw ApiError::not_found();
    boost::json::array out;
    for (const std::string kind : {"baseline", "final"}) {
        const auto window = phase_window(ctx, programme.id, org_id, kind);
        const auto m = store::find_measurement(ctx.db, programme.id, org_id, kind);
        boost::json::object o{{"kind", kind},
                              {"id", nullptr},
                              {"status", "not_started"},
                              {"opensOn", window.exists ? boost::json::value(window.opens_on) : boost::json::value(nullptr)},
                              {"closesOn", window.exists ? boost::json::value(window.closes_on) : boost::json::value(nullptr)},
                              {"answered", 0},
                              {"total", 0}};
        const auto* entry = m ? ctx.services.frameworks->find(m->framework_id, m->framework_version)
                              : ctx.services.frameworks->find(programme.framework_id, programme.framework_version);
        if (entry) o["total"] = static_cast<std::int64_t>(entry->framework->criteria.size());
        if (m) {
            o["id"] = m->id;
            o["status"] = m->status;
            o["answered"] = ctx.db
                                .exec("SELECT COUNT(*) FROM measurement_answers WHERE measurement_id = $1 AND level IS NOT NULL", {m->id})
                                .one()
                                .i64(0);
        }
        out.push_back(std::move(o));
    }
    return json_response(200, boost::json::serialize(boost::json::object{{"measurements", std::move(out)}}));
}

// POST /api/programmes/{id}/schools/{orgId}/measurements/{kind}: start (or return the started one).
http::Response start(Ctx& ctx) {
    ctx.user();
    const auto programme = load_programme_ref(ctx, id_param(ctx, "id"));
    const auto org_id = id_param(ctx, "orgId");
    const std::string kind = ctx.req.param("kind");
    if (!valid_measurement_kind(kind)) throw ApiError::not_found();
    const auto access = school_access(ctx, programme.id, org_id);
    require(access.editor());
    if (auto existing = store::find_measurement(ctx.db, programme.id, org_id, kind))
        return measurement_response(ctx, 200, existing->id, access);
    require_window_open(ctx, phase_window(ctx, programme.id, org_id, kind));
    measurement_framework(ctx, programme.framework_id, programme.framework_version);  // 409 when not loaded
    std::pair<std::int64_t, bool> started;
    {
        store::Transaction tx(ctx.db);
        started = store::start_measurement(ctx.db, programme.id, org_id, kind, programme.framework_id, programme.framework_version,
                                           ctx.user().id, ctx.now());
        tx.commit();
    }
    return measurement_response(ctx, started.second ? 201 : 200, started.first, access);
}

http::Response show_measurement(Ctx& ctx) {
    const auto [m, access] = load_measurement(ctx);
    return json_response(200, boost::json::serialize(measurement_json(ctx, m, access)));
}

// The body of one autosave, read before any database work. A bad body is kept, not thrown, so that
// 401/404/403 (who may touch this measurement) still come first, as for every other route.
struct SaveInput {
    std::optional<std::string> level;
    std::string comment;
    std::int64_t version = 0;
    // Absent: the links stay as they are; [] removes them. Whether they are this school's evidence is
    // checked with the measurement (save_on).
    std::optional<std::vector<std::int64_t>> evidence_ids;
    std::exception_ptr invalid;  // the 400 to throw once access is settled
};

SaveInput read_save_input(const Ctx& ctx) {
    SaveInput s;
    try {
        JsonInput in(ctx.req.body);
        const auto obj = parse_object(ctx.req.body);
        if (const auto* v = field_value(obj, "level")) {
            if (v->is_string() && valid_level(v->as_string())) s.level = std::string(v->as_string());
            else in.fail("level", "field.measurement_level");
        }
        s.comment = in.text("comment", {.required = false, .max = kAnswerCommentMax, .trim = false}).value_or("");
        const auto version = whole_number(in, field_value(obj, "version"), "version", 0, INT64_MAX, "field.measurement_version");
        if (const auto* v = field_value(obj, "evidenceIds")) {
            std::vector<std::int64_t> ids;
            bool ok = v->is_array() && v->as_array().size() <= kEvidenceLinksMax;
            if (ok)
                for (const auto& e : v->as_array()) {
                    const auto id = e.if_int64();
                    if (!id || *id <= 0) {
                        ok = false;
                        break;
                    }
                    if (std::find(ids.begin(), ids.end(), *id) == ids.end()) ids.push_back(*id);
                }
            if (!ok) in.fail("evidenceIds", "field.evidence_list");
            else s.evidence_ids = std::move(ids);
        }
        in.done();
        s.version = *version;
    } catch (...) {
        s.invalid = std::current_exception();
    }
    return s;
}

// Everything an autosave does with the database, on `ctx.db`: access, criterion, state, dates, write.
store::SaveResult save_on(Ctx& ctx, const SaveInput& in, bool in_shared_transaction) {
    const auto [m, access] = load_measurement(ctx);
    require(access.editor());
    const auto& fw = measurement_framework(ctx, m.framework_id, m.framework_version);
    const std::string criterion_id = ctx.req.param("criterionId");
    if (!fw.find_criterion(criterion_id)) throw ApiError::not_found();
    if (in.invalid) std::rethrow_exception(in.invalid);
    if (in.evidence_ids && store::evidence_of_organisation(ctx.db, m.organisation_id, *in.evidence_ids).size() != in.evidence_ids->size())
        throw ApiError::validation({{"evidenceIds", FieldError{"field.evidence_unknown", {}}}});
    if (m.status != "open") throw ApiError{409, "measurement_locked", {}, {}, {}};
    require_window_open(ctx, phase_window(ctx, m.programme_id, m.organisation_id, m.kind));
    const auto user_id = ctx.user().id;
    return in_shared_transaction
               ? store::save_answer_in(ctx.db, m.id, criterion_id, in.level, in.comment, in.version, user_id, ctx.now(), in.evidence_ids)
               : store::save_answer(ctx.db, m.id, criterion_id, in.level, in.comment, in.version, user_id, ctx.now(), in.evidence_ids);
}

// PUT /api/measurements/{id}/answers/{criterionId}: one autosave.
http::Response save(Ctx& ctx) {
    const SaveInput input = read_save_input(ctx);
    store::SaveResult result;
    if (ctx.services.group_commit) {
        // Durable mode: this write shares its commit (and fsync) with the autosaves of the other threads,
        // and is answered only once that commit is on disk. Its reads run there too, on the writer's
        // connection: that connection is the only one writing, so its page cache stays warm, whereas this
        // thread's connection would find the database changed by the last batch and read every page again.
        ctx.services.group_commit->run([&](store::Db& db) {
            Ctx writer{ctx.req, db, ctx.services, ctx.lang, ctx.session};
            result = save_on(writer, input, true);
            return result.outcome == store::SaveOutcome::saved;
        });
    } else {
        result = save_on(ctx, input, false);
    }
    const std::string criterion_id = ctx.req.param("criterionId");
    switch (result.outcome) {
        case store::SaveOutcome::locked: throw ApiError{409, "measurement_locked", {}, {}, {}};
        case store::SaveOutcome::conflict: {
            ApiError e{409, "edit_conflict", {}, {}, {}};
            const auto current = result.answer.value_or(store::AnswerRow{criterion_id, std::nullopt, "", 0, 0, std::nullopt, {}});
            e.extra_json["current"] = boost::json::serialize(answer_json(current));
            throw e;
        }
        case store::SaveOutcome::saved: break;
    }
    return json_response(200, boost::json::serialize(answer_json(*result.answer)));
}

// POST /api/measurements/{id}/submit: the coordinator locks it; every criterion needs a level.
http::Response submit(Ctx& ctx) {
    const auto [m, access] = load_measurement(ctx);
    require(access.coordinator);
    if (m.status != "open") throw ApiError{409, "measurement_locked", {}, {}, {}};
    require_window_open(ctx, phase_window(ctx, m.programme_id, m.organisation_id, m.kind));
    const auto& fw = measurement_framework(ctx, m.framework_id, m.framework_version);
    {
        store::Transaction tx(ctx.db);
        // Status first: it takes the lock every autosave takes too, so the answers read next stay as read.
        if (!store::mark_submitted(ctx.db, m.id, ctx.user().id, ctx.now())) throw ApiError{409, "measurement_locked", {}, {}, {}};
        std::map<std::string, bool> has_level;
        for (const auto& a : store::measurement_answers(ctx.db, m.id)) has_level[a.criterion_id] = a.level.has_value();
        std::map<std::string, FieldError> missing;
        for (const auto& c : fw.criteria)
            if (!has_level[c.id]) missing[c.id] = FieldError{"field.measurement_unanswered", {}};
        if (!missing.empty()) throw ApiError::validation(std::move(missing));  // rolls back
        tx.commit();
    }
    return measurement_response(ctx, 200, m.id, access);
}

boost::json::object measurement_audit_json(const store::Measurement& m) {
    return {{"id", m.id},
            {"organisationId", m.organisation_id},
            {"organisation", m.organisation_name},
            {"kind", m.kind},
            {"status", m.status},
            {"submittedAt", m.submitted_at ? boost::json::value(*m.submitted_at) : boost::json::value(nullptr)},
            {"reopenReason", m.reopen_reason ? boost::json::value(*m.reopen_reason) : boost::json::value(nullptr)}};
}

// POST /api/measurements/{id}/reopen: an organiser of the programme, with a reason the school sees.
http::Response reopen(Ctx& ctx) {
    const auto [m, access] = load_measurement(ctx);
    require(access.organiser);
    JsonInput in(ctx.req.body);
    const auto reason = in.text("reason", {.required = true, .max = kReopenReasonMax});
    in.done();
    if (m.status != "submitted") throw ApiError{409, "measurement_not_submitted", {}, {}, {}};
    const auto programme = load_programme_ref(ctx, m.programme_id);
    {
        store::Transaction tx(ctx.db);
        if (!store::mark_reopened(ctx.db, m.id, *reason, ctx.now())) throw ApiError{409, "measurement_not_submitted", {}, {}, {}};
        const auto after = store::find_measurement(ctx.db, m.id);
        store::write_audit(ctx.db,
                           {ctx.user().id, m.programme_id, "measurement.reopen", "measurement", m.id, boost::json::serialize(measurement_audit_json(m)),
                            boost::json::serialize(measurement_audit_json(*after))},
                           ctx.now());
        const std::string link = ctx.services.base_url + "/programmes/" + std::to_string(m.programme_id) + "/schools/" +
                                 std::to_string(m.organisation_id) + "/measurements/" + m.kind;
        for (const auto& c : ctx.db
                                 .exec("SELECT u.email, u.name, u.language FROM memberships ms JOIN users u ON u.id = ms.user_id "
                                       "WHERE ms.organisation_id = $1 AND ms.role = 'coordinator' ORDER BY u.id",
                                       {m.organisation_id})
                                 .rows) {
            const auto lang = core::parse_language(c.str(2)).value_or(core::Language::nl);
            mail::enqueue_for_programme(ctx.db, mail::measurement_reopened_email(lang, c.str(0), c.str(1), programme.name, m.organisation_name,
                                                                   mail::phase_name(lang, m.kind), *reason, link), m.programme_id);
        }
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return measurement_response(ctx, 200, m.id, access);
}

}  // namespace

void add_phase_extension_routes(ApiRouter& r);  // phase_extensions_api.cpp

void add_measurement_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/measurements", list_measurements);
    r.add("POST", "/api/programmes/{id}/schools/{orgId}/measurements/{kind}", start);
    r.add("GET", "/api/measurements/{id}", show_measurement);
    r.add("PUT", "/api/measurements/{id}/answers/{criterionId}", save);
    r.add("POST", "/api/measurements/{id}/submit", submit);
    r.add("POST", "/api/measurements/{id}/reopen", reopen);
    add_phase_extension_routes(r);
}

}  // namespace sk::api
