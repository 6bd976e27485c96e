#include "render/survey_poster_pdf.h"

#include <cairo-pdf.h>

#include <algorithm>

#include "render/pdf_layout.h"
#include "render/qr_code.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {

// The code as the survey page shows it: two groups of four ("ABCD EFGH").
std::string poster_code_groups(const std::string& code) {
    return code.size() == 8 ? code.substr(0, 4) + " " + code.substr(4) : code;
}

// The dark modules as one path of squares, filled at once (no seams between neighbours), on a white
// square that includes the quiet zone. `side` is the whole square's width in points.
void draw_qr(cairo_t* cr, const QrCode& code, double x, double y, double side) {
    const double module = side / (code.size + 2 * kQrQuietZone);
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
    const double x0 = x + kQrQuietZone * module;
    const double y0 = y + kQrQuietZone * module;
    for (int row = 0; row < code.size; ++row) {
        for (int col = 0; col < code.size;) {
            if (!code.dark(col, row)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < code.size && code.dark(end, row)) ++end;
            cairo_rectangle(cr, x0 + col * module, y0 + row * module, (end - col) * module, module);
            col = end;
        }
    }
    cairo_fill(cr);
    cairo_restore(cr);
}

}  // namespace

std::string render_survey_poster_pdf(const SurveyPosterData& d, std::FILE* out) {
    const bool en = d.lang == core::Language::en;
    const QrCode qr = encode_qr(d.link);
    PdfLayout page(out);
    cairo_t* cr = page.cr();
    const std::string title = en ? "Take part in our survey" : "Doe mee aan onze vragenlijst";
    cairo_pdf_surface_set_metadata(cairo_get_target(cr), CAIRO_PDF_METADATA_TITLE, (title + " – " + d.school_name).c_str());

    const double w = page.content_width();
    const double x = page.left();
    auto line = [&](const std::string& text, const Style& style, double gap_after) {
        page.text_at(text, style, x, page.y(), w, 0.5);
        page.set_y(page.y() + page.measure(text, style, w) + gap_after);
    };
    page.set_y(56);
    line(title, Style{24, true, false, kAccent}, 10);
    line(d.school_name, Style{18, true}, 4);
    const std::string who = report_text(d.lang, "group." + d.group) + " · " + report_text(d.lang, "kind." + d.kind);
    line(who, Style{14, false, false, kMuted}, d.programme_name.empty() ? 18 : 2);
    if (!d.programme_name.empty()) line(d.programme_name, Style{11, false, true, kMuted}, 18);

    // The QR code as large as the rest leaves room for, at most 300 pt (about 10.5 cm): readable from the
    // back of a classroom when projected, and from a metre or two on paper.
    const double side = std::min(300.0, PdfLayout::kHeight - page.y() - 260);
    draw_qr(cr, qr, (PdfLayout::kWidth - side) / 2, page.y(), side);
    page.set_y(page.y() + side + 14);

    line(en ? "Scan the QR code with your phone's camera," : "Scan de QR-code met de camera van je gsm,", Style{15}, 4);
    line(en ? "or go to " + d.code_page + " and type the code:" : "of surf naar " + d.code_page + " en typ de code:", Style{15}, 10);
    line(poster_code_groups(d.code), Style{40, true, false, kAccent}, 12);
    line((en ? "Link: " : "Link: ") + d.link, Style{12, false, false, kMuted}, 16);
    line(en ? "Your answers are anonymous: nobody sees who answered what."
            : "Je antwoorden zijn anoniem: niemand ziet wie wat antwoordde.",
         Style{11}, 0);
    return page.finish();
}

}  // namespace sk::render
