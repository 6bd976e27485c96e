// Users, organisations and memberships.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.h"

namespace sk::store {

struct User {
    std::int64_t id = 0;
    std::string email;
    std::string name;
    std::string language;
    std::optional<std::string> password_hash;
};

struct Organisation {
    std::int64_t id = 0;
    std::string name;
    std::string kind;  // organiser | school | company
};

struct Membership {
    std::int64_t organisation_id = 0;
    std::string organisation_name;
    std::string organisation_kind;
    std::string role;
};

struct Member {
    std::int64_t user_id = 0;
    std::string name;
    std::string email;
    std::string role;
    std::optional<std::string> team_function;  // leader | teacher | support (school team members)
};

std::optional<User> find_user_by_email(Db& db, const std::string& email);
std::optional<User> find_user(Db& db, std::int64_t id);
std::int64_t create_user(Db& db, const std::string& email, const std::string& name, const std::string& language,
                         const std::optional<std::string>& password_hash, std::int64_t now);
void set_password_hash(Db& db, std::int64_t user_id, const std::string& hash);
void set_language(Db& db, std::int64_t user_id, const std::string& language);

std::optional<Organisation> find_organisation(Db& db, std::int64_t id);
std::optional<Organisation> find_organisation_by_name(Db& db, const std::string& name, const std::string& kind);
std::int64_t create_organisation(Db& db, const std::string& name, const std::string& kind, std::int64_t now);

std::vector<Membership> memberships_of(Db& db, std::int64_t user_id);
std::vector<Member> members_of(Db& db, std::int64_t organisation_id);
bool has_membership(Db& db, std::int64_t user_id, std::int64_t organisation_id, const std::string& role);
// Adds the membership; false when it already existed.
bool add_membership(Db& db, std::int64_t user_id, std::int64_t organisation_id, const std::string& role, std::int64_t now);

}  // namespace sk::store
