#!/usr/bin/env bash
# Keeps docs/tutorial.md honest: runs every `$ plankit …` (and `$ bash ci/evaluate.sh`)
# line of its console blocks, and of the READMEs', on examples/district/, and checks that
#   - each command exits as the tutorial says (0, or the codes listed below);
#   - the output shown under it is what the command prints: the lines between two `…`
#     stand together and in that order in the real output (trailing blanks aside);
#   - every YAML excerpt is in examples/district/ (comments aside; lines between blank
#     lines stand together), the CSV excerpt in progress/2025.csv, the Markdown one in
#     the report written by `report`;
# and a few things the tutorial states in words: the CSV saved from Excel has a BOM and
# CRLF line ends, `decompose --bom` writes a BOM, `report` writes the files it names, and
# ci/evaluate.sh exits 1 with FAIL_BELOW=85.
#   tests/tutorial_test.sh PLANKIT        (run from the repository root)
set -u
bin=${1:?usage: tutorial_test.sh PLANKIT}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
root=$(cd "$(dirname "$0")/.." && pwd)
doc=$root/docs/tutorial.md
district=$root/examples/district
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL $1"; failed=$((failed+1)); }

# The commands run where the tutorial runs them: `examples/` at hand, `plankit` on PATH
# (and as build/plankit, which the READMEs call).
work=$tmp/work
mkdir -p "$work/build" "$tmp/bin"
ln -s "$bin" "$tmp/bin/plankit"
ln -s "$bin" "$work/build/plankit"
ln -s "$root/examples" "$work/examples"
# The two mistakes of step 6, made as the tutorial describes them.
sed 's/^    lead: kx\.bgs$/    lead: kx.bsg/' "$district/plan.yaml" >"$work/typo.yaml"
awk '{ print } /^    title: 推进社区科普e站建设$/ { getline; print; print "    depends_on: [\"6\"]" }' \
  "$district/plan.yaml" >"$work/loop.yaml"
# The plan's own repository of step 14.
repo=$tmp/repo
mkdir -p "$repo/ci"
cp "$district/plan.yaml" "$repo/plan.yaml"
cp -r "$district/progress" "$repo/progress"
cp "$root/examples/ci/plan-repo-evaluate.sh" "$repo/ci/evaluate.sh"

# Exit codes other than 0, by command line.
declare -A want_exit=(
  ["plankit check typo.yaml"]=2
  ["plankit gaps loop.yaml"]=1
)

# The console blocks, one command a case: case/N/cmd and case/N/expected.
python3 - "$tmp/case" "$doc" "$root/README.zh.md" "$root/README.md" <<'PY' || { fail "reading the console blocks"; exit 1; }
import os, sys
out, docs = sys.argv[1], sys.argv[2:]
n, block, case = 0, None, None
for line in (l for doc in docs for l in open(doc, encoding="utf-8")):
    line = line.rstrip("\n")
    if block is None:
        if line.startswith("```console"):
            block = True
        continue
    if line.startswith("```"):
        block, case = None, None
        continue
    if line.startswith("$ "):
        n += 1
        case = os.path.join(out, "%02d" % n)
        os.makedirs(case)
        open(os.path.join(case, "cmd"), "w", encoding="utf-8").write(line[2:] + "\n")
        open(os.path.join(case, "expected"), "w", encoding="utf-8").close()
    elif case:
        open(os.path.join(case, "expected"), "a", encoding="utf-8").write(line + "\n")
PY
count=$(ls "$tmp/case" | wc -l)
[ "$count" -ge 20 ] || fail "only $count commands found in docs/tutorial.md and README.zh.md"

# shows EXPECTED ACTUAL: the lines between `…` lines of EXPECTED stand together, in order,
# in ACTUAL (a file compared from its first line when EXPECTED does not start with `…`).
shows() {
  python3 - "$1" "$2" <<'PY'
import sys
def lines(path):
    text = open(path, encoding="utf-8-sig", newline="").read().replace("\r\n", "\n")
    return [l.rstrip() for l in text.split("\n")]
want = lines(sys.argv[1])
while want and want[-1] == "":
    want.pop()
have = lines(sys.argv[2])
chunks, chunk = [], []
for l in want:
    if l == "…":
        chunks.append(chunk); chunk = []
    else:
        chunk.append(l)
chunks.append(chunk)
at = 0
for i, chunk in enumerate(chunks):
    if not chunk:
        continue
    starts = [at] if i == 0 else range(at, len(have) - len(chunk) + 1)
    found = next((s for s in starts if have[s:s + len(chunk)] == chunk), None)
    if found is None:
        print("  not found in order:\n    " + "\n    ".join(chunk))
        sys.exit(1)
    at = found + len(chunk)
PY
}

