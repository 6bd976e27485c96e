// Working groups of a programme and their member organisations (migration 009). See docs/api.md
// "Group report and working groups".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct WorkingGroupMember {
    std::int64_t organisation_id = 0;
    std::string name;
    std::string kind;  // school | company
};

struct WorkingGroup {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::string title;
    std::string description;
    std::vector<std::string> criterion_ids;  // framework order
    std::string status;                      // open | closed
    std::vector<WorkingGroupMember> members; // schools first, then companies, each by name
};

struct WorkingGroupFields {
    std::string title;
    std::string description;
    std::vector<std::string> criterion_ids;
    std::string status = "open";
};

std::optional<WorkingGroup> find_working_group(Db& db, std::int64_t id);
// Every group of the programme with its members: open first, then by title.
std::vector<WorkingGroup> programme_working_groups(Db& db, std::int64_t programme_id);

std::int64_t create_working_group(Db& db, std::int64_t programme_id, const WorkingGroupFields& fields, std::int64_t user_id, std::int64_t now);
void update_working_group(Db& db, std::int64_t id, const WorkingGroupFields& fields, std::int64_t now);
void delete_working_group(Db& db, std::int64_t id);
// Idempotent; `kind` is the organisation's participant kind.
void add_working_group_member(Db& db, std::int64_t group_id, std::int64_t organisation_id, const std::string& kind, std::int64_t now);
void remove_working_group_member(Db& db, std::int64_t group_id, std::int64_t organisation_id);

// The participant kind (school | company) of an organisation in a programme; none when it does not take part.
std::optional<std::string> participant_kind(Db& db, std::int64_t programme_id, std::int64_t organisation_id);

struct CompanyCapacity {
    std::int64_t organisation_id = 0;
    std::string name;
    std::string expertise;      // 'E1,E6'
    int capacity = 0;
    int open_groups = 0;        // open working groups of this programme it is in
};
// The companies taking part in the programme with their profile (those without one have no expertise).
std::vector<CompanyCapacity> programme_companies(Db& db, std::int64_t programme_id);

std::string join_ids(const std::vector<std::string>& ids);

}  // namespace sk::store
