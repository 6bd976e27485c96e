// Public registrations of schools and mentors for a programme, and the school/company profiles an
// accepted registration creates (schema in migrations/003_programmes.sql).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"
#include "store/page_order.h"

namespace sk::store {

struct Registration {
    std::int64_t id = 0;
    std::int64_t programme_id = 0;
    std::string kind;    // school | mentor
    std::string status;  // pending | accepted | refused
    std::string organisation_name;
    std::string identifier;  // instellingsnummer or enterprise number, digits only
    std::string contact_name;
    std::string contact_email;
    std::string language;
    std::string data;  // every submitted field, a JSON object
    std::int64_t created_at = 0;
    std::optional<std::int64_t> decided_at;
    std::optional<std::string> refusal_reason;
    std::optional<std::int64_t> organisation_id;
};

// True when a pending or accepted registration of this school/company exists for the programme.
bool live_registration_exists(Db& db, std::int64_t programme_id, const std::string& kind, const std::string& identifier);
// Stores a pending registration (fields other than id, status and decision are used).
std::int64_t create_registration(Db& db, const Registration& r, std::int64_t now);
std::optional<Registration> find_registration(Db& db, std::int64_t id);
// The review queue's filters: empty ones match everything. `search` is a LIKE pattern (api/paging.h,
// like_pattern) matched against the sk_fold-ed organisation name, contact name, e-mail and identifier.
struct RegistrationFilter {
    std::int64_t programme_id = 0;
    std::string status;
    std::string kind;
    std::string search;
};
struct RegistrationPage {
    std::vector<Registration> rows;  // the page asked for
    std::int64_t total = 0;          // rows matching every filter
    // Rows per status with every filter but the status one, and per kind with every filter but the kind one
    // (so a tab or option shows what choosing it would give). Every value is present, 0 when none.
    std::map<std::string, std::int64_t> by_status, by_kind;
};
RegistrationPage page_registrations(Db& db, const RegistrationFilter& filter, const PageSlice& page);
void mark_accepted(Db& db, std::int64_t id, std::int64_t decided_by, std::int64_t organisation_id, std::int64_t now);
void mark_refused(Db& db, std::int64_t id, std::int64_t decided_by, const std::string& reason, std::int64_t now);

struct SchoolProfile {
    std::string institution_number;
    std::string street;
    std::string postcode;
    std::string municipality;
    std::string province;
    std::string network;
    std::string level;
    std::int64_t pupils = 0;
};
struct CompanyProfile {
    std::string enterprise_number;
    std::string sector;
    std::string province;
    std::string size;
    std::string expertise;  // 'E1,E6'
    std::int64_t capacity = 1;
};

// The school organisation with this instellingsnummer, if one exists.
std::optional<std::int64_t> find_school_by_number(Db& db, const std::string& institution_number);
// The company organisation with this enterprise number (digits only compared), if one exists.
std::optional<std::int64_t> find_company_by_number(Db& db, const std::string& enterprise_number);
// Inserts or replaces the profile of the organisation.
void save_school_profile(Db& db, std::int64_t organisation_id, const SchoolProfile& p);
void save_company_profile(Db& db, std::int64_t organisation_id, const CompanyProfile& p);

}  // namespace sk::store