for case in "$tmp"/case/*; do
  cmd=$(cat "$case/cmd")
  dir=$work; [[ "$cmd" == "bash ci/"* ]] && dir=$repo
  (cd "$dir" && PATH="$tmp/bin:$PATH" NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8 bash -c "$cmd" \
     >"$case/out" 2>&1 </dev/null); got=$?
  want=${want_exit[$cmd]:-0}
  [ "$got" = "$want" ] || { fail "\$ $cmd: exit $got, expected $want"; sed 's/^/  /' "$case/out" | head -20; }
  shows "$case/expected" "$case/out" || fail "\$ $cmd: the output shown is not what it prints"
done

# Excerpts of files: every ```yaml, ```csv and ```markdown block.
python3 - "$doc" "$tmp/excerpt" <<'PY'
import os, sys
doc, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
n, kind = 0, None
for line in open(doc, encoding="utf-8"):
    line = line.rstrip("\n")
    if kind is None:
        for k in ("yaml", "csv", "markdown"):
            if line == "```" + k:
                n += 1
                kind = k
                name = os.path.join(out, "%02d.%s" % (n, k))
                open(name, "w", encoding="utf-8").close()
        continue
    if line == "```":
        kind = None
        continue
    open(name, "a", encoding="utf-8").write(line + "\n")
PY
# The YAML of examples/district/ without comments or blank lines, one file after another.
for f in "$district/plan.yaml" "$district"/progress/*.yaml; do
  sed -e 's/[[:space:]]*#.*$//' -e '/^[[:space:]]*$/d' "$f"; echo "…"
done >"$tmp/district.yaml"
for excerpt in "$tmp"/excerpt/*; do
  case $excerpt in
    *.yaml) # paragraphs of the excerpt stand together in the files
      { echo "…"; sed -e 's/^$/…/' "$excerpt"; } >"$tmp/want"
      shows "$tmp/want" "$tmp/district.yaml" || fail "a YAML excerpt of the tutorial is not in examples/district/" ;;
    *.csv) shows "$excerpt" "$district/progress/2025.csv" || fail "the CSV excerpt is not progress/2025.csv" ;;
    *.markdown) shows "$excerpt" "$work/report/report.md" || fail "the Markdown excerpt is not report.md" ;;
  esac
done
[ "$(ls "$tmp"/excerpt | wc -l)" -ge 10 ] || fail "too few file excerpts found in docs/tutorial.md"

# What the tutorial says in words.
[ "$(head -c 3 "$district/progress/2025.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
  fail "progress/2025.csv has no byte-order mark"
[ "$(grep -c $'\r$' "$district/progress/2025.csv")" = "$(wc -l <"$district/progress/2025.csv")" ] ||
  fail "progress/2025.csv does not end every line with CRLF"
[ "$(head -c 3 "$work/分工表.csv" 2>/dev/null | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
  fail "decompose --bom -o 分工表.csv wrote no byte-order mark"
# The headings the tutorial names, first and last.
head -1 "$work/分工表.csv" 2>/dev/null | tr -d '\r' | sed 's/^\xef\xbb\xbf//' |
  grep -q '^编号,名称,章节编号,上级任务编号,含子任务,牵头单位编号,牵头单位,.*,开始年份,结束年份,权重$' ||
  fail "分工表.csv does not have the headings the tutorial names"
# The files `report` names on stderr are the files in the folder, no more, no fewer.
named=$(sed -n 's/^plankit: 已写入 report（[0-9]* 个文件）：//p' "$(grep -l -- '--out report' "$tmp"/case/*/cmd | head -1 | xargs dirname)/out" |
  sed 's/、/\n/g' | LC_ALL=C sort)
[ -n "$named" ] && [ "$named" = "$(ls "$work/report" | LC_ALL=C sort)" ] ||
  fail "report wrote other files than it names: $(ls "$work/report" | tr '\n' ' ')"
(cd "$repo" && PATH="$tmp/bin:$PATH" FAIL_BELOW=85 LC_ALL=C.UTF-8 bash ci/evaluate.sh >/dev/null 2>&1); got=$?
[ "$got" = 1 ] || fail "FAIL_BELOW=85 bash ci/evaluate.sh: exit $got, expected 1"

[ $failed = 0 ] && echo "tutorial: $count commands and their output as shown"
exit $((failed > 0))
