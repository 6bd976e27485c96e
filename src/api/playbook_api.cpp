// Public playbook requests: a visitor leaves name, e-mail and organisation (with consent); an organiser
// approves, which mails a download link valid 14 days (token stored hashed; approving again replaces it).
// The link serves the newest published global playbook resource with a file. See docs/api.md.
#include <boost/json.hpp>

#include "api/authz.h"
#include "api/context.h"
#include "api/evidence_download.h"
#include "api/input_values.h"
#include "api/json_input.h"
#include "api/programme_handlers.h"
#include "api/rate_limit.h"
#include "core/brussels_date.h"
#include "core/secrets.h"
#include "mail/templates.h"
#include "store/audit.h"
#include "store/auth_tokens.h"
#include "store/questions.h"

namespace sk::api {

namespace {

constexpr std::int64_t kLinkValidity = 14 * 86400;
constexpr std::int64_t kPlaybookWindow = 3600;
constexpr std::int64_t kMaxPerAddress = 10;

bool playbook_honeypot_filled(const boost::json::object& obj) {
    const auto* v = field_value(obj, "website");
    return v && (!v->is_string() || !v->as_string().empty());
}

// POST /api/public/playbook-requests
http::Response request_playbook(Ctx& ctx) {
    JsonInput in(ctx.req.body);
    const auto obj = parse_object(ctx.req.body);
    const auto name = in.text("name", {.required = true, .max = 200});
    const auto email = in.email("email");
    const auto organisation = in.text("organisation", {.required = true, .max = 200});
    const auto* consent = field_value(obj, "consent");
    if (!consent || !consent->is_bool() || !consent->as_bool()) in.fail("consent", "field.playbook_consent");
    in.done();
    const auto now = ctx.now();
    if (const auto a = count_attempt(ctx, client_bucket(ctx, "playbook"), {kMaxPerAddress, kPlaybookWindow}); !a.allowed)
        throw too_many_attempts(a.retry_after);
    store::Transaction tx(ctx.db);
    if (!playbook_honeypot_filled(obj))
        ctx.db.exec("INSERT INTO playbook_requests (name, email, organisation, language, created_at, organiser_id) "
                    "VALUES ($1, $2, $3, $4, $5, $6)",
                    {*name, *email, *organisation, std::string(core::language_code(ctx.lang)), now,
                     store::nullable(store::home_organiser(ctx.db))});
    tx.commit();
    return json_response(202, "{}");
}

boost::json::object request_json(const store::Row& r) {
    const auto opt = [&r](std::size_t i) { return r.is_null(i) ? boost::json::value(nullptr) : boost::json::value(r.i64(i)); };
    return {{"id", r.i64(0)},     {"name", r.str(1)},       {"email", r.str(2)},     {"organisation", r.str(3)},
            {"status", r.str(4)}, {"createdAt", r.i64(5)}, {"approvedAt", opt(6)}, {"expiresAt", opt(7)}};
}

constexpr const char* kRequestColumns =
    "SELECT id, name, email, organisation, status, created_at, approved_at, expires_at, language FROM playbook_requests ";

// GET /api/playbook-requests
http::Response list_playbook_requests(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
    boost::json::array items;
    for (const auto& r : ctx.db
                             .exec(std::string(kRequestColumns) +
                                       "WHERE organiser_id IN (SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = 'organiser') "
                                       "ORDER BY created_at DESC, id DESC",
                                   {ctx.user().id})
                             .rows)
        items.push_back(request_json(r));
    return json_response(200, boost::json::serialize(boost::json::object{{"requests", std::move(items)}}));
}

// POST /api/playbook-requests/{id}/approve
http::Response approve(Ctx& ctx) {
    ctx.user();
    const auto id = id_param(ctx, "id");
    auto owner = ctx.db.exec("SELECT organiser_id FROM playbook_requests WHERE id = $1", {id});
    if (owner.empty() || owner.one().is_null(0) || !has_role(ctx, owner.one().i64(0), "organiser")) throw ApiError::not_found();
    const auto now = ctx.now();
    const auto token = core::random_token();
    {
        store::Transaction tx(ctx.db);
        ctx.db.exec("UPDATE playbook_requests SET status = 'approved', approved_at = $2, approved_by = $3, token_hash = $4, expires_at = $5 "
                    "WHERE id = $1",
                    {id, now, ctx.user().id, core::token_digest(token), now + kLinkValidity});
        const auto row = ctx.db.exec(std::string(kRequestColumns) + "WHERE id = $1", {id}).one();
        mail::enqueue(ctx.db, mail::playbook_link_email(programmes::language_of(row.str(8)), row.str(2), row.str(1),
                                                        ctx.services.base_url + "/api/public/playbook/" + token,
                                                        core::brussels_date(now + kLinkValidity)), owner.one().i64(0));
        store::write_audit(ctx.db, {ctx.user().id, std::nullopt, "playbook.approve", "playbook_request", id, std::nullopt,
                                    boost::json::serialize(boost::json::object{{"email", row.str(2)}})},
                           now);
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, boost::json::serialize(request_json(ctx.db.exec(std::string(kRequestColumns) + "WHERE id = $1", {id}).one())));
}

// GET /api/public/playbook/{token}
http::Response download_playbook(Ctx& ctx) {
    const auto& token = ctx.req.params.at("token");
    const auto request = token.empty() || token.size() > 100
                             ? store::Result{}
                             : ctx.db.exec("SELECT organiser_id FROM playbook_requests WHERE token_hash = $1 AND expires_at > $2",
                                           {core::token_digest(token), ctx.now()});
    if (request.empty()) throw ApiError{404, "token_invalid", {}, {}, {}};
    // The playbook of the organisation that approved the request.
    auto file = ctx.db.exec(
        "SELECT sha256, content_type, file_name FROM resources WHERE kind = 'playbook' AND published = 1 AND programme_id IS NULL "
        "AND sha256 IS NOT NULL AND organiser_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1",
        {store::nullable(request.one().opt_i64(0))});
    if (file.empty()) throw ApiError::not_found();
    const auto& r = file.one();
    return evidence_file_response(ctx, r.str(0), r.str(1), r.str(2), false);
}

}  // namespace

void add_playbook_routes(ApiRouter& r) {
    r.add("POST", "/api/public/playbook-requests", request_playbook);
    r.add("GET", "/api/playbook-requests", list_playbook_requests);
    r.add("POST", "/api/playbook-requests/{id}/approve", approve);
    r.add("GET", "/api/public/playbook/{token}", download_playbook);
}

}  // namespace sk::api
