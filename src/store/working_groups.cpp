#include "store/working_groups.h"

#include <sstream>

namespace sk::store {

namespace {

std::vector<std::string> split_ids(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string id; std::getline(in, id, ',');)
        if (!id.empty()) out.push_back(id);
    return out;
}

constexpr const char* kWorkingGroupSelect = "SELECT id, programme_id, title, description, criterion_ids, status FROM working_groups ";
constexpr const char* kMembers =
    "SELECT wm.group_id, wm.organisation_id, o.name, wm.kind FROM working_group_members wm JOIN organisations o ON o.id = wm.organisation_id ";
constexpr const char* kMemberOrder = " ORDER BY wm.kind DESC, o.name, o.id";  // 'school' before 'company'

WorkingGroup working_group_from_row(const Row& r) {
    return {r.i64(0), r.i64(1), r.str(2), r.str(3), split_ids(r.str(4)), r.str(5), {}};
}

}  // namespace

std::string join_ids(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
    return out;
}

std::optional<WorkingGroup> find_working_group(Db& db, std::int64_t id) {
    const auto r = db.exec(std::string(kWorkingGroupSelect) + "WHERE id = $1", {id});
    if (r.empty()) return std::nullopt;
    auto g = working_group_from_row(r.one());
    for (const auto& m : db.exec(std::string(kMembers) + "WHERE wm.group_id = $1" + kMemberOrder, {id}).rows)
        g.members.push_back({m.i64(1), m.str(2), m.str(3)});
    return g;
}

std::vector<WorkingGroup> programme_working_groups(Db& db, std::int64_t programme_id) {
    std::vector<WorkingGroup> out;
    std::map<std::int64_t, std::size_t> at;
    for (const auto& r : db.exec(std::string(kWorkingGroupSelect) +
                                     "WHERE programme_id = $1 ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, title, id",
                                 {programme_id})
                             .rows) {
        at[r.i64(0)] = out.size();
        out.push_back(working_group_from_row(r));
    }
    for (const auto& m : db.exec(std::string(kMembers) +
                                     "JOIN working_groups g ON g.id = wm.group_id WHERE g.programme_id = $1" + kMemberOrder,
                                 {programme_id})
                             .rows)
        if (auto it = at.find(m.i64(0)); it != at.end()) out[it->second].members.push_back({m.i64(1), m.str(2), m.str(3)});
    return out;
}

std::int64_t create_working_group(Db& db, std::int64_t programme_id, const WorkingGroupFields& f, std::int64_t user_id, std::int64_t now) {
    return db.exec("INSERT INTO working_groups (programme_id, title, description, criterion_ids, status, created_at, created_by, updated_at) "
                   "VALUES ($1, $2, $3, $4, $5, $6, $7, $6) RETURNING id",
                   {programme_id, f.title, f.description, join_ids(f.criterion_ids), f.status, now, user_id})
        .one()
        .i64(0);
}

void update_working_group(Db& db, std::int64_t id, const WorkingGroupFields& f, std::int64_t now) {
    db.exec("UPDATE working_groups SET title = $2, description = $3, criterion_ids = $4, status = $5, updated_at = $6 WHERE id = $1",
            {id, f.title, f.description, join_ids(f.criterion_ids), f.status, now});
}

void delete_working_group(Db& db, std::int64_t id) { db.exec("DELETE FROM working_groups WHERE id = $1", {id}); }

void add_working_group_member(Db& db, std::int64_t group_id, std::int64_t organisation_id, const std::string& kind, std::int64_t now) {
    db.exec("INSERT INTO working_group_members (group_id, organisation_id, kind, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            {group_id, organisation_id, kind, now});
}

void remove_working_group_member(Db& db, std::int64_t group_id, std::int64_t organisation_id) {
    db.exec("DELETE FROM working_group_members WHERE group_id = $1 AND organisation_id = $2", {group_id, organisation_id});
}

std::optional<std::string> participant_kind(Db& db, std::int64_t programme_id, std::int64_t organisation_id) {
    const auto r = db.exec("SELECT kind FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2", {programme_id, organisation_id});
    if (r.empty()) return std::nullopt;
    return r.one().str(0);
}

std::vector<CompanyCapacity> programme_companies(Db& db, std::int64_t programme_id) {
    std::vector<CompanyCapacity> out;
    for (const auto& r : db.exec("SELECT o.id, o.name, COALESCE(cp.expertise, ''), COALESCE(cp.capacity, 0), "
                                 "(SELECT COUNT(*) FROM working_group_members wm JOIN working_groups g ON g.id = wm.group_id "
                                 " WHERE wm.organisation_id = o.id AND g.programme_id = pp.programme_id AND g.status = 'open') "
                                 "FROM programme_participants pp JOIN organisations o ON o.id = pp.organisation_id "
                                 "LEFT JOIN company_profiles cp ON cp.organisation_id = o.id "
                                 "WHERE pp.programme_id = $1 AND pp.kind = 'company' ORDER BY o.name, o.id",
                                 {programme_id})
                             .rows)
        out.push_back({r.i64(0), r.str(1), r.str(2), static_cast<int>(r.i64(3)), static_cast<int>(r.i64(4))});
    return out;
}

}  // namespace sk::store
