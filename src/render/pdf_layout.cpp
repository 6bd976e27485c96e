#include "render/pdf_layout.h"
#include "render/pdf_file.h"

#include <cairo-pdf.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_set>

#include "store/storage_full.h"

namespace sk::render {

namespace {

constexpr double kCellPad = 4;

cairo_status_t discard(void*, const unsigned char*, unsigned int) { return CAIRO_STATUS_SUCCESS; }

PangoAlignment alignment(double align) { return align >= 1 ? PANGO_ALIGN_RIGHT : align > 0 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT; }

// Shaped layouts of one thread, shared by every document that thread renders. Pango objects are not
// thread-safe, so each server thread has its own. A text is kept only the second time it is set (a
// "doorkeeper": the first time only its hash is remembered), so a school's own comments and name, set
// once, never push out the texts every report repeats. Bounded: texts over kMaxCachedText bytes are
// never kept, and the layouts (or the remembered hashes) are dropped when they reach their limit.
class ShapeCache {
public:
    static constexpr std::size_t kMaxCachedText = 512;
    static constexpr std::size_t kMaxEntries = 1024;
    static constexpr std::size_t kMaxSeen = 16384;

    ShapeCache() {
        // The context takes its font options (no hinting, unhinted metrics) from a PDF surface, exactly
        // as pango_cairo_create_context on the document's own surface would, but outlives any document.
        cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(discard, nullptr, PdfLayout::kWidth, PdfLayout::kHeight);
        cairo_t* cr = cairo_create(surface);
        context_ = pango_cairo_create_context(cr);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        cairo_surface_destroy(surface);
    }
    ~ShapeCache() {
        clear();
        for (auto& [key, font] : fonts_) pango_font_description_free(font);
        g_object_unref(context_);
    }
    ShapeCache(const ShapeCache&) = delete;
    ShapeCache& operator=(const ShapeCache&) = delete;

    PdfLayout::Shaped get(const std::string& text, const Style& style, double width, double align) {
        const int size = static_cast<int>(style.size * PANGO_SCALE);
        const int pango_width = static_cast<int>(width * PANGO_SCALE);
        const PangoAlignment a = alignment(align);
        if (text.size() > kMaxCachedText) return PdfLayout::Shaped(make(text, size, style, pango_width, a));
        Key key{text, size, style.bold, style.italic, pango_width, a};
        if (auto it = layouts_.find(key); it != layouts_.end()) return PdfLayout::Shaped(static_cast<PangoLayout*>(g_object_ref(it->second)));
        const std::size_t hash = std::hash<std::string>{}(text) ^ (static_cast<std::size_t>(size) * 0x9E3779B97F4A7C15ull) ^
                                 (static_cast<std::size_t>(pango_width) << 7) ^ (static_cast<std::size_t>(style.bold) << 1) ^
                                 static_cast<std::size_t>(style.italic) ^ (static_cast<std::size_t>(a) << 3);
        if (seen_.insert(hash).second) {  // first sight: set it, keep only the hash
            if (seen_.size() > kMaxSeen) seen_.clear();
            return PdfLayout::Shaped(make(text, size, style, pango_width, a));
        }
        if (layouts_.size() >= kMaxEntries) clear();
        PangoLayout* l = make(text, size, style, pango_width, a);
        layouts_.emplace(std::move(key), l);
        return PdfLayout::Shaped(static_cast<PangoLayout*>(g_object_ref(l)));
    }

private:
    using Key = std::tuple<std::string, int, bool, bool, int, int>;  // text, size, bold, italic, width, alignment

    PangoLayout* make(const std::string& text, int size, const Style& style, int width, PangoAlignment a) {
        PangoLayout* l = pango_layout_new(context_);
        pango_layout_set_font_description(l, font(size, style.bold, style.italic));
        pango_layout_set_width(l, width);
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(l, a);
        pango_layout_set_text(l, text.c_str(), static_cast<int>(text.size()));  // plain text, never markup
        return l;
    }

