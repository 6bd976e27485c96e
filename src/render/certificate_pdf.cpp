#include "render/certificate_pdf.h"

#include <cairo-pdf.h>

#include <algorithm>

#include "render/pdf_layout.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {


std::string level_name(bool en, const std::string& label) {
    if (label == "competent") return "Competent";
    if (label == "proficient") return en ? "Proficient" : "Gevorderd";
    if (label == "expert") return "Expert";
    return en ? "No label" : "Geen label";
}

}  // namespace

std::string render_certificate_pdf(const CertificateData& d, std::FILE* out) {
    const bool en = d.lang == core::Language::en;
    PdfLayout page(out);
    const std::string title = en ? "STEM School Label certificate" : "Certificaat STEM-schoollabel";
    cairo_pdf_surface_set_metadata(cairo_get_target(page.cr()), CAIRO_PDF_METADATA_TITLE, (title + " – " + d.school_name).c_str());

    // A frame around the page, as a certificate has.
    cairo_t* cr = page.cr();
    cairo_set_source_rgb(cr, kAccent.r, kAccent.g, kAccent.b);
    cairo_set_line_width(cr, 3);
    cairo_rectangle(cr, 30, 30, PdfLayout::kWidth - 60, PdfLayout::kHeight - 60);
    cairo_stroke(cr);

    const double w = page.content_width();
    const double x = page.left();
    // Centred lines going down the page; a long school name wraps and pushes what follows down.
    auto line = [&](const std::string& text, const Style& style, double gap_after) {
        page.text_at(text, style, x, page.y(), w, 0.5);
        page.set_y(page.y() + page.measure(text, style, w) + gap_after);
    };
    page.set_y(120);
    line(title, Style{20, true, false, kAccent}, 50);
    line(en ? "is awarded to" : "wordt toegekend aan", Style{13, false, true, kMuted}, 14);
    line(d.school_name, Style{22, true}, 8);
    if (!d.municipality.empty()) line(d.municipality, Style{14}, 26);
    line(en ? "at level" : "op niveau", Style{13, false, true, kMuted}, 10);
    line(level_name(en, d.label), Style{30, true, false, kAccent}, 46);
    if (!d.programme_name.empty()) line((en ? "Programme: " : "Traject: ") + d.programme_name, Style{11}, 8);
    line((en ? "Decided on " : "Beslist op ") + format_date(d.lang, d.decided_on), Style{11}, 6);
    line((en ? "Valid until " : "Geldig tot ") + format_date(d.lang, d.valid_until), Style{11, true}, 0);

    page.set_y(std::max(page.y() + 40, PdfLayout::kHeight - 190));
    line((en ? "Verification code: " : "Verificatiecode: ") + d.code, Style{12, true}, 8);
    line((en ? "Check this certificate at " : "Controleer dit certificaat op ") + d.verify_url, Style{10, false, false, kMuted}, 0);
    return page.finish();
}

}  // namespace sk::render
