#include "store/programmes.h"

namespace sk::store {

namespace {

constexpr const char* kProgrammeColumns =
    "p.id, p.organiser_id, p.name, p.school_year, p.audience, p.region, p.framework_id, p.framework_version, "
    "p.max_schools, p.description_nl, p.description_en, p.published, "
    "(SELECT COUNT(*) FROM programme_participants pp WHERE pp.programme_id = p.id AND pp.kind = 'school'), "
    "(SELECT COUNT(*) FROM programme_participants pp WHERE pp.programme_id = p.id AND pp.kind = 'company'), "
    "(SELECT COUNT(*) FROM registrations r WHERE r.programme_id = p.id AND r.status = 'pending') ";

Programme programme_from_row(const Row& r) {
    Programme p;
    p.id = r.i64(0);
    p.organiser_id = r.i64(1);
    p.fields.name = r.str(2);
    p.fields.school_year = r.str(3);
    p.fields.audience = r.str(4);
    p.fields.region = r.str(5);
    p.fields.framework_id = r.str(6);
    p.fields.framework_version = r.str(7);
    p.fields.max_schools = r.i64(8);
    p.fields.description_nl = r.str(9);
    p.fields.description_en = r.str(10);
    p.fields.published = r.i64(11) != 0;
    p.school_count = r.i64(12);
    p.mentor_count = r.i64(13);
    p.pending_count = r.i64(14);
    return p;
}

// Phases in the order of the trajectory, whatever order they were entered in.
constexpr const char* kPhaseOrder =
    "CASE kind WHEN 'baseline' THEN 1 WHEN 'action_plan' THEN 2 WHEN 'learning_network' THEN 3 "
    "WHEN 'label' THEN 4 WHEN 'final' THEN 5 ELSE 6 END";

void load_phases(Db& db, std::vector<Programme>& programmes) {
    for (auto& p : programmes) {
        auto rows = db.exec(std::string("SELECT kind, opens_on, closes_on FROM programme_phases WHERE programme_id = $1 ORDER BY ") +
                                kPhaseOrder,
                            {p.id});
        for (const auto& r : rows.rows) p.fields.phases.push_back({r.str(0), r.str(1), r.str(2)});
    }
}

void insert_phases(Db& db, std::int64_t id, const std::vector<Phase>& phases) {
    for (const auto& ph : phases)
        db.exec("INSERT INTO programme_phases (programme_id, kind, opens_on, closes_on) VALUES ($1, $2, $3, $4)",
                {id, ph.kind, ph.opens_on, ph.closes_on});
}

}  // namespace

std::int64_t create_programme(Db& db, std::int64_t organiser_id, const ProgrammeFields& f, std::int64_t now) {
    const auto id = db.exec("INSERT INTO programmes (organiser_id, name, school_year, audience, region, framework_id, "
                            "framework_version, max_schools, description_nl, description_en, published, created_at, updated_at) "
                            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
                            {organiser_id, f.name, f.school_year, f.audience, f.region, f.framework_id, f.framework_version,
                             f.max_schools, f.description_nl, f.description_en, std::int64_t{f.published ? 1 : 0}, now})
                        .one()
                        .i64(0);
    insert_phases(db, id, f.phases);
    return id;
}

void update_programme(Db& db, std::int64_t id, const ProgrammeFields& f, std::int64_t now) {
    db.exec("UPDATE programmes SET name = $2, school_year = $3, audience = $4, region = $5, framework_id = $6, "
            "framework_version = $7, max_schools = $8, description_nl = $9, description_en = $10, published = $11, "
            "updated_at = $12 WHERE id = $1",
            {id, f.name, f.school_year, f.audience, f.region, f.framework_id, f.framework_version, f.max_schools,
             f.description_nl, f.description_en, std::int64_t{f.published ? 1 : 0}, now});
    db.exec("DELETE FROM programme_phases WHERE programme_id = $1", {id});
    insert_phases(db, id, f.phases);
}

std::optional<std::int64_t> programme_version(Db& db, std::int64_t id) {
    auto r = db.exec("SELECT version FROM programme_versions WHERE programme_id = $1", {id});
    if (r.empty()) return std::nullopt;
    return r.one().i64(0);
}

std::optional<Programme> find_programme(Db& db, std::int64_t id) {
    auto r = db.exec(std::string("SELECT ") + kProgrammeColumns + "FROM programmes p WHERE p.id = $1", {id});
    if (r.empty()) return std::nullopt;
    std::vector<Programme> out{programme_from_row(r.one())};
    load_phases(db, out);
    return out.front();
}

std::vector<Programme> visible_programmes(Db& db, std::optional<std::int64_t> user_id) {
    Result r = user_id
                   ? db.exec(std::string("SELECT ") + kProgrammeColumns +
                                 "FROM programmes p WHERE p.published = 1 "
                                 "OR p.organiser_id IN (SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = 'organiser') "
                                 "OR p.id IN (SELECT pp.programme_id FROM programme_participants pp "
                                 "JOIN memberships m ON m.organisation_id = pp.organisation_id WHERE m.user_id = $1) "
                                 "ORDER BY p.school_year DESC, p.name, p.id",
                             {*user_id})
                   : db.exec(std::string("SELECT ") + kProgrammeColumns +
                             "FROM programmes p WHERE p.published = 1 ORDER BY p.school_year DESC, p.name, p.id");
    std::vector<Programme> out;
    for (const auto& row : r.rows) out.push_back(programme_from_row(row));
    load_phases(db, out);
    return out;
}

void lock_programme(Db& db, std::int64_t id) {
    db.exec("UPDATE programmes SET updated_at = updated_at WHERE id = $1", {id});
}

std::int64_t count_participants(Db& db, std::int64_t programme_id, const std::string& kind) {
    return db.exec("SELECT COUNT(*) FROM programme_participants WHERE programme_id = $1 AND kind = $2", {programme_id, kind})
        .one()
        .i64(0);
}

bool is_participant(Db& db, std::int64_t programme_id, std::int64_t organisation_id) {
    return !db.exec("SELECT 1 FROM programme_participants WHERE programme_id = $1 AND organisation_id = $2",
                    {programme_id, organisation_id})
                .empty();
}

bool add_participant(Db& db, std::int64_t programme_id, std::int64_t organisation_id, const std::string& kind, std::int64_t now) {
    return db.exec("INSERT INTO programme_participants (programme_id, organisation_id, kind, joined_at) VALUES ($1, $2, $3, $4) "
                   "ON CONFLICT DO NOTHING",
                   {programme_id, organisation_id, kind, now})
               .affected > 0;
}

std::vector<UserProgramme> programmes_of_user(Db& db, std::int64_t user_id) {
    auto r = db.exec(
        "SELECT p.id, p.name, p.school_year, m.organisation_id, m.role FROM memberships m "
        "JOIN programme_participants pp ON pp.organisation_id = m.organisation_id JOIN programmes p ON p.id = pp.programme_id "
        "WHERE m.user_id = $1 "
        "UNION "
        "SELECT p.id, p.name, p.school_year, m.organisation_id, m.role FROM memberships m "
        "JOIN programmes p ON p.organiser_id = m.organisation_id WHERE m.user_id = $1 "
        "ORDER BY 3 DESC, 2, 1, 4, 5",
        {user_id});
    std::vector<UserProgramme> out;
    for (const auto& row : r.rows) out.push_back({row.i64(0), row.str(1), row.str(2), row.i64(3), row.str(4)});
    return out;
}

}  // namespace sk::store
