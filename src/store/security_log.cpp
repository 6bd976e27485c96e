#include "store/security_log.h"

#include "store/audit.h"

namespace sk::store {

void write_security_event(Db& db, const SecurityEvent& e, std::int64_t now) {
    write_audit(db, {e.actor_id, std::nullopt, e.action, e.object_type, e.object_id, std::nullopt, e.detail_json}, now);
}

}  // namespace sk::store
