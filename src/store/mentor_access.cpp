#include "store/mentor_access.h"

#include <atomic>

namespace sk::store {

namespace {

// -1 unknown, 0 absent, 1 present. A catalog query (not a probing SELECT on the table), so a missing
// table never aborts the caller's PostgreSQL transaction.
std::atomic<int> g_table{-1};

bool matches_table_exists(Db& db) {
    int known = g_table.load();
    if (known >= 0) return known == 1;
    const bool present = db.dialect() == Dialect::sqlite
                             ? !db.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mentor_matches'").empty()
                             : !db.exec("SELECT 1 WHERE to_regclass('mentor_matches') IS NOT NULL").empty();
    g_table.store(present ? 1 : 0);
    return present;
}

}  // namespace

bool is_confirmed_mentor(Db& db, std::int64_t user_id, std::int64_t programme_id, std::int64_t school_org_id) {
    if (!matches_table_exists(db)) return false;
    return !db.exec("SELECT 1 FROM mentor_matches mm JOIN memberships m ON m.organisation_id = mm.company_id AND m.role = 'mentor' "
                    "WHERE m.user_id = $1 AND mm.programme_id = $2 AND mm.school_id = $3 AND mm.status = 'confirmed'",
                    {user_id, programme_id, school_org_id})
                .empty();
}

}  // namespace sk::store
