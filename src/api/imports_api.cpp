// CSV import of schools and companies into a programme, with a dry run. See docs/api.md, "Programmes
// and onboarding"; the cell rules are core/import_rows.h, the CSV reading core/csv.h.
//
// A created row = an organisation + its profile + its participation in the programme + an invitation of
// the contact (role coordinator for a school, mentor for a company; api/invitations.h) by e-mail, the
// same as an accepted registration. Everything happens in one transaction: `all` writes nothing unless
// every row is valid, `valid` writes the valid rows.
//
// A file holds up to 20,000 rows and is read as a stream. The body is read once for its shape (valid CSV,
// every column in the header, 1 to kMaxRows rows: else 400 before anything is written), then again row by
// row: each row is checked and, when it is to be written, created before the next is read. Kept for every
// row are only the numbers seen (duplicates within the file), the ids created (the audit entry) and the
// counts; the numbers already known are read in one query. `all` creates rows as it goes and stops at the
// first invalid one; the transaction is then rolled back, so nothing is stored. The answer lists the first
// kListedRows rows and after them only rows with an error, up to kListedErrors of those in all.
#include <boost/json.hpp>

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

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

constexpr std::size_t kMaxRows = 20000;
constexpr std::size_t kListedRows = 200;
constexpr std::size_t kListedErrors = 200;

using RowErrors = std::map<std::string, core::CellError>;

struct Line {
    int line = 0;
    core::ImportRow cells;
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

// The uploaded file, one data row at a time with canonical columns. The constructor reads the whole body
// once without keeping it: a broken file or header is a 400 on `file` (a missing column: on that column),
// in the order a whole-file parse would find them.
class ImportFile {
public:
    ImportFile(std::string_view body, core::ImportKind kind) : body_(body), reader_(body) {
        core::CsvRecord header;
        std::size_t rows = 0;
        try {
            if (reader_.next(header))
                while (reader_.next(record_)) ++rows;
        } catch (const core::CsvError& e) {
            throw ApiError::field("file", "import.bad_csv", {{"line", std::to_string(e.line)}});
        }
        if (rows == 0) throw ApiError::field("file", "import.empty");
        if (rows > kMaxRows) throw ApiError::field("file", "import.too_many_rows", {{"max", std::to_string(kMaxRows)}});
        // Columns the file names; unknown columns (notes, ...) are ignored.
        std::set<std::string> seen;
        for (const auto& h : header.fields) {
            columns_.push_back(core::import_column(kind, trim_cell(h)));
            if (columns_.back()) seen.insert(*columns_.back());
        }
        std::map<std::string, FieldError> missing;
        for (const auto& c : core::import_columns(kind))
            if (!seen.count(c)) missing[c] = {"import.missing_column", {}};
        if (!missing.empty()) throw ApiError::validation(std::move(missing));
        reader_ = core::CsvReader(body_);
        reader_.next(record_);  // the header again
    }

    // The next data row into `l`; false after the last.
    bool next(Line& l) {
        if (!reader_.next(record_)) return false;  // read once already: cannot throw
        l.line = record_.line;
        l.cells.clear();
        const auto& fields = record_.fields;
        for (std::size_t c = 0; c < columns_.size() && c < fields.size(); ++c)
            if (columns_[c]) l.cells[*columns_[c]] = trim_cell(fields[c]);
        return true;
    }

private:
    std::string_view body_;
    core::CsvReader reader_;
    core::CsvRecord record_;
    std::vector<std::optional<std::string>> columns_;
};

// The checks of one row against the file so far and the database, in file order: the cell rules, the
// e-mail address, a number already in the file or already known, and (schools) the programme's room.
class RowChecker {
public:
    RowChecker(Ctx& ctx, core::ImportKind kind, const BoardProgramme& programme)
        : kind_(kind),
          programme_(programme),
          elements_(kind == core::ImportKind::companies ? framework_elements(ctx, programme.framework_id) : std::set<std::string>{}),
          number_column_(kind == core::ImportKind::schools ? "institution_number" : "enterprise_number") {
        // Numbers already known: school and company profiles.
        const char* sql = kind == core::ImportKind::schools ? "SELECT institution_number FROM school_profiles"
                                                            : "SELECT enterprise_number FROM company_profiles";
        for (const auto& row : ctx.db.exec(sql).rows) existing_.insert(core::digits_of(row.str(0)));
        if (kind == core::ImportKind::schools)
            room_ = programme.max_schools -
                    ctx.db.exec("SELECT COUNT(*) FROM programme_participants WHERE programme_id = $1 AND kind = 'school'", {programme.id})
                        .one()
                        .i64(0);
    }

