#include "api/label_scope.h"

#include "api/authz.h"
#include "api/json_output.h"
#include "api/measurement_scope.h"
#include "core/label_rule.h"

namespace sk::api {

namespace {

// A snapshot evidence item as the API shows it: the stored hash stays inside, files get their URL.
boost::json::object snapshot_evidence_json(std::int64_t application_id, const boost::json::object& e) {
    boost::json::object out;
    for (const char* key : {"id", "kind", "title", "description", "url", "fileName", "contentType", "size"})
        out[key] = e.contains(key) ? e.at(key) : boost::json::value(nullptr);
    const bool file = e.contains("kind") && e.at("kind") == "file";
    out["fileUrl"] = file ? boost::json::value("/api/label-applications/" + std::to_string(application_id) + "/evidence/" +
                                               boost::json::serialize(e.at("id")) + "/file")
                          : boost::json::value(nullptr);
    return out;
}

}  // namespace

LabelAccess label_access(Ctx& ctx, const store::LabelApplication& a) {
    const auto school = school_access(ctx, a.programme_id, a.organisation_id);
    LabelAccess out;
    out.organiser = school.organiser;
    out.coordinator = school.coordinator;
    out.team_member = school.team_member;
    out.reviewer = a.reviewer_id && *a.reviewer_id == ctx.user().id;
    return out;
}

LoadedApplication load_application(Ctx& ctx) {
    ctx.user();
    auto a = store::label_find_application(ctx.db, id_param(ctx, "id"));
    if (!a) throw ApiError::not_found();
    auto access = label_access(ctx, *a);
    require(access.any());
    return {std::move(*a), access};
}

boost::json::object application_json(Ctx& ctx, const store::LabelApplication& a, const LabelAccess& access) {
    const bool review = access.sees_review(a);
    const auto reviews = store::label_reviews(ctx.db, a.id);
    const auto snapshot = boost::json::parse(a.snapshot).as_object();

    boost::json::array criteria;
    std::vector<core::CriterionLevel> accepted;
    bool all_accepted = true;
    for (const auto& cv : snapshot.at("criteria").as_array()) {
        const auto& c = cv.as_object();
        const std::string id(c.at("criterionId").as_string());
        boost::json::array evidence;
        for (const auto& e : c.at("evidence").as_array()) evidence.push_back(snapshot_evidence_json(a.id, e.as_object()));
        const auto it = reviews.find(id);
        const std::optional<std::string> level = it != reviews.end() ? it->second.accepted_level : std::nullopt;
        if (level) accepted.push_back({id, core::parse_level(*level).value_or(core::Level::not_yet)});
        else all_accepted = false;
        criteria.push_back(boost::json::object{{"criterionId", id},
                                               {"level", c.at("level")},
                                               {"comment", c.at("comment")},
                                               {"evidence", std::move(evidence)},
                                               {"acceptedLevel", review ? or_null(level) : boost::json::value(nullptr)},
                                               {"feedback", review && it != reviews.end() ? it->second.feedback : std::string()}});
    }

    boost::json::value proposal = nullptr;
    const auto* fw = ctx.services.frameworks ? ctx.services.frameworks->find(a.framework_id, a.framework_version) : nullptr;
    if (review && all_accepted && fw) {
        const auto assessment = core::assess_label(fw->framework->label_rule, accepted);
        boost::json::array below;
        for (const auto& b : assessment.below)
            below.push_back(boost::json::object{
                {"criterionId", b.criterion_id}, {"level", core::level_id(b.level)}, {"gap", b.gap}, {"tooFar", b.too_far}});
        proposal = boost::json::object{{"label", core::label_id(assessment.label)},
                                       {"next", assessment.next ? boost::json::value(core::level_id(*assessment.next)) : nullptr},
                                       {"missing", assessment.missing},
                                       {"below", std::move(below)}};
    }

    boost::json::value decision = nullptr;
    if (a.status == "decided" && a.decided_label) {
        const std::string base = "/api/label-applications/" + std::to_string(a.id);
        decision = boost::json::object{
            {"label", *a.decided_label},
            {"proposedLabel", or_null(a.proposed_label)},
            {"overrideReason", or_null(a.override_reason)},
            {"decidedAt", or_null(a.decided_at)},
            {"decidedByName", or_null(a.decided_by_name)},
            {"validFrom", or_null(a.valid_from)},
            {"validUntil", or_null(a.valid_until)},
            {"certificateCode", or_null(a.certificate_code)},
            {"certificateUrl", a.certificate_code ? boost::json::value(base + "/certificate.pdf") : nullptr},
            {"verifyUrl", a.certificate_code ? boost::json::value(ctx.services.base_url + "/verify/" + *a.certificate_code) : nullptr}};
    }

    const bool open = a.status == "submitted" || a.status == "in_review";
    return {{"id", a.id},
            {"programmeId", a.programme_id},
            {"programmeName", a.programme_name},
            {"organisationId", a.organisation_id},
            {"organisationName", a.organisation_name},
            {"measurementId", a.measurement_id},
            {"measurementKind", a.measurement_kind},
            {"frameworkId", a.framework_id},
            {"frameworkVersion", a.framework_version},
            {"status", a.status},
            {"submittedAt", a.submitted_at},
            {"submittedByName", or_null(a.submitted_by_name)},
            {"reviewer", a.reviewer_id ? boost::json::value(boost::json::object{{"id", *a.reviewer_id}, {"name", a.reviewer_name.value_or("")}})
                                       : boost::json::value(nullptr)},
            {"dueOn", or_null(a.due_on)},
            {"criteria", std::move(criteria)},
            {"proposal", std::move(proposal)},
            {"decision", std::move(decision)},
            {"canReview", access.reviewer && a.status == "in_review"},
            {"canDecide", access.reviewer && a.status == "in_review"},
            {"canAssign", access.organiser && open}};
}

http::Response application_response(Ctx& ctx, int status, std::int64_t id) {
    const auto a = store::label_find_application(ctx.db, id);
    if (!a) throw ApiError::not_found();
    return json_response(status, boost::json::serialize(application_json(ctx, *a, label_access(ctx, *a))));
}

}  // namespace sk::api
