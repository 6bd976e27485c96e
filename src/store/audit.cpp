#include "store/audit.h"

namespace sk::store {

void write_audit(Db& db, const AuditEntry& e, std::int64_t now) {
    db.exec("INSERT INTO audit_log (actor_id, programme_id, action, object_type, object_id, before_json, after_json, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {nullable(e.actor_id), nullable(e.programme_id), e.action, e.object_type, nullable(e.object_id), nullable(e.before_json),
             nullable(e.after_json), now});
}

}  // namespace sk::store
