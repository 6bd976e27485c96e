// The checks of the two public registration forms and of the programme form, without a server.
#include <gtest/gtest.h>

#include "api/error.h"
#include "api/programme_input.h"
#include "api/registration_input.h"

using sk::api::ApiError;

namespace {

const std::string kSchool =
    R"({"contactName":" Ann Peeters ","contactFunction":"directeur","contactEmail":"Ann@SintJozef.be","contactPhone":"011/22.33.44",)"
    R"("schoolName":"Sint-Jozefschool","institutionNumber":"654321","street":"Kerkstraat 12","postcode":"3500",)"
    R"("municipality":"Hasselt","province":"limburg","network":"kov","level":"primary","pupils":240,)"
    R"("heardFrom":"website","heardFromOther":"ignored unless other","consent":true,"website":""})";

const std::string kMentor =
    R"({"companyName":"Energielab BV","enterpriseNumber":"0456 789 123","sector":"Energie","province":"antwerpen",)"
    R"("companySize":"250+","contactName":"Bert Bos","contactFunction":"ingenieur","contactEmail":"bert@energielab.be",)"
    R"("contactPhone":"+32 470 12 34 56","expertise":["E6","E1","E6"],"capacity":20,"consent":true,"language":"en"})";

const std::vector<std::string> kElementIds = {"E1", "E2", "E3", "E4", "E5", "E6", "E7"};

// The fields an input error names, or {"<no error>"} when it did not throw.
template <typename F>
std::map<std::string, std::string> fields_of(F&& read) {
    try {
        read();
    } catch (const ApiError& e) {
        std::map<std::string, std::string> out;
        for (const auto& [name, err] : e.fields) out[name] = err.key;
        return out;
    }
    return {{"<no error>", ""}};
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    const auto pos = s.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    return s.replace(pos, from.size(), to);
}

}  // namespace

TEST(RegistrationInput, AValidSchoolFormIsReadTrimmedAndLowerCased) {
    const auto r = sk::api::read_school_registration(kSchool);
    EXPECT_EQ(r.contact_name, "Ann Peeters");
    EXPECT_EQ(r.contact_email, "ann@sintjozef.be");
    EXPECT_EQ(r.institution_number, "654321");
    EXPECT_EQ(r.pupils, 240);
    EXPECT_EQ(r.heard_from_other, "") << "only kept when heardFrom is other";
    EXPECT_FALSE(r.language.has_value());
    EXPECT_NE(r.data_json("nl").find(R"("language":"nl")"), std::string::npos);
}

TEST(RegistrationInput, SchoolFieldsAreEachChecked) {
    const std::vector<std::tuple<std::string, std::string, std::string, std::string>> cases = {
        {R"("institutionNumber":"654321")", R"("institutionNumber":"6543210")", "institutionNumber", "field.institution_number"},
        {R"("postcode":"3500")", R"("postcode":"350")", "postcode", "field.postcode"},
        {R"("pupils":240)", R"("pupils":-3)", "pupils", "field.pupils"},
        {R"("pupils":240)", R"("pupils":240.5)", "pupils", "field.pupils"},
        {R"("network":"kov")", R"("network":"KOV")", "network", "field.network"},
        {R"("heardFrom":"website","heardFromOther":"ignored unless other")", R"("heardFrom":"other","heardFromOther":" ")",
         "heardFromOther", "field.required"},
        {R"("consent":true)", R"("consent":1)", "consent", "field.consent"},
        {R"("contactPhone":"011/22.33.44")", R"("contactPhone":"011 22 33 44 ext 5")", "contactPhone", "field.phone"},
    };
    for (const auto& [from, to, field, key] : cases) {
        const auto body = replace(kSchool, from, to);
        EXPECT_EQ(fields_of([&] { sk::api::read_school_registration(body); }), (std::map<std::string, std::string>{{field, key}})) << to;
    }
    // Other with an explanation is fine.
    const auto other = sk::api::read_school_registration(replace(kSchool, R"("heardFrom":"website")", R"("heardFrom":"other")"));
    EXPECT_EQ(other.heard_from_other, "ignored unless other");
    // Every missing field is named at once.
    EXPECT_EQ(fields_of([] { sk::api::read_school_registration("{}"); }).size(), 15u);
}

