// What a handler gets: the request, this thread's database connection, the shared services, the
// request's language and the signed-in user (when there is one).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/error.h"
#include "api/programme_cache.h"
#include "core/client_address.h"
#include "core/language.h"
#include "http/message.h"
#include "http/router.h"
#include "store/auth_tokens.h"
#include "store/db.h"
#include "store/file_store.h"

#include "core/framework_set.h"
#include "core/suggestions.h"
#include "core/survey_statements.h"

namespace sk::store { class GroupCommit; }

namespace sk::api {

// Read-only state shared by every thread.
struct Services {
    std::string base_url = "http://127.0.0.1:8080";  // where e-mailed links point
    bool tls = false;                                // cookies get `Secure`
    int registration_limit = 10;                     // public registrations per client address per hour (api/rate_limit.h)
    int question_limit = 5;                          // "Ask us" questions per client address per hour
    std::int64_t idle_timeout_staff = 2 * 3600;      // a session of an operator or staff role ends after this long without a request
    std::int64_t idle_timeout = 8 * 3600;            // any other session
    std::vector<core::Cidr> trusted_proxies;         // X-Forwarded-For is read only from these peers (core/client_address.h)
    const core::FrameworkSet* frameworks = nullptr;
    const core::StatementsSet* survey_statements = nullptr;  // data/surveys, by framework version
    const core::SuggestionSet* suggestions = nullptr;        // data/suggestions: action-plan ideas per criterion
    std::shared_ptr<store::FileStore> files;         // uploaded files' bytes (store/file_store.h)
    std::string tmp_dir;                             // <data_dir>/tmp: exports on their way to the client (http/temp_file.h)
    std::string feed_key;                            // 32 random bytes shared through the database: private calendar feed tokens (ical_api.cpp)
    std::function<void()> wake_mail;                 // nudges the mail worker after queueing mail
    std::function<std::int64_t()> now;               // unix seconds; tests may replace it
    std::function<std::string()> metrics_text;       // Prometheus text of this process
    // Set on durable SQLite (--sqlite-sync full, the default): autosaves from all threads share commits.
    store::GroupCommit* group_commit = nullptr;
    // Whole-programme results (progress board, group report) reused while nothing they rest on changed.
    std::shared_ptr<ProgrammeCache> programme_cache = std::make_shared<ProgrammeCache>();
};

struct Ctx {
    http::Request& req;
    store::Db& db;
    const Services& services;
    core::Language lang = core::Language::nl;
    std::optional<store::SessionUser> session{};
    // Set when the request came with a personal API token instead of a session (app/pipeline.cpp).
    std::optional<std::int64_t> api_token_id{};

    std::int64_t now() const { return services.now(); }
    // The signed-in user; throws ApiError 401 otherwise.
    const store::User& user() const;
};

using ApiHandler = std::function<http::Response(Ctx&)>;
using ApiRouter = http::Router<ApiHandler>;

// One function per resource file, each adding its routes.
void add_health_routes(ApiRouter& r);
void add_robots_routes(ApiRouter& r);          // /robots.txt
void add_auth_routes(ApiRouter& r);
void add_me_routes(ApiRouter& r);
void add_api_token_routes(ApiRouter& r);      // /api/me/api-tokens (api_tokens_api.cpp)
void add_openapi_routes(ApiRouter& r);        // /api/openapi.json (openapi_api.cpp)
void add_personal_data_routes(ApiRouter& r);
void add_erasure_routes(ApiRouter& r);  // deletion requests and carrying them out
void add_school_removal_routes(ApiRouter& r);  // a school that leaves, removed with its data  // /api/me/data.zip and the operator's export of anyone's
void add_framework_routes(ApiRouter& r);
void add_organisation_routes(ApiRouter& r);
void add_programme_routes(ApiRouter& r);     // programmes, public registrations, review queue
void add_team_routes(ApiRouter& r);          // resend/revoke invitations, remove members
void add_invitation_routes(ApiRouter& r);    // the signed-in person's invitations: list, accept, decline
void add_progress_routes(ApiRouter& r);      // progress board and its CSV/XLSX exports
void add_import_routes(ApiRouter& r);        // CSV import of schools and companies
void add_audit_routes(ApiRouter& r);         // the organisers' audit log
void add_measurement_routes(ApiRouter& r);   // self-assessment measurements and phase extensions
void add_survey_routes(ApiRouter& r);        // a school's anonymous surveys and their public questionnaire
void add_results_routes(ApiRouter& r);       // self-assessment results, school report PDF, answers XLSX
void add_evidence_routes(ApiRouter& r);      // a school's evidence library: files and links
void add_label_routes(ApiRouter& r);         // label applications, reviews, decisions, certificates, showcase
void add_question_routes(ApiRouter& r);      // "Ask us": the public form, the organisers' inbox and statistics
void add_session_routes(ApiRouter& r);       // learning-network sessions (sessions_api.cpp)
void add_session_registration_routes(ApiRouter& r);  // registration, waitlist, attendance, report
void add_session_file_routes(ApiRouter& r);  // report attachments
void add_ical_routes(ApiRouter& r);          // the private calendar feed
void add_resource_routes(ApiRouter& r);      // the resources library
void add_playbook_routes(ApiRouter& r);      // public playbook requests and the download link
void add_group_report_routes(ApiRouter& r);  // the programme's group report: JSON, PDF, XLSX
void add_working_group_routes(ApiRouter& r); // working groups: proposal, groups, members
void add_operator_routes(ApiRouter& r);      // the operator: organiser organisations, security log
void add_undelivered_mail_routes(ApiRouter& r);  // mail that could not be delivered: organisers (their tenant) and the operator
void add_matching_routes(ApiRouter& r);      // mentor matching of a programme (organisers)
void add_mentoring_routes(ApiRouter& r);     // a mentor's schools, a school's mentor
void add_meeting_routes(ApiRouter& r);       // the meeting log of a school and its mentor
void add_action_plan_routes(ApiRouter& r);   // a school's action plan: goals, actions, comments, history, exports
void add_home_routes(ApiRouter& r);          // the signed-in user's home: what is next, per role (home_api.cpp)
void add_all_routes(ApiRouter& r);

// JSON helpers shared by the resource files.
http::Response json_response(int status, const std::string& serialized);

// Request helpers shared by the resource files.
// A query parameter, "" when absent.
std::string query_value(const Ctx& ctx, const std::string& name);
// Whether any loaded framework (of any version) has the criterion `id`.
bool known_criterion(Ctx& ctx, const std::string& id);

}  // namespace sk::api
