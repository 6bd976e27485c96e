// The OpenAPI document (docs/openapi.json, GET /api/openapi.json) and the router stay in step: every route
// the server registers is described, every described route exists, and each operation declares its path
// parameters. The JSON schemas of bodies and answers are the next step of issue 23.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include <boost/json.hpp>

#include "api/context.h"
#include "api_helpers.h"

namespace sk::api {
const std::string& openapi_document();
}

namespace openapi_test {

namespace {

const boost::json::object& document() {
    static const boost::json::value doc = boost::json::parse(sk::api::openapi_document());
    return doc.as_object();
}

std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

TEST(OpenApi, EveryRouteIsDescribedAndEveryDescribedRouteExists) {
    ASSERT_EQ(document().at("openapi").as_string(), "3.1.0");
    sk::api::ApiRouter router;
    sk::api::add_all_routes(router);
    std::set<std::pair<std::string, std::string>> routed, described;
    for (const auto& r : router.routes()) routed.insert({r.method, r.pattern});

    std::set<std::string> operation_ids;
    const std::set<std::string> kMethods = {"get", "put", "post", "delete", "patch"};
    for (const auto& [path, item] : document().at("paths").as_object()) {
        const std::string p(path);
        std::set<std::string> in_path;
        static const std::regex kParam(R"(\{([^}]+)\})");
        for (auto it = std::sregex_iterator(p.begin(), p.end(), kParam); it != std::sregex_iterator(); ++it) in_path.insert((*it)[1]);
        for (const auto& [method, operation] : item.as_object()) {
            if (!kMethods.count(std::string(method))) continue;
            described.insert({upper(std::string(method)), p});
            const auto& op = operation.as_object();
            EXPECT_TRUE(operation_ids.insert(std::string(op.at("operationId").as_string())).second) << "duplicate operationId at " << p;
            EXPECT_FALSE(op.at("summary").as_string().empty()) << method << " " << p;
            EXPECT_TRUE(op.at("responses").as_object().contains("default")) << method << " " << p << " describes no error answer";
            std::set<std::string> declared;
            if (const auto* params = op.if_contains("parameters"))
                for (const auto& param : params->as_array())
                    if (param.at("in") == "path") declared.insert(std::string(param.at("name").as_string()));
            EXPECT_EQ(declared, in_path) << method << " " << p << ": path parameters";
        }
    }
    for (const auto& r : routed) EXPECT_TRUE(described.count(r)) << r.first << " " << r.second << " is routed but not in docs/openapi.json";
    for (const auto& d : described) EXPECT_TRUE(routed.count(d)) << d.first << " " << d.second << " is in docs/openapi.json but not routed";
}

TEST(OpenApi, IsServedWithAnETagThatAnswers304) {
    sk::test::TestServer server({.demo_data = false});
    auto c = server.client();
    auto res = c.get("/api/openapi.json");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(boost::json::parse(res.body), boost::json::value(document()));
    const auto etag = res.header("etag");
    ASSERT_TRUE(etag);
    EXPECT_EQ(res.header("cache-control").value_or(""), "public, max-age=3600");
    auto again = c.get("/api/openapi.json", {{"If-None-Match", *etag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.empty());
}

}  // namespace openapi_test
