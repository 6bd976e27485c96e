// What the API test files share: the demo accounts, a signed-in or anonymous client, an answer's JSON,
// a one-number query, a Dutch message text and criterion ids. Kept once, so every file means the same
// by them and the files can share a translation unit (a unity build).
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <ctime>
#include <map>
#include <stdexcept>
#include <string>

#include <boost/json.hpp>

#include "api/messages.h"
#include "app/demo.h"
#include "core/language.h"
#include "support/http_client.h"
#include "support/test_server.h"

namespace sk::test {

// The demo accounts (README, "Quick start"); each signs in with sk::app::kDemoPassword.
inline constexpr const char* kOrganiser = "organisator@demo.stemkompas.be";
inline constexpr const char* kCoordinator = "coordinator@demo.stemkompas.be";
inline constexpr const char* kTeamMember = "teamlid@demo.stemkompas.be";
inline constexpr const char* kMentor = "mentor@demo.stemkompas.be";  // a member of the demo company Demotech NV
inline constexpr const char* kReviewer = "reviewer@demo.stemkompas.be";
inline constexpr const char* kJury = "jury@demo.stemkompas.be";

// What precedes the token in a mailed set-password link of a test server.
inline const std::string kSetPasswordLink = "http://app.test/set-password#token=";

// A client signed in as `email`; the test fails when that does not work.
inline HttpClient signed_in(TestServer& server, const std::string& email) {
    auto c = server.client();
    EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
    return c;
}

// A client that fetched /api/me first, so it holds the CSRF cookie, like the browser on a public page.
inline HttpClient visitor(TestServer& server) {
    auto c = server.client();
    c.get("/api/me");
    return c;
}

// The answer's body as JSON (throws when it is not JSON).
inline boost::json::value json(const HttpResponse& res) { return boost::json::parse(res.body); }

// The one number a query such as SELECT COUNT(*) gives.
inline std::int64_t count(TestServer& server, const std::string& sql) { return server.db().exec(sql).one().i64(0); }

// The Dutch text of an API message.
inline std::string nl(const std::string& key, const std::map<std::string, std::string>& args = {}) {
    return sk::api::message(sk::core::Language::nl, key, args);
}

// "C01".."C21", the criterion ids of the EU STEM School Label.
inline std::string criterion_id(int i) { return (i < 10 ? "C0" : "C") + std::to_string(i); }

// The entry of criterion `id` in the "criteria" list of a JSON document (results, a label application).
inline const boost::json::object& criterion(const boost::json::value& doc, const std::string& id) {
    for (const auto& c : doc.at("criteria").as_array())
        if (c.at("criterionId").as_string() == id) return c.as_object();
    throw std::runtime_error("no criterion " + id);
}

// `hour`:00 UTC on `date` ('YYYY-MM-DD'); from 0 to 21 h that is the same calendar day in Brussels.
inline std::int64_t at_utc_hour(const std::string& date, int hour) {
    std::tm tm{};
    tm.tm_year = std::stoi(date.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(date.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(date.substr(8, 2));
    tm.tm_hour = hour;
    return static_cast<std::int64_t>(timegm(&tm));
}

// 10:00 UTC on `date`: 11:00 or 12:00 in Brussels.
inline std::int64_t at_ten_utc(const std::string& date) { return at_utc_hour(date, 10); }

}  // namespace sk::test
