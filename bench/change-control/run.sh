#!/usr/bin/env bash
# Change control benchmark: `validate --base` on 1,000 changed leaflets against plain `validate` of the same
# leaflets (target: under 2x), and `diff` of the sample leaflet (target: under 0.2 s). Medians of several runs.
#
#   bash bench/change-control/run.sh [--count 1000] [--runs 5]
#
# LEAFLET=/path/to/leaflet times that program (for example the Native AOT one of bench/run.sh); by default this
# checkout's Release build is built and run with dotnet. Needs: the .NET SDK, git, hyperfine.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
count=1000; runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 3; }

work="$root/bench/results/change-control"; rm -rf "$work"; mkdir -p "$work"
if [ -z "${LEAFLET:-}" ]; then
  dotnet build src/LeafletTool.Cli -c Release --nologo -v q >/dev/null
  LEAFLET="dotnet $root/src/LeafletTool.Cli/bin/Release/net10.0/leaflet.dll"
fi
dotnet build bench/CorpusGenerator -c Release --nologo -v q >/dev/null
dotnet bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll "$count" "$work/corpus" >/dev/null

# A repository whose main branch holds the leaflets, and a branch that changes words in every one of them.
repo="$work/corpus"
git() { command git -C "$repo" -c user.name=bench -c user.email=bench@example.org -c commit.gpgsign=false "$@"; }
git init --quiet --initial-branch=main
git add leaflets && git commit --quiet -m "The library"
git checkout --quiet -b edit
for file in "$repo"/leaflets/*.yaml; do
  [ "$(basename "$file")" = leaflettool.yaml ] && continue
  sed -i '0,/- heading: /s//- heading: Updated /' "$file"
done
git commit --quiet -am "Change a heading in every leaflet"
changed=$(git diff --name-only main -- leaflets | wc -l)

asof="--as-of 2026-11-23"
cd "$repo"
hyperfine -N --warmup 1 --runs "$runs" -i --export-json "$work/validate.json" \
  "$LEAFLET validate leaflets $asof" "$LEAFLET validate leaflets --base main $asof" >/dev/null

# The sample leaflet and a copy with a few words changed.
cp "$root/leaflets/cryotherapy-chronic-pain.yaml" "$work/old.yaml"
sed 's/there is a risk of bleeding, infection/there is a small risk of bleeding or infection/' \
  "$root/leaflets/cryotherapy-chronic-pain.yaml" > "$work/new.yaml"
hyperfine -N --warmup 2 --runs "$((runs * 2))" -i --export-json "$work/diff.json" \
  "$LEAFLET diff $work/old.yaml $work/new.yaml" "$LEAFLET diff $work/old.yaml $work/new.yaml --format html" >/dev/null

median() { sed -n 's/.*"median": *\([0-9.]*\).*/\1/p' "$1" | sed -n "${2}p"; }
plain=$(median "$work/validate.json" 1); based=$(median "$work/validate.json" 2)
echo "leaflets changed since main: $changed"
printf 'validate:          %.2f s\nvalidate --base:   %.2f s  (%.2fx; target under 2x)\n' \
  "$plain" "$based" "$(awk -v a="$based" -v b="$plain" 'BEGIN { print a / b }')"
printf 'diff (text):       %.3f s\ndiff (html):       %.3f s  (target under 0.2 s)\n' \
  "$(median "$work/diff.json" 1)" "$(median "$work/diff.json" 2)"