TEST(RegistrationInput, MentorFormNormalisesTheEnterpriseNumberAndExpertise) {
    const auto r = sk::api::read_mentor_registration(kMentor, kElementIds);
    EXPECT_EQ(r.enterprise_number, "0456.789.123");
    EXPECT_EQ(r.enterprise_digits, "0456789123");
    EXPECT_EQ(r.expertise, (std::vector<std::string>{"E6", "E1"}));
    EXPECT_EQ(r.capacity, 20);
    EXPECT_EQ(r.language, "en");
    EXPECT_EQ(fields_of([&] { sk::api::read_mentor_registration(kMentor, {"E1"}); }),
              (std::map<std::string, std::string>{{"expertise", "field.expertise"}}))
        << "E6 is not an element of a framework without it";
    EXPECT_EQ(fields_of([&] { sk::api::read_mentor_registration(replace(kMentor, "0456 789 123", "BE0456789123"), kElementIds); }),
              (std::map<std::string, std::string>{{"enterpriseNumber", "field.enterprise_number"}}));
    EXPECT_EQ(fields_of([&] { sk::api::read_mentor_registration(replace(kMentor, R"("capacity":20)", R"("capacity":21)"), kElementIds); }),
              (std::map<std::string, std::string>{{"capacity", "field.capacity"}}));
}

TEST(RegistrationInput, HoneypotAndPhoneNumbers) {
    EXPECT_FALSE(sk::api::honeypot_filled(R"({"website":""})"));
    EXPECT_FALSE(sk::api::honeypot_filled(R"({"website":"   "})"));
    EXPECT_FALSE(sk::api::honeypot_filled(R"({})"));
    EXPECT_FALSE(sk::api::honeypot_filled("not json"));
    EXPECT_TRUE(sk::api::honeypot_filled(R"({"website":"http://spam.example"})"));
    EXPECT_TRUE(sk::api::honeypot_filled(R"({"website":1})"));

    EXPECT_TRUE(sk::api::valid_phone("050 12 34 56"));
    EXPECT_TRUE(sk::api::valid_phone("+32 (0)470 12.34.56"));
    EXPECT_TRUE(sk::api::valid_phone("0470/123456"));
    EXPECT_FALSE(sk::api::valid_phone("1234567"));
    EXPECT_FALSE(sk::api::valid_phone("0470 12 34 56 +"));
    EXPECT_FALSE(sk::api::valid_phone("call me"));
    EXPECT_FALSE(sk::api::valid_phone("1234567890123456"));
}

TEST(ProgrammeInput, DatesAreRealCalendarDays) {
    EXPECT_TRUE(sk::api::valid_date("2026-09-01"));
    EXPECT_TRUE(sk::api::valid_date("2028-02-29"));
    EXPECT_FALSE(sk::api::valid_date("2027-02-29"));
    EXPECT_FALSE(sk::api::valid_date("2100-02-29"));
    EXPECT_FALSE(sk::api::valid_date("2026-13-01"));
    EXPECT_FALSE(sk::api::valid_date("2026-04-31"));
    EXPECT_FALSE(sk::api::valid_date("2026-9-1"));
    EXPECT_FALSE(sk::api::valid_date("2026-09-01T00:00"));
}

TEST(ProgrammeInput, UnknownFrameworkIsNamed) {
    sk::core::FrameworkSet set;
    set.entries.push_back({"eu-stem-school-label", "2024.1", "n", "n", "{}", {}, nullptr});
    const std::string body =
        R"({"name":"T","schoolYear":"2026-2027","audience":"primary","region":"R","frameworkId":"eu-stem-school-label","maxSchools":3})";
    const auto f = sk::api::read_programme(body, &set);
    EXPECT_EQ(f.framework_version, "2024.1");
    EXPECT_FALSE(f.published);
    EXPECT_TRUE(f.phases.empty());
    EXPECT_EQ(fields_of([&] { sk::api::read_programme(body, nullptr); }),
              (std::map<std::string, std::string>{{"frameworkId", "field.framework"}}));
}
