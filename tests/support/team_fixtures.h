// Programmes, participants and schools made directly with SQL, for the tests of the team, progress,
// import, audit and reminder features (the programmes API is tested on its own). Dates are
// 'YYYY-MM-DD'; a phase list is {kind, opens_on, closes_on}.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::test {

struct PhaseDates {
    std::string kind;
    std::string opens_on;
    std::string closes_on;
};

std::int64_t org_id(store::Db& db, const std::string& name);
std::int64_t user_id(store::Db& db, const std::string& email);
// The organisation of a demo user (their first membership).
std::int64_t org_of(store::Db& db, const std::string& email);

std::int64_t make_programme(store::Db& db, std::int64_t organiser_org, const std::string& name, std::int64_t max_schools = 20,
                            const std::vector<PhaseDates>& phases = {});
void add_participant(store::Db& db, std::int64_t programme, std::int64_t organisation, const std::string& kind);
// A school organisation with a profile, taking part in `programme` when it is non-zero.
std::int64_t make_school(store::Db& db, const std::string& name, const std::string& number, const std::string& province,
                         std::int64_t programme = 0);
// A user with a stand-in password hash and a membership (an account that accepted its invitation), or,
// when `pending`, a user without a password and an open invitation instead of the membership (one that
// has not chosen a password yet). Returns the user's id.
std::int64_t make_member(store::Db& db, std::int64_t organisation, const std::string& email, const std::string& role, bool pending);
// An open invitation of `user` (its e-mail as the typed address) into `organisation`, valid for 7 days from
// `now`; returns its id.
std::int64_t make_invitation(store::Db& db, std::int64_t organisation, std::int64_t user, const std::string& role, std::int64_t now);
// A second organiser organisation with one organiser user (password: the demo password).
std::int64_t make_other_organiser(store::Db& db, const std::string& email);

}  // namespace sk::test
