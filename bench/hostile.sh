#!/usr/bin/env bash
# Times `leaflet validate` and `leaflet build` on one file of each adversarial shape (about 1 MiB each, from
# tests/LeafletTool.TestSupport/HostileShapes.cs): wall time, processor time and peak memory per file, with the exit
# code. The limit is 2 s and 300 MB a file (docs/limits.md).
#
#   bash bench/hostile.sh [PROGRAM]     PROGRAM: a published leaflet binary (default: build one, framework-dependent)
set -euo pipefail
cd "$(dirname "$0")/.."
program="${1:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$program" ]; then
  dotnet build src/LeafletTool.Cli -c Release -o "$work/bin" --nologo -v q >/dev/null
  program="$work/bin/leaflet"
fi
dotnet run -c Release --project bench/LeafletTool.Bench -- hostile-files "$work/shapes" 1040000
printf '%-26s %-8s %8s %8s %8s %4s\n' shape command wall_s user_s peak_MB exit
for file in "$work"/shapes/*.yaml; do
  name=$(basename "$file" .yaml)
  for command in validate build; do
    rm -rf "$work/one" "$work/site"; mkdir -p "$work/one"; cp "$file" "$work/one/"
    args=("$command" "$work/one"); [ "$command" = build ] && args+=(--out "$work/site")
    set +e
    /usr/bin/time -f '%e %U %M' -o "$work/time" "$program" "${args[@]}" >/dev/null 2>&1
    code=$?
    set -e
    read -r wall user peak < <(tail -1 "$work/time")
    printf '%-26s %-8s %8s %8s %8d %4s\n' "$name" "$command" "$wall" "$user" $((peak / 1024)) "$code"
  done
done
