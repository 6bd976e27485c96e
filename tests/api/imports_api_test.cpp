// CSV import of schools and companies: the dry run, "all or nothing", "only the valid rows", every
// kind of bad cell, duplicates, capacity, and the invitation mails of the created contacts.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/smtp_server.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::TestServer;

namespace {

const std::map<std::string, std::string> kCsv = {{"Content-Type", "text/csv; charset=utf-8"}};
const std::string kSchoolHeader =
    "name;institution_number;street;postcode;municipality;province;network;level;pupils;contact_name;contact_email\r\n";

std::string school_line(const std::string& name, const std::string& number, const std::string& email) {
    return name + ";" + number + ";Kerkstraat 1;9000;Gent;oost-vlaanderen;kov;secondary;800;Contact " + name + ";" + email + "\r\n";
}

struct ImportFixture {
    TestServer server;
    std::int64_t programme = 0;
    std::string base;
    explicit ImportFixture(std::int64_t max_schools = 20, sk::test::TestServerOptions options = {}) : server(options) {
        auto& db = server.db();
        programme = sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Importprogramma", max_schools);
        base = "/api/programmes/" + std::to_string(programme) + "/imports/";
    }
    HttpClient organiser() {
        auto c = server.client();
        EXPECT_EQ(c.login("organisator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
        return c;
    }
    std::int64_t count(const std::string& sql) { return server.db().exec(sql).one().i64(0); }
    // Schools created by the import: the demo data brings one school profile of its own.
    std::int64_t schools() { return count("SELECT COUNT(*) FROM school_profiles WHERE institution_number <> '123456'"); }
};

// A file of `rows` schools numbered from 100000 (the demo school's 123456 lies beyond 20,000 rows); the
// rows from `bad_from` on (1-based) have a postcode of 3 digits.
std::string school_file(int rows, int bad_from = 0) {
    std::string csv = kSchoolHeader;
    csv.reserve(static_cast<std::size_t>(rows) * 110);
    for (int i = 1; i <= rows; ++i) {
        const auto n = std::to_string(99999 + i);
        auto line = school_line("School " + n, n, "s" + n + "@school.be");
        if (bad_from > 0 && i >= bad_from) line.replace(line.find(";9000;"), 6, ";900;");
        csv += line;
    }
    return csv;
}

}  // namespace

TEST(ImportApi, PreviewListsEveryRowAndWritesNothing) {
    ImportFixture f;
    auto c = f.organiser();
    const std::string csv = kSchoolHeader + school_line("Sint-Jan", "246810", "jan@school.be") +
                            "Kapot;12345;Straat;999;Gent;gent;GO!;hoger;0;Iemand;geen-mail\r\n";
    auto res = c.post(f.base + "schools?mode=preview", csv, kCsv);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_int("/valid"), 1);
    EXPECT_EQ(res.json_int("/invalid"), 1);
    EXPECT_EQ(res.json_int("/imported"), 0);
    EXPECT_EQ(res.json_int("/rows/0/line"), 2);
    EXPECT_EQ(res.json_string("/rows/0/status"), "create");
    EXPECT_EQ(res.json_string("/rows/0/name"), "Sint-Jan");
    EXPECT_EQ(res.json_string("/rows/1/status"), "error");
    EXPECT_EQ(res.json_string("/rows/1/errors/institution_number"), "Een instellingsnummer heeft 6 cijfers.");
    EXPECT_EQ(res.json_string("/rows/1/errors/postcode"), "Een postcode heeft 4 cijfers (1000–9999).");
    EXPECT_EQ(res.json_string("/rows/1/errors/province"),
              "Kies antwerpen, limburg, oost-vlaanderen, vlaams-brabant, west-vlaanderen of brussel.");
    EXPECT_EQ(res.json_string("/rows/1/errors/network"), "Kies go, ovsg, pov, kov of other.");
    EXPECT_EQ(res.json_string("/rows/1/errors/level"), "Kies primary of secondary.");
    EXPECT_EQ(res.json_string("/rows/1/errors/pupils"), "Vul een aantal leerlingen in van 1 tot 5000.");
    EXPECT_EQ(res.json_string("/rows/1/errors/contact_email"), "Vul een geldig e-mailadres in, bijvoorbeeld naam@school.be.");
    c.language = "en";
    auto en = c.post(f.base + "schools", csv, kCsv);  // preview is the default
    EXPECT_EQ(en.json_string("/rows/1/errors/institution_number"), "An institution number has 6 digits.");
    EXPECT_EQ(f.schools(), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM outbox"), 0);
}

TEST(ImportApi, AllWritesNothingUnlessEveryRowIsValid) {
    ImportFixture f;
    auto c = f.organiser();
    const std::string csv = kSchoolHeader + school_line("Sint-Jan", "246810", "jan@school.be") +
                            school_line("Dubbel", "246810", "dubbel@school.be");
    auto res = c.post(f.base + "schools?mode=all", csv, kCsv);
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(res.json_string("/error/message"), "Niet alle rijen zijn geldig; er werd niets geïmporteerd.");
    EXPECT_EQ(res.json_string("/rows/1/errors/institution_number"), "Dit nummer staat al op regel 2 van dit bestand.");
    EXPECT_EQ(res.json_int("/imported"), 0);
    EXPECT_EQ(f.schools(), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM organisations WHERE kind = 'school'"), 1);  // the demo school only
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM users WHERE email = 'jan@school.be'"), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM outbox"), 0);
}

TEST(ImportApi, AllImportsAValidFileAndTheContactsAcceptTheirInvitation) {
    sk::test::SmtpServer smtp;
    ImportFixture f(20, {.smtp_url = smtp.url()});
    auto c = f.organiser();
    const std::string csv = kSchoolHeader + school_line("Sint-Jan", "246810", "Jan@School.be") +
                            
                            "\"Atheneum; Noord\";654321;Noordlaan 2;2000;Antwerpen;antwerpen;go;secondary;800;Nora Noord;noord@school.be\r\n";
    auto res = c.post(f.base + "schools?mode=all", csv, kCsv);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_int("/imported"), 2);
    EXPECT_EQ(res.json_string("/rows/1/name"), "Atheneum; Noord");
    EXPECT_EQ(f.schools(), 2);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM programme_participants WHERE kind = 'school' AND programme_id = " + std::to_string(f.programme)), 2);
    auto& db = f.server.db();
    auto prof = db.exec("SELECT o.name, sp.postcode, sp.province, sp.network, sp.pupils FROM school_profiles sp "
                        "JOIN organisations o ON o.id = sp.organisation_id WHERE sp.institution_number = '654321'");
    EXPECT_EQ(prof.one().str(0), "Atheneum; Noord");
    EXPECT_EQ(prof.one().str(2), "antwerpen");
    EXPECT_EQ(prof.one().i64(4), 800);
    // Invited, not yet a member: choosing the password below accepts.
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM invitations WHERE email = 'jan@school.be' AND role = 'coordinator' AND accepted_at IS NULL"), 1);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'jan@school.be'"), 0);
    auto audit = db.exec("SELECT action, programme_id FROM audit_log");
    ASSERT_EQ(audit.rows.size(), 1u);
    EXPECT_EQ(audit.one().str(0), "import.schools");

    f.server.drain_mail();
    auto mails = smtp.wait_for(2);
    ASSERT_EQ(mails.size(), 2u);
    const std::string prefix = "http://app.test/set-password#token=";
    const auto link = sk::test::find_link(mails[0].body, prefix);
    ASSERT_FALSE(link.empty()) << mails[0].body;
    HttpClient contact(f.server.base_url());
    contact.get("/api/me");  // the CSRF cookie
    auto done = contact.post("/api/auth/set-password", R"({"token":")" + link.substr(prefix.size()) + R"(","password":"een lang wachtwoord"})");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(done.json_string("/memberships/0/role"), "coordinator");

    // The same file again: every number exists now.
    auto again = c.post(f.base + "schools?mode=preview", csv, kCsv);
    EXPECT_EQ(again.json_int("/invalid"), 2);
    EXPECT_EQ(again.json_string("/rows/0/errors/institution_number"), "Er bestaat al een organisatie met dit nummer.");
}

