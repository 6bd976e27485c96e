// A radar (spider) chart drawn with Cairo: one axis per key element (0..100 from the centre out),
// one closed polygon per series, rings at 25/50/75/100 and a legend below. A missing value is drawn
// at the centre (0) and the point is left hollow, so "no data" is not mistaken for a score.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/pdf_layout.h"

namespace sk::render {

struct RadarSeries {
    std::string name;
    Rgb color;
    std::vector<std::optional<double>> values;  // one per axis
};

// Draws the chart at the layout's current position, `height` points tall plus the legend, and moves below it.
void draw_radar(PdfLayout& page, const std::vector<std::string>& axis_labels, const std::vector<RadarSeries>& series, double height);

// Distinct colours for up to five series (self + four groups).
Rgb series_color(std::size_t index);

}  // namespace sk::render
