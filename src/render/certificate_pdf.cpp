#include "render/certificate_pdf.h"

#include <cairo-pdf.h>

#include "render/pdf_layout.h"
#include "render/report_texts.h"

namespace sk::render {

namespace {

const Rgb kAccent{0.11, 0.30, 0.62};
const Rgb kMuted{0.42, 0.42, 0.46};

std::string level_name(bool en, const std::string& label) {
    if (label == "competent") return "Competent";
    if (label == "proficient") return en ? "Proficient" : "Gevorderd";
    if (label == "expert") return "Expert";
    return en ? "No label" : "Geen label";
}

}  // namespace

std::string render_certificate_pdf(const CertificateData& d) {
    const bool en = d.lang == core::Language::en;
    PdfLayout page;
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
    page.set_y(120);
    page.text_at(title, Style{24, true, false, kAccent}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 70);
    page.text_at(en ? "is awarded to" : "wordt toegekend aan", Style{13, false, true, kMuted}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 34);
    page.text_at(d.school_name, Style{22, true}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 34);
    if (!d.municipality.empty()) {
        page.text_at(d.municipality, Style{14}, x, page.y(), w, 0.5);
        page.set_y(page.y() + 40);
    }
    page.text_at(en ? "at level" : "op niveau", Style{13, false, true, kMuted}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 30);
    page.text_at(level_name(en, d.label), Style{30, true, false, kAccent}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 70);
    if (!d.programme_name.empty()) {
        page.text_at((en ? "Programme: " : "Traject: ") + d.programme_name, Style{11}, x, page.y(), w, 0.5);
        page.set_y(page.y() + 22);
    }
    page.text_at((en ? "Decided on " : "Beslist op ") + format_date(d.lang, d.decided_on), Style{11}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 20);
    page.text_at((en ? "Valid until " : "Geldig tot ") + format_date(d.lang, d.valid_until), Style{11, true}, x, page.y(), w, 0.5);

    page.set_y(PdfLayout::kHeight - 190);
    page.text_at((en ? "Verification code: " : "Verificatiecode: ") + d.code, Style{12, true}, x, page.y(), w, 0.5);
    page.set_y(page.y() + 22);
    page.text_at((en ? "Check this certificate at " : "Controleer dit certificaat op ") + d.verify_url, Style{10, false, false, kMuted}, x,
                 page.y(), w, 0.5);
    return page.finish();
}

}  // namespace sk::render
