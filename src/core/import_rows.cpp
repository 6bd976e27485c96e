#include "core/import_rows.h"

#include <algorithm>
#include <charconv>

#include "core/upload_headers.h"

namespace sk::core {

namespace {

const std::map<std::string, std::vector<std::string>>& aliases(ImportKind kind) {
    static const std::map<std::string, std::vector<std::string>> schools = {
        {"name", {"name", "naam", "schoolnaam", "school"}},
        {"institution_number", {"institution_number", "instellingsnummer"}},
        {"street", {"street", "straat", "adres"}},
        {"postcode", {"postcode", "postal_code"}},
        {"municipality", {"municipality", "gemeente"}},
        {"province", {"province", "provincie"}},
        {"network", {"network", "net", "onderwijsnet"}},
        {"level", {"level", "niveau", "onderwijsniveau"}},
        {"pupils", {"pupils", "leerlingen", "aantal_leerlingen"}},
        {"contact_name", {"contact_name", "contactpersoon", "naam_contactpersoon"}},
        {"contact_email", {"contact_email", "e-mail_contactpersoon", "email", "e-mail"}},
    };
    static const std::map<std::string, std::vector<std::string>> companies = {
        {"name", {"name", "naam", "bedrijfsnaam", "bedrijf"}},
        {"enterprise_number", {"enterprise_number", "ondernemingsnummer"}},
        {"sector", {"sector"}},
        {"province", {"province", "provincie"}},
        {"size", {"size", "grootte", "omvang"}},
        {"expertise", {"expertise"}},
        {"capacity", {"capacity", "capaciteit"}},
        {"contact_name", {"contact_name", "contactpersoon", "naam_contactpersoon"}},
        {"contact_email", {"contact_email", "e-mail_contactpersoon", "email", "e-mail"}},
    };
    return kind == ImportKind::schools ? schools : companies;
}

std::string normalise_header(const std::string& h) {
    std::string out;
    for (unsigned char c : h) {
        if (c == ' ') out += '_';
        else out += static_cast<char>(std::tolower(c));
    }
    while (!out.empty() && out.front() == '_') out.erase(out.begin());
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
}

std::optional<long> number(const std::string& s) {
    if (!all_digits(s) || s.size() > 9) return std::nullopt;
    long v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

bool one_of(const std::string& v, std::initializer_list<const char*> allowed) {
    return std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return v == a; });
}

constexpr auto kProvinces = {"antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel"};

}  // namespace

const std::vector<std::string>& import_columns(ImportKind kind) {
    static const std::vector<std::string> schools = {"name",     "institution_number", "street", "postcode",     "municipality", "province",
                                                     "network", "level",              "pupils", "contact_name", "contact_email"};
    static const std::vector<std::string> companies = {"name",     "enterprise_number", "sector",       "province",     "size",
                                                       "expertise", "capacity",         "contact_name", "contact_email"};
    return kind == ImportKind::schools ? schools : companies;
}

std::optional<std::string> import_column(ImportKind kind, const std::string& header) {
    const auto h = normalise_header(header);
    for (const auto& [column, names] : aliases(kind))
        if (std::find(names.begin(), names.end(), h) != names.end()) return column;
    return std::nullopt;
}

std::string digits_of(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

std::string format_enterprise_number(const std::string& d) {
    if (d.size() != 10) return d;
    return d.substr(0, 4) + "." + d.substr(4, 3) + "." + d.substr(7, 3);
}

std::map<std::string, CellError> check_import_row(ImportKind kind, const ImportRow& row, const std::set<std::string>& elements) {
    std::map<std::string, CellError> errors;
    auto cell = [&](const std::string& c) -> std::string {
        auto it = row.find(c);
        return it == row.end() ? "" : it->second;
    };
    // Every column is required; texts at most 200 code points (names 120, like the forms).
    for (const auto& c : import_columns(kind)) {
        const auto v = cell(c);
        const std::size_t max = (c == "name" || c == "contact_name") ? 120 : 200;
        if (v.empty()) errors[c] = {"field.required", {}};
        else if (code_points(v) > max) errors[c] = {"field.too_long", {{"max", std::to_string(max)}}};
    }
    auto check = [&](const std::string& c, bool ok, const std::string& key) {
        if (!errors.count(c) && !ok) errors[c] = {key, {}};
    };
    check("province", one_of(cell("province"), kProvinces), "import.province");
    if (kind == ImportKind::schools) {
        const auto number_text = cell("institution_number");
        check("institution_number", all_digits(number_text) && number_text.size() == 6, "import.institution_number");
        const auto pc = number(cell("postcode"));
        check("postcode", cell("postcode").size() == 4 && pc && *pc >= 1000, "import.postcode");
        check("network", one_of(cell("network"), {"go", "ovsg", "pov", "kov", "other"}), "import.network");
        check("level", one_of(cell("level"), {"primary", "secondary"}), "import.level");
        const auto pupils = number(cell("pupils"));
        check("pupils", pupils && *pupils >= 1 && *pupils <= 5000, "import.pupils");
    } else {
        const auto en = cell("enterprise_number");
        const bool en_chars = std::all_of(en.begin(), en.end(), [](unsigned char c) { return (c >= '0' && c <= '9') || c == '.' || c == ' '; });
        check("enterprise_number", en_chars && digits_of(en).size() == 10, "import.enterprise_number");
        check("size", one_of(cell("size"), {"1-9", "10-49", "50-249", "250+"}), "import.size");
        bool expertise_ok = true;
        std::string ex = cell("expertise");
        std::size_t start = 0;
        while (start <= ex.size()) {
            auto end = ex.find('|', start);
            if (end == std::string::npos) end = ex.size();
            std::string id = ex.substr(start, end - start);
            while (!id.empty() && id.front() == ' ') id.erase(id.begin());
            while (!id.empty() && id.back() == ' ') id.pop_back();
            if (!elements.count(id)) expertise_ok = false;
            start = end + 1;
        }
        check("expertise", expertise_ok, "import.expertise");
        const auto cap = number(cell("capacity"));
        check("capacity", cap && *cap >= 1 && *cap <= 20, "import.capacity");
    }
    return errors;
}

}  // namespace sk::core
