// Requests to be erased (issue 20, point 3; migration 021). The person asks; an organiser of every
// organiser organisation they belong to, or the operator, carries it out (store/erasure.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct DeletionRequest {
    std::int64_t id = 0;
    std::int64_t user_id = 0;
    std::int64_t requested_at = 0;
    std::string reason;
    std::string status;  // open | done | withdrawn
    std::string name, email;  // the person's, for the organisers' list
};

std::optional<DeletionRequest> find_deletion_request(Db& db, std::int64_t id);
std::optional<DeletionRequest> open_deletion_request(Db& db, std::int64_t user_id);
// The open request of `user_id`, made now when there is none.
DeletionRequest request_deletion(Db& db, std::int64_t user_id, const std::string& reason, std::int64_t now);
// False when there is no open request.
bool withdraw_deletion_request(Db& db, std::int64_t user_id, std::int64_t now);

// The organiser organisations a person belongs to through their memberships: an organiser organisation
// they are a member of, and the organisers of the programmes their schools and companies take part in.
std::vector<std::int64_t> person_tenants(Db& db, std::int64_t user_id);

// Open requests, oldest first: of people with a tenant among `tenants` (an organiser's), or of everyone
// when `tenants` is empty and `everyone` (the operator). One page and the total.
struct DeletionRequestPage {
    std::vector<DeletionRequest> rows;
    std::int64_t total = 0;
};
DeletionRequestPage list_open_deletion_requests(Db& db, const std::vector<std::int64_t>& tenants, bool everyone, std::int64_t limit,
                                                std::int64_t offset);

}  // namespace sk::store
