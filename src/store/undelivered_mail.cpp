#include "store/undelivered_mail.h"

namespace sk::store {

namespace {

constexpr const char* kUndelivered = "m.sent_at IS NULL AND (m.failed_at IS NOT NULL OR m.attempts > 0)";

constexpr const char* kSelect =
    "SELECT m.id, m.organiser_id, o.name, m.to_address, m.subject, m.created_at, m.attempts, m.last_error, m.failed_at, m.next_attempt_at "
    "FROM outbox m LEFT JOIN organisations o ON o.id = m.organiser_id ";

UndeliveredMail read_row(const Row& r) {
    UndeliveredMail m;
    m.id = r.i64(0);
    m.organiser_id = r.opt_i64(1);
    m.organiser_name = r.opt_str(2);
    m.to = r.str(3);
    m.subject = r.str(4);
    m.created_at = r.i64(5);
    m.attempts = r.i64(6);
    m.last_error = r.opt_str(7);
    m.failed_at = r.opt_i64(8);
    m.next_attempt_at = r.i64(9);
    return m;
}

// "m.organiser_id IN ($n, …)", binding the ids after `params`; a condition that holds for no row without any.
std::string in_tenants(std::vector<Value>& params, const std::vector<std::int64_t>& tenants) {
    if (tenants.empty()) return "1 = 0";
    std::string sql = "m.organiser_id IN (";
    for (std::size_t i = 0; i < tenants.size(); ++i) {
        params.push_back(tenants[i]);
        sql += (i ? ", $" : "$") + std::to_string(params.size());
    }
    return sql + ")";
}

}  // namespace

UndeliveredPage page_undelivered_mail(Db& db, const UndeliveredFilter& filter, const PageSlice& page) {
    UndeliveredPage out;
    std::vector<Value> params;
    std::string where = std::string("WHERE ") + kUndelivered;
    if (!filter.everyone) where += " AND " + in_tenants(params, filter.tenants);
    where += search_condition(params, filter.search, {"m.to_address", "m.subject"});
    out.by_status = count_per_value(db,
                                    "SELECT CASE WHEN m.failed_at IS NULL THEN 'retrying' ELSE 'failed' END AS s, COUNT(*) FROM outbox m " +
                                        where + " GROUP BY CASE WHEN m.failed_at IS NULL THEN 'retrying' ELSE 'failed' END",
                                    params, {"failed", "retrying"});
    if (filter.status == "failed") where += " AND m.failed_at IS NOT NULL";
    if (filter.status == "retrying") where += " AND m.failed_at IS NULL";
    out.total = db.exec("SELECT COUNT(*) FROM outbox m " + where, params).one().i64(0);
    for (const auto& r : db.exec(kSelect + where + page.order_by + page.limit_clause(params), params).rows) out.rows.push_back(read_row(r));
    return out;
}

std::optional<UndeliveredMail> find_undelivered_mail(Db& db, std::int64_t id) {
    const auto r = db.exec(std::string(kSelect) + "WHERE m.id = $1 AND " + kUndelivered, {id});
    if (r.empty()) return std::nullopt;
    return read_row(r.one());
}

bool retry_undelivered_mail(Db& db, std::int64_t id, std::int64_t now) {
    return db.exec(std::string("UPDATE outbox SET attempts = 0, failed_at = NULL, next_attempt_at = $2 WHERE id = $1 AND ") +
                       "sent_at IS NULL AND (failed_at IS NOT NULL OR attempts > 0)",
                   {id, now})
               .affected == 1;
}

std::int64_t count_failed_mail(Db& db, const std::vector<std::int64_t>& tenants) {
    std::vector<Value> params;
    const auto where = in_tenants(params, tenants);
    return db.exec("SELECT COUNT(*) FROM outbox m WHERE m.sent_at IS NULL AND m.failed_at IS NOT NULL AND " + where, params).one().i64(0);
}

}  // namespace sk::store
