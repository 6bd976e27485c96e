#include "store/evidence.h"

#include <algorithm>
#include <map>

#include "core/text_fold.h"

namespace sk::store {

namespace {

constexpr const char* kEvidenceSelect =
    "SELECT e.id, e.organisation_id, e.kind, e.title, e.description, e.url, e.file_name, e.content_type, e.size, e.sha256, "
    "e.created_at, u.name, e.updated_at FROM evidence e LEFT JOIN users u ON u.id = e.created_by ";

Evidence evidence_from_row(const Row& r) {
    Evidence e;
    e.id = r.i64(0);
    e.organisation_id = r.i64(1);
    e.kind = r.str(2);
    e.title = r.str(3);
    e.description = r.str(4);
    e.url = r.opt_str(5);
    e.file_name = r.opt_str(6);
    e.content_type = r.opt_str(7);
    e.size = r.opt_i64(8);
    e.sha256 = r.opt_str(9);
    e.created_at = r.i64(10);
    e.created_by_name = r.opt_str(11);
    e.updated_at = r.i64(12);
    return e;
}

void insert_criteria(Db& db, std::int64_t id, const std::vector<std::string>& criteria) {
    for (const auto& c : criteria)
        db.exec("INSERT INTO evidence_criteria (evidence_id, criterion_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", {id, c});
}

}  // namespace

std::vector<Evidence> list_evidence(Db& db, std::int64_t organisation_id, const EvidenceFilter& filter) {
    std::string sql = std::string(kEvidenceSelect) + "WHERE e.organisation_id = $1";
    std::vector<Value> params{organisation_id};
    if (filter.criterion) {
        params.emplace_back(*filter.criterion);
        sql += " AND EXISTS (SELECT 1 FROM evidence_criteria c WHERE c.evidence_id = e.id AND c.criterion_id = $" +
               std::to_string(params.size()) + ")";
    }
    sql += " ORDER BY e.created_at DESC, e.id DESC";
    std::vector<Evidence> out;
    std::map<std::int64_t, std::size_t> index;
    // The text search runs here, not in SQL: SQLite's LOWER() folds only ASCII, and a school's evidence
    // is a few hundred rows at most (its quota bounds it).
    const std::string needle = filter.query ? core::fold_case(*filter.query) : std::string();
    for (const auto& r : db.exec(sql, params).rows) {
        Evidence e = evidence_from_row(r);
        if (!needle.empty() && !core::contains_folded(e.title, needle) && !core::contains_folded(e.description, needle) &&
            !core::contains_folded(e.file_name.value_or(""), needle))
            continue;
        index[e.id] = out.size();
        out.push_back(std::move(e));
    }
    if (out.empty()) return out;
    for (const auto& r : db.exec("SELECT c.evidence_id, c.criterion_id FROM evidence_criteria c JOIN evidence e ON e.id = c.evidence_id "
                                 "WHERE e.organisation_id = $1 ORDER BY c.criterion_id",
                                 {organisation_id})
                             .rows)
        if (auto it = index.find(r.i64(0)); it != index.end()) out[it->second].criterion_ids.push_back(r.str(1));
    return out;
}

std::optional<Evidence> find_evidence(Db& db, std::int64_t id) {
    auto r = db.exec(std::string(kEvidenceSelect) + "WHERE e.id = $1", {id});
    if (r.empty()) return std::nullopt;
    auto e = evidence_from_row(r.one());
    for (const auto& c : db.exec("SELECT criterion_id FROM evidence_criteria WHERE evidence_id = $1 ORDER BY criterion_id", {id}).rows)
        e.criterion_ids.push_back(c.str(0));
    return e;
}

std::int64_t create_evidence(Db& db, const NewEvidence& e, std::int64_t now) {
    const auto opt = [](const auto& v) { return v ? Value(*v) : Value(Null{}); };
    const auto id = db.exec("INSERT INTO evidence (organisation_id, kind, title, description, url, file_name, content_type, size, sha256, "
                            "created_at, created_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10) RETURNING id",
                            {e.organisation_id, e.kind, e.title, e.description, opt(e.url), opt(e.file_name), opt(e.content_type),
                             opt(e.size), opt(e.sha256), now, e.created_by})
                        .one()
                        .i64(0);
    insert_criteria(db, id, e.criterion_ids);
    return id;
}

void update_evidence(Db& db, std::int64_t id, const EvidenceChange& change, std::int64_t now) {
    if (change.title) db.exec("UPDATE evidence SET title = $2 WHERE id = $1", {id, *change.title});
    if (change.description) db.exec("UPDATE evidence SET description = $2 WHERE id = $1", {id, *change.description});
    if (change.url) db.exec("UPDATE evidence SET url = $2 WHERE id = $1 AND kind = 'link'", {id, *change.url});
    if (change.criterion_ids) {
        db.exec("DELETE FROM evidence_criteria WHERE evidence_id = $1", {id});
        insert_criteria(db, id, *change.criterion_ids);
    }
    db.exec("UPDATE evidence SET updated_at = $2 WHERE id = $1", {id, now});
}

void delete_evidence(Db& db, std::int64_t id) {
    db.exec("DELETE FROM measurement_evidence WHERE evidence_id = $1", {id});
    db.exec("DELETE FROM evidence_criteria WHERE evidence_id = $1", {id});
    db.exec("DELETE FROM evidence WHERE id = $1", {id});
}

std::int64_t evidence_bytes_used(Db& db, std::int64_t organisation_id) {
    // COALESCE(SUM) of BIGINT is NUMERIC on PostgreSQL (a double here); sizes stay far below 2^53.
    return static_cast<std::int64_t>(
        db.exec("SELECT COALESCE(SUM(size), 0) FROM evidence WHERE organisation_id = $1", {organisation_id}).one().f64(0));
}

void lock_evidence_quota(Db& db, std::int64_t organisation_id) {
    // A no-op update takes the organisation's row lock on PostgreSQL (SQLite's write transaction is
    // already exclusive), so the sum read next cannot change under us.
    db.exec("UPDATE organisations SET name = name WHERE id = $1", {organisation_id});
}

bool file_hash_in_use(Db& db, const std::string& sha256) {
    return !db.exec("SELECT 1 FROM evidence WHERE sha256 = $1 UNION ALL SELECT 1 FROM label_application_files WHERE sha256 = $1 "
                    "UNION ALL SELECT 1 FROM session_attachments WHERE sha256 = $1 UNION ALL SELECT 1 FROM resources WHERE sha256 = $1",
                    {sha256})
                .empty();
}

std::vector<std::int64_t> evidence_of_organisation(Db& db, std::int64_t organisation_id, const std::vector<std::int64_t>& ids) {
    std::vector<std::int64_t> out;
    for (auto id : ids)
        if (!db.exec("SELECT 1 FROM evidence WHERE id = $1 AND organisation_id = $2", {id, organisation_id}).empty()) out.push_back(id);
    return out;
}

}  // namespace sk::store
