// An organisation's team as paged lists (docs/api.md, "Paging, sorting and search"): its memberships
// (one row per person and role) and its open invitations, each searched, filtered by role and counted
// per role. The whole lists stay in store/accounts.h (members_of) and store/invitations.h.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct TeamFilter {
    std::int64_t organisation_id = 0;
    std::string role;    // "" = every role
    std::string search;  // a LIKE pattern (api/paging.h, like_pattern); "" = no search
};

struct TeamMemberRow {
    std::int64_t id = 0;  // the membership
    std::int64_t user_id = 0;
    std::string name;
    std::string email;
    std::string role;
    std::optional<std::string> team_function;
};

struct TeamInvitationRow {
    std::int64_t id = 0;
    std::string email;
    std::string role;
    std::optional<std::string> team_function;
    std::int64_t created_at = 0;
    std::int64_t expires_at = 0;
};

template <class Row>
struct TeamPage {
    std::vector<Row> rows;
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> by_role;  // every role of `roles` present; search applied, role filter not
};

// The search covers the person's name and address; `roles` are the roles counted (those of the kind).
TeamPage<TeamMemberRow> team_members_page(Db& db, const TeamFilter& filter, const PageSlice& page, const std::vector<std::string>& roles);
// Open invitations (not accepted, declined or revoked; expired ones too, marked by expires_at). The
// search covers the address the inviter typed, never the account behind it.
TeamPage<TeamInvitationRow> team_invitations_page(Db& db, const TeamFilter& filter, const PageSlice& page,
                                                  const std::vector<std::string>& roles);

}  // namespace sk::store
