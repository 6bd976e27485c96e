// Every API text exists in Dutch and English, and both use the same placeholders.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "api/messages.h"

namespace {
std::set<std::string> placeholders(std::string_view text) {
    std::set<std::string> out;
    static const std::regex re(R"(\{[a-z_]+\})");
    std::string s(text);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.insert(it->str());
    return out;
}
}  // namespace

TEST(Messages, EveryKeyHasBothLanguagesAndTheSamePlaceholders) {
    std::set<std::string_view> keys;
    for (const auto& m : sk::api::all_messages()) {
        EXPECT_TRUE(keys.insert(m.key).second) << "duplicate key " << m.key;
        EXPECT_FALSE(m.nl.empty()) << m.key << " has no Dutch text";
        EXPECT_FALSE(m.en.empty()) << m.key << " has no English text";
        EXPECT_EQ(placeholders(m.nl), placeholders(m.en)) << m.key;
    }
}

TEST(Messages, FillsArgumentsAndFallsBackToTheKey) {
    using sk::core::Language;
    EXPECT_EQ(sk::api::message(Language::en, "field.too_long", {{"max", "120"}}), "Use at most 120 characters.");
    EXPECT_EQ(sk::api::message(Language::nl, "field.too_long", {{"max", "120"}}), "Gebruik hoogstens 120 tekens.");
    EXPECT_EQ(sk::api::message(Language::nl, "no.such.key"), "no.such.key");
}

TEST(Messages, EveryErrorCodeUsedByTheApiHasAText) {
    for (const char* code : {"validation_failed", "malformed_json", "unauthenticated", "invalid_credentials", "csrf_failed",
                             "forbidden", "not_found", "method_not_allowed", "conflict", "payload_too_large",
                             "unsupported_media_type", "rate_limited", "token_invalid", "internal", "bad_request"}) {
        const std::string key = std::string("error.") + code;
        EXPECT_NE(sk::api::message(sk::core::Language::nl, key), key) << key;
    }
}
