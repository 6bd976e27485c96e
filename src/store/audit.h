// The audit log of organiser actions: who did what to which object, when, with the object before and
// after (JSON). Write the entry in the same transaction as the change it records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/db.h"

namespace sk::store {

struct AuditEntry {
    std::optional<std::int64_t> actor_id;
    std::optional<std::int64_t> programme_id;
    std::string action;        // 'programme.create', 'registration.accept', 'member.remove', ...
    std::string object_type;   // 'programme', 'registration', 'membership', ...
    std::optional<std::int64_t> object_id;
    std::optional<std::string> before_json;
    std::optional<std::string> after_json;
};

void write_audit(Db& db, const AuditEntry& entry, std::int64_t now);

}  // namespace sk::store
