#!/usr/bin/env bash
# LeafletTool benchmark: times validate, build and report on generated corpora, against Hugo (and cspell,
# when --cspell is given) on the same corpus in the same run. Reports medians of several runs.
#
#   bash bench/run.sh [--sizes "1000 10000"] [--runs 3] [--cspell] [--pdf]
#
# Needs: the .NET SDK, hyperfine (apt-get install hyperfine), GNU time; optional: hugo, node/npm (for cspell),
# chromium (for --pdf).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes="1000 10000"; runs=3; with_cspell=0; with_pdf=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --cspell) with_cspell=1; shift ;;
    --pdf) with_pdf=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 3; }

work="$root/bench/results"; mkdir -p "$work"
outputs="$work/out-$(date +%s)"; mkdir -p "$outputs"
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
# The program timed is the one the README tells large corpora to use: Native AOT (needs clang; apt-get install clang lld
# zlib1g-dev). The framework-dependent ReadyToRun program is timed beside it for the build, as a comparison.
echo "== publishing the tool (Release: ReadyToRun, and Native AOT where clang is installed)"
dotnet publish src/LeafletTool.Cli -c Release -r "${rid:-linux-x64}" --self-contained false -o "$work/leaflet-r2r" --nologo -v q >/dev/null
if command -v clang >/dev/null && dotnet publish src/LeafletTool.Cli -c Release -r "${rid:-linux-x64}" -p:PublishAot=true -o "$work/leaflet-aot" --nologo -v q >/dev/null; then
  leaflet="$work/leaflet-aot/leaflet"; program="Native AOT"
else
  echo "bench: no clang (or the AOT publish failed): timing the ReadyToRun program" >&2
  leaflet="$work/leaflet-r2r/leaflet"; program="ReadyToRun"
fi
r2r="$work/leaflet-r2r/leaflet"
# The unchanged-rebuild cache lives in the user's cache folder; the benchmark keeps its own.
export LEAFLET_CACHE_DIR="$work/cache"
dotnet build bench/CorpusGenerator -c Release --nologo -v q >/dev/null
asof="--as-of 2026-11-23"

peak_mb() { # peak resident memory of a command, in MB
  /usr/bin/time -f "%M" "$@" >/dev/null 2>"$work/time.txt" || true
  echo $(( $(tail -1 "$work/time.txt") / 1024 ))
}
median() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['median']:.3f}\")" "$1"; }

cpu() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print(f\"{r['user']+r['system']:.2f}\")" "$1"; }

echo "Program timed: $program ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) processors)" > "$work/summary.md"
echo >> "$work/summary.md"
echo "| work | leaflets | median s | CPU s (user+sys, mean) | peak MB |" >> "$work/summary.md"
echo "|---|---|---|---|---|" >> "$work/summary.md"
row() { echo "| $1 | $2 | $3 | $(cpu "$5") | $4 |" | tee -a "$work/summary.md"; }