TEST(ImportApi, ValidImportsOnlyTheValidRowsAndCapacityCounts) {
    ImportFixture f(2);
    auto& db = f.server.db();
    sk::test::make_school(db, "Al deelnemer", "100000", "limburg", f.programme);
    auto c = f.organiser();
    const std::string csv = kSchoolHeader + school_line("Fout", "abc", "fout@school.be") + school_line("Eerste", "200000", "e@school.be") +
                            school_line("Tweede", "300000", "t@school.be");
    auto res = c.post(f.base + "schools?mode=valid", csv, kCsv);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_int("/valid"), 1);
    EXPECT_EQ(res.json_int("/invalid"), 2);
    EXPECT_EQ(res.json_int("/imported"), 1);
    EXPECT_EQ(res.json_string("/rows/1/status"), "create");
    EXPECT_EQ(res.json_string("/rows/2/errors/row"), "Het programma is vol: er is plaats voor 2 scholen.");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM programme_participants WHERE kind = 'school' AND programme_id = " + std::to_string(f.programme)), 2);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM school_profiles WHERE institution_number = '300000'"), 0);
}

TEST(ImportApi, CompaniesWithDutchHeadersCommasAndExpertise) {
    ImportFixture f;
    auto c = f.organiser();
    const std::string csv =
        "\xEF\xBB\xBF" "Naam,Ondernemingsnummer,Sector,Provincie,Grootte,Expertise,Capaciteit,Contactpersoon,E-mail\n"
        "Robotica BV,0987.654.321,Industrie,limburg,10-49,E1|E4,2,Rob Bot,rob@robotica.be\n"
        "Onbekend NV,123,ICT,limburg,groot,E9,30,Iemand,iemand@x.be\n";
    auto res = c.post(f.base + "companies?mode=valid", csv, kCsv);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json_int("/imported"), 1);
    EXPECT_EQ(res.json_string("/rows/1/errors/enterprise_number"), "Een ondernemingsnummer heeft 10 cijfers, bijvoorbeeld 0123.456.789.");
    EXPECT_EQ(res.json_string("/rows/1/errors/size"), "Kies 1-9, 10-49, 50-249 of 250+.");
    EXPECT_EQ(res.json_string("/rows/1/errors/expertise"), "Geef sleutelelementen van het kader, gescheiden door |, bijvoorbeeld E1|E4.");
    EXPECT_EQ(res.json_string("/rows/1/errors/capacity"), "Vul een aantal scholen in van 1 tot 20.");
    auto prof = f.server.db().exec(
        "SELECT enterprise_number, expertise, capacity FROM company_profiles WHERE enterprise_number <> '0123.456.789'");  // not the demo company
    ASSERT_EQ(prof.rows.size(), 1u);
    EXPECT_EQ(prof.one().str(0), "0987.654.321");
    EXPECT_EQ(prof.one().str(1), "E1,E4");
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM invitations WHERE email = 'rob@robotica.be' AND role = 'mentor'"), 1);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM programme_participants WHERE kind = 'company' AND programme_id = " + std::to_string(f.programme)), 1);
    // The same enterprise number written without dots is the same company.
    auto dup = c.post(f.base + "companies", "name;enterprise_number;sector;province;size;expertise;capacity;contact_name;contact_email\n"
                                            "Robotica;0987654321;ICT;limburg;1-9;E2;1;R;r@r.be\n",
                      kCsv);
    EXPECT_EQ(dup.json_string("/rows/0/errors/enterprise_number"), "Er bestaat al een organisatie met dit nummer.");
}

