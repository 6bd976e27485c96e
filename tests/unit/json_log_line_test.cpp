#include "core/json_log_line.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace json_log_line_test {

using sk::core::json_log_line;

std::string escaped(std::string_view s) {
    std::string out;
    sk::core::append_json_escaped(out, s);
    return out;
}

TEST(JsonLogLine, EscapesWhatJsonRequiresAndKeepsUtf8) {
    const struct {
        std::string_view in;
        std::string_view out;
    } rows[] = {
        {"plain text", "plain text"},
        {"say \"hi\"", "say \\\"hi\\\""},
        {"back\\slash", "back\\\\slash"},
        {"two\nlines\r\ttab", "two\\nlines\\r\\ttab"},
        {std::string_view("nul\0bell\a", 9), "nul\\u0000bell\\u0007"},
        {"esc\x1b[31m del\x7f", "esc\\u001b[31m del\\u007f"},
        {"Sint-Lucas — école, 🎓", "Sint-Lucas — école, 🎓"},
        {"bad \xff byte", "bad \xEF\xBF\xBD byte"},
        {"cut \xE2\x82", "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
        {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
        {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    };
    for (const auto& r : rows) EXPECT_EQ(escaped(r.in), r.out) << r.in;
}

TEST(JsonLogLine, IsOneParsableObject) {
    const std::string message = std::string("quote \" newline \n nul ") + '\0' + " \xff é";
    const auto time = std::chrono::system_clock::time_point(std::chrono::milliseconds(1796636400123));
    const auto line = json_log_line(time, "warning", message);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    const auto v = boost::json::parse(line).as_object();
    EXPECT_EQ(v.at("time").as_string(), "2026-12-07T09:40:00.123Z");
    EXPECT_EQ(v.at("level").as_string(), "warning");
    EXPECT_EQ(std::string(v.at("message").as_string()), std::string("quote \" newline \n nul ") + '\0' + " \xEF\xBF\xBD é");
}

}  // namespace json_log_line_test
