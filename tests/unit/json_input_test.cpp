// Reading request bodies: each bad field is named, with the right message key.
#include <gtest/gtest.h>

#include "api/json_input.h"

using sk::api::ApiError;
using sk::api::JsonInput;

TEST(JsonInput, CollectsAMessagePerField) {
    JsonInput in(R"({"email":"NAAM@School.BE ","name":"   ","age":3,"password":"short"})");
    EXPECT_EQ(in.email("email").value_or(""), "naam@school.be");
    EXPECT_FALSE(in.text("name").has_value());
    EXPECT_FALSE(in.text("age").has_value());
    EXPECT_FALSE(in.password("password", 10).has_value());
    EXPECT_FALSE(in.text("missing").has_value());
    EXPECT_FALSE(in.text("optional", {.required = false}).has_value());
    try {
        in.done();
        FAIL();
    } catch (const ApiError& e) {
        EXPECT_EQ(e.status, 400);
        EXPECT_EQ(e.fields.at("name").key, "field.required");
        EXPECT_EQ(e.fields.at("age").key, "field.not_text");
        EXPECT_EQ(e.fields.at("password").key, "field.password_short");
        EXPECT_EQ(e.fields.at("missing").key, "field.required");
        EXPECT_EQ(e.fields.count("optional"), 0u);
        EXPECT_EQ(e.fields.count("email"), 0u);
    }
}

TEST(JsonInput, MalformedBodiesAreRefused) {
    for (const char* body : {"", "{", "[]", "\"text\"", "{\"a\":}", "nul"}) {
        try {
            JsonInput in(body);
            FAIL() << body;
        } catch (const ApiError& e) {
            EXPECT_EQ(e.code, "malformed_json") << body;
        }
    }
}

TEST(JsonInput, CountsCharactersNotBytes) {
    JsonInput in(R"({"name":"éééé"})");
    EXPECT_EQ(in.text("name", {.max = 4}).value_or(""), "éééé");
    JsonInput in2(R"({"name":"ééééé"})");
    EXPECT_FALSE(in2.text("name", {.max = 4}).has_value());
    EXPECT_THROW(in2.done(), ApiError);
}

TEST(JsonInput, EmailRules) {
    struct Case { const char* email; bool ok; };
    for (const auto& c : std::vector<Case>{{"a@b.be", true}, {"first.last+tag@sub.school.be", true}, {"a@b", false},
                                           {"@b.be", false}, {"a@@b.be", false}, {"a b@c.be", false}, {"a@b..be", false},
                                           {"a@.be", false}, {"a@b.c", false}}) {
        EXPECT_EQ(sk::api::valid_email(c.email), c.ok) << c.email;
    }
}
