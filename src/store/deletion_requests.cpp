#include "store/deletion_requests.h"

namespace sk::store {

namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.user_id, d.requested_at, d.reason, d.status, u.name, u.email FROM deletion_requests d "
    "JOIN users u ON u.id = d.user_id ";

DeletionRequest from_row(const Row& r) {
    return {r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.str(5), r.str(6)};
}

// "$first, $first+1, …" for `n` parameters.
std::string placeholders(std::size_t first, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += (i ? ", $" : "$") + std::to_string(first + i);
    return out;
}

}  // namespace

std::optional<DeletionRequest> find_deletion_request(Db& db, std::int64_t id) {
    const auto r = db.exec(std::string(kSelect) + "WHERE d.id = $1", {id});
    if (r.empty()) return std::nullopt;
    return from_row(r.one());
}

std::optional<DeletionRequest> open_deletion_request(Db& db, std::int64_t user_id) {
    const auto r = db.exec(std::string(kSelect) + "WHERE d.user_id = $1 AND d.status = 'open' ORDER BY d.id LIMIT 1", {user_id});
    if (r.empty()) return std::nullopt;
    return from_row(r.one());
}

DeletionRequest request_deletion(Db& db, std::int64_t user_id, const std::string& reason, std::int64_t now) {
    if (auto open = open_deletion_request(db, user_id)) return *open;
    const auto id = db.exec("INSERT INTO deletion_requests (user_id, requested_at, reason, status) VALUES ($1, $2, $3, 'open') RETURNING id",
                            {user_id, now, reason})
                        .one()
                        .i64(0);
    return *find_deletion_request(db, id);
}

bool withdraw_deletion_request(Db& db, std::int64_t user_id, std::int64_t now) {
    return db.exec("UPDATE deletion_requests SET status = 'withdrawn', handled_at = $2 WHERE user_id = $1 AND status = 'open'", {user_id, now})
               .affected > 0;
}

std::vector<std::int64_t> person_tenants(Db& db, std::int64_t user_id) {
    std::vector<std::int64_t> out;
    for (const auto& row : db.exec("SELECT o.id FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                   "WHERE m.user_id = $1 AND o.kind = 'organiser' "
                                   "UNION SELECT p.organiser_id FROM memberships m JOIN programme_participants pp "
                                   "ON pp.organisation_id = m.organisation_id JOIN programmes p ON p.id = pp.programme_id "
                                   "WHERE m.user_id = $1",
                                   {user_id})
                               .rows)
        out.push_back(row.i64(0));
    return out;
}

DeletionRequestPage list_open_deletion_requests(Db& db, const std::vector<std::int64_t>& tenants, bool everyone, std::int64_t limit,
                                                std::int64_t offset) {
    DeletionRequestPage out;
    if (!everyone && tenants.empty()) return out;
    std::string where = "WHERE d.status = 'open'";
    std::vector<Value> args;
    if (!everyone) {
        const auto in = placeholders(1, tenants.size());
        where += " AND (d.user_id IN (SELECT m.user_id FROM memberships m WHERE m.organisation_id IN (" + in + ")) "
                 "OR d.user_id IN (SELECT m.user_id FROM memberships m JOIN programme_participants pp ON pp.organisation_id = m.organisation_id "
                 "JOIN programmes p ON p.id = pp.programme_id WHERE p.organiser_id IN (" + in + ")))";
        for (const auto t : tenants) args.push_back(t);
    }
    out.total = db.exec("SELECT COUNT(*) FROM deletion_requests d " + where, args).one().i64(0);
    const auto n = args.size();
    args.push_back(limit);
    args.push_back(offset);
    for (const auto& r : db.exec(std::string(kSelect) + where + " ORDER BY d.requested_at, d.id LIMIT $" + std::to_string(n + 1) +
                                     " OFFSET $" + std::to_string(n + 2),
                                 args)
                             .rows)
        out.rows.push_back(from_row(r));
    return out;
}

}  // namespace sk::store
