#include "store/mentor_access.h"

namespace sk::store {

bool is_confirmed_mentor(Db& db, std::int64_t user_id, std::int64_t programme_id, std::int64_t school_org_id) {
    return !db.exec("SELECT 1 FROM mentor_matches mm JOIN memberships m ON m.organisation_id = mm.company_id AND m.role = 'mentor' "
                    "WHERE m.user_id = $1 AND mm.programme_id = $2 AND mm.school_id = $3 AND mm.status = 'confirmed'",
                    {user_id, programme_id, school_org_id})
                .empty();
}

}  // namespace sk::store
