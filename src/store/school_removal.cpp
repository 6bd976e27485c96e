#include "store/school_removal.h"

#include <set>

namespace sk::store {

std::optional<std::string> programme_last_day(Db& db, std::int64_t programme_id, std::int64_t school_id) {
    const auto r = db.exec("SELECT MAX(d) FROM (SELECT closes_on AS d FROM programme_phases WHERE programme_id = $1 "
                           "UNION ALL SELECT closes_on FROM phase_extensions WHERE programme_id = $1 AND organisation_id = $2) x",
                           {programme_id, school_id});
    if (r.empty() || r.one().is_null(0)) return std::nullopt;
    return r.one().str(0);
}

std::optional<std::vector<std::string>> remove_school(Db& db, std::int64_t school_id) {
    if (db.exec("SELECT 1 FROM organisations WHERE id = $1 AND kind = 'school'", {school_id}).empty()) return std::nullopt;
    std::set<std::string> files;
    for (const auto& r : db.exec("SELECT sha256 FROM evidence WHERE organisation_id = $1 AND sha256 IS NOT NULL", {school_id}).rows)
        files.insert(r.str(0));
    for (const auto& r : db.exec("SELECT f.sha256 FROM label_application_files f JOIN label_applications a ON a.id = f.application_id "
                                 "WHERE a.organisation_id = $1",
                                 {school_id})
                             .rows)
        files.insert(r.str(0));
    // Its registrations name it without a cascade (a registration outlives a refused organisation).
    db.exec("DELETE FROM registrations WHERE organisation_id = $1", {school_id});
    db.exec("DELETE FROM organisations WHERE id = $1", {school_id});
    return std::vector<std::string>(files.begin(), files.end());
}

}  // namespace sk::store
