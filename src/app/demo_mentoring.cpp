#include "app/demo_mentoring.h"

#include <boost/json.hpp>

#include "core/matching.h"

namespace sk::app {

void load_demo_mentoring(store::Db& db, std::int64_t programme_id, std::int64_t school_id, std::int64_t company_id, std::int64_t now) {
    if (!db.exec("SELECT 1 FROM mentor_matches WHERE programme_id = $1 AND school_id = $2", {programme_id, school_id}).empty()) return;
    auto school = db.exec("SELECT province FROM school_profiles WHERE organisation_id = $1", {school_id});
    auto company = db.exec("SELECT province FROM company_profiles WHERE organisation_id = $1", {company_id});
    if (school.empty() || company.empty()) return;
    // The score as the organiser set it by hand: the province part (the focus criteria follow the action
    // plan, which changes; the organiser's matching page shows them live).
    const auto relation = core::matching::province_relation(school.one().str(0), company.one().str(0));
    const int points = core::matching::province_points(relation);
    const auto explanation = boost::json::serialize(boost::json::object{{"province", std::string(core::matching::relation_id(relation))},
                                                                        {"provincePoints", points},
                                                                        {"coveredCriteria", boost::json::array{}},
                                                                        {"focusCriteria", boost::json::array{}},
                                                                        {"expertisePoints", 0}});
    db.exec("INSERT INTO mentor_matches (programme_id, school_id, company_id, status, score, explanation, fixed, created_at, updated_at, "
            "confirmed_at) VALUES ($1, $2, $3, 'confirmed', $4, $5, 1, $6, $6, $6)",
            {programme_id, school_id, company_id, std::int64_t{points}, explanation, now});
}

}  // namespace sk::app
