// CSV import of schools and companies into a programme, with a dry run. See docs/api.md, "Programmes
// and onboarding"; the cell rules are core/import_rows.h, the CSV reading core/csv.h.
//
// A created row = an organisation + its profile + its participation in the programme + an invitation of
// the contact (role coordinator for a school, mentor for a company; api/invitations.h) by e-mail, the
// same as an accepted registration. Everything happens in one transaction: `all` writes nothing unless
// every row is valid, `valid` writes the valid rows.
#include <boost/json.hpp>

#include <map>
#include <set>

#include "api/authz.h"
#include "api/context.h"
#include "api/invitations.h"
#include "api/json_input.h"
#include "api/messages.h"
#include "api/programme_board.h"
#include "core/csv.h"
#include "core/import_rows.h"
#include "mail/outbox.h"
#include "store/accounts.h"
#include "store/audit.h"

namespace sk::api {

namespace {

constexpr std::size_t kMaxRows = 1000;

struct Line {
    int line = 0;
    core::ImportRow cells;
    std::map<std::string, core::CellError> errors;
};

std::string trim_cell(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::set<std::string> framework_elements(Ctx& ctx, const std::string& framework_id) {
    std::set<std::string> ids;
    if (!ctx.services.frameworks) return ids;
    const auto* fw = ctx.services.frameworks->find(framework_id);
    if (!fw) return ids;
    const auto doc = boost::json::parse(fw->document);
    for (const auto& e : doc.at("elements").as_array()) ids.insert(std::string(e.at("id").as_string()));
    return ids;
}

// Reads the file into lines with canonical columns; a broken file or header is a 400 on `file`.
std::vector<Line> read_file(Ctx& ctx, core::ImportKind kind) {
    core::CsvTable table;
    try {
        table = core::parse_csv(ctx.req.body);
    } catch (const core::CsvError& e) {
        throw ApiError::field("file", "import.bad_csv", {{"line", std::to_string(e.line)}});
    }
    if (table.records.size() < 2) throw ApiError::field("file", "import.empty");
    if (table.records.size() - 1 > kMaxRows) throw ApiError::field("file", "import.too_many_rows", {{"max", std::to_string(kMaxRows)}});
    // Columns the file names; unknown columns (notes, ...) are ignored.
    std::vector<std::optional<std::string>> columns;
    std::set<std::string> seen;
    for (const auto& h : table.records[0].fields) {
        columns.push_back(core::import_column(kind, trim_cell(h)));
        if (columns.back()) seen.insert(*columns.back());
    }
    std::map<std::string, FieldError> missing;
    for (const auto& c : core::import_columns(kind))
        if (!seen.count(c)) missing[c] = {"import.missing_column", {}};
    if (!missing.empty()) throw ApiError::validation(std::move(missing));

    std::vector<Line> lines;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        Line l;
        l.line = table.records[r].line;
        const auto& fields = table.records[r].fields;
        for (std::size_t c = 0; c < columns.size() && c < fields.size(); ++c)
            if (columns[c]) l.cells[*columns[c]] = trim_cell(fields[c]);
        lines.push_back(std::move(l));
    }
    return lines;
}

void validate(Ctx& ctx, core::ImportKind kind, const BoardProgramme& programme, std::vector<Line>& lines) {
    const auto elements = kind == core::ImportKind::companies ? framework_elements(ctx, programme.framework_id) : std::set<std::string>{};
    const std::string number_column = kind == core::ImportKind::schools ? "institution_number" : "enterprise_number";
    // Numbers already known: school and company profiles.
    std::set<std::string> existing;
    const char* sql = kind == core::ImportKind::schools ? "SELECT institution_number FROM school_profiles"
                                                        : "SELECT enterprise_number FROM company_profiles";
    for (const auto& row : ctx.db.exec(sql).rows) existing.insert(core::digits_of(row.str(0)));

    std::map<std::string, int> first_line;
    for (auto& l : lines) {
        l.errors = core::check_import_row(kind, l.cells, elements);
        if (!l.errors.count("contact_email") && !valid_email(l.cells["contact_email"])) l.errors["contact_email"] = {"field.email", {}};
        if (!l.errors.count(number_column)) {
            const auto number = core::digits_of(l.cells[number_column]);
            if (auto it = first_line.find(number); it != first_line.end())
                l.errors[number_column] = {"import.duplicate_in_file", {{"line", std::to_string(it->second)}}};
            else if (existing.count(number))
                l.errors[number_column] = {"import.already_exists", {}};
            first_line.emplace(number, l.line);
        }
    }
    if (kind == core::ImportKind::schools) {
        // Schools beyond the programme's capacity are errors, in file order.
        auto room = programme.max_schools -
                    ctx.db.exec("SELECT COUNT(*) FROM programme_participants WHERE programme_id = $1 AND kind = 'school'", {programme.id})
                        .one()
                        .i64(0);
        for (auto& l : lines) {
            if (!l.errors.empty()) continue;
            if (room <= 0) l.errors["row"] = {"import.programme_full", {{"max", std::to_string(programme.max_schools)}}};
            else --room;
        }
    }
}

// Creates what one valid line describes; returns the new organisation's id.
std::int64_t create_imported(Ctx& ctx, core::ImportKind kind, const BoardProgramme& programme, Line& l) {
    const auto now = ctx.now();
    const bool school = kind == core::ImportKind::schools;
    const auto org_id = store::create_organisation(ctx.db, l.cells["name"], school ? "school" : "company", now);
    if (school) {
        ctx.db.exec("INSERT INTO school_profiles (organisation_id, institution_number, street, postcode, municipality, province, "
                    "network, level, pupils) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    {org_id, l.cells["institution_number"], l.cells["street"], l.cells["postcode"], l.cells["municipality"],
                     l.cells["province"], l.cells["network"], l.cells["level"], std::int64_t{std::stoi(l.cells["pupils"])}});
    } else {
        std::string expertise;
        for (char c : l.cells["expertise"])
            if (c == '|') expertise += ',';
            else if (c != ' ') expertise += c;
        ctx.db.exec("INSERT INTO company_profiles (organisation_id, enterprise_number, sector, province, size, expertise, capacity) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    {org_id, core::format_enterprise_number(core::digits_of(l.cells["enterprise_number"])), l.cells["sector"],
                     l.cells["province"], l.cells["size"], expertise, std::int64_t{std::stoi(l.cells["capacity"])}});
    }
    ctx.db.exec("INSERT INTO programme_participants (programme_id, organisation_id, kind, joined_at) VALUES ($1, $2, $3, $4)",
                {programme.id, org_id, std::string(school ? "school" : "company"), now});

