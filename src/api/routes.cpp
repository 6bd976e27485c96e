#include "api/context.h"
#include "api/award_routes.h"

namespace sk::api {

const store::User& Ctx::user() const {
    if (!session) throw ApiError::unauthenticated();
    return session->user;
}

http::Response json_response(int status, const std::string& serialized) { return http::Response::json(status, serialized); }

std::string query_value(const Ctx& ctx, const std::string& name) {
    auto it = ctx.req.query.find(name);
    return it == ctx.req.query.end() ? "" : it->second;
}

bool known_criterion(Ctx& ctx, const std::string& id) {
    if (!ctx.services.frameworks) return false;
    for (const auto& entry : ctx.services.frameworks->entries)
        if (entry.framework->find_criterion(id)) return true;
    return false;
}

void add_all_routes(ApiRouter& r) {
    add_health_routes(r);
    add_robots_routes(r);
    add_auth_routes(r);
    add_me_routes(r);
    add_api_token_routes(r);
    add_openapi_routes(r);
    add_personal_data_routes(r);
    add_erasure_routes(r);
    add_school_removal_routes(r);
    add_framework_routes(r);
    add_organisation_routes(r);
    add_programme_routes(r);
    add_team_routes(r);
    add_invitation_routes(r);
    add_progress_routes(r);
    add_import_routes(r);
    add_audit_routes(r);
    add_measurement_routes(r);
    add_survey_routes(r);
    add_results_routes(r);
    add_evidence_routes(r);
    add_label_routes(r);
    add_question_routes(r);
    add_session_routes(r);
    add_ical_routes(r);
    add_resource_routes(r);
    add_playbook_routes(r);
    add_group_report_routes(r);
    add_working_group_routes(r);
    add_matching_routes(r);
    add_mentoring_routes(r);
    add_meeting_routes(r);
    add_action_plan_routes(r);
    add_home_routes(r);
    add_award_routes(r);
    add_candidacy_routes(r);
    add_jury_routes(r);
    add_award_results_routes(r);
    add_operator_routes(r);
    add_undelivered_mail_routes(r);
}

}  // namespace sk::api