TEST(ImportApi, BrokenFilesAndRequests) {
    ImportFixture f;
    auto c = f.organiser();
    auto no_rows = c.post(f.base + "schools", kSchoolHeader, kCsv);
    EXPECT_EQ(no_rows.status, 400);
    EXPECT_EQ(no_rows.json_string("/error/fields/file"), "Het bestand bevat geen rijen onder de kopregel.");
    auto quote = c.post(f.base + "schools", kSchoolHeader + "\"open;1\n", kCsv);
    EXPECT_EQ(quote.status, 400);
    EXPECT_EQ(quote.json_string("/error/fields/file"), "Het bestand is geen geldige CSV (regel 2): controleer de aanhalingstekens.");
    auto missing = c.post(f.base + "schools", "name;institution_number\nA;246810\n", kCsv);
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.json_string("/error/fields/contact_email"), "Deze kolom ontbreekt in de kopregel.");
    c.language = "en";
    auto mode = c.post(f.base + "schools?mode=everything", kSchoolHeader + school_line("A", "246810", "a@b.be"), kCsv);
    EXPECT_EQ(mode.status, 400);
    EXPECT_EQ(mode.json_string("/error/fields/mode"), "Choose preview, all or valid.");
    EXPECT_EQ(c.post(f.base + "teachers", kSchoolHeader, kCsv).status, 404);
    auto json = c.post(f.base + "schools", R"({"rows":[]})");
    EXPECT_EQ(json.status, 415);
    EXPECT_EQ(f.schools(), 0);
    // Other routes still insist on JSON.
    EXPECT_EQ(c.post("/api/auth/login", "a;b\n", kCsv).status, 415);
}