    PangoFontDescription* font(int size, bool bold, bool italic) {
        const auto key = std::make_tuple(size, bold, italic);
        auto it = fonts_.find(key);
        if (it == fonts_.end()) {
            PangoFontDescription* font = pango_font_description_new();
            pango_font_description_set_family(font, "DejaVu Sans");
            pango_font_description_set_size(font, size);
            pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
            pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
            it = fonts_.emplace(key, font).first;
        }
        return it->second;
    }

    void clear() {
        for (auto& [key, l] : layouts_) g_object_unref(l);
        layouts_.clear();
    }

    PangoContext* context_ = nullptr;
    std::map<std::tuple<int, bool, bool>, PangoFontDescription*> fonts_;
    std::map<Key, PangoLayout*> layouts_;
    std::unordered_set<std::size_t> seen_;  // hashes of keys set once
};

ShapeCache& shape_cache() {
    thread_local ShapeCache cache;
    return cache;
}

}  // namespace

cairo_status_t PdfLayout::write_out(void* closure, const unsigned char* data, unsigned int length) {
    auto* self = static_cast<PdfLayout*>(closure);
    if (!self->out_) {
        self->bytes_.append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    }
    if (std::fwrite(data, 1, length, self->out_) == length) return CAIRO_STATUS_SUCCESS;
    if (self->write_errno_ == 0) self->write_errno_ = errno != 0 ? errno : EIO;
    return CAIRO_STATUS_WRITE_ERROR;
}

PdfLayout::PdfLayout(std::FILE* out) : out_(out) {
    surface_ = cairo_pdf_surface_create_for_stream(write_out, this, kWidth, kHeight);
    cr_ = cairo_create(surface_);
    if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("pdf: cannot start a document");
}

PdfLayout::~PdfLayout() {
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
}

PdfLayout::Shaped PdfLayout::layout(const std::string& text, const Style& style, double width, double align) {
    return shape_cache().get(text, style, width, align);
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
    Shaped l = layout(text, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(l.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

void PdfLayout::paragraph(const std::string& text, const Style& style, double x, double width) {
    if (width <= 0) width = content_width() - x;
    Shaped l = layout(text, style, width);
    cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
    PangoLayoutIter* it = pango_layout_get_iter(l.get());
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
}

void PdfLayout::text_at(const std::string& text, const Style& style, double x, double y, double width, double align) {
    Shaped l = layout(text, style, width, align);
    cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l.get());
}

void PdfLayout::row(const std::vector<std::string>& cells, const std::vector<double>& widths, const Style& style, const Rgb* fill,
                    const std::vector<double>& align) {
    // Each cell is shaped once: measured, then drawn from the same layout (shaping is most of the cost).
    std::vector<Shaped> layouts;
    layouts.reserve(cells.size());
    double height = 0;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        const Shaped& l = layouts.emplace_back(layout(cells[i], style, widths[i] - 2 * kCellPad, i < align.size() ? align[i] : 0));
        int w = 0, h = 0;
        pango_layout_get_size(l.get(), &w, &h);
        height = std::max(height, static_cast<double>(h) / PANGO_SCALE);
    }
    height += 2 * kCellPad;
    // A row taller than a page cannot move whole; it then starts on a fresh page and is set as paragraphs.
    if (height > bottom() - kMargin) {
        layouts.clear();
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
    cairo_set_source_rgb(cr_, style.color.r, style.color.g, style.color.b);
    double x = left();
    for (std::size_t i = 0; i < layouts.size(); ++i) {
        cairo_move_to(cr_, x + kCellPad, y_ + kCellPad);
        pango_cairo_show_layout(cr_, layouts[i].get());
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
        if (write_errno_ != 0) store::throw_file_error("pdf: cannot write", "the document", write_errno_);
        if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("pdf: cannot write the document");
    }
    return std::move(bytes_);
}

void write_pdf_file(const std::string& path, const std::function<void(std::FILE*)>& render) {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out) store::throw_file_error("pdf: cannot open", path, errno);
    try {
        render(out);  // PdfLayout::finish throws for a write that failed
    } catch (...) {
        std::fclose(out);
        throw;
    }
    // The rest of the stream's buffer is written here.
    if (std::fclose(out) != 0) store::throw_file_error("pdf: cannot write", path, errno);
}

}  // namespace sk::render
