// The style sheet of report.html (report_html.h).
#include "report_html.h"

namespace plankit {

const std::string& report_style() {
    // System fonts only (nothing is fetched): the CJK faces of Windows, macOS and Linux
    // desktops first, so Chinese never falls back to a mismatched face.
    static const std::string css = R"css(:root {
  --cjk: "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
         "Source Han Sans SC", "WenQuanYi Micro Hei", "SimSun", "Segoe UI", Arial, sans-serif;
}
html { font-family: var(--cjk); font-size: 10.5pt; line-height: 1.5; color: #111; background: #fff; }
body { max-width: 178mm; margin: 0 auto; padding: 8mm 4mm; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
header .meta { margin: 0 0 6pt; }
.banner { border: 2px solid #b02a37; padding: 4pt 8pt; }
code { font-family: "Consolas", "Menlo", "DejaVu Sans Mono", monospace; font-size: 0.92em; }
ul.overview { padding-left: 1.2em; }
/* Tables fit the page: long words and titles wrap, figures stay on one line, right-aligned
   in tabular figures so that columns of numbers line up. */
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 9pt; }
th, td { border: 1px solid #888; padding: 2pt 4pt; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; word-break: break-word; min-width: 2.6em; }
th { background: #eee; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: var(--cjk); }
svg .tick, svg .legend { font-size: 11px; fill: #333; }
svg .figure { font-size: 10px; fill: #111; }
svg .figure.light { fill: #fff; }
svg .grid { stroke: #ddd; stroke-width: 1; }
.light { font-family: "DejaVu Sans", "Segoe UI Symbol", var(--cjk); }
.light.green { color: #2e7d32; } .light.yellow { color: #b58100; }
.light.red { color: #c62828; } .light.grey { color: #757575; }
nav.toc ol { columns: 2; padding-left: 1.4em; }
a { color: #0a58ca; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .banner { break-inside: avoid; }
}
)css";
    return css;
}

}  // namespace plankit
