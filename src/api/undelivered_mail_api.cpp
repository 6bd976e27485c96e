// Mail that could not be delivered (docs/api.md, "Undelivered mail"; issue 21, point 3): organisers list
// the failed and still-retrying messages of their own organisation and queue one again; the operator
// does the same for every message, mail of no tenant (password resets) included. Retrying is audited.
#include <boost/json.hpp>

#include <algorithm>

#include "api/authz.h"
#include "api/context.h"
#include "api/json_output.h"
#include "api/page_filters.h"
#include "api/paging.h"
#include "mail/fault_reason.h"
#include "store/audit.h"
#include "store/undelivered_mail.h"

namespace sk::api {

namespace {

constexpr SortField kUndeliveredSorts[] = {
    {"createdAt", "m.created_at"},
    {"to", "sk_fold(m.to_address)"},
    {"subject", "sk_fold(m.subject)"},
    {"attempts", "m.attempts"},
};

boost::json::object mail_json(const store::UndeliveredMail& m, bool with_organisation) {
    boost::json::object o{{"id", m.id},
                          {"to", m.to},
                          {"subject", m.subject},
                          {"createdAt", m.created_at},
                          {"status", m.status()},
                          {"attempts", m.attempts},
                          {"failedAt", or_null(m.failed_at)},
                          // When it is tried again; only while it is still being retried.
                          {"nextAttemptAt", m.failed_at ? boost::json::value(nullptr) : boost::json::value(m.next_attempt_at)},
                          {"reason", m.last_error ? std::string(mail::fault_reason(*m.last_error)) : std::string("other")},
                          {"lastError", or_null(m.last_error)}};
    if (with_organisation) o["organisation"] = or_null(m.organiser_name);
    return o;
}

// GET …?page=&size=&sort=&q=&status=failed|retrying, paged (api/paging.h), with the counts per status.
http::Response list(Ctx& ctx, bool operator_role) {
    std::map<std::string, FieldError> bad;
    const auto page = read_page(ctx.req.query, kUndeliveredSorts, "-createdAt", bad);
    const auto status = query_value(ctx, "status");
    if (!status.empty() && status != "failed" && status != "retrying") bad["status"] = {"field.mail_status", {}};
    if (!bad.empty()) throw ApiError::validation(bad);
    store::UndeliveredFilter filter;
    filter.everyone = operator_role;
    if (!operator_role) filter.tenants = organiser_tenants(ctx);
    filter.status = status;
    filter.search = page.q.empty() ? std::string() : like_pattern(page.q);
    const auto found = store::page_undelivered_mail(ctx.db, filter, page.slice("m.id"));
    boost::json::array rows;
    for (const auto& m : found.rows) rows.push_back(mail_json(m, operator_role));
    auto doc = page_json(page, "messages", std::move(rows), found.total);
    doc["counts"] = boost::json::object{{"status", facet_counts_json(found.by_status)}};
    return json_response(200, boost::json::serialize(doc));
}

// POST …/{id}/retry: queued again as new (no attempts, due now), so it leaves the list; 200
// {"id", "status": "queued"}. A message of another organisation, of no organisation (for an organiser),
// or one delivered meanwhile is a 404.
http::Response retry(Ctx& ctx, bool operator_role) {
    const auto id = id_param(ctx, "id");
    const auto mail = store::find_undelivered_mail(ctx.db, id);
    if (!mail) throw ApiError::not_found();
    if (!operator_role) {
        const auto tenants = organiser_tenants(ctx);
        if (!mail->organiser_id || std::find(tenants.begin(), tenants.end(), *mail->organiser_id) == tenants.end())
            throw ApiError::not_found();
    }
    {
        store::Transaction tx(ctx.db);
        if (!store::retry_undelivered_mail(ctx.db, id, ctx.now())) throw ApiError::not_found();
        store::write_audit(ctx.db,
                           {ctx.user().id, std::nullopt, "mail.retry", "outbox", id,
                            boost::json::serialize(boost::json::object{{"attempts", mail->attempts}, {"status", mail->status()}}),
                            std::nullopt},
                           ctx.now());
        tx.commit();
    }
    if (ctx.services.wake_mail) ctx.services.wake_mail();
    return json_response(200, boost::json::serialize(boost::json::object{{"id", id}, {"status", "queued"}}));
}

http::Response organiser_list(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
    return list(ctx, false);
}
http::Response organiser_retry(Ctx& ctx) {
    ctx.user();
    require(is_organiser(ctx));
    return retry(ctx, false);
}
http::Response operator_list(Ctx& ctx) {
    require_operator(ctx);
    return list(ctx, true);
}
http::Response operator_retry(Ctx& ctx) {
    require_operator(ctx);
    return retry(ctx, true);
}

}  // namespace

void add_undelivered_mail_routes(ApiRouter& r) {
    r.add("GET", "/api/undelivered-mail", organiser_list);
    r.add("POST", "/api/undelivered-mail/{id}/retry", organiser_retry);
    r.add("GET", "/api/operator/undelivered-mail", operator_list);
    r.add("POST", "/api/operator/undelivered-mail/{id}/retry", operator_retry);
}

}  // namespace sk::api
