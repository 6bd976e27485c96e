// Names, places and numbers of the generated regional demo (app/demo_schools.h): who and where each
// school, company and person is, as a pure function of its index, so two runs (and two sizes: the first
// 60 schools of 10,000 are the 60 of a 60-school run) give the same names.
#pragma once

#include <cstdint>
#include <string>

namespace sk::app::demo {

// A small deterministic generator (splitmix64): the same seed gives the same sequence on every platform,
// unlike the standard distributions.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    int below(int n);                     // 0 .. n-1
    int between(int lo, int hi);          // lo .. hi
    bool percent(int p) { return below(100) < p; }

private:
    std::uint64_t state_;
};
// The generator of item `index` of a kind (`stream`: one per kind of thing), independent of every other.
Rng rng_for(std::uint64_t stream, std::int64_t index);

struct Place {
    const char* municipality;
    const char* postcode;
    const char* province;  // one of the five Flemish provinces, as school_profiles stores it
};

struct SchoolIdentity {
    std::string name;                // unique up to 20,000 schools
    std::string institution_number;  // 6 digits, unique, 700000-899999 (never the small demo's)
    const Place* place = nullptr;
    std::string street;
    std::string level;    // primary | secondary
    std::string network;  // go | ovsg | pov | kov | other
    std::int64_t pupils = 0;
};
SchoolIdentity school_identity(int index);

struct CompanyIdentity {
    std::string name;
    std::string enterprise_number;  // 0xxx.xxx.xxx, unique, from 0800.000.000
    const Place* place = nullptr;
    std::string sector;
    std::string size;  // 1-9 | 10-49 | 50-249 | 250+
};
CompanyIdentity company_identity(int index);

// A Flemish first and last name; `key` picks it.
std::string person_name(std::uint64_t key);
// A code of `length` characters from core/survey_code.h's alphabet (survey and certificate codes).
std::string code_from(Rng& rng, std::size_t length);

}  // namespace sk::app::demo
