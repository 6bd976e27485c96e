#include "store/evidence.h"

#include <algorithm>
#include <map>
#include <set>


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

// " AND …" for the filters of `f` but the one named `skip`, and the search, binding after `params`.
std::string evidence_conditions(const EvidencePageFilter& f, std::vector<Value>& params, std::string_view skip = {}) {
    const auto bind = [&](Value v) {
        params.push_back(std::move(v));
        return "$" + std::to_string(params.size());
    };
    std::string sql;
    if (!f.kind.empty() && skip != "kind") sql += " AND e.kind = " + bind(f.kind);
    if (!f.criterion.empty() && skip != "criterion")
        sql += " AND EXISTS (SELECT 1 FROM evidence_criteria c WHERE c.evidence_id = e.id AND c.criterion_id = " + bind(f.criterion) + ")";
    if (f.element && skip != "element") {
        std::string in;
        for (const auto& c : *f.element) in += (in.empty() ? "" : ", ") + bind(c);
        sql += in.empty() ? " AND 1 = 0"
                          : " AND EXISTS (SELECT 1 FROM evidence_criteria c WHERE c.evidence_id = e.id AND c.criterion_id IN (" + in + "))";
    }
    if (!f.ids.empty()) {
        std::string in;
        for (const auto id : f.ids) in += (in.empty() ? "" : ", ") + bind(id);
        sql += " AND e.id IN (" + in + ")";
    }
    return sql + search_condition(params, f.search, {"e.title", "e.description", "COALESCE(e.file_name, '')"});
}

}  // namespace

EvidencePage evidence_page(Db& db, const EvidencePageFilter& filter, const PageSlice& page) {
    EvidencePage out;
    std::vector<Value> params{filter.organisation_id};
    const auto where = "WHERE e.organisation_id = $1" + evidence_conditions(filter, params);
    out.total = db.exec("SELECT COUNT(*) FROM evidence e " + where, params).one().i64(0);
    std::map<std::int64_t, std::size_t> index;
    for (const auto& r : db.exec(std::string(kEvidenceSelect) + where + page.order_by + page.limit_clause(params), params).rows) {
        index[r.i64(0)] = out.rows.size();
        out.rows.push_back(evidence_from_row(r));
    }
    if (!out.rows.empty()) {
        std::string in;
        std::vector<Value> ids;
        for (const auto& e : out.rows) {
            ids.push_back(e.id);
            in += (in.empty() ? "$" : ", $") + std::to_string(ids.size());
        }
        for (const auto& r :
             db.exec("SELECT evidence_id, criterion_id FROM evidence_criteria WHERE evidence_id IN (" + in + ") ORDER BY criterion_id", ids).rows)
            out.rows[index.at(r.i64(0))].criterion_ids.push_back(r.str(1));
    }

    std::vector<Value> p{filter.organisation_id};
    auto w = "WHERE e.organisation_id = $1" + evidence_conditions(filter, p, "kind");
    out.by_kind = count_per_value(db, "SELECT e.kind, COUNT(*) FROM evidence e " + w + " GROUP BY e.kind", p, {"file", "link"});
    p = {filter.organisation_id};
    w = "WHERE e.organisation_id = $1" + evidence_conditions(filter, p, "criterion");
    out.by_criterion = count_per_value(
        db, "SELECT c.criterion_id, COUNT(*) FROM evidence e JOIN evidence_criteria c ON c.evidence_id = e.id " + w + " GROUP BY c.criterion_id",
        p, filter.criteria);
    // Per key element: the distinct rows with a criterion of it. A school's library is small (its quota
    // bounds it), so its (row, criterion) pairs are counted here rather than in SQL per element.
    p = {filter.organisation_id};
    w = "WHERE e.organisation_id = $1" + evidence_conditions(filter, p, "element");
    for (const auto& el : filter.elements) out.by_element[el] = 0;
    std::map<std::string, std::set<std::int64_t>> rows_of;
    for (const auto& r : db.exec("SELECT e.id, c.criterion_id FROM evidence e JOIN evidence_criteria c ON c.evidence_id = e.id " + w, p).rows)
        if (auto it = filter.element_of.find(r.str(1)); it != filter.element_of.end()) rows_of[it->second].insert(r.i64(0));
    for (const auto& [el, rows] : rows_of) out.by_element[el] = static_cast<std::int64_t>(rows.size());
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

std::vector<std::string> named_file_hashes(Db& db) {
    std::vector<std::string> out;
    for (const auto& r : db.exec("SELECT sha256 FROM evidence WHERE sha256 IS NOT NULL UNION SELECT sha256 FROM label_application_files "
                                 "UNION SELECT sha256 FROM session_attachments UNION SELECT sha256 FROM resources WHERE sha256 IS NOT NULL "
                                 "ORDER BY 1",
                                 {})
                             .rows)
        out.push_back(r.str(0));
    return out;
}

std::vector<std::int64_t> evidence_of_organisation(Db& db, std::int64_t organisation_id, const std::vector<std::int64_t>& ids) {
    std::vector<std::int64_t> out;
    for (auto id : ids)
        if (!db.exec("SELECT 1 FROM evidence WHERE id = $1 AND organisation_id = $2", {id, organisation_id}).empty()) out.push_back(id);
    return out;
}

}  // namespace sk::store
