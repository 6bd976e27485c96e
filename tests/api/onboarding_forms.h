// Valid request bodies for the programme form and the two registration forms, as JSON objects a test
// can change one field of (docs/api.md, "Programmes and onboarding").
#pragma once

#include <string>

#include <boost/json.hpp>

#include "support/http_client.h"

namespace sk::test {

inline boost::json::object programme_form(const std::string& name = "STEM-traject Limburg", bool published = true) {
    return boost::json::object{
        {"name", name},
        {"schoolYear", "2026-2027"},
        {"audience", "primary"},
        {"region", "Limburg"},
        {"frameworkId", "eu-stem-school-label"},
        {"maxSchools", 12},
        {"description", boost::json::object{{"nl", "Een traject voor basisscholen."}, {"en", "A programme for primary schools."}}},
        {"published", published},
        {"phases", boost::json::array{boost::json::object{{"kind", "baseline"}, {"opensOn", "2026-09-01"}, {"closesOn", "2026-10-15"}},
                                      boost::json::object{{"kind", "award"}, {"opensOn", "2027-06-01"}, {"closesOn", "2027-06-20"}}}}};
}

inline boost::json::object school_form(const std::string& number = "654321", const std::string& email = "ann@sintjozef.be") {
    return boost::json::object{{"contactName", "Ann Peeters"},      {"contactFunction", "directeur"},
                               {"contactEmail", email},             {"contactPhone", "011 22 33 44"},
                               {"schoolName", "Sint-Jozefschool"},  {"institutionNumber", number},
                               {"street", "Kerkstraat 12"},         {"postcode", "3500"},
                               {"municipality", "Hasselt"},         {"province", "limburg"},
                               {"network", "kov"},                  {"level", "primary"},
                               {"pupils", 240},                     {"heardFrom", "colleague"},
                               {"consent", true},                   {"language", "nl"},
                               {"website", ""}};
}

inline boost::json::object mentor_form(const std::string& number = "0456.789.123", const std::string& email = "bert@energielab.be") {
    return boost::json::object{{"companyName", "Energielab BV"},
                               {"enterpriseNumber", number},
                               {"sector", "Energie"},
                               {"province", "antwerpen"},
                               {"companySize", "10-49"},
                               {"contactName", "Bert Bos"},
                               {"contactFunction", "ingenieur"},
                               {"contactEmail", email},
                               {"contactPhone", "+32 470 12 34 56"},
                               {"expertise", boost::json::array{"E1", "E6"}},
                               {"capacity", 2},
                               {"consent", true},
                               {"language", "en"},
                               {"website", ""}};
}

inline std::string body(const boost::json::object& o) { return boost::json::serialize(o); }

// The parsed answer (an empty object when it is not JSON).
inline boost::json::object answer(const HttpResponse& res) {
    boost::system::error_code ec;
    auto v = boost::json::parse(res.body, ec);
    return !ec && v.is_object() ? v.as_object() : boost::json::object{};
}

// The names of the fields an error answer complains about.
inline std::vector<std::string> error_fields(const HttpResponse& res) {
    std::vector<std::string> out;
    const auto a = answer(res);
    if (auto* e = a.if_contains("error"); e && e->is_object())
        if (auto* f = e->as_object().if_contains("fields"); f && f->is_object())
            for (const auto& kv : f->as_object()) out.emplace_back(kv.key());
    return out;
}

}  // namespace sk::test
