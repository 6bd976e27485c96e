// Route matching, table-driven: a new case is a new row.
#include <gtest/gtest.h>

#include "http/router.h"

namespace {
struct RouteCase {
    std::string method;
    std::string path;
    std::string expected_pattern;  // "" when nothing matches
    std::map<std::string, std::string> params;
    bool path_known;
};
}  // namespace

TEST(Router, MatchesTable) {
    sk::http::RouteTable t;
    t.add("GET", "/api/me");
    t.add("PUT", "/api/me/language");
    t.add("GET", "/api/me/{thing}");
    t.add("GET", "/api/organisations/{id}");
    t.add("POST", "/api/organisations/{id}/invitations");
    t.add("GET", "/api/frameworks/{id}");
    const std::vector<RouteCase> cases = {
        {"GET", "/api/me", "/api/me", {}, true},
        {"GET", "/api/me/", "/api/me", {}, true},
        {"PUT", "/api/me/language", "/api/me/language", {}, true},
        {"GET", "/api/me/language", "/api/me/{thing}", {{"thing", "language"}}, true},
        {"GET", "/api/me/other", "/api/me/{thing}", {{"thing", "other"}}, true},
        {"GET", "/api/organisations/42", "/api/organisations/{id}", {{"id", "42"}}, true},
        {"POST", "/api/organisations/42/invitations", "/api/organisations/{id}/invitations", {{"id", "42"}}, true},
        {"DELETE", "/api/organisations/42", "", {}, true},
        {"GET", "/api/organisations", "", {}, false},
        {"GET", "/api/organisations/42/invitations/9", "", {}, false},
        {"GET", "/nothing", "", {}, false},
    };
    for (const auto& c : cases) {
        auto r = t.find(c.method, c.path);
        EXPECT_EQ(r.path_known, c.path_known) << c.method << " " << c.path;
        if (c.expected_pattern.empty()) {
            EXPECT_FALSE(r.match.has_value()) << c.method << " " << c.path;
            continue;
        }
        ASSERT_TRUE(r.match.has_value()) << c.method << " " << c.path;
        EXPECT_EQ(r.match->pattern, c.expected_pattern) << c.path;
        EXPECT_EQ(r.match->params, c.params) << c.path;
    }
}

TEST(Router, RejectsDuplicatesAndRelativePatterns) {
    sk::http::RouteTable t;
    t.add("GET", "/a");
    EXPECT_THROW(t.add("GET", "/a"), std::invalid_argument);
    EXPECT_NO_THROW(t.add("POST", "/a"));
    EXPECT_THROW(t.add("GET", "a"), std::invalid_argument);
}