TEST(ImportApi, OnlyItsOrganisers) {
    ImportFixture f;
    sk::test::make_other_organiser(f.server.db(), "olga@andere.be");
    auto other = f.server.client();
    ASSERT_EQ(other.login("olga@andere.be", sk::app::kDemoPassword).status, 200);
    const std::string csv = kSchoolHeader + school_line("A", "246810", "a@b.be");
    EXPECT_EQ(other.post(f.base + "schools?mode=all", csv, kCsv).status, 404);  // another tenant's programme
    auto coord = f.server.client();
    ASSERT_EQ(coord.login("coordinator@demo.stemkompas.be", sk::app::kDemoPassword).status, 200);
    EXPECT_EQ(coord.post(f.base + "schools?mode=all", csv, kCsv).status, 403);
    EXPECT_EQ(f.schools(), 0);
}

// 20,000 rows in one file (issue 18): the dry run counts and checks them all. A real import of all 20,000
// takes ~9 s on SQLite and ~13 s on PostgreSQL in the sanitizer build (under 1 s and 5-8 s in release,
// bench/import.sh), so here it runs on 2,000 rows: the same path, row by row in one transaction.
TEST(ImportApi, TwentyThousandRowsInOneFile) {
    ImportFixture f(20000);
    auto c = f.organiser();
    auto res = c.post(f.base + "schools?mode=preview", school_file(20000), kCsv);
    ASSERT_EQ(res.status, 200) << res.body.substr(0, 500);
    EXPECT_EQ(res.json_int("/valid"), 20000);
    EXPECT_EQ(res.json_int("/invalid"), 0);
    EXPECT_EQ(res.json_int("/imported"), 0);
    EXPECT_EQ(res.json_int("/unlistedErrors"), 0);
    // The answer lists the first 200 rows only.
    EXPECT_EQ(res.json_int("/rows/199/line"), 201);
    EXPECT_FALSE(res.json_has("/rows/200"));
    EXPECT_LT(res.body.size(), 200u * 1024);
    EXPECT_EQ(f.schools(), 0);

    auto all = c.post(f.base + "schools?mode=all", school_file(2000), kCsv);
    ASSERT_EQ(all.status, 200) << all.body.substr(0, 500);
    EXPECT_EQ(all.json_int("/imported"), 2000);
    EXPECT_EQ(all.json_string("/rows/0/status"), "create");
    EXPECT_EQ(f.schools(), 2000);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM programme_participants WHERE kind = 'school' AND programme_id = " + std::to_string(f.programme)), 2000);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM invitations WHERE role = 'coordinator' AND email LIKE 's1%@school.be'"), 2000);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM outbox"), 2000);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'import.schools'"), 1);
}

