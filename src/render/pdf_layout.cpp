#include "render/pdf_layout.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <stdexcept>

namespace sk::render {

namespace {

constexpr double kCellPad = 4;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

PdfLayout::PdfLayout() {
    surface_ = cairo_pdf_surface_create_for_stream(append, &bytes_, kWidth, kHeight);
    cr_ = cairo_create(surface_);
    if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("pdf: cannot start a document");
}

PdfLayout::~PdfLayout() {
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
}

PangoLayout* PdfLayout::layout(const std::string& text, const Style& style, double width) {
    PangoLayout* l = pango_cairo_create_layout(cr_);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, "DejaVu Sans");
    pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(l, font);
    pango_font_description_free(font);
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(l, text.c_str(), static_cast<int>(text.size()));  // plain text, never markup
    return l;
}

void PdfLayout::new_page() {
    if (footer_) footer_(*this);
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
}

void PdfLayout::keep(double height) {
    if (y_ + height > bottom() && y_ > kMargin) new_page();
}

double PdfLayout::measure(const std::string& text, const Style& style, double width) {
    PangoLayout* l = layout(text, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return static_cast<double>(h) / PANGO_SCALE;
}

void PdfLayout::paragraph(const std::string& text, const Style& style, double x, double width) {
    if (width <= 0) width = content_width() - x;
    PangoLayout* l = layout(text, style, width);
    cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
    PangoLayoutIter* it = pango_layout_get_iter(l);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        const double top = static_cast<double>(logical.y) / PANGO_SCALE;
        const double height = static_cast<double>(logical.height) / PANGO_SCALE;
        const double baseline = static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE;
        if (y_ + height > bottom()) {
            new_page();
            cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
        }
        cairo_move_to(cr_, left() + x + static_cast<double>(logical.x) / PANGO_SCALE, y_ + (baseline - top));
        pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
        y_ += height;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    g_object_unref(l);
}

void PdfLayout::text_at(const std::string& text, const Style& style, double x, double y, double width, double align) {
    PangoLayout* l = layout(text, style, width);
    pango_layout_set_alignment(l, align >= 1 ? PANGO_ALIGN_RIGHT : align > 0 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
    cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
    g_object_unref(l);
}

void PdfLayout::row(const std::vector<std::string>& cells, const std::vector<double>& widths, const Style& style, const Rgb* fill,
                    const std::vector<double>& align) {
    double height = 0;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i)
        height = std::max(height, measure(cells[i], style, widths[i] - 2 * kCellPad));
    height += 2 * kCellPad;
    // A row taller than a page cannot move whole; it then starts on a fresh page and is set as paragraphs.
    if (height > bottom() - kMargin) {
        keep(bottom());
        for (std::size_t i = 0; i < cells.size(); ++i) paragraph(cells[i], style);
        return;
    }
    keep(height);
    double total = 0;
    for (double w : widths) total += w;
    if (fill) {
        cairo_set_source_rgb(cr_, fill->r, fill->g, fill->b);
        cairo_rectangle(cr_, left(), y_, total, height);
        cairo_fill(cr_);
    }
    cairo_set_source_rgb(cr_, 0.8, 0.8, 0.82);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, left(), y_ + height);
    cairo_line_to(cr_, left() + total, y_ + height);
    cairo_stroke(cr_);
    double x = left();
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        text_at(cells[i], style, x + kCellPad, y_ + kCellPad, widths[i] - 2 * kCellPad, i < align.size() ? align[i] : 0);
        x += widths[i];
    }
    y_ += height;
}

std::string PdfLayout::finish() {
    if (!finished_) {
        if (footer_) footer_(*this);
        cairo_show_page(cr_);
        cairo_destroy(cr_);
        cr_ = nullptr;
        cairo_surface_finish(surface_);
        const auto status = cairo_surface_status(surface_);
        cairo_surface_destroy(surface_);
        surface_ = nullptr;
        finished_ = true;
        if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("pdf: cannot write the document");
    }
    return std::move(bytes_);
}

}  // namespace sk::render
