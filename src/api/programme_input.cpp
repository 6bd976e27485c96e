#include "api/programme_input.h"

#include <set>

#include "api/input_values.h"
#include "api/json_input.h"

namespace sk::api {

namespace {

int number_at(std::string_view s, std::size_t pos, std::size_t len) {
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        n = n * 10 + (s[i] - '0');
    }
    return n;
}

// '2026-2027': two consecutive years.
bool valid_school_year(std::string_view s) {
    if (s.size() != 9 || s[4] != '-') return false;
    const int a = number_at(s, 0, 4), b = number_at(s, 5, 4);
    return a >= 2000 && a <= 2999 && b == a + 1;
}

}  // namespace

bool valid_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    const int y = number_at(s, 0, 4), m = number_at(s, 5, 2), d = number_at(s, 8, 2);
    if (y < 2000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

store::ProgrammeFields read_programme(std::string_view body, const core::FrameworkSet* frameworks) {
    JsonInput in(body);
    const auto obj = parse_object(body);
    store::ProgrammeFields f;
    auto name = in.text("name", {.max = 200});
    auto year = in.text("schoolYear", {.max = 20});
    if (year && !valid_school_year(*year)) in.fail("schoolYear", "field.school_year");
    auto audience = in.one_of("audience", {"primary", "secondary"}, "field.audience");
    auto region = in.text("region", {.max = 120});
    auto framework_id = in.text("frameworkId", {.max = 100});
    const core::FrameworkEntry* framework = nullptr;
    if (framework_id) {
        framework = frameworks ? frameworks->find(*framework_id) : nullptr;
        if (!framework) in.fail("frameworkId", "field.framework");
    }
    auto max_schools = whole_number(in, field_value(obj, "maxSchools"), "maxSchools", 1, kMaxProgrammeSchools, "field.max_schools");

    // description: {"nl","en"}, both optional, each at most 5000 characters.
    if (const auto* d = field_value(obj, "description")) {
        if (!d->is_object()) {
            in.fail("description", "field.not_object");
        } else {
            for (const char* lang : {"nl", "en"}) {
                const auto* t = field_value(d->as_object(), lang);
                const std::string field = std::string("description.") + lang;
                if (t && !t->is_string()) {
                    in.fail(field, "field.not_text");
                    continue;
                }
                const std::string text = trimmed_string(t).value_or("");
                if (utf8_length(text) > 5000) in.fail(field, "field.too_long", {{"max", "5000"}});
                (std::string(lang) == "nl" ? f.description_nl : f.description_en) = text;
            }
        }
    }
    auto published = boolean(in, field_value(obj, "published"), "published", false);

    const auto* phases = field_value(obj, "phases");
    if (phases && !phases->is_array()) {
        in.fail("phases", "field.phases");
    } else if (phases) {
        std::set<std::string> seen;
        std::size_t i = 0;
        for (const auto& item : phases->as_array()) {
            const std::string at = "phases[" + std::to_string(i++) + "]";
            if (!item.is_object()) {
                in.fail(at, "field.not_object");
                continue;
            }
            const auto& p = item.as_object();
            auto kind = trimmed_string(field_value(p, "kind"));
            auto opens = trimmed_string(field_value(p, "opensOn"));
            auto closes = trimmed_string(field_value(p, "closesOn"));
            static const std::set<std::string> kinds = {"baseline", "action_plan", "learning_network", "label", "final", "award"};
            bool ok = true;
            if (!kind || !kinds.count(*kind)) {
                in.fail(at + ".kind", "field.phase_kind");
                ok = false;
            } else if (!seen.insert(*kind).second) {
                in.fail(at + ".kind", "field.phase_duplicate");
                ok = false;
            }
            if (!opens || !valid_date(*opens)) {
                in.fail(at + ".opensOn", "field.date");
                ok = false;
            }
            if (!closes || !valid_date(*closes)) {
                in.fail(at + ".closesOn", "field.date");
                ok = false;
            }
            if (ok && *opens > *closes) {
                in.fail(at + ".closesOn", "field.phase_order");
                ok = false;
            }
            if (ok) f.phases.push_back({*kind, *opens, *closes});
        }
    }
    in.done();

    f.name = *name;
    f.school_year = *year;
    f.audience = *audience;
    f.region = *region;
    f.framework_id = framework->id;
    f.framework_version = framework->version;
    f.max_schools = *max_schools;
    f.published = *published;
    return f;
}

}  // namespace sk::api
