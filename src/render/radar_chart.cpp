#include "render/radar_chart.h"

#include <cmath>

namespace sk::render {

Rgb series_color(std::size_t index) {
    static const Rgb colors[] = {{0.11, 0.30, 0.62}, {0.85, 0.45, 0.05}, {0.15, 0.58, 0.30}, {0.70, 0.16, 0.35}, {0.45, 0.35, 0.70}};
    return colors[index % std::size(colors)];
}

void draw_radar(PdfLayout& page, const std::vector<std::string>& axis_labels, const std::vector<RadarSeries>& series, double height) {
    const std::size_t n = axis_labels.size();
    if (n < 3) return;
    const double legend_height = 16.0 * static_cast<double>(series.size());
    page.keep(height + legend_height + 10);
    cairo_t* cr = page.cr();
    const double label_room = 70;
    const double radius = height / 2 - 28;
    const double cx = page.left() + page.content_width() / 2;
    const double cy = page.y() + height / 2;
    auto point = [&](std::size_t i, double value, double* x, double* y) {
        const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        *x = cx + std::cos(angle) * radius * value / 100.0;
        *y = cy + std::sin(angle) * radius * value / 100.0;
    };

    // Rings and axes.
    cairo_set_line_width(cr, 0.5);
    for (int ring = 25; ring <= 100; ring += 25) {
        cairo_set_source_rgb(cr, 0.78, 0.78, 0.8);
        for (std::size_t i = 0; i <= n; ++i) {
            double x, y;
            point(i % n, ring, &x, &y);
            if (i == 0) cairo_move_to(cr, x, y);
            else cairo_line_to(cr, x, y);
        }
        cairo_stroke(cr);
        double x, y;
        point(0, ring, &x, &y);
        page.text_at(std::to_string(ring), Style{6.5, false, false, {0.5, 0.5, 0.55}}, x + 2, y - 9, 30);
    }
    for (std::size_t i = 0; i < n; ++i) {
        double x, y;
        point(i, 100, &x, &y);
        cairo_set_source_rgb(cr, 0.78, 0.78, 0.8);
        cairo_move_to(cr, cx, cy);
        cairo_line_to(cr, x, y);
        cairo_stroke(cr);
        // Label just outside the axis end, aligned away from the centre.
        double lx, ly;
        point(i, 112, &lx, &ly);
        const double dx = lx - cx;
        const double align = std::abs(dx) < 8 ? 0.5 : dx > 0 ? 0 : 1;
        const double box = label_room * 1.6;
        const double bx = align == 0.5 ? lx - box / 2 : align == 0 ? lx : lx - box;
        page.text_at(axis_labels[i], Style{7.5, true}, bx, ly - 6, box, align);
    }

    // One polygon per series.
    for (const auto& s : series) {
        for (std::size_t i = 0; i <= n; ++i) {
            double x, y;
            const auto& v = s.values[i % n];
            point(i % n, v.value_or(0), &x, &y);
            if (i == 0) cairo_move_to(cr, x, y);
            else cairo_line_to(cr, x, y);
        }
        cairo_set_source_rgba(cr, s.color.r, s.color.g, s.color.b, 0.12);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, s.color.r, s.color.g, s.color.b);
        cairo_set_line_width(cr, 1.6);
        cairo_stroke(cr);
        for (std::size_t i = 0; i < n; ++i) {
            double x, y;
            point(i, s.values[i].value_or(0), &x, &y);
            cairo_arc(cr, x, y, 2.2, 0, 2 * M_PI);
            if (s.values[i]) cairo_fill(cr);
            else {
                cairo_set_line_width(cr, 0.8);
                cairo_stroke(cr);
            }
        }
    }
    page.set_y(page.y() + height + 4);

    // Legend.
    for (const auto& s : series) {
        const double y = page.y();
        cairo_set_source_rgb(cr, s.color.r, s.color.g, s.color.b);
        cairo_rectangle(cr, page.left() + page.content_width() / 2 - 80, y + 3, 9, 9);
        cairo_fill(cr);
        page.text_at(s.name, Style{8.5}, page.left() + page.content_width() / 2 - 66, y, 220);
        page.space(16);
    }
}

}  // namespace sk::render
