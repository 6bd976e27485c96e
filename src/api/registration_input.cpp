#include "api/registration_input.h"

#include <algorithm>

#include "api/input_values.h"
#include "api/json_input.h"

namespace sk::api {

namespace {

constexpr std::size_t kNameMax = 120;

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string text_or_empty(const std::optional<std::string>& s) { return s.value_or(""); }

// The contact person: the same four fields on both forms.
struct Contact {
    std::optional<std::string> name, function, email, phone;
};
Contact read_contact(JsonInput& in) {
    Contact c;
    c.name = in.text("contactName", {.max = kNameMax});
    c.function = in.text("contactFunction", {.max = kNameMax});
    c.email = in.email("contactEmail");
    c.phone = in.text("contactPhone", {.max = 30});
    if (c.phone && !valid_phone(*c.phone)) {
        in.fail("contactPhone", "field.phone");
        c.phone.reset();
    }
    return c;
}

void read_consent(JsonInput& in, const boost::json::object& obj) {
    const auto* v = field_value(obj, "consent");
    if (!v || !v->is_bool() || !v->as_bool()) in.fail("consent", "field.consent");
}

const std::initializer_list<std::string_view> kProvinces = {"antwerpen",      "limburg",   "oost-vlaanderen",
                                                            "vlaams-brabant", "west-vlaanderen", "brussel"};

}  // namespace

bool valid_phone(std::string_view phone) {
    int digits = 0;
    for (char c : phone) {
        if (c >= '0' && c <= '9') ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '.' && c != '/' && c != '(' && c != ')') return false;
    }
    if (phone.find('+') != std::string_view::npos && phone.find('+') != 0) return false;
    return digits >= 8 && digits <= 15;
}

bool honeypot_filled(std::string_view body) {
    const auto obj = parse_object(body);
    const auto* v = field_value(obj, "website");
    if (!v) return false;
    if (v->is_string()) return trimmed_string(v).has_value();
    return true;  // a number, list, ... where a person's browser sends an empty string
}

SchoolRegistrationInput read_school_registration(std::string_view body) {
    JsonInput in(body);
    const auto obj = parse_object(body);
    SchoolRegistrationInput r;
    const auto contact = read_contact(in);
    auto school_name = in.text("schoolName", {.max = 200});
    auto number = in.text("institutionNumber", {.max = 20});
    if (number && (number->size() != 6 || !all_digits(*number))) in.fail("institutionNumber", "field.institution_number");
    auto street = in.text("street", {.max = 200});
    auto postcode = in.text("postcode", {.max = 10});
    if (postcode && (postcode->size() != 4 || !all_digits(*postcode) || (*postcode)[0] == '0'))
        in.fail("postcode", "field.postcode");
    auto municipality = in.text("municipality", {.max = 100});
    auto province = in.one_of("province", kProvinces, "field.province");
    auto network = in.one_of("network", {"go", "ovsg", "pov", "kov", "other"}, "field.network");
    auto level = in.one_of("level", {"primary", "secondary"}, "field.level");
    auto pupils = whole_number(in, field_value(obj, "pupils"), "pupils", 1, 5000, "field.pupils");
    auto heard = in.one_of("heardFrom", {"newsletter", "website", "social_media", "colleague", "event", "organiser", "other"},
                           "field.heard_from");
    auto heard_other = in.text("heardFromOther", {.required = heard && *heard == "other", .max = 200});
    read_consent(in, obj);
    auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
    in.done();

    r.contact_name = *contact.name;
    r.contact_function = *contact.function;
    r.contact_email = *contact.email;
    r.contact_phone = *contact.phone;
    r.school_name = *school_name;
    r.institution_number = *number;
    r.street = *street;
    r.postcode = *postcode;
    r.municipality = *municipality;
    r.province = *province;
    r.network = *network;
    r.level = *level;
    r.pupils = *pupils;
    r.heard_from = *heard;
    r.heard_from_other = *heard == "other" ? text_or_empty(heard_other) : "";
    r.language = language;
    return r;
}

