// The cell rules of the CSV import (core/import_rows.h): one row per broken cell.
#include <gtest/gtest.h>

#include "core/import_rows.h"

using sk::core::ImportKind;
using sk::core::ImportRow;

namespace {

ImportRow school() {
    return {{"name", "Sint-Jan"},      {"institution_number", "123456"}, {"street", "Kerkstraat 1"}, {"postcode", "9000"},
            {"municipality", "Gent"},  {"province", "oost-vlaanderen"},  {"network", "kov"},         {"level", "secondary"},
            {"pupils", "800"},         {"contact_name", "An"},           {"contact_email", "an@x.be"}};
}

ImportRow company() {
    return {{"name", "Tech NV"}, {"enterprise_number", "0123.456.789"}, {"sector", "ICT"}, {"province", "limburg"}, {"size", "10-49"},
            {"expertise", "E1|E4"}, {"capacity", "3"}, {"contact_name", "Bo"}, {"contact_email", "bo@x.be"}};
}

const std::set<std::string> kElements = {"E1", "E2", "E3", "E4", "E5", "E6", "E7"};

TEST(ImportRows, ValidRowsPass) {
    EXPECT_TRUE(sk::core::check_import_row(ImportKind::schools, school(), kElements).empty());
    EXPECT_TRUE(sk::core::check_import_row(ImportKind::companies, company(), kElements).empty());
}

TEST(ImportRows, SchoolCells) {
    const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
        {"institution_number", "12345", "import.institution_number"},
        {"institution_number", "12345a", "import.institution_number"},
        {"institution_number", "", "field.required"},
        {"postcode", "0999", "import.postcode"},
        {"postcode", "10000", "import.postcode"},
        {"postcode", "9a00", "import.postcode"},
        {"province", "Gent", "import.province"},
        {"network", "GO!", "import.network"},
        {"level", "higher", "import.level"},
        {"pupils", "0", "import.pupils"},
        {"pupils", "5001", "import.pupils"},
        {"pupils", "-3", "import.pupils"},
        {"name", std::string(121, 'x'), "field.too_long"},
        {"street", "", "field.required"},
    };
    for (const auto& [column, value, key] : cases) {
        auto row = school();
        row[column] = value;
        auto errors = sk::core::check_import_row(ImportKind::schools, row, kElements);
        ASSERT_EQ(errors.size(), 1u) << column << "=" << value;
        EXPECT_EQ(errors.begin()->first, column);
        EXPECT_EQ(errors.begin()->second.key, key) << column << "=" << value;
    }
}

TEST(ImportRows, CompanyCells) {
    const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
        {"enterprise_number", "0123.456.78", "import.enterprise_number"},
        {"enterprise_number", "BE0123456789", "import.enterprise_number"},
        {"size", "5", "import.size"},
        {"expertise", "E1|E9", "import.expertise"},
        {"expertise", "E1||E2", "import.expertise"},
        {"capacity", "21", "import.capacity"},
        {"capacity", "0", "import.capacity"},
        {"sector", "", "field.required"},
    };
    for (const auto& [column, value, key] : cases) {
        auto row = company();
        row[column] = value;
        auto errors = sk::core::check_import_row(ImportKind::companies, row, kElements);
        ASSERT_EQ(errors.size(), 1u) << column << "=" << value;
        EXPECT_EQ(errors.begin()->first, column);
        EXPECT_EQ(errors.begin()->second.key, key) << column << "=" << value;
    }
}

TEST(ImportRows, HeadersInEnglishOrDutch) {
    EXPECT_EQ(sk::core::import_column(ImportKind::schools, "Instellingsnummer"), "institution_number");
    EXPECT_EQ(sk::core::import_column(ImportKind::schools, "institution_number"), "institution_number");
    EXPECT_EQ(sk::core::import_column(ImportKind::schools, "Contact name"), "contact_name");
    EXPECT_EQ(sk::core::import_column(ImportKind::companies, "Ondernemingsnummer"), "enterprise_number");
    EXPECT_EQ(sk::core::import_column(ImportKind::companies, "Capaciteit"), "capacity");
    EXPECT_FALSE(sk::core::import_column(ImportKind::schools, "notes"));
    EXPECT_EQ(sk::core::format_enterprise_number("0123456789"), "0123.456.789");
}

}  // namespace
