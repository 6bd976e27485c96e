// The OpenAPI contract of every exchange the API tests make (issue 23, point 2b): each JSON answer is
// checked against the schema docs/openapi.json gives its route and status (errors against the shared
// Error schema), and each JSON request the server accepted (2xx) against the route's request schema. A
// mismatch fails the test that made the request. Installed once for the api_tests binary, before any test.
//
// SK_OPENAPI_RECORD=FILE also writes every exchange as a JSON line into FILE: scripts/openapi_schemas.py
// turns such recordings into the document's schemas when routes are added or change.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>

#include <boost/json.hpp>

#include "api/context.h"
#include "support/http_client.h"

namespace sk::api {
const std::string& openapi_document();
}

namespace openapi_contract {

namespace {

namespace json = boost::json;

const json::object& document() {
    static const json::value doc = json::parse(sk::api::openapi_document());
    return doc.as_object();
}

const json::object& resolve(const json::object& schema) {
    if (const auto* ref = schema.if_contains("$ref")) {
        const std::string name(ref->as_string());
        constexpr std::string_view kPrefix = "#/components/schemas/";
        return document().at("components").at("schemas").at(name.substr(kPrefix.size())).as_object();
    }
    return schema;
}

bool has_type(const json::value& value, std::string_view type) {
    if (type == "null") return value.is_null();
    if (type == "boolean") return value.is_bool();
    if (type == "string") return value.is_string();
    if (type == "array") return value.is_array();
    if (type == "object") return value.is_object();
    if (type == "number") return value.is_number();
    // PostgreSQL gives some sums as decimals: a whole number written as a double is still an integer.
    if (type == "integer") return value.is_int64() || value.is_uint64() || (value.is_double() && std::trunc(value.as_double()) == value.as_double());
    return false;
}

// The first difference between `value` and `schema` (a subset of JSON Schema: type, properties, required,
// items, additionalProperties, $ref), as "<where>: <what>"; empty when it conforms.
std::string check(const json::value& value, const json::object& raw, const std::string& where) {
    const auto& schema = resolve(raw);
    if (const auto* type = schema.if_contains("type")) {
        bool ok = false;
        if (type->is_string()) ok = has_type(value, type->as_string());
        else
            for (const auto& t : type->as_array()) ok = ok || has_type(value, t.as_string());
        if (!ok) return where + ": " + json::serialize(value).substr(0, 80) + " is not " + json::serialize(*type);
    }
    if (value.is_object()) {
        const auto& object = value.as_object();
        if (const auto* required = schema.if_contains("required"))
            for (const auto& name : required->as_array())
                if (!object.contains(name.as_string())) return where + ": no \"" + std::string(name.as_string()) + "\"";
        const auto* properties = schema.if_contains("properties");
        const auto* additional = schema.if_contains("additionalProperties");
        for (const auto& [key, member] : object) {
            const auto* property = properties ? properties->as_object().if_contains(key) : nullptr;
            if (property) {
                if (auto problem = check(member, property->as_object(), where + "/" + std::string(key)); !problem.empty()) return problem;
            } else if (additional && additional->is_object()) {
                if (auto problem = check(member, additional->as_object(), where + "/" + std::string(key)); !problem.empty()) return problem;
            } else if (additional && additional->is_bool() && !additional->as_bool()) {
                return where + ": unexpected \"" + std::string(key) + "\"";
            }
        }
    }
    if (value.is_array())
        if (const auto* items = schema.if_contains("items")) {
            std::size_t i = 0;
            for (const auto& element : value.as_array())
                if (auto problem = check(element, items->as_object(), where + "/" + std::to_string(i++)); !problem.empty()) return problem;
        }
    return {};
}

// The JSON schema of `content` (a requestBody or a response), if it has one.
const json::object* json_schema(const json::value* holder) {
    if (!holder) return nullptr;
    const auto* content = holder->as_object().if_contains("content");
    if (!content) return nullptr;
    const auto* media = content->as_object().if_contains("application/json");
    if (!media) return nullptr;
    const auto* schema = media->as_object().if_contains("schema");
    return schema ? &schema->as_object() : nullptr;
}

// The response of `status`; an error answer ({"error": …}) is the shared Error whatever else the status
// may answer (an import's 400 is either its rows' report or an error).
const json::value* response_for(const json::object& operation, int status, bool error_shaped) {
    const auto& responses = operation.at("responses").as_object();
    if (!error_shaped)
        for (const std::string& key : {std::to_string(status), std::to_string(status / 100) + "XX"})
            if (const auto* r = responses.if_contains(key)) return r;
    if (status >= 400) {
        const auto* r = responses.if_contains("default");
        if (r && r->as_object().contains("$ref")) {
            const std::string name(r->at("$ref").as_string().subview().substr(std::string_view("#/components/responses/").size()));
            return &document().at("components").at("responses").at(name);
        }
        return r;
    }
    return nullptr;
}

std::string header(const sk::test::HttpResponse& res, const std::string& name) { return res.header(name).value_or(""); }

void observe(const sk::test::HttpExchange& x) {
    static const sk::api::ApiRouter router = [] {
        sk::api::ApiRouter r;
        sk::api::add_all_routes(r);
        return r;
    }();
    static std::mutex mutex;
    static const char* record = std::getenv("SK_OPENAPI_RECORD");

    const std::string path = x.path.substr(0, x.path.find('?'));
    const auto lookup = router.find(x.method == "HEAD" ? "GET" : x.method, path);
    if (!lookup.match || x.method == "HEAD") return;
    const std::string& pattern = lookup.match->pattern;
    const bool json_answer = header(x.response, "content-type").starts_with("application/json") && !x.response.body.empty();
    const bool json_request = x.request_content_type.starts_with("application/json") && !x.request_body.empty();

    if (record) {
        json::object line{{"method", x.method}, {"route", pattern}, {"status", x.response.status}};
        if (const auto q = x.path.find('?'); q != std::string::npos) {
            // The names of the query's parameters (their values are the tests' own).
            json::array names;
            std::string_view rest(x.path);
            rest.remove_prefix(q + 1);
            while (!rest.empty()) {
                const auto amp = rest.find('&');
                const auto part = rest.substr(0, amp);
                names.emplace_back(part.substr(0, part.find('=')));
                rest.remove_prefix(amp == std::string_view::npos ? rest.size() : amp + 1);
            }
            line["query"] = std::move(names);
        }
        boost::system::error_code ec;
        if (json_request) {
            auto body = json::parse(x.request_body, ec);
            if (!ec) line["request"] = std::move(body);
        }
        if (json_answer) {
            auto body = json::parse(x.response.body, ec);
            if (!ec) line["response"] = std::move(body);
        }
        std::lock_guard lock(mutex);
        std::ofstream(record, std::ios::app) << json::serialize(line) << "\n";
    }

    const auto* item = document().at("paths").as_object().if_contains(pattern);
    std::string method = x.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto* operation = item ? item->as_object().if_contains(method) : nullptr;
    if (!operation) {
        ADD_FAILURE() << x.method << " " << pattern << " is not in docs/openapi.json";
        return;
    }
    const auto& op = operation->as_object();
    if (json_answer) {
        boost::system::error_code ec;
        const auto body = json::parse(x.response.body, ec);
        EXPECT_FALSE(ec) << x.method << " " << x.path << " answered " << x.response.status << " with invalid JSON";
        if (!ec)
            if (const auto* schema =
                    json_schema(response_for(op, x.response.status, body.is_object() && body.as_object().size() == 1 && body.as_object().contains("error"))))
                if (auto problem = check(body, *schema, ""); !problem.empty())
                    ADD_FAILURE() << x.method << " " << pattern << " answered " << x.response.status << " against docs/openapi.json: " << problem;
    }
    if (json_request && x.response.status / 100 == 2) {
        boost::system::error_code ec;
        const auto body = json::parse(x.request_body, ec);
        if (!ec)
            if (const auto* schema = json_schema(op.if_contains("requestBody")))
                if (auto problem = check(body, *schema, ""); !problem.empty())
                    ADD_FAILURE() << x.method << " " << pattern << " accepted a request against docs/openapi.json: " << problem;
    }
}

// Installed while the binary starts, before main runs the tests.
[[maybe_unused]] const bool installed = [] {
    sk::test::HttpClient::observer = observe;
    return true;
}();

}  // namespace

TEST(OpenApiContract, ChecksAnswersAgainstTheirSchemas) {
    // The checker itself: a conforming value passes, each kind of difference is named.
    const auto schema = json::parse(R"({"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"},)"
                                    R"("name":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},)"
                                    R"("note":{"type":["string","null"]}}})")
                            .as_object();
    EXPECT_EQ(check(json::parse(R"({"id":1,"name":"a","tags":["x"],"note":null})"), schema, ""), "");
    EXPECT_EQ(check(json::parse(R"({"id":1.0,"name":"a"})"), schema, ""), "") << "a whole number written as a decimal";
    EXPECT_EQ(check(json::parse(R"({"name":"a"})"), schema, ""), ": no \"id\"");
    EXPECT_EQ(check(json::parse(R"({"id":"1","name":"a"})"), schema, ""), "/id: \"1\" is not \"integer\"");
    EXPECT_EQ(check(json::parse(R"({"id":1,"name":"a","tags":[2]})"), schema, ""), "/tags/0: 2 is not \"string\"");
    EXPECT_EQ(check(json::parse(R"({"id":1,"name":"a","note":3})"), schema, ""), "/note: 3 is not [\"string\",\"null\"]");
    // The shared error answer.
    const auto& error = document().at("components").at("schemas").at("Error").as_object();
    EXPECT_EQ(check(json::parse(R"({"error":{"code":"x","message":"y","fields":{"a":"b"}}})"), error, ""), "");
    EXPECT_NE(check(json::parse(R"({"error":{"code":"x"}})"), error, ""), "");
}

}  // namespace openapi_contract
