// libFuzzer target: the JSON request reader every API route starts with (api/json_input.h). The input is
// a request body; the reader is asked for the fields of a typical form. Either it throws ApiError 400
// (malformed_json, or validation_failed naming only the fields asked for, each with a message key), or
// every value it gives keeps its promise: text trimmed, valid UTF-8 and within its length, an e-mail
// address lower-cased and valid, a password of at least its minimum, a choice from its list.
// Build and run: scripts/fuzz.sh (or `make fuzz`).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "api/json_input.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (int k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
        i += n;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    const std::set<std::string> asked = {"name", "email", "password", "language", "note"};
    try {
        sk::api::JsonInput in(body);
        const auto name = in.text("name", {.required = true, .max = 120});
        const auto note = in.text("note", {.required = false, .max = 1000, .trim = false});
        const auto email = in.email("email", false);
        const auto password = in.password("password", 10);
        const auto language = in.one_of("language", {"nl", "en"}, "field.language", false);
        in.done();
        check(name.has_value() && !name->empty() && valid_utf8(*name) && sk::api::utf8_length(*name) <= 120);
        check(name->front() != ' ' && name->back() != ' ');
        if (note) check(valid_utf8(*note) && sk::api::utf8_length(*note) <= 1000);
        if (email) {
            check(sk::api::valid_email(*email));
            for (char c : *email) check(!(c >= 'A' && c <= 'Z'));
        }
        check(password.has_value() && sk::api::utf8_length(*password) >= 10);
        if (language) check(*language == "nl" || *language == "en");
    } catch (const sk::api::ApiError& e) {
        check(e.status == 400);
        check(e.code == "malformed_json" || e.code == "validation_failed");
        if (e.code == "validation_failed") {
            check(!e.fields.empty());
            for (const auto& [field, error] : e.fields) check(asked.count(field) == 1 && !error.key.empty());
        }
    }
    return 0;
}
