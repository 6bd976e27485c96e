// The reviewed label, its workflow (docs/api.md, "Evidence and label" → "Label"): a school's coordinator
// applies with a submitted measurement (frozen as a snapshot with its evidence), an organiser of the
// programme assigns a reviewer, the reviewer accepts a level per criterion and decides. Who: checked on
// the application in every handler (label_scope.h).
#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>

#include "api/authz.h"
#include "api/evidence_download.h"
#include "api/context.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/json_output.h"
#include "api/label_scope.h"
#include "api/measurement_scope.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "api/programme_handlers.h"
#include "core/brussels_date.h"
#include "core/label_decision.h"
#include "core/label_rule.h"
#include "mail/outbox.h"
#include "mail/templates.h"
#include "store/audit.h"
#include "store/evidence_files.h"
#include "store/label.h"
#include "store/measurements.h"

namespace sk::api {

void add_label_public_routes(ApiRouter& r);  // label_public_api.cpp

namespace {

constexpr std::size_t kFeedbackMax = 4000;

// 409 unless the application is open (submitted or in review).
void require_open(const store::LabelApplication& a) {
    if (a.status == "decided") throw ApiError::conflict("application_decided");
    if (a.status != "submitted" && a.status != "in_review") throw ApiError::conflict("application_not_open");
}

std::int64_t organiser_of(Ctx& ctx, std::int64_t programme_id) {
    return ctx.db.exec("SELECT organiser_id FROM programmes WHERE id = $1", {programme_id}).one().i64(0);
}

std::string school_label_link(const Ctx& ctx, std::int64_t programme_id, std::int64_t organisation_id) {
    return ctx.services.base_url + "/programmes/" + std::to_string(programme_id) + "/schools/" + std::to_string(organisation_id) + "/label";
}

// GET /api/programmes/{id}/schools/{orgId}/label-applications
http::Response list_school_applications(Ctx& ctx) {
    ctx.user();
    const auto programme = load_programme_ref(ctx, id_param(ctx, "id"));
    const auto org_id = id_param(ctx, "orgId");
    require(school_access(ctx, programme.id, org_id).any());
    if (!is_school_participant(ctx, programme.id, org_id)) throw ApiError::not_found();
    boost::json::array apps;
    for (const auto& a : store::label_school_applications(ctx.db, programme.id, org_id))
        apps.push_back(application_json(ctx, a, label_access(ctx, a)));
    boost::json::array eligible;
    for (const auto& r : ctx.db
                             .exec("SELECT id, kind FROM measurements WHERE programme_id = $1 AND organisation_id = $2 "
                                   "AND status = 'submitted' ORDER BY kind, id",
                                   {programme.id, org_id})
                             .rows)
        eligible.push_back(boost::json::object{{"measurementId", r.i64(0)}, {"kind", r.str(1)}});
    return json_response(200, boost::json::serialize(boost::json::object{
                                  {"applications", std::move(apps)},
                                  {"eligible", std::move(eligible)},
                                  {"showcase", boost::json::object{{"consented", store::label_showcase_consented(ctx.db, org_id)}}}}));
}

// POST /api/programmes/{id}/schools/{orgId}/label-applications: the coordinator applies.
http::Response apply(Ctx& ctx) {
    ctx.user();
    const auto programme = load_programme_ref(ctx, id_param(ctx, "id"));
    const auto org_id = id_param(ctx, "orgId");
    require(school_access(ctx, programme.id, org_id).coordinator);

    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto measurement_id = whole_number(in, field_value(obj, "measurementId"), "measurementId", 1, INT64_MAX, "field.label_measurement");
    std::optional<store::Measurement> m;
    if (measurement_id) {
        m = store::find_measurement(ctx.db, *measurement_id);
        if (!m || m->programme_id != programme.id || m->organisation_id != org_id) in.fail("measurementId", "field.label_measurement");
    }
    in.done();
    const auto& fw = measurement_framework(ctx, m->framework_id, m->framework_version);

    const auto user_id = ctx.user().id;
    std::int64_t id = 0;
    {
        // Held until the commit: a school removing evidence meanwhile cannot delete a file this snapshot pins.
        const auto guard = ctx.services.files->pin_guard();
        store::Transaction tx(ctx.db);
        store::label_lock_school(ctx.db, programme.id, org_id);
        // Read under the lock: a reopen between the check and the snapshot cannot slip through.
        if (store::find_measurement(ctx.db, m->id)->status != "submitted") throw ApiError::conflict("measurement_not_submitted");
        if (store::label_has_open_application(ctx.db, programme.id, org_id)) throw ApiError::conflict("application_open");
        store::NewLabelApplication a;
        a.programme_id = programme.id;
        a.organisation_id = org_id;
        a.measurement_id = m->id;
        a.framework_id = m->framework_id;
        a.framework_version = m->framework_version;
        std::vector<std::string> criterion_ids;
        for (const auto& c : fw.criteria) criterion_ids.push_back(c.id);
        a.snapshot = store::label_make_snapshot(ctx.db, criterion_ids, m->id, a.files);
        // A file whose evidence another server removed between the snapshot's read and here is gone:
        // the school sends again and gets a snapshot without it. A file lost otherwise (its evidence is
        // still there) is the operator's to restore; the application goes on, as it would have before.
        for (const auto& [evidence_id, sha] : a.files) {
            if (ctx.services.files->pin(ctx.db, sha)) continue;
            if (ctx.db.exec("SELECT 1 FROM evidence WHERE id = $1", {evidence_id}).empty()) throw ApiError::conflict("evidence_changed");
            spdlog::error("{} label application: file {} of evidence {} is not stored", ctx.req.request_id, sha, evidence_id);
        }
        a.submitted_by = user_id;
        id = store::label_create_application(ctx.db, a, ctx.now());
        const std::string link = ctx.services.base_url + "/organiser/programmes/" + std::to_string(programme.id) + "/label";
        for (const auto& p : store::label_members_with_role(ctx.db, organiser_of(ctx, programme.id), "organiser"))
            mail::enqueue_for_programme(ctx.db, mail::label_application_received_email(programmes::language_of(p.language), p.email, p.name,
                                                                         programme.name, m->organisation_name, link), programme.id);
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return application_response(ctx, 201, id);
}

// POST /api/label-applications/{id}/withdraw: the coordinator, while it is open.
http::Response withdraw_application(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    require(access.coordinator);
    require_open(a);
    {
        store::Transaction tx(ctx.db);
        if (!store::label_withdraw(ctx.db, a.id)) throw ApiError::conflict("application_not_open");
        tx.commit();
    }
    return application_response(ctx, 200, a.id);
}

boost::json::value reviewer_json(const store::LabelApplication& a) {
    if (!a.reviewer_id) return nullptr;
    return boost::json::object{{"id", *a.reviewer_id}, {"name", a.reviewer_name.value_or("")}};
}

// A row of the organisers' list of a programme's applications.
boost::json::object application_row_json(const store::LabelApplication& a) {
    return {{"id", a.id},
            {"organisationId", a.organisation_id},
            {"organisationName", a.organisation_name},
            {"status", a.status},
            {"submittedAt", a.submitted_at},
            {"reviewer", reviewer_json(a)},
            {"dueOn", or_null(a.due_on)},
            {"decidedLabel", or_null(a.decided_label)}};
}

// The sort fields of the programme's applications (api/paging.h); newest first by default.
constexpr SortField kApplicationSorts[] = {
    {"submittedAt", "a.submitted_at"},
    {"name", "sk_fold(o.name)"},
    {"status", "CASE a.status WHEN 'submitted' THEN 0 WHEN 'in_review' THEN 1 WHEN 'decided' THEN 2 ELSE 3 END"},
    {"reviewer", "sk_fold(COALESCE(ru.name, ''))"},
    {"dueOn", "COALESCE(a.due_on, '')"},
};

// GET /api/programmes/{id}/label-applications?page=&size=&sort=&q=&status=&reviewer=: the organisers'
// overview, paged (docs/api.md, "Paging, sorting and search"), with the reviewers to choose from and the
// counts per status and per reviewer.
http::Response list_for_programme(Ctx& ctx) {
    ctx.user();
    const auto programme = load_programme_ref(ctx, id_param(ctx, "id"));
    require(is_programme_organiser(ctx, programme.id));
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kApplicationSorts, "-submittedAt", bad);
    const auto status = read_choice(ctx.req.query, "status", {"submitted", "in_review", "decided", "withdrawn"}, bad);
    auto reviewer = query_value(ctx, "reviewer");
    if (!reviewer.empty() && reviewer != "none" && !positive_number(reviewer)) bad["reviewer"] = {"field.filter_value", {{"values", "none, <id>"}}};
    if (!bad.empty()) throw ApiError::validation(bad);
    if (reviewer != "none" && !reviewer.empty()) reviewer = std::to_string(*positive_number(reviewer));
    const auto found = store::label_page_applications(ctx.db, {programme.id, status, reviewer, page.q.empty() ? std::string() : like_pattern(page.q)},
                                                      page.slice("a.id"));
    boost::json::array apps;
    for (const auto& a : found.rows) apps.push_back(application_row_json(a));
    auto by_reviewer = found.by_reviewer;
    boost::json::array reviewers;
    for (const auto& p : store::label_reviewers_of(ctx.db, organiser_of(ctx, programme.id))) {
        reviewers.push_back(boost::json::object{{"id", p.id}, {"name", p.name}});
        by_reviewer.try_emplace(std::to_string(p.id), 0);
    }
    auto doc = page_json(page, "applications", std::move(apps), found.total);
    doc["reviewers"] = std::move(reviewers);
    doc["counts"] = boost::json::object{{"status", facet_counts_json(found.by_status)}, {"reviewer", facet_counts_json(by_reviewer)}};
    return json_response(200, boost::json::serialize(doc));
}

boost::json::object assignment_json(const store::LabelApplication& a) {
    return {{"id", a.id},
            {"organisationId", a.organisation_id},
            {"status", a.status},
            {"reviewerId", a.reviewer_id ? boost::json::value(*a.reviewer_id) : boost::json::value(nullptr)},
            {"dueOn", or_null(a.due_on)}};
}

// PUT /api/label-applications/{id}/reviewer: an organiser of the programme (re)assigns; audited.
http::Response assign(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    require(access.organiser);
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto reviewer_id = whole_number(in, field_value(obj, "reviewerId"), "reviewerId", 1, INT64_MAX, "field.label_reviewer");
    if (reviewer_id && !store::label_is_reviewer_of(ctx.db, *reviewer_id, a.organiser_id)) in.fail("reviewerId", "field.label_reviewer");
    const auto due_on = in.text("dueOn", {.required = true, .max = 10});
    if (due_on) {
        const auto days = core::days_between(core::brussels_date(ctx.now()), *due_on);
        if (!days || *days < 0) in.fail("dueOn", "field.label_due_on");
    }
    in.done();
    require_open(a);
    const auto reviewer = store::label_person(ctx.db, *reviewer_id);
    {
        store::Transaction tx(ctx.db);
        if (!store::label_assign(ctx.db, a.id, *reviewer_id, *due_on, ctx.now())) throw ApiError::conflict("application_not_open");
        const auto after = store::label_find_application(ctx.db, a.id);
        store::write_audit(ctx.db,
                           {ctx.user().id, a.programme_id, "label.assign", "label_application", a.id,
                            boost::json::serialize(assignment_json(a)), boost::json::serialize(assignment_json(*after))},
                           ctx.now());
        if (reviewer)
            mail::enqueue_for_programme(ctx.db, mail::label_reviewer_assigned_email(programmes::language_of(reviewer->language), reviewer->email,
                                                                      reviewer->name, a.programme_name, a.organisation_name, *due_on,
                                                                      ctx.services.base_url + "/reviews/" + std::to_string(a.id)), a.programme_id);
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return application_response(ctx, 200, a.id);
}

// GET /api/reviews: the signed-in reviewer's board.
http::Response board(Ctx& ctx) {
    const auto user_id = ctx.user().id;
    require(store::label_is_reviewer(ctx.db, user_id));
    const std::string today = core::brussels_date(ctx.now());
    boost::json::array assigned, due, done;
    auto apps = store::label_reviewer_applications(ctx.db, user_id);
    // Earliest due date first; done ones newest decision first.
    std::stable_sort(apps.begin(), apps.end(), [](const auto& x, const auto& y) { return x.due_on.value_or("") < y.due_on.value_or(""); });
    std::vector<const store::LabelApplication*> decided;
    for (const auto& a : apps) {
        boost::json::object item{{"applicationId", a.id},      {"programmeName", a.programme_name}, {"organisationName", a.organisation_name},
                                 {"dueOn", or_null(a.due_on)}, {"status", a.status},                {"decidedLabel", or_null(a.decided_label)}};
        if (a.status == "in_review") {
            const auto days = a.due_on ? core::days_between(today, *a.due_on) : std::nullopt;
            (days && *days <= 7 ? due : assigned).push_back(std::move(item));
        } else if (a.status == "decided") {
            decided.push_back(&a);
        }
    }
    std::stable_sort(decided.begin(), decided.end(), [](const auto* x, const auto* y) { return x->decided_at.value_or(0) > y->decided_at.value_or(0); });
    for (const auto* a : decided)
        done.push_back(boost::json::object{{"applicationId", a->id},      {"programmeName", a->programme_name}, {"organisationName", a->organisation_name},
                                           {"dueOn", or_null(a->due_on)}, {"status", a->status},                {"decidedLabel", or_null(a->decided_label)}});
    return json_response(200, boost::json::serialize(boost::json::object{{"assigned", std::move(assigned)}, {"due", std::move(due)}, {"done", std::move(done)}}));
}

// GET /api/label-applications/{id}
http::Response show_application(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    return json_response(200, boost::json::serialize(application_json(ctx, a, access)));
}

// The snapshot's item `evidence_id` when it is a file of this application: (file name, content type, sha256).
struct SnapshotFile {
    std::string file_name;
    std::string content_type;
    std::string sha256;
};
std::optional<SnapshotFile> snapshot_file(Ctx& ctx, const store::LabelApplication& a, std::int64_t evidence_id) {
    auto pinned = ctx.db.exec("SELECT sha256 FROM label_application_files WHERE application_id = $1 AND evidence_id = $2", {a.id, evidence_id});
    if (pinned.empty()) return std::nullopt;
    const auto snapshot = boost::json::parse(a.snapshot).as_object();
    for (const auto& c : snapshot.at("criteria").as_array())
        for (const auto& ev : c.at("evidence").as_array()) {
            const auto& e = ev.as_object();
            if (e.at("id").to_number<std::int64_t>() != evidence_id || e.at("kind") != "file") continue;
            return SnapshotFile{std::string(e.at("fileName").as_string()), std::string(e.at("contentType").as_string()), pinned.one().str(0)};
        }
    return std::nullopt;
}

// GET /api/label-applications/{id}/evidence/{evidenceId}/file: a file of the frozen snapshot.
http::Response snapshot_file_download(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    const auto f = snapshot_file(ctx, a, id_param(ctx, "evidenceId"));
    if (!f || f->sha256.size() < 2 || !ctx.services.files) throw ApiError::not_found();
    const auto q = ctx.req.query.find("inline");
    return evidence_file_response(ctx, f->sha256, f->content_type, f->file_name, q != ctx.req.query.end() && q->second == "1");
}

// True when the criterion is in the application's snapshot.
bool in_snapshot(const store::LabelApplication& a, const std::string& criterion_id) {
    const auto snapshot = boost::json::parse(a.snapshot).as_object();
    for (const auto& c : snapshot.at("criteria").as_array())
        if (c.at("criterionId").as_string() == criterion_id) return true;
    return false;
}

std::vector<std::string> snapshot_criteria(const store::LabelApplication& a) {
    std::vector<std::string> out;
    const auto snapshot = boost::json::parse(a.snapshot).as_object();
    for (const auto& c : snapshot.at("criteria").as_array()) out.emplace_back(c.at("criterionId").as_string());
    return out;
}

// Orders a review or decision after any concurrent decision: false when it is no longer in review.
bool lock_in_review(Ctx& ctx, std::int64_t id) {
    return ctx.db.exec("UPDATE label_applications SET status = status WHERE id = $1 AND status = 'in_review'", {id}).affected == 1;
}

void require_in_review(const store::LabelApplication& a) {
    require_open(a);
    if (a.status != "in_review") throw ApiError::conflict("application_not_in_review");
}

// PUT /api/label-applications/{id}/reviews/{criterionId}: the assigned reviewer.
http::Response review(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    require(access.reviewer);
    const std::string criterion_id = ctx.req.param("criterionId");
    if (!in_snapshot(a, criterion_id)) throw ApiError::not_found();
    JsonInput in(ctx.req.body);
    const auto level = in.one_of("acceptedLevel", {"not_yet", "competent", "proficient", "expert"}, "field.label_accepted_level");
    const auto feedback = in.text("feedback", {.required = false, .max = kFeedbackMax, .trim = false});
    in.done();
    require_in_review(a);
    {
        store::Transaction tx(ctx.db);
        if (!lock_in_review(ctx, a.id)) throw ApiError::conflict("application_decided");
        store::label_save_review(ctx.db, a.id, criterion_id, *level, feedback.value_or(""), ctx.user().id, ctx.now());
        tx.commit();
    }
    return application_response(ctx, 200, a.id);
}

boost::json::object decision_audit_json(const store::LabelApplication& a) {
    return {{"id", a.id},
            {"organisationId", a.organisation_id},
            {"status", a.status},
            {"label", or_null(a.decided_label)},
            {"proposedLabel", or_null(a.proposed_label)},
            {"overrideReason", or_null(a.override_reason)},
            {"validUntil", or_null(a.valid_until)},
            {"certificateCode", or_null(a.certificate_code)}};
}

// POST /api/label-applications/{id}/decision: the assigned reviewer decides; every criterion needs an
// accepted level, and a label other than the rule's proposal needs a reason.
http::Response decide(Ctx& ctx) {
    const auto [a, access] = load_application(ctx);
    require(access.reviewer);
    JsonInput in(ctx.req.body);
    const auto label = in.one_of("label", {"none", "competent", "proficient", "expert"}, "field.label_label");
    const auto reason = in.text("overrideReason", {.required = false, .max = 100000});
    in.done();
    require_in_review(a);
    const auto& fw = measurement_framework(ctx, a.framework_id, a.framework_version);

    std::map<std::string, FieldError> errors;
    const auto reviews = store::label_reviews(ctx.db, a.id);
    std::vector<core::CriterionLevel> levels;
    for (const auto& id : snapshot_criteria(a)) {
        const auto it = reviews.find(id);
        if (it == reviews.end() || !it->second.accepted_level) errors[id] = {"field.label_unreviewed", {}};
        else levels.push_back({id, core::parse_level(*it->second.accepted_level).value_or(core::Level::not_yet)});
    }
    if (!errors.empty()) throw ApiError::validation(std::move(errors));
    const auto proposed = core::assess_label(fw.label_rule, levels).label;
    const auto decided = *core::parse_label(*label);
    switch (core::check_override(decided, proposed, reason.value_or(""))) {
        case core::OverrideCheck::ok: break;
        case core::OverrideCheck::reason_missing:
            throw ApiError::field("overrideReason", "field.label_override_missing",
                                  {{"proposed", mail::label_name(ctx.lang, std::string(core::label_id(proposed)))}});
        case core::OverrideCheck::reason_too_short:
            throw ApiError::field("overrideReason", "field.label_override_short", {{"min", std::to_string(core::kOverrideReasonMin)}});
        case core::OverrideCheck::reason_too_long:
            throw ApiError::field("overrideReason", "field.label_override_long", {{"max", std::to_string(core::kOverrideReasonMax)}});
    }

    store::LabelDecision d;
    d.label = *label;
    d.proposed_label = std::string(core::label_id(proposed));
    if (decided != proposed) d.override_reason = reason;
    d.valid_from = core::brussels_date(ctx.now());
    d.valid_until = *core::label_valid_until(d.valid_from);
    {
        store::Transaction tx(ctx.db);
        if (!lock_in_review(ctx, a.id)) throw ApiError::conflict("application_decided");
        if (decided != core::Label::none) {
            std::string code;
            do code = core::new_certificate_code();
            while (store::label_certificate_code_taken(ctx.db, code));
            d.certificate_code = code;
        }
        if (!store::label_decide(ctx.db, a.id, d, ctx.user().id, ctx.now())) throw ApiError::conflict("application_decided");
        const auto after = store::label_find_application(ctx.db, a.id);
        store::write_audit(ctx.db,
                           {ctx.user().id, a.programme_id, "label.decide", "label_application", a.id,
                            boost::json::serialize(decision_audit_json(a)), boost::json::serialize(decision_audit_json(*after))},
                           ctx.now());
        const auto link = school_label_link(ctx, a.programme_id, a.organisation_id);
        for (const auto& p : store::label_members_with_role(ctx.db, a.organisation_id, "coordinator"))
            mail::enqueue_for_programme(ctx.db, mail::label_decided_email(programmes::language_of(p.language), p.email, p.name, a.programme_name,
                                                            a.organisation_name, d.label, d.valid_until, link), a.programme_id);
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return application_response(ctx, 200, a.id);
}

}  // namespace

void add_label_routes(ApiRouter& r) {
    r.add("GET", "/api/programmes/{id}/schools/{orgId}/label-applications", list_school_applications);
    r.add("POST", "/api/programmes/{id}/schools/{orgId}/label-applications", apply);
    r.add("POST", "/api/label-applications/{id}/withdraw", withdraw_application);
    r.add("GET", "/api/programmes/{id}/label-applications", list_for_programme);
    r.add("PUT", "/api/label-applications/{id}/reviewer", assign);
    r.add("GET", "/api/reviews", board);
    r.add("GET", "/api/label-applications/{id}", show_application);
    r.add("GET", "/api/label-applications/{id}/evidence/{evidenceId}/file", snapshot_file_download);
    r.add("PUT", "/api/label-applications/{id}/reviews/{criterionId}", review);
    r.add("POST", "/api/label-applications/{id}/decision", decide);
    add_label_public_routes(r);
}

}  // namespace sk::api
