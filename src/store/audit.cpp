#include "store/audit.h"

namespace sk::store {

namespace {
Value opt(const std::optional<std::int64_t>& v) { return v ? Value(*v) : Value(Null{}); }
Value opt(const std::optional<std::string>& v) { return v ? Value(*v) : Value(Null{}); }
}  // namespace

void write_audit(Db& db, const AuditEntry& e, std::int64_t now) {
    db.exec("INSERT INTO audit_log (actor_id, programme_id, action, object_type, object_id, before_json, after_json, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {opt(e.actor_id), opt(e.programme_id), e.action, e.object_type, opt(e.object_id), opt(e.before_json),
             opt(e.after_json), now});
}

}  // namespace sk::store
