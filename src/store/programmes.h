// Programme editions, their phases and the organisations taking part in them (docs/api.md,
// "Programmes and onboarding"; schema in migrations/003_programmes.sql).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct Phase {
    std::string kind;  // baseline | action_plan | learning_network | label | final | award
    std::string opens_on;   // 'YYYY-MM-DD'
    std::string closes_on;  // 'YYYY-MM-DD'
};

// What an organiser sets on a programme.
struct ProgrammeFields {
    std::string name;
    std::string school_year;
    std::string audience;
    std::string region;
    std::string framework_id;
    std::string framework_version;
    std::int64_t max_schools = 0;
    std::string description_nl;
    std::string description_en;
    bool published = false;
    std::vector<Phase> phases;  // in the order given
};

struct Programme {
    std::int64_t id = 0;
    std::int64_t organiser_id = 0;
    ProgrammeFields fields;
    std::int64_t school_count = 0;
    std::int64_t mentor_count = 0;   // companies taking part
    std::int64_t pending_count = 0;  // pending registrations
};

std::int64_t create_programme(Db& db, std::int64_t organiser_id, const ProgrammeFields& fields, std::int64_t now);
// Replaces the fields and the phases.
void update_programme(Db& db, std::int64_t id, const ProgrammeFields& fields, std::int64_t now);
std::optional<Programme> find_programme(Db& db, std::int64_t id);
// The programme's change counter (migration 020): it grows with every change to the facts its progress
// board and group report are made of. None for an unknown programme.
std::optional<std::int64_t> programme_version(Db& db, std::int64_t id);
// Published programmes, plus those run by an organisation `user_id` is an organiser of, plus those an
// organisation of `user_id` takes part in; ordered by school year (newest first) and name.
std::vector<Programme> visible_programmes(Db& db, std::optional<std::int64_t> user_id);

// On PostgreSQL, takes the programme row's lock until the transaction ends, so two concurrent accepts
// cannot both take the last place (SQLite's write transaction already serialises them).
void lock_programme(Db& db, std::int64_t id);

// kind: school | company
std::int64_t count_participants(Db& db, std::int64_t programme_id, const std::string& kind);
bool is_participant(Db& db, std::int64_t programme_id, std::int64_t organisation_id);
// Adds the organisation; false when it already took part.
bool add_participant(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind, std::int64_t now);

// A programme as seen from one membership (the `programmes` of `Me`).
struct UserProgramme {
    std::int64_t id = 0;
    std::string name;
    std::string school_year;
    std::int64_t organisation_id = 0;
    std::string role;
};
// The programmes an organisation of the user takes part in, and those an organiser organisation of the
// user runs; one entry per programme, organisation and role.
std::vector<UserProgramme> programmes_of_user(Db& db, std::int64_t user_id);

}  // namespace sk::store
