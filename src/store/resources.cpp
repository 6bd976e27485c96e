#include "store/resources.h"

namespace sk::store {

namespace {

constexpr const char* kResourceColumns =
    "SELECT r.id, r.programme_id, r.kind, r.title, r.description, r.url, r.file_name, r.content_type, r.size, r.sha256, "
    "r.published, r.created_at, r.updated_at, r.organiser_id FROM resources r ";

// Participation of a user in a programme, through any membership.
constexpr const char* kParticipates =
    "r.programme_id IN (SELECT pp.programme_id FROM programme_participants pp JOIN memberships m ON m.organisation_id = pp.organisation_id "
    "WHERE m.user_id = ";

Resource from(Db& db, const Row& row) {
    Resource r;
    r.id = row.i64(0);
    r.programme_id = row.opt_i64(1);
    r.kind = row.str(2);
    r.title = row.str(3);
    r.description = row.str(4);
    r.url = row.opt_str(5);
    r.file_name = row.opt_str(6);
    r.content_type = row.opt_str(7);
    r.size = row.opt_i64(8);
    r.sha256 = row.opt_str(9);
    r.published = row.i64(10) != 0;
    r.created_at = row.i64(11);
    r.updated_at = row.i64(12);
    r.organiser_id = row.opt_i64(13);
    for (const auto& e : db.exec("SELECT element_id FROM resource_elements WHERE resource_id = $1 ORDER BY element_id", {r.id}).rows)
        r.element_ids.push_back(e.str(0));
    for (const auto& c : db.exec("SELECT criterion_id FROM resource_criteria WHERE resource_id = $1 ORDER BY criterion_id", {r.id}).rows)
        r.criterion_ids.push_back(c.str(0));
    return r;
}

std::string like_pattern(const std::string& q) {
    std::string out = "%";
    for (char c : q) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

void write_tags(Db& db, std::int64_t id, const ResourceFields& f) {
    db.exec("DELETE FROM resource_elements WHERE resource_id = $1", {id});
    db.exec("DELETE FROM resource_criteria WHERE resource_id = $1", {id});
    for (const auto& e : f.element_ids) db.exec("INSERT INTO resource_elements (resource_id, element_id) VALUES ($1, $2)", {id, e});
    for (const auto& c : f.criterion_ids) db.exec("INSERT INTO resource_criteria (resource_id, criterion_id) VALUES ($1, $2)", {id, c});
}

}  // namespace

std::vector<Resource> list_resources(Db& db, const ResourceFilter& f) {
    std::string sql = std::string(kResourceColumns) + "WHERE 1 = 1";
    std::vector<Value> params;
    const auto param = [&params](Value v) {
        params.push_back(std::move(v));
        return "$" + std::to_string(params.size());
    };
    if (f.query) {
        const auto p = param(like_pattern(f.query.value()));
        sql += " AND (LOWER(r.title) LIKE LOWER(" + p + ") ESCAPE '\\' OR LOWER(r.description) LIKE LOWER(" + p + ") ESCAPE '\\')";
    }
    if (f.element) sql += " AND r.id IN (SELECT resource_id FROM resource_elements WHERE element_id = " + param(*f.element) + ")";
    if (f.criterion) sql += " AND r.id IN (SELECT resource_id FROM resource_criteria WHERE criterion_id = " + param(*f.criterion) + ")";
    if (f.kind) sql += " AND r.kind = " + param(*f.kind);
    if (f.programme) sql += " AND (r.programme_id IS NULL OR r.programme_id = " + param(*f.programme) + ")";
    if (f.visible_to_user)
        sql += " AND r.published = 1 AND (r.programme_id IS NULL OR " + std::string(kParticipates) + param(*f.visible_to_user) + "))";
    if (f.organiser_user)
        sql += " AND ((r.published = 1 AND r.programme_id IS NULL) OR r.organiser_id IN (SELECT organisation_id FROM memberships "
               "WHERE role = 'organiser' AND user_id = " + param(*f.organiser_user) + "))";
    sql += " ORDER BY r.created_at DESC, r.id DESC";
    std::vector<Resource> out;
    for (const auto& row : db.exec(sql, params).rows) out.push_back(from(db, row));
    return out;
}

std::optional<Resource> find_resource(Db& db, std::int64_t id) {
    auto res = db.exec(std::string(kResourceColumns) + "WHERE r.id = $1", {id});
    if (res.empty()) return std::nullopt;
    return from(db, res.one());
}

std::int64_t create_resource(Db& db, const ResourceFields& f, std::optional<std::int64_t> organiser_id, std::int64_t user_id,
                             std::int64_t now) {
    const auto id = db.exec("INSERT INTO resources (programme_id, kind, title, description, url, published, created_at, created_by, updated_at, "
                            "organiser_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, "
                            "COALESCE((SELECT organiser_id FROM programmes WHERE id = $1), $9)) RETURNING id",
                            {nullable(f.programme_id), f.kind, f.title, f.description, nullable(f.url), std::int64_t{f.published ? 1 : 0},
                             now, user_id, nullable(organiser_id)})
                        .one()
                        .i64(0);
    write_tags(db, id, f);
    return id;
}

void update_resource(Db& db, std::int64_t id, const ResourceFields& f, std::int64_t now) {
    db.exec("UPDATE resources SET programme_id = $2, kind = $3, title = $4, description = $5, url = $6, published = $7, updated_at = $8, "
            "organiser_id = COALESCE((SELECT organiser_id FROM programmes WHERE id = $2), organiser_id) WHERE id = $1",
            {id, nullable(f.programme_id), f.kind, f.title, f.description, nullable(f.url), std::int64_t{f.published ? 1 : 0}, now});
    write_tags(db, id, f);
}

void set_resource_file(Db& db, std::int64_t id, const std::string& file_name, const std::string& content_type, std::int64_t size,
                       const std::string& sha256, std::int64_t now) {
    db.exec("UPDATE resources SET file_name = $2, content_type = $3, size = $4, sha256 = $5, updated_at = $6 WHERE id = $1",
            {id, file_name, content_type, size, sha256, now});
}

void delete_resource(Db& db, std::int64_t id) { db.exec("DELETE FROM resources WHERE id = $1", {id}); }

bool resource_visible(Db& db, const Resource& r, std::int64_t user_id) {
    if (!r.published) return false;
    if (!r.programme_id) return true;
    return !db.exec("SELECT 1 FROM programme_participants pp JOIN memberships m ON m.organisation_id = pp.organisation_id "
                    "WHERE m.user_id = $1 AND pp.programme_id = $2",
                    {user_id, *r.programme_id})
                .empty();
}

}  // namespace sk::store
