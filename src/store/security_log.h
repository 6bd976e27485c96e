// Security events: failed and locked log-ins, password changes, role and tenant changes, exports of
// personal data. They go to the audit log without a programme (programme_id NULL), so one table keeps
// every trace, programme organisers never see them, and the operator reads them at
// GET /api/operator/security-log. Write the event in the transaction of the change it records; a
// failed log-in has no change, so it is written on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/db.h"

namespace sk::store {

struct SecurityEvent {
    std::optional<std::int64_t> actor_id;  // who acted; empty for an anonymous attempt
    std::string action;                    // 'security.login_failed', 'security.login_locked', 'security.password_changed',
                                           // 'security.role_changed', 'security.organisation_created', 'security.export', ...
    std::string object_type;               // 'user', 'organisation', 'programme'
    std::optional<std::int64_t> object_id;
    std::string detail_json;               // a JSON object: the e-mail tried, the role, the export's name, ...
};

void write_security_event(Db& db, const SecurityEvent& event, std::int64_t now);

}  // namespace sk::store
