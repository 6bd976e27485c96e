// The security events (store/security_log.h) a test wrote, read back from the audit log.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "support/test_server.h"

namespace sk::test {

struct SecurityEventRow {
    std::optional<std::int64_t> actor_id;
    std::string action;
    std::string object_type;
    std::optional<std::int64_t> object_id;
    boost::json::object detail;
    std::optional<std::int64_t> programme_id;  // always empty: no programme's organisers may see them
};

// The events with `action` ("security.login_failed", ...), oldest first.
inline std::vector<SecurityEventRow> security_events(TestServer& server, const std::string& action) {
    std::vector<SecurityEventRow> out;
    for (const auto& r : server.db()
                             .exec("SELECT actor_id, action, object_type, object_id, after_json, programme_id FROM audit_log "
                                   "WHERE action = $1 ORDER BY id",
                                   {action})
                             .rows)
        out.push_back({r.opt_i64(0), r.str(1), r.str(2), r.opt_i64(3), boost::json::parse(r.str(4)).as_object(), r.opt_i64(5)});
    return out;
}

}  // namespace sk::test