MentorRegistrationInput read_mentor_registration(std::string_view body, const std::vector<std::string>& element_ids) {
    JsonInput in(body);
    const auto obj = parse_object(body);
    MentorRegistrationInput r;
    auto company = in.text("companyName", {.max = 200});
    auto number = in.text("enterpriseNumber", {.max = 20});
    if (number) {
        std::string digits;
        bool ok = true;
        for (char c : *number) {
            if (c >= '0' && c <= '9') digits += c;
            else if (c != '.' && c != ' ') ok = false;
        }
        if (!ok || digits.size() != 10 || (digits[0] != '0' && digits[0] != '1')) {
            in.fail("enterpriseNumber", "field.enterprise_number");
        } else {
            r.enterprise_digits = digits;
            r.enterprise_number = digits.substr(0, 4) + "." + digits.substr(4, 3) + "." + digits.substr(7);
        }
    }
    auto sector = in.text("sector", {.max = 120});
    auto province = in.one_of("province", kProvinces, "field.province");
    auto size = in.one_of("companySize", {"1-9", "10-49", "50-249", "250+"}, "field.company_size");
    const auto contact = read_contact(in);

    const auto* ev = field_value(obj, "expertise");
    if (!ev || (ev->is_array() && ev->as_array().empty())) {
        in.fail("expertise", "field.expertise_required");
    } else if (!ev->is_array()) {
        in.fail("expertise", "field.expertise");
    } else {
        for (const auto& item : ev->as_array()) {
            const std::string id = item.is_string() ? std::string(item.as_string()) : std::string();
            if (std::find(element_ids.begin(), element_ids.end(), id) == element_ids.end()) {
                in.fail("expertise", "field.expertise");
                break;
            }
            if (std::find(r.expertise.begin(), r.expertise.end(), id) == r.expertise.end()) r.expertise.push_back(id);
        }
    }
    auto capacity = whole_number(in, field_value(obj, "capacity"), "capacity", 1, 20, "field.capacity");
    read_consent(in, obj);
    auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
    in.done();

    r.company_name = *company;
    r.sector = *sector;
    r.province = *province;
    r.company_size = *size;
    r.contact_name = *contact.name;
    r.contact_function = *contact.function;
    r.contact_email = *contact.email;
    r.contact_phone = *contact.phone;
    r.capacity = *capacity;
    r.language = language;
    return r;
}

std::string SchoolRegistrationInput::data_json(const std::string& lang) const {
    boost::json::object o{{"contactName", contact_name},
                          {"contactFunction", contact_function},
                          {"contactEmail", contact_email},
                          {"contactPhone", contact_phone},
                          {"schoolName", school_name},
                          {"institutionNumber", institution_number},
                          {"street", street},
                          {"postcode", postcode},
                          {"municipality", municipality},
                          {"province", province},
                          {"network", network},
                          {"level", level},
                          {"pupils", pupils},
                          {"heardFrom", heard_from},
                          {"heardFromOther", heard_from_other},
                          {"consent", true},
                          {"language", lang}};
    return boost::json::serialize(o);
}

std::string MentorRegistrationInput::data_json(const std::string& lang) const {
    boost::json::array ex;
    for (const auto& e : expertise) ex.emplace_back(e);
    boost::json::object o{{"companyName", company_name},
                          {"enterpriseNumber", enterprise_number},
                          {"sector", sector},
                          {"province", province},
                          {"companySize", company_size},
                          {"contactName", contact_name},
                          {"contactFunction", contact_function},
                          {"contactEmail", contact_email},
                          {"contactPhone", contact_phone},
                          {"expertise", std::move(ex)},
                          {"capacity", capacity},
                          {"consent", true},
                          {"language", lang}};
    return boost::json::serialize(o);
}

}  // namespace sk::api
