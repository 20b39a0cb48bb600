#!/usr/bin/env bash
# The demo: the plugin's algorithms end to end, headless through qgis_process, outputs in demo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/demo-output"
rm -rf "$out"
mkdir -p "$out/.home"
# A private QGIS home (settings, enabled plugins), the plugin from this checkout, and the venv's shapely 2.
export HOME="$out/.home" QGIS_PLUGINPATH="$PWD" QT_QPA_PLATFORM=offscreen
export PYTHONPATH="$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')${PYTHONPATH:+:$PYTHONPATH}"

step() { printf '\n== %s\n' "$*"; }
run() {  # run ALGORITHM KEY=VALUE...: fail loudly, keep the log
  local alg=$1; shift
  local args=()
  for kv in "$@"; do args+=("--$kv"); done
  qgis_process run "brussels_creative:$alg" "${args[@]}" > "$out/$alg.log" 2>&1 || { cat "$out/$alg.log"; exit 1; }
  sed -n '/^Results/,$p' "$out/$alg.log"
}

step "Enable the plugin and list its algorithms"
qgis_process plugins enable brussels_creative > /dev/null
qgis_process list | sed -n '/Brussels Creative/,/^$/p' | tee "$out/algorithms.txt"
grep -q "brussels_creative:create_geopackage" "$out/algorithms.txt"

step "Create an empty ecosystem GeoPackage"
run create_geopackage "OUTPUT=$out/empty_ecosystem.gpkg"

step "Generate the sample ecosystem (3 000 entities, seed 42)"
run generate_sample "OUTPUT=$out/sample_ecosystem.gpkg" COUNT=3000 SEED=42

step "Check the sample ecosystem"
run check_geopackage "INPUT=$out/sample_ecosystem.gpkg" "OUTPUT=$out/sample_ecosystem_findings.csv"

step "Outputs"
find "$out" -maxdepth 1 -type f -not -name '*.log' | sort | sed "s|$PWD/||"
