#include "svg_chart.h"

#include <cmath>

#include "chart_axis.h"
#include "html.h"
#include "number_format.h"

namespace plankit {

std::string svg_number(double v) { return format_number(v, 1); }

std::string svg_element(double width, double height, std::string_view title, const std::string& body) {
    const std::string w = svg_number(width), h = svg_number(height);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"" + w + "\" height=\"" + h +
           "\" viewBox=\"0 0 " + w + " " + h + "\" role=\"img\"><title>" + html_text(title) + "</title>\n" + body +
           "</svg>";
}

std::string svg_text(double x, double y, std::string_view text, std::string_view anchor, std::string_view css_class) {
    std::string out = "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\"";
    if (anchor != "start") out += " text-anchor=\"" + std::string(anchor) + "\"";
    if (!css_class.empty()) out += " class=\"" + std::string(css_class) + "\"";
    return out + ">" + html_text(text) + "</text>\n";
}

std::string svg_rect(double x, double y, double width, double height, std::string_view fill) {
    return "<rect x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" width=\"" + svg_number(width) +
           "\" height=\"" + svg_number(height) + "\" fill=\"" + std::string(fill) + "\"/>\n";
}

std::string ValueAxis::grid(double left, double right, int ticks) const {
    std::string out;
    for (int i = 0; i <= ticks; ++i) {
        const double v = bottom + (top - bottom) * i / ticks;
        const std::string yy = svg_number(y(v));
        out += "<line x1=\"" + svg_number(left) + "\" y1=\"" + yy + "\" x2=\"" + svg_number(right) + "\" y2=\"" + yy +
               "\" class=\"grid\"/>\n";
        out += svg_text(left - 4, y(v) + 4, chart_number(std::round(v * 1e6) / 1e6), "end", "tick");
    }
    return out;
}

std::string svg_legend_entry(double& x, double y, std::string_view fill, std::string_view word, bool line) {
    std::string out;
    if (line) {
        out += "<line x1=\"" + svg_number(x) + "\" y1=\"" + svg_number(y - 4) + "\" x2=\"" + svg_number(x + 14) +
               "\" y2=\"" + svg_number(y - 4) + "\" stroke=\"" + std::string(fill) + "\" stroke-width=\"2\"/>\n";
    } else {
        out += svg_rect(x, y - 10, 14, 10, fill);
    }
    out += svg_text(x + 18, y, word, "start", "legend");
    // Room for the word: Chinese characters are about twice as wide as Latin letters.
    double width = 0;
    for (unsigned char c : word) {
        if (c < 0x80) width += 6.5;
        else if (c >= 0xE0) width += 12;  // the first byte of a three-byte (CJK) character
    }
    x += 18 + width + 14;
    return out;
}

}  // namespace plankit