for n in $sizes; do
  corpus="$root/bench/corpus-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    dotnet bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll "$n" "$corpus"
    touch "$corpus/.complete"
  fi
  # Every timed build writes into a new, empty folder, and nothing is deleted until every size is timed: for one to
  # five minutes after many files are deleted, ext4 checks each recently freed inode when it makes a new file, which
  # made the same build's system time 3-4 times longer (Hugo's too, less so). Outputs of earlier runs of this script
  # are removed at its end; give the disk five minutes after that before timing again.
  out="$outputs/site-$n"; mkdir -p "$out" "$outputs/hugo-$n"

  hyperfine -N --runs "$runs" --export-json "$work/validate-$n.json" -i "$leaflet validate $corpus/leaflets $asof" >/dev/null
  row "validate" "$n" "$(median "$work/validate-$n.json")" "$(peak_mb "$leaflet" validate "$corpus/leaflets" --as-of 2026-11-23)" "$work/validate-$n.json"

  hyperfine --runs "$runs" --export-json "$work/build-$n.json" -i \
    "$leaflet build $corpus/leaflets --out $out/\$(date +%s%N) --formats html,print,text --templates $root/templates $asof" >/dev/null
  row "validate + build html,print,text" "$n" "$(median "$work/build-$n.json")" \
    "$(peak_mb "$leaflet" build "$corpus/leaflets" --out "$out/last" --formats html,print,text --templates "$root/templates" --as-of 2026-11-23)" "$work/build-$n.json"

  if [ "$leaflet" != "$r2r" ]; then
    hyperfine --runs "$runs" --export-json "$work/build-r2r-$n.json" -i \
      "$r2r build $corpus/leaflets --out $out/\$(date +%s%N) --formats html,print,text --templates $root/templates $asof" >/dev/null
    row "the same build, ReadyToRun program" "$n" "$(median "$work/build-r2r-$n.json")" "-" "$work/build-r2r-$n.json"
  fi

  # The README's command, as a user without the published tool runs it: dotnet run checks the build (about 1.5 s) first.
  hyperfine --warmup 1 --runs "$runs" --export-json "$work/dotnet-run-$n.json" -i \
    "dotnet run --project $root/src/LeafletTool.Cli -- build $corpus/leaflets --out $out/\$(date +%s%N) --formats html,print,text --templates $root/templates $asof" >/dev/null
  row "the same build through dotnet run (README)" "$n" "$(median "$work/dotnet-run-$n.json")" "-" "$work/dotnet-run-$n.json"

  hyperfine -N --runs "$runs" --export-json "$work/rebuild-$n.json" -i \
    "$leaflet build $corpus/leaflets --out $out/last --formats html,print,text --templates $root/templates $asof" >/dev/null
  row "second build, nothing changed" "$n" "$(median "$work/rebuild-$n.json")" "-" "$work/rebuild-$n.json"

  hyperfine -N --runs "$runs" --export-json "$work/report-$n.json" -i "$leaflet report $corpus/leaflets --format json $asof" >/dev/null
  row "report --format json" "$n" "$(median "$work/report-$n.json")" "$(peak_mb "$leaflet" report "$corpus/leaflets" --format json --as-of 2026-11-23)" "$work/report-$n.json"

  if command -v hugo >/dev/null; then
    hyperfine --runs "$runs" --export-json "$work/hugo-$n.json" \
      "hugo --quiet -s $corpus/hugo -d $outputs/hugo-$n/\$(date +%s%N)" >/dev/null
    row "hugo (same leaflets as Markdown)" "$n" "$(median "$work/hugo-$n.json")" "$(peak_mb hugo --quiet -s "$corpus/hugo" -d "$outputs/hugo-$n/last")" "$work/hugo-$n.json"
    python3 -c "import sys; print(f'| ratio build / hugo | $n | {float(sys.argv[1])/float(sys.argv[2]):.2f} | - | - |')" \
      "$(median "$work/build-$n.json")" "$(median "$work/hugo-$n.json")" | tee -a "$work/summary.md"
    python3 -c "import sys; print(f'| ratio build through dotnet run / hugo | $n | {float(sys.argv[1])/float(sys.argv[2]):.2f} | - | - |')" \
      "$(median "$work/dotnet-run-$n.json")" "$(median "$work/hugo-$n.json")" | tee -a "$work/summary.md"
  fi

  if [ "$with_cspell" = 1 ]; then
    if [ ! -x "$root/bench/.tools/node_modules/.bin/cspell" ]; then
      mkdir -p "$root/bench/.tools" && (cd "$root/bench/.tools" && npm install --silent --no-audit --no-fund cspell @cspell/dict-en-gb >/dev/null)
    fi
    printf '{"language":"en-GB","import":["@cspell/dict-en-gb/cspell-ext.json"]}\n' > "$root/bench/.tools/cspell.json"
    hyperfine --runs 1 --export-json "$work/cspell-$n.json" -i \
      "$root/bench/.tools/node_modules/.bin/cspell --no-progress --no-summary -c $root/bench/.tools/cspell.json '$corpus/text/*.txt'" >/dev/null
    row "cspell en-GB (spelling only)" "$n" "$(median "$work/cspell-$n.json")" "-" "$work/cspell-$n.json"
    python3 -c "import sys; print(f'| ratio validate / cspell | $n | {float(sys.argv[1])/float(sys.argv[2]):.3f} | - | - |')" \
      "$(median "$work/validate-$n.json")" "$(median "$work/cspell-$n.json")" | tee -a "$work/summary.md"
  fi
done

# One leaflet from a cold process: what a pre-commit hook feels.
single="$root/leaflets/cryotherapy-chronic-pain.yaml"
hyperfine -N --warmup 2 --runs 10 --export-json "$work/single.json" -i "$leaflet validate $single $asof" >/dev/null
row "validate one leaflet, cold process" "1" "$(median "$work/single.json")" "-" "$work/single.json"
if [ "$leaflet" != "$r2r" ]; then
  hyperfine -N --warmup 2 --runs 10 --export-json "$work/single-r2r.json" -i "$r2r validate $single $asof" >/dev/null
  row "the same, ReadyToRun program" "1" "$(median "$work/single-r2r.json")" "-" "$work/single-r2r.json"
fi

if [ "$with_pdf" = 1 ]; then
  corpus="$root/bench/corpus-100"
  [ -f "$corpus/.complete" ] || { dotnet bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll 100 "$corpus"; touch "$corpus/.complete"; }
  hyperfine --runs 1 --export-json "$work/pdf-100.json" --prepare "rm -rf $work/site-pdf && sync" -i \
    "$leaflet build $corpus/leaflets --out $work/site-pdf --formats pdf --templates $root/templates $asof" >/dev/null
  row "build --formats pdf" "100" "$(median "$work/pdf-100.json")" "-" "$work/pdf-100.json"
fi

# Outputs of this run and of any earlier run, removed only now that everything is timed.
rm -rf "$work"/out-* "$work"/site-* "$work"/hugo-[0-9]*/
echo; echo "Summary written to bench/results/summary.md"