TEST(ImportApi, MoreThanTwentyThousandRowsIsRefusedBeforeAnyRowIsChecked) {
    ImportFixture f(20000);
    auto c = f.organiser();
    const auto csv = school_file(20001);
    auto res = c.post(f.base + "schools?mode=valid", csv, kCsv);
    EXPECT_EQ(res.status, 400);
    EXPECT_EQ(res.json_string("/error/fields/file"), "Importeer hoogstens 20000 rijen per bestand.");
    EXPECT_FALSE(res.json_has("/rows"));
    c.language = "en";
    EXPECT_EQ(c.post(f.base + "schools", csv, kCsv).json_string("/error/fields/file"), "Import at most 20000 rows per file.");
    EXPECT_EQ(f.schools(), 0);
    // A CSV error after the limit still names its line, as when the whole file was parsed first.
    auto broken = c.post(f.base + "schools", csv + "\"open;1\n", kCsv);
    EXPECT_EQ(broken.json_string("/error/fields/file"), "The file is not valid CSV (line 20003): check the quotes.");
}

TEST(ImportApi, ABodyOverTheRouteLimitIsRefusedOnTheFile) {
    ImportFixture f;
    auto c = f.organiser();
    auto res = c.post(f.base + "schools", kSchoolHeader + std::string(6 * 1024 * 1024, 'x'), kCsv);
    EXPECT_EQ(res.status, 413);
    EXPECT_EQ(res.json_string("/error/code"), "payload_too_large");
    EXPECT_EQ(res.json_string("/error/fields/file"), "Het bestand is groter dan 6 MB: splits het in kleinere bestanden.");
}

// Per-row errors keep their line numbers; past the first 200 rows only rows with an error are listed, up
// to 200 of them, and the rest are counted. `all` creates rows as it reads them and rolls them back at the
// first invalid one.
TEST(ImportApi, ManyErrorsAreListedWithTheirLinesAndCounted) {
    ImportFixture f(1000);
    auto c = f.organiser();
    const auto csv = school_file(1000, 251);  // rows 1-250 valid, 251-1000 a bad postcode
    auto res = c.post(f.base + "schools?mode=preview", csv, kCsv);
    ASSERT_EQ(res.status, 200) << res.body.substr(0, 500);
    EXPECT_EQ(res.json_int("/valid"), 250);
    EXPECT_EQ(res.json_int("/invalid"), 750);
    EXPECT_EQ(res.json_int("/rows/199/line"), 201);
    EXPECT_EQ(res.json_string("/rows/199/status"), "create");
    EXPECT_EQ(res.json_int("/rows/200/line"), 252);  // row 251 of the data, below the header
    EXPECT_EQ(res.json_string("/rows/200/status"), "error");
    EXPECT_EQ(res.json_string("/rows/200/name"), "School 100250");
    EXPECT_EQ(res.json_string("/rows/200/errors/postcode"), "Een postcode heeft 4 cijfers (1000–9999).");
    EXPECT_EQ(res.json_int("/rows/399/line"), 451);
    EXPECT_FALSE(res.json_has("/rows/400"));
    EXPECT_EQ(res.json_int("/unlistedErrors"), 550);

    auto all = c.post(f.base + "schools?mode=all", csv, kCsv);
    EXPECT_EQ(all.status, 400);
    EXPECT_EQ(all.json_string("/error/code"), "validation_failed");
    EXPECT_EQ(all.json_int("/imported"), 0);
    EXPECT_EQ(all.json_int("/invalid"), 750);
    EXPECT_EQ(f.schools(), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM organisations WHERE kind = 'school'"), 1);  // the demo school only
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM invitations WHERE email LIKE 's1%@school.be'"), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM outbox"), 0);
    EXPECT_EQ(f.count("SELECT COUNT(*) FROM audit_log"), 0);

    auto valid = c.post(f.base + "schools?mode=valid", csv, kCsv);
    ASSERT_EQ(valid.status, 200) << valid.body.substr(0, 500);
    EXPECT_EQ(valid.json_int("/imported"), 250);
    EXPECT_EQ(f.schools(), 250);
}
