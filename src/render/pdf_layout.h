// A small flowing-layout writer for A4 PDF documents on Cairo + Pango: paragraphs, headings and
// table rows go down the page and a new page starts when the next line (or row) does not fit, so
// nothing is ever cut at the bottom edge. Paragraphs break between lines, so even a very long text
// flows over pages.
//
// Text is always set with pango_layout_set_text, never as Pango markup: user text (school names,
// comments) may contain '<' or '&' and must show exactly as typed. Styling comes from the Style.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace sk::render {

struct Rgb {
    double r = 0, g = 0, b = 0;
};

struct Style {
    double size = 9.5;  // points
    bool bold = false;
    bool italic = false;
    Rgb color{0.1, 0.1, 0.12};
};

// The house colours of every document: headings and rules, and secondary text.
inline constexpr Rgb kAccent{0.11, 0.30, 0.62};
inline constexpr Rgb kMuted{0.42, 0.42, 0.46};

class PdfLayout {
public:
    static constexpr double kWidth = 595.28;   // A4 in points
    static constexpr double kHeight = 841.89;
    static constexpr double kMargin = 50;

    // Writes the document to `out` as Cairo produces it (the bytes are then never in memory whole), or
    // keeps it for finish() to return when `out` is null.
    explicit PdfLayout(std::FILE* out = nullptr);
    ~PdfLayout();
    PdfLayout(const PdfLayout&) = delete;
    PdfLayout& operator=(const PdfLayout&) = delete;

    cairo_t* cr() { return cr_; }
    double y() const { return y_; }
    void set_y(double y) { y_ = y; }
    double left() const { return kMargin; }
    double content_width() const { return kWidth - 2 * kMargin; }
    double bottom() const { return kHeight - kMargin; }
    double remaining() const { return bottom() - y_; }
    int page() const { return page_; }

    // Called on every page just before it is finished (a footer).
    void on_page_end(std::function<void(PdfLayout&)> footer) { footer_ = std::move(footer); }

    void new_page();
    // Starts a new page unless `height` points still fit.
    void keep(double height);
    void space(double points) { y_ += points; }

    // A paragraph at x (from the left margin) within `width` (0: to the right margin); breaks pages between lines.
    void paragraph(const std::string& text, const Style& style, double x = 0, double width = 0);
    // Height of the text set in `width`.
    double measure(const std::string& text, const Style& style, double width);
    // Text at an absolute position (no flow), aligned left, centre (0.5) or right (1) of x.
    void text_at(const std::string& text, const Style& style, double x, double y, double width, double align = 0);

    // A table row: one cell per column width; the row moves to a new page whole when it does not fit.
    // `fill` shades the row's background.
    void row(const std::vector<std::string>& cells, const std::vector<double>& widths, const Style& style, const Rgb* fill = nullptr,
             const std::vector<double>& align = {});

    // Ends the document and returns the PDF bytes ("" when written to a FILE*). Throws
    // std::runtime_error when Cairo or the file failed, store::StorageFull when the disk was full.
    std::string finish();

    // A shaped text. Shaping (HarfBuzz through Pango) was half the time of a report, and most of a
    // report's texts (criterion names, descriptors, headings, level names, numbers) are the same in every
    // report, so shaped layouts are kept per thread and reused across documents; see pdf_layout.cpp.
    // Holds its own reference, so a cache clear while a row is being set cannot free it.
    class Shaped {
    public:
        explicit Shaped(PangoLayout* layout) : layout_(layout) {}  // takes over one reference
        ~Shaped() {
            if (layout_) g_object_unref(layout_);
        }
        Shaped(Shaped&& other) noexcept : layout_(other.layout_) { other.layout_ = nullptr; }
        Shaped(const Shaped&) = delete;
        Shaped& operator=(const Shaped&) = delete;
        Shaped& operator=(Shaped&&) = delete;
        PangoLayout* get() const { return layout_; }

    private:
        PangoLayout* layout_;
    };

private:
    Shaped layout(const std::string& text, const Style& style, double width, double align = 0);

    static cairo_status_t write_out(void* closure, const unsigned char* data, unsigned int length);

    std::string bytes_;
    std::FILE* out_ = nullptr;
    // The errno of the first failed write to out_, taken at once: Cairo finishes a document whose stream
    // failed without saying so, and errno means nothing by then.
    int write_errno_ = 0;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    double y_ = kMargin;
    int page_ = 1;
    std::function<void(PdfLayout&)> footer_;
    bool finished_ = false;
};

}  // namespace sk::render
