#include "app/demo_names.h"

#include <array>

#include "core/survey_code.h"

namespace sk::app::demo {

namespace {

// Ten municipalities in each of the five Flemish provinces.
constexpr std::array<Place, 50> kPlaces = {{
    {"Antwerpen", "2000", "antwerpen"},          {"Mechelen", "2800", "antwerpen"},        {"Turnhout", "2300", "antwerpen"},
    {"Geel", "2440", "antwerpen"},               {"Mol", "2400", "antwerpen"},             {"Lier", "2500", "antwerpen"},
    {"Boom", "2850", "antwerpen"},               {"Herentals", "2200", "antwerpen"},       {"Brasschaat", "2930", "antwerpen"},
    {"Kontich", "2550", "antwerpen"},            {"Hasselt", "3500", "limburg"},           {"Genk", "3600", "limburg"},
    {"Sint-Truiden", "3800", "limburg"},         {"Tongeren", "3700", "limburg"},          {"Lommel", "3920", "limburg"},
    {"Maaseik", "3680", "limburg"},              {"Beringen", "3580", "limburg"},          {"Bilzen", "3740", "limburg"},
    {"Houthalen-Helchteren", "3530", "limburg"}, {"Tessenderlo", "3980", "limburg"},       {"Gent", "9000", "oost-vlaanderen"},
    {"Aalst", "9300", "oost-vlaanderen"},        {"Sint-Niklaas", "9100", "oost-vlaanderen"}, {"Dendermonde", "9200", "oost-vlaanderen"},
    {"Lokeren", "9160", "oost-vlaanderen"},      {"Oudenaarde", "9700", "oost-vlaanderen"}, {"Eeklo", "9900", "oost-vlaanderen"},
    {"Ninove", "9400", "oost-vlaanderen"},       {"Wetteren", "9230", "oost-vlaanderen"},  {"Zele", "9240", "oost-vlaanderen"},
    {"Leuven", "3000", "vlaams-brabant"},        {"Vilvoorde", "1800", "vlaams-brabant"},  {"Halle", "1500", "vlaams-brabant"},
    {"Tienen", "3300", "vlaams-brabant"},        {"Aarschot", "3200", "vlaams-brabant"},   {"Diest", "3290", "vlaams-brabant"},
    {"Zaventem", "1930", "vlaams-brabant"},      {"Asse", "1730", "vlaams-brabant"},       {"Grimbergen", "1850", "vlaams-brabant"},
    {"Overijse", "3090", "vlaams-brabant"},      {"Brugge", "8000", "west-vlaanderen"},    {"Kortrijk", "8500", "west-vlaanderen"},
    {"Oostende", "8400", "west-vlaanderen"},     {"Roeselare", "8800", "west-vlaanderen"}, {"Ieper", "8900", "west-vlaanderen"},
    {"Waregem", "8790", "west-vlaanderen"},      {"Tielt", "8700", "west-vlaanderen"},     {"Poperinge", "8970", "west-vlaanderen"},
    {"Torhout", "8820", "west-vlaanderen"},      {"Knokke-Heist", "8300", "west-vlaanderen"},
}};

// The kind of school names its level and usually its network (4 of 10 primary).
struct SchoolType {
    const char* word;
    const char* level;
    const char* network;
};
constexpr std::array<SchoolType, 10> kTypes = {{
    {"Basisschool", "primary", "kov"},
    {"Gemeentelijke Basisschool", "primary", "ovsg"},
    {"Vrije Basisschool", "primary", "kov"},
    {"GO! Basisschool", "primary", "go"},
    {"Atheneum", "secondary", "go"},
    {"Technisch Instituut", "secondary", "pov"},
    {"Lyceum", "secondary", "kov"},
    {"College", "secondary", "kov"},
    {"Middenschool", "secondary", "go"},
    {"Campus", "secondary", "other"},
}};
constexpr std::array<const char*, 20> kPatrons = {
    "De Regenboog", "Sint-Jozef",  "Sint-Maria",  "De Klimop", "Het Spoor",   "Sint-Vincentius", "De Wingerd",   "Don Bosco", "Sint-Lodewijk", "De Horizon",
    "Het Kompas",   "Sint-Rita",   "De Sleutel",  "Sint-Victor", "Het Molenhof", "De Linde",     "Sint-Barbara", "De Vlieger", "Het Park",     "Sint-Paulus",
};
constexpr std::array<const char*, 12> kStreets = {
    "Schoolstraat", "Kerkstraat", "Stationsstraat", "Molenstraat", "Nieuwstraat", "Kapelstraat",
    "Dorpsplein",   "Kloosterstraat", "Parklaan",   "Beekstraat",  "Lindenlaan",  "Sportlaan",
};
constexpr std::array<const char*, 30> kFirstNames = {
    "An",    "Bart",  "Charlotte", "Dirk",   "Els",  "Filip", "Griet", "Hans",   "Ilse",  "Jan",
    "Katrien", "Lieven", "Marie",  "Nico",   "Olga", "Pieter", "Quinten", "Roos", "Sofie", "Tom",
    "Ursula", "Vincent", "Wendy",  "Xavier", "Yasmine", "Zeno", "Fatima", "Mohamed", "Lotte", "Wout",
};
constexpr std::array<const char*, 40> kLastNames = {
    "Peeters",  "Janssens",  "Maes",      "Jacobs",  "Mertens",    "Willems",   "Claes",     "Goossens", "Wouters",  "De Smet",
    "Dubois",   "Hermans",   "Aerts",     "Michiels", "Pauwels",   "Vermeulen", "Van Damme", "Desmet",   "Dumont",   "Martens",
    "Verstraete", "Lambrecht", "De Clercq", "Van de Velde", "Coppens", "Vandenberghe", "Hendrickx", "Smets", "Declercq", "Bogaert",
    "El Amrani", "Yilmaz",   "Cools",     "Segers",  "Baert",      "Verhoeven", "Stevens",   "Leroy",    "Van Acker", "Devos",
};
constexpr std::array<const char*, 25> kCompanyWords = {
    "Techniek",  "Innovatie", "Engineering", "Automatisering", "Energie",   "Chemie",   "Robotica", "Software", "Bouw",      "Logistiek",
    "Precisie",  "Metaal",    "Elektro",     "Data",           "Water",     "Voeding",  "Kunststof", "Laser",   "Print3D",   "Solar",
    "Mobiliteit", "Sensor",   "Haven",       "Zorgtech",       "Biotech",
};
constexpr std::array<const char*, 5> kCompanySuffixes = {"NV", "BV", "BVBA", "CV", "Group"};
constexpr std::array<const char*, 10> kSectors = {
    "Technologie", "Chemie", "Bouw", "Energie", "ICT", "Voeding", "Logistiek", "Zorgtechnologie", "Metaal", "Haven en maritiem",
};
constexpr std::array<const char*, 4> kSizes = {"1-9", "10-49", "50-249", "250+"};

}  // namespace

std::uint64_t Rng::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int Rng::below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
int Rng::between(int lo, int hi) { return lo + below(hi - lo + 1); }

Rng rng_for(std::uint64_t stream, std::int64_t index) {
    constexpr std::uint64_t kSeed = 20262027;  // fixed: benchmarks and browser specs rely on the same data every run
    Rng mix(kSeed ^ (stream * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::uint64_t>(index) * 0xD1B54A32D192ED03ull));
    return Rng(mix.next());
}

SchoolIdentity school_identity(int index) {
    // A bijection of 0..9,999 onto every (type, patron, place) combination, so neighbours differ in all
    // three; beyond 10,000 the names repeat with a campus number.
    constexpr int kCombinations = static_cast<int>(kTypes.size() * kPatrons.size() * kPlaces.size());
    const int j = static_cast<int>((static_cast<std::int64_t>(index) * 7919) % kCombinations);
    const int campus = index / kCombinations;
    const auto& type = kTypes[static_cast<std::size_t>(j) % kTypes.size()];
    const auto* patron = kPatrons[static_cast<std::size_t>(j) / kTypes.size() % kPatrons.size()];
    const auto& place = kPlaces[static_cast<std::size_t>(j) / (kTypes.size() * kPatrons.size())];
    auto rng = rng_for(1, index);
    SchoolIdentity s;
    s.name = std::string(type.word) + " " + patron + " " + place.municipality + (campus ? " campus " + std::to_string(campus + 1) : "");
    // 7817 is prime to 200,000: a bijection of the indexes onto 700000..899999.
    s.institution_number = std::to_string(700000 + (static_cast<std::int64_t>(index) * 7817) % 200000);
    s.place = &place;
    s.street = std::string(kStreets[static_cast<std::size_t>(rng.below(kStreets.size()))]) + " " + std::to_string(rng.between(1, 180));
    s.level = type.level;
    s.network = rng.percent(90) ? type.network : "other";
    s.pupils = s.level == "primary" ? rng.between(90, 520) : rng.between(280, 1600);
    return s;
}

CompanyIdentity company_identity(int index) {
    constexpr int kCombinations = static_cast<int>(kCompanyWords.size() * kCompanySuffixes.size() * kPlaces.size());
    const int j = static_cast<int>((static_cast<std::int64_t>(index) * 37) % kCombinations);
    const int branch = index / kCombinations;
    const auto& place = kPlaces[static_cast<std::size_t>(j) / (kCompanyWords.size() * kCompanySuffixes.size())];
    auto rng = rng_for(2, index);
    CompanyIdentity c;
    c.name = std::string(kCompanyWords[static_cast<std::size_t>(j) % kCompanyWords.size()]) + " " + place.municipality + " " +
             kCompanySuffixes[static_cast<std::size_t>(j) / kCompanyWords.size() % kCompanySuffixes.size()] +
             (branch ? " " + std::to_string(branch + 1) : "");
    const std::string digits = std::to_string(800000000 + index);  // 9 digits after the leading 0
    c.enterprise_number = "0" + digits.substr(0, 3) + "." + digits.substr(3, 3) + "." + digits.substr(6, 3);
    c.place = &place;
    c.sector = kSectors[static_cast<std::size_t>(rng.below(kSectors.size()))];
    c.size = kSizes[static_cast<std::size_t>(rng.below(kSizes.size()))];
    return c;
}

std::string person_name(std::uint64_t key) {
    Rng rng(key);
    const auto* first = kFirstNames[static_cast<std::size_t>(rng.below(kFirstNames.size()))];
    const auto* last = kLastNames[static_cast<std::size_t>(rng.below(kLastNames.size()))];
    return std::string(first) + " " + last;
}

std::string code_from(Rng& rng, std::size_t length) {
    std::string code;
    for (std::size_t i = 0; i < length; ++i) code += core::kSurveyCodeAlphabet[static_cast<std::size_t>(rng.below(core::kSurveyCodeAlphabet.size()))];
    return code;
}

}  // namespace sk::app::demo