    const std::string email = [&] {
        std::string e = l.cells["contact_email"];
        for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return e;
    }();
    const std::string role = school ? "coordinator" : "mentor";
    // An invitation, as for an accepted registration: an existing account joins only when its owner accepts.
    const auto sent = create_invitation(ctx, {org_id, role, std::nullopt, std::nullopt, email, l.cells["contact_name"], "nl"});
    mail::enqueue(ctx.db, invitation_mail(ctx, sent, l.cells["name"], role));
    return org_id;
}

http::Response import(Ctx& ctx) {
    const auto programme = organiser_programme(ctx);
    const std::string kind_text = ctx.req.param("kind");
    if (kind_text != "schools" && kind_text != "companies") throw ApiError::not_found();
    const auto kind = kind_text == "schools" ? core::ImportKind::schools : core::ImportKind::companies;
    std::string mode = "preview";
    if (auto it = ctx.req.query.find("mode"); it != ctx.req.query.end()) mode = it->second;
    if (mode != "preview" && mode != "all" && mode != "valid") throw ApiError::field("mode", "import.bad_mode");

    auto lines = read_file(ctx, kind);
    std::optional<store::Transaction> tx;
    if (mode != "preview") tx.emplace(ctx.db);  // the checks and the writes see the same data
    validate(ctx, kind, programme, lines);

    std::int64_t valid = 0;
    for (const auto& l : lines) valid += l.errors.empty();
    const std::int64_t invalid = static_cast<std::int64_t>(lines.size()) - valid;
    const bool write = mode == "valid" || (mode == "all" && invalid == 0);
    std::int64_t imported = 0;
    boost::json::array created;
    if (write) {
        for (auto& l : lines) {
            if (!l.errors.empty()) continue;
            created.push_back(boost::json::value(create_imported(ctx, kind, programme, l)));
            ++imported;
        }
        if (imported > 0) {
            store::write_audit(ctx.db,
                               {ctx.user().id, programme.id, "import." + kind_text, "programme", programme.id, std::nullopt,
                                boost::json::serialize(boost::json::object{{"imported", imported}, {"organisationIds", created}})},
                               ctx.now());
        }
        tx->commit();
        if (imported > 0 && ctx.services.wake_mail) ctx.services.wake_mail();
    }

    boost::json::array rows;
    for (const auto& l : lines) {
        boost::json::object errors;
        for (const auto& [column, e] : l.errors) errors[column] = message(ctx.lang, e.key, e.args);
        auto name_it = l.cells.find("name");
        rows.push_back(boost::json::object{{"line", l.line},
                                           {"status", l.errors.empty() ? "create" : "error"},
                                           {"name", name_it == l.cells.end() ? "" : name_it->second},
                                           {"errors", std::move(errors)}});
    }
    boost::json::object doc{{"rows", std::move(rows)}, {"valid", valid}, {"invalid", invalid}, {"imported", imported}};
    if (mode == "all" && invalid > 0) {
        // The error shape, with the row report beside it so the user sees what to fix.
        doc["error"] = boost::json::object{{"code", "validation_failed"},
                                           {"message", message(ctx.lang, "import.not_all_valid")},
                                           {"fields", boost::json::object{}}};
        return json_response(400, boost::json::serialize(doc));
    }
    return json_response(200, boost::json::serialize(doc));
}

}  // namespace

void add_import_routes(ApiRouter& r) { r.add("POST", "/api/programmes/{id}/imports/{kind}", import); }

}  // namespace sk::api
