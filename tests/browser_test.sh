#!/usr/bin/env bash
# report.html in a real browser: renders the seed report in headless Chromium at A4 width
# (794 px at 96 dpi) and checks that no element runs past the page's body (no table cut
# off at the right) and that every SVG chart has a size; then prints it to PDF and finds
# the plan's score, as report.md gives it, in the PDF's text. Fails, never skips, when
# Chromium or pdftotext is missing (scripts/setup installs both).
#   tests/browser_test.sh PLANKIT
set -u
bin=${1:?usage: browser_test.sh PLANKIT}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL $*"; exit 1; }
browser=$(command -v chromium || command -v chromium-browser) || fail "chromium not found (scripts/setup installs it)"
command -v pdftotext >/dev/null || fail "pdftotext not found (scripts/setup installs poppler-utils)"

(cd "$root" && NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8 "$bin" report plans/cq-cast-14fyp.yaml --year 2024 \
   --progress examples/progress --out "$tmp/out" </dev/null 2>"$tmp/plankit.log") ||
  { cat "$tmp/plankit.log"; fail "plankit report failed"; }
[ -s "$tmp/out/report.html" ] || fail "no report.html"

# The browser's own profile in the temporary folder: no state shared with other runs.
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --user-data-dir="$tmp/profile" --window-size=794,1123 "$@" 2>"$tmp/chromium.log"
}

# A copy of the page with a check at its end (the page itself carries no script): its
# verdict is written into the page, which --dump-dom prints.
check_js='<script>
(function () {
  var bad = [], body = document.body.getBoundingClientRect();
  var page = document.documentElement;
  if (page.scrollWidth > page.clientWidth) bad.push("the page scrolls sideways: " + page.scrollWidth);
  var all = document.body.getElementsByTagName("*");
  for (var i = 0; i < all.length; i++) {
    var r = all[i].getBoundingClientRect();
    if (r.right > body.right + 0.5) bad.push(all[i].tagName + " ends at " + r.right + " > " + body.right);
  }
  var svgs = document.getElementsByTagName("svg");
  for (var j = 0; j < svgs.length; j++) {
    var s = svgs[j].getBoundingClientRect();
    if (!(s.width > 0 && s.height > 0)) bad.push("svg " + j + " has no size");
  }
  if (svgs.length === 0) bad.push("no svg");
  var p = document.createElement("p");
  p.id = "verdict";
  p.textContent = bad.length ? "BAD " + bad.slice(0, 8).join("; ") : "GOOD " + svgs.length + " svg";
  document.body.appendChild(p);
})();
</script>'
CHECK_JS=$check_js python3 -c 'import os, sys; page = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", os.environ["CHECK_JS"] + "\n</body>"))' \
  "$tmp/out/report.html" "$tmp/out/check.html" || fail "cannot write the checked copy"
chrome --dump-dom "file://$tmp/out/check.html" >"$tmp/dom.html" || { cat "$tmp/chromium.log"; fail "chromium --dump-dom failed"; }
verdict=$(grep -o '<p id="verdict">[^<]*' "$tmp/dom.html" | sed 's/<p id="verdict">//')
case $verdict in
  GOOD*) echo "ok: $verdict at 794 px" ;;
  "") cat "$tmp/chromium.log"; fail "no verdict from the page check" ;;
  *) fail "$verdict" ;;
esac

chrome --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" "file://$tmp/out/report.html" >/dev/null \
  || { cat "$tmp/chromium.log"; fail "chromium --print-to-pdf failed"; }
pdftotext "$tmp/report.pdf" "$tmp/report.txt" || fail "pdftotext failed"
# The plan score as report.md prints it in its overview (`- **规划总得分：71.23（…）**`).
score=$(grep -m1 '^- \*\*' "$tmp/out/report.md" | grep -oE '[0-9]+(\.[0-9]+)?' | head -1)
[ -n "$score" ] || fail "no plan score in report.md"
grep -qF "$score" "$tmp/report.txt" || fail "the plan score $score is not in the PDF's text"
pages=$(pdfinfo "$tmp/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "ok: the PDF (${pages:-?} pages) shows the plan score $score"
