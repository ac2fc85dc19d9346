#!/bin/sh
# Builds the harness, instruments LeafletTool.Core.dll and YamlDotNet.dll with sharpfuzz, and runs afl-fuzz on it.
# Usage: fuzz/run-afl.sh [validate|build] [FINDINGS_DIR] (from anywhere; see fuzz/README.md).
set -eu
target=${1:-validate}
here=$(cd "$(dirname "$0")" && pwd)
findings=${2:-$here/findings-$target}
bin=${FUZZ_BIN:-$here/bin}
rm -rf "$bin"
dotnet build "$here/LeafletTool.Fuzz" -c Release -o "$bin" --nologo -v quiet
sharpfuzz "$bin/LeafletTool.Core.dll"
sharpfuzz "$bin/YamlDotNet.dll"
export LEAFLET_FUZZ_TEMPLATES="$here/../templates"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=${AFL_NO_UI:-}
export DOTNET_gcServer=0 DOTNET_TieredPGO=0
exec afl-fuzz -i "$here/seeds" -o "$findings" -x "$here/yaml.dict" -t "${FUZZ_TIMEOUT:-5000}" -m none \
  ${AFL_EXTRA:-} -- dotnet "$bin/LeafletTool.Fuzz.dll" "$target"
