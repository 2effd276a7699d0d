#!/usr/bin/env bash
# `plankit forms` end to end on the seed plan:
#   tests/forms_test.sh PLANKIT
# - the CSV and YAML forms of 2024 equal tests/golden/forms/ file by file
#   (PLANKIT_REGENERATE=1 rewrites them; read the diff before committing it);
# - the workbooks are the same bytes from one run to the next;
# - the round trip: every form filled in by tests/fill_forms.py as a unit would, then
#   `score` reads the folder and finds every due task and scored target reported;
# - all or nothing: an --out that holds the plan is refused and nothing is written.
set -euo pipefail
bin=${1:?usage: forms_test.sh PLANKIT}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
here=$(cd "$(dirname "$0")" && pwd)
plan=$here/../plans/cq-cast-14fyp.yaml
golden=$here/golden/forms
year=2024
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL forms: $*"; exit 1; }

for format in csv yaml; do
  "$bin" forms "$plan" --year $year --format $format --out "$tmp/$format"
  if [ "${PLANKIT_REGENERATE:-}" = 1 ]; then
    rm -rf "${golden:?}/$format"; mkdir -p "$golden"; cp -r "$tmp/$format" "$golden/$format"
  else
    diff -ru "$golden/$format" "$tmp/$format" || fail "$format forms differ from tests/golden/forms/$format"
  fi
done

"$bin" forms "$plan" --year $year --out "$tmp/xlsx"
"$bin" forms "$plan" --year $year --out "$tmp/xlsx-again"
diff -r "$tmp/xlsx" "$tmp/xlsx-again" > /dev/null || fail "two runs wrote different workbooks"
# The index names the same units and counts in every format.
diff <(sed 's/\.xlsx,/,/' "$tmp/xlsx/index.csv") <(sed 's/\.csv,/,/' "$tmp/csv/index.csv") \
  || fail "index.csv of the workbooks differs from the CSV forms'"

# Filled in and read back: nothing due is left unreported.
for format in csv yaml xlsx; do
  python3 "$here/fill_forms.py" "$tmp/$format" "$tmp/filled-$format"
  "$bin" score "$plan" --year $year --progress "$tmp/filled-$format" --format json > "$tmp/score-$format.json" \
    || fail "score of the filled $format forms failed"
  python3 - "$tmp/score-$format.json" "$format" <<'PY' || fail "the filled $format forms leave something unreported"
import json, sys
score = json.load(open(sys.argv[1], encoding='utf-8'))
missing = [f for f in score['findings'] if f['code'] in ('missing-report', 'missing-data', 'no-records-for-year')]
for f in missing:
    print('  %s: %s %s' % (sys.argv[2], f['code'], f['subject']))
tasks = [t for t in score['tasks'] if t['status'] is not None]
if missing or not tasks or not score['targets']:
    sys.exit(1)
PY
done

# Never over an input: a folder holding the plan is refused and left as it was.
mkdir -p "$tmp/inputs"
cp "$plan" "$tmp/inputs/plan.yaml"
if "$bin" forms "$tmp/inputs/plan.yaml" --year $year --out "$tmp/inputs" 2> "$tmp/err"; then
  fail "forms wrote into the folder of its plan"
fi
grep -q "拒绝把填报表写入" "$tmp/err" || fail "no refusal message: $(cat "$tmp/err")"
[ "$(ls "$tmp/inputs")" = plan.yaml ] || fail "forms left files beside its plan"
echo "forms: ok"
