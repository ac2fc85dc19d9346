#!/usr/bin/env bash
# Language accuracy on real leaflets (issue 14, item 2): LeafletTool against cspell, in one run.
# Usage: bench/language-accuracy/run.sh [WORK_DIR]   (default: a fresh temporary folder)
# Builds the CLI, installs cspell and its en-GB and medical dictionaries in WORK_DIR/cspell (never shipped),
# writes one leaflet (.yaml) and its text (.txt) per corpus vocabulary, with and without planted typos,
# and prints the table that docs/language-accuracy.md records. Set NO_CSPELL=1 to measure the tool alone.
# Set CORPUS to measure another folder of .vocab.tsv files with its ANNOTATIONS.md (absolute, or relative to the
# repository), e.g. CORPUS=bench/real-leaflets-heldout for the held-out leaflets; default bench/real-leaflets.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d)}"
corpus="${CORPUS:-bench/real-leaflets}"
[[ "$corpus" = /* ]] || corpus="$repo/$corpus"
[[ -f "$corpus/ANNOTATIONS.md" ]] || { echo "No ANNOTATIONS.md in corpus folder $corpus" >&2; exit 2; }
mkdir -p "$work"
rm -rf "$work/clean" "$work/typos"

echo "Building the CLI into $work/bin ..." >&2
dotnet build "$repo/src/LeafletTool.Cli" -c Release -o "$work/bin" --nologo -v quiet >&2

cspell_dir=""
if [[ -z "${NO_CSPELL:-}" ]]; then
  cspell_dir="$work/cspell"
  mkdir -p "$cspell_dir"
  if [[ ! -x "$cspell_dir/node_modules/.bin/cspell" ]]; then
    echo "Installing cspell in $cspell_dir ..." >&2
    npm install --prefix "$cspell_dir" --no-audit --no-fund --silent \
      cspell @cspell/dict-en-gb-mit @cspell/dict-medicalterms >&2
  fi
  # Import paths as the dictionaries' READMEs give them; en-GB only, plus the medical terms.
  cat > "$cspell_dir/cspell.json" <<'JSON'
{
  "version": "0.2",
  "language": "en-GB",
  "import": ["@cspell/dict-en-gb-mit/cspell-ext.json", "@cspell/dict-medicalterms/cspell-ext.json"],
  "dictionaries": ["medical terms"]
}
JSON
fi

DATE="${DATE:-$(date -u +%Y-%m-%d)}" python3 "$here/measure.py" \
  "$corpus" "$work" "$work/bin/leaflet" $cspell_dir
