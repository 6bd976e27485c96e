// Mail that did not go out (migration 022; docs/operations.md, "E-mail"): messages the worker marked
// failed, and messages still being retried after a failed attempt. Organisers see their own tenant's
// (outbox.organiser_id); the operator sees all, including mail of no tenant. Every function runs inside
// the caller's transaction when there is one; none begins or commits.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct UndeliveredMail {
    std::int64_t id = 0;
    std::optional<std::int64_t> organiser_id;
    std::optional<std::string> organiser_name;
    std::string to, subject;
    std::int64_t created_at = 0;
    std::int64_t attempts = 0;
    std::optional<std::string> last_error;
    std::optional<std::int64_t> failed_at;  // set: the worker gave up; empty: retried at next_attempt_at
    std::int64_t next_attempt_at = 0;
    std::string status() const { return failed_at ? "failed" : "retrying"; }
};

struct UndeliveredFilter {
    std::vector<std::int64_t> tenants;  // an organiser's organiser organisations
    bool everyone = false;              // the operator: every row, `tenants` ignored
    std::string status;                 // "failed", "retrying" or "" (both)
    std::string search;                 // a LIKE pattern (api/paging.h) over recipient and subject; "" for all
};

struct UndeliveredPage {
    std::vector<UndeliveredMail> rows;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> by_status;  // failed, retrying: before the status filter
};

UndeliveredPage page_undelivered_mail(Db& db, const UndeliveredFilter& filter, const PageSlice& page);

// The row when it is undelivered (failed or retrying), whoever's it is; the caller checks the tenant.
std::optional<UndeliveredMail> find_undelivered_mail(Db& db, std::int64_t id);

// Queues an undelivered message again as if new: no attempts, no failure, due now (the last error stays
// until a delivery succeeds). False when it is not undelivered (sent meanwhile, or no such row).
bool retry_undelivered_mail(Db& db, std::int64_t id, std::int64_t now);

// Failed messages of `tenants` (the organiser's home shows the number).
std::int64_t count_failed_mail(Db& db, const std::vector<std::int64_t>& tenants);

}  // namespace sk::store