    RowErrors check(Line& l) {
        auto errors = core::check_import_row(kind_, l.cells, elements_);
        if (!errors.count("contact_email") && !valid_email(l.cells["contact_email"])) errors["contact_email"] = {"field.email", {}};
        if (!errors.count(number_column_)) {
            auto number = core::digits_of(l.cells[number_column_]);
            if (auto it = first_line_.find(number); it != first_line_.end())
                errors[number_column_] = {"import.duplicate_in_file", {{"line", std::to_string(it->second)}}};
            else if (existing_.count(number))
                errors[number_column_] = {"import.already_exists", {}};
            first_line_.emplace(std::move(number), l.line);
        }
        // Schools beyond the programme's capacity are errors, in file order.
        if (kind_ == core::ImportKind::schools && errors.empty()) {
            if (room_ <= 0) errors["row"] = {"import.programme_full", {{"max", std::to_string(programme_.max_schools)}}};
            else --room_;
        }
        return errors;
    }

private:
    core::ImportKind kind_;
    const BoardProgramme& programme_;
    std::set<std::string> elements_;
    std::string number_column_;
    std::unordered_set<std::string> existing_;
    std::unordered_map<std::string, int> first_line_;
    std::int64_t room_ = 0;
};

// The answer's counts and its listed rows.
class Report {
public:
    explicit Report(core::Language lang) : lang_(lang) {}

    void add(const Line& l, const RowErrors& errors) {
        ++seen_;
        if (errors.empty()) ++valid_;
        else ++invalid_;
        const bool listed = seen_ <= kListedRows || (!errors.empty() && listed_errors_ < kListedErrors);
        if (!listed) return;
        listed_errors_ += !errors.empty();
        boost::json::object messages;
        for (const auto& [column, e] : errors) messages[column] = message(lang_, e.key, e.args);
        auto name_it = l.cells.find("name");
        rows_.push_back(boost::json::object{{"line", l.line},
                                            {"status", errors.empty() ? "create" : "error"},
                                            {"name", name_it == l.cells.end() ? "" : name_it->second},
                                            {"errors", std::move(messages)}});
    }
    std::int64_t valid() const { return valid_; }
    std::int64_t invalid() const { return invalid_; }

    boost::json::object json(std::int64_t imported) {
        return {{"rows", std::move(rows_)},
                {"valid", valid_},
                {"invalid", invalid_},
                {"unlistedErrors", invalid_ - static_cast<std::int64_t>(listed_errors_)},
                {"imported", imported}};
    }

private:
    core::Language lang_;
    std::size_t seen_ = 0;
    std::int64_t valid_ = 0;
    std::int64_t invalid_ = 0;
    std::size_t listed_errors_ = 0;
    boost::json::array rows_;
};

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
    mail::enqueue_for_programme(ctx.db, invitation_mail(ctx, sent, l.cells["name"], role), programme.id);
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

    ImportFile file(ctx.req.body, kind);
    std::optional<store::Transaction> tx;
    if (mode != "preview") tx.emplace(ctx.db);  // the checks and the writes see the same data
    RowChecker checker(ctx, kind, programme);
    Report report(ctx.lang);
    boost::json::array created;
    Line l;
    while (file.next(l)) {
        const auto errors = checker.check(l);
        // `all` stops creating at the first invalid row: it will roll back.
        if (errors.empty() && (mode == "valid" || (mode == "all" && report.invalid() == 0)))
            created.push_back(boost::json::value(create_imported(ctx, kind, programme, l)));
        report.add(l, errors);
    }

    if (mode == "all" && report.invalid() > 0) {
        tx.reset();  // rolls back the rows created before the first invalid one
        // The error shape, with the row report beside it so the user sees what to fix.
        auto doc = report.json(0);
        doc["error"] = boost::json::object{{"code", "validation_failed"},
                                           {"message", message(ctx.lang, "import.not_all_valid")},
                                           {"fields", boost::json::object{}}};
        return json_response(400, boost::json::serialize(doc));
    }
    const auto imported = static_cast<std::int64_t>(created.size());
    if (tx) {
        if (imported > 0) {
            store::write_audit(ctx.db,
                               {ctx.user().id, programme.id, "import." + kind_text, "programme", programme.id, std::nullopt,
                                boost::json::serialize(boost::json::object{{"imported", imported}, {"organisationIds", std::move(created)}})},
                               ctx.now());
        }
        tx->commit();
        if (imported > 0 && ctx.services.wake_mail) ctx.services.wake_mail();
    }
    return json_response(200, boost::json::serialize(report.json(imported)));
}

}  // namespace

void add_import_routes(ApiRouter& r) { r.add("POST", "/api/programmes/{id}/imports/{kind}", import); }

}  // namespace sk::api
