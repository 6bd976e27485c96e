#include "store/accounts.h"

namespace sk::store {

namespace {
User user_from(const Row& r) {
    return User{r.i64(0), r.str(1), r.str(2), r.str(3), r.opt_str(4)};
}
constexpr const char* kUserColumns = "SELECT id, email, name, language, password_hash FROM users ";
}  // namespace

std::optional<User> find_user_by_email(Db& db, const std::string& email) {
    auto r = db.exec(std::string(kUserColumns) + "WHERE email = $1", {email});
    if (r.empty()) return std::nullopt;
    return user_from(r.one());
}

std::optional<User> find_user(Db& db, std::int64_t id) {
    auto r = db.exec(std::string(kUserColumns) + "WHERE id = $1", {id});
    if (r.empty()) return std::nullopt;
    return user_from(r.one());
}

std::int64_t create_user(Db& db, const std::string& email, const std::string& name, const std::string& language,
                         const std::optional<std::string>& password_hash, std::int64_t now) {
    Value hash = password_hash ? Value(*password_hash) : Value(Null{});
    return db
        .exec("INSERT INTO users (email, name, language, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
              {email, name, language, hash, now})
        .one()
        .i64(0);
}

void set_password_hash(Db& db, std::int64_t user_id, const std::string& hash) {
    db.exec("UPDATE users SET password_hash = $1 WHERE id = $2", {hash, user_id});
}

void set_language(Db& db, std::int64_t user_id, const std::string& language) {
    db.exec("UPDATE users SET language = $1 WHERE id = $2", {language, user_id});
}

std::optional<Organisation> find_organisation(Db& db, std::int64_t id) {
    auto r = db.exec("SELECT id, name, kind FROM organisations WHERE id = $1", {id});
    if (r.empty()) return std::nullopt;
    const auto& row = r.one();
    return Organisation{row.i64(0), row.str(1), row.str(2)};
}

std::optional<Organisation> find_organisation_by_name(Db& db, const std::string& name, const std::string& kind) {
    auto r = db.exec("SELECT id, name, kind FROM organisations WHERE name = $1 AND kind = $2 ORDER BY id", {name, kind});
    if (r.empty()) return std::nullopt;
    const auto& row = r.one();
    return Organisation{row.i64(0), row.str(1), row.str(2)};
}

std::int64_t create_organisation(Db& db, const std::string& name, const std::string& kind, std::int64_t now) {
    return db.exec("INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id", {name, kind, now})
        .one()
        .i64(0);
}

std::vector<Membership> memberships_of(Db& db, std::int64_t user_id) {
    auto r = db.exec(
        "SELECT o.id, o.name, o.kind, m.role FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
        "WHERE m.user_id = $1 ORDER BY o.name, m.role",
        {user_id});
    std::vector<Membership> out;
    for (const auto& row : r.rows) out.push_back({row.i64(0), row.str(1), row.str(2), row.str(3)});
    return out;
}

std::vector<Member> members_of(Db& db, std::int64_t organisation_id) {
    auto r = db.exec(
        "SELECT u.id, u.name, u.email, m.role, m.team_function "
        "FROM memberships m JOIN users u ON u.id = m.user_id "
        "WHERE m.organisation_id = $1 ORDER BY u.name, m.role",
        {organisation_id});
    std::vector<Member> out;
    for (const auto& row : r.rows) out.push_back({row.i64(0), row.str(1), row.str(2), row.str(3), row.opt_str(4)});
    return out;
}

bool has_membership(Db& db, std::int64_t user_id, std::int64_t organisation_id, const std::string& role) {
    return !db.exec("SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3",
                    {user_id, organisation_id, role})
                .empty();
}

bool add_membership(Db& db, std::int64_t user_id, std::int64_t organisation_id, const std::string& role, std::int64_t now) {
    auto r = db.exec(
        "INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (user_id, organisation_id, role) DO NOTHING",
        {user_id, organisation_id, role, now});
    return r.affected > 0;
}

}  // namespace sk::store
