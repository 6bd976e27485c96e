// A survey's link as a QR code (SVG) and on a printable A4 poster (PDF): read back as a user's tools
// would, the poster's text with poppler's pdftotext and its QR code rendered to an image
// (poppler's pdftoppm) and decoded by zbar's zbarimg (Debian zbar-tools), which must give the link byte for
// byte. Who may fetch them: the authorization matrix has the rows.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "api/api_helpers.h"
#include "app/demo.h"
#include "support/file_readers.h"
#include "support/team_fixtures.h"
#include "support/test_server.h"

using sk::test::HttpClient;
using sk::test::kCoordinator;
using sk::test::TestServer;

namespace {

struct PosterFixture {
    TestServer server;
    std::int64_t survey = 0;
    std::string code;
    std::string link;

    PosterFixture() {
        auto& db = server.db();
        const auto programme =
            sk::test::make_programme(db, sk::test::org_of(db, "organisator@demo.stemkompas.be"), "Afficheprogramma");
        db.exec("UPDATE programmes SET framework_version = '2024.1' WHERE id = $1", {programme});
        const auto school = sk::test::org_id(db, "Demoschool Sint-Lucas");
        sk::test::add_participant(db, programme, school, "school");
        auto c = as(kCoordinator);
        auto res = c.post("/api/programmes/" + std::to_string(programme) + "/schools/" + std::to_string(school) + "/surveys",
                          R"({"kind":"baseline","group":"students"})");
        EXPECT_EQ(res.status, 201) << res.body;
        survey = res.json_int("/id");
        code = res.json_string("/code");
        link = res.json_string("/link");
    }

    HttpClient as(const std::string& email) {
        auto c = server.client();
        EXPECT_EQ(c.login(email, sk::app::kDemoPassword).status, 200) << email;
        return c;
    }

    std::string path(const std::string& file) const { return "/api/surveys/" + std::to_string(survey) + "/" + file; }
};

// The QR codes zbarimg finds in `png_path`, one line each ("" when none). Its stderr is left out: without a
// system D-Bus it complains there even when it decodes.
std::string decoded_qr(const std::string& png_path) {
    return sk::test::run_command("(zbarimg --quiet --raw -Sdisable -Sqrcode.enable " + png_path + " 2>/dev/null)");
}

}  // namespace

TEST(SurveyPosterApi, PosterNamesTheSchoolGroupAndCodeAndItsQrCodeDecodesToTheLink) {
    PosterFixture f;
    ASSERT_EQ(f.link, "http://app.test/s/" + f.code);
    ASSERT_NE(sk::test::run_command("command -v zbarimg"), "") << "zbarimg missing: scripts/install-deps.sh test installs zbar-tools";
    auto c = f.as(kCoordinator);

    auto nl = c.get(f.path("poster.pdf?lang=nl"));
    ASSERT_EQ(nl.status, 200) << nl.body;
    EXPECT_EQ(nl.header("content-type"), "application/pdf");
    EXPECT_EQ(nl.header("content-disposition"), "attachment; filename=\"affiche-vragenlijst-" + f.code + ".pdf\"");
    const auto text = sk::test::pdf_text(f.server.data_dir(), nl.body, "affiche-nl");
    const std::string grouped = f.code.substr(0, 4) + " " + f.code.substr(4);
    for (const std::string& s : std::vector<std::string>{"Doe mee aan onze vragenlijst", "Demoschool Sint-Lucas", "Leerlingen · Nulmeting",
                                                         "Afficheprogramma", "Scan de QR-code met de camera van je gsm,",
                                                         "of surf naar http://app.test/s en typ de code:", grouped, "Link: " + f.link,
                                                         "Je antwoorden zijn anoniem"})
        EXPECT_NE(text.find(s), std::string::npos) << s << " in " << text;

    // The QR code, as a phone's camera would read it off the printed page.
    const std::string pdf_path = f.server.data_dir() + "/affiche-nl.pdf";  // written by pdf_text
    const std::string png_base = f.server.data_dir() + "/affiche-nl";
    sk::test::run_command("pdftoppm -r 100 -png -singlefile " + pdf_path + " " + png_base);
    EXPECT_EQ(decoded_qr(png_base + ".png"), f.link + "\n");

    auto en = f.as("organisator@demo.stemkompas.be").get(f.path("poster.pdf?lang=en"));
    ASSERT_EQ(en.status, 200) << en.body;
    EXPECT_EQ(en.header("content-disposition"), "attachment; filename=\"survey-poster-" + f.code + ".pdf\"");
    const auto en_text = sk::test::pdf_text(f.server.data_dir(), en.body, "poster-en");
    for (const std::string& s : std::vector<std::string>{"Take part in our survey", "Students · Baseline measurement",
                                                         "Scan the QR code with your phone's camera,",
                                                         "or go to http://app.test/s and type the code:", grouped, "Your answers are anonymous"})
        EXPECT_NE(en_text.find(s), std::string::npos) << s << " in " << en_text;

    // Without ?lang the request's language; another language is a field error.
    EXPECT_EQ(c.get(f.path("poster.pdf")).status, 200);
    auto bad = c.get(f.path("poster.pdf?lang=fr"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_FALSE(bad.json_string("/error/fields/lang").empty());
    EXPECT_EQ(c.get("/api/surveys/999999/poster.pdf").status, 404);
}

TEST(SurveyPosterApi, QrSvgIsTheLinksCodeWithItsTitle) {
    PosterFixture f;
    auto c = f.as(sk::test::kTeamMember);
    auto svg = c.get(f.path("qr.svg"));
    ASSERT_EQ(svg.status, 200) << svg.body;
    EXPECT_EQ(svg.header("content-type"), "image/svg+xml");
    EXPECT_NE(svg.body.find("<title>QR code: " + f.link + "</title>"), std::string::npos) << svg.body;
    EXPECT_NE(svg.body.find("role=\"img\""), std::string::npos);

    // The SVG's path is checked module by module in the unit test (tests/unit/qr_code_test.cpp); the
    // same matrix is decoded from the poster above.
    EXPECT_EQ(c.get("/api/surveys/999999/qr.svg").status, 404);
    HttpClient anonymous(f.server.base_url());
    EXPECT_EQ(anonymous.get(f.path("qr.svg")).status, 401);
}
