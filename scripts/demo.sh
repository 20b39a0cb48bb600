#!/usr/bin/env bash
# The demo: the plugin's algorithms end to end, headless through qgis_process, outputs in demo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/demo-output"
rm -rf "$out"
mkdir -p "$out/.home" "$out/logs"
# A private QGIS home (settings, enabled plugins), the plugin from this checkout, and the venv's shapely 2.
export HOME="$out/.home" QGIS_PLUGINPATH="$PWD" QT_QPA_PLATFORM=offscreen
export PYTHONPATH="$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')${PYTHONPATH:+:$PYTHONPATH}"

step() { printf '\n== %s\n' "$*"; }
runs=0
run() {  # run ALGORITHM KEY=VALUE...: fail loudly, keep one log per run (logs/NN-algorithm.log)
  local alg=$1; shift
  local args=()
  for kv in "$@"; do args+=("--$kv"); done
  runs=$((runs + 1))
  local log
  log="$out/logs/$(printf '%02d' "$runs")-$alg.log"
  qgis_process run "brussels_creative:$alg" "${args[@]}" > "$log" 2>&1 || { cat "$log"; exit 1; }
  sed -n '/^Results/,$p' "$log"
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

step "Density by the 19 municipalities of the sample ecosystem"
run density_by_area "INPUT=$out/sample_ecosystem.gpkg|layername=entities" \
  "AREAS=$out/sample_ecosystem.gpkg|layername=municipalities" "OUTPUT=$out/density_by_municipality.gpkg"

step "Density grid: 500 m squares over the region, aligned on the origin (0, 0)"
run density_grid "INPUT=$out/sample_ecosystem.gpkg|layername=entities" CELL_SIZE=500 \
  "BOUNDARY=$out/sample_ecosystem.gpkg|layername=municipalities" "OUTPUT=$out/density_grid_500m.gpkg"

step "Kernel density: quartic, 500 m bandwidth, 20 m pixels, clipped to the region"
run kernel_density "INPUT=$out/sample_ecosystem.gpkg|layername=entities" BANDWIDTH=500 PIXEL_SIZE=20 \
  "CLIP=$out/sample_ecosystem.gpkg|layername=municipalities" "OUTPUT=$out/kernel_density_20m.tif"

step "Hot spots: Getis-Ord Gi* on 500 m squares over the region, 1 000 m distance band, FDR-corrected classes"
run hotspots "INPUT=$out/sample_ecosystem.gpkg|layername=entities" CELL_SIZE=500 DISTANCE=1000 \
  "BOUNDARY=$out/sample_ecosystem.gpkg|layername=municipalities" "OUTPUT=$out/hotspots_500m_band1000m.gpkg"

step "Clusters: DBSCAN, eps 150 m, at least 8 entities, convex hulls with their profile"
run clusters "INPUT=$out/sample_ecosystem.gpkg|layername=entities" EPS=150 MIN_POINTS=8 \
  "OUTPUT=$out/clusters_entities.gpkg" "CLUSTERS=$out/clusters_hulls.gpkg"

step "Point pattern: Clark-Evans in the region, Ripley's L to 3 km with a 99-simulation envelope"
run point_pattern "INPUT=$out/sample_ecosystem.gpkg|layername=entities" \
  "BOUNDARY=$out/sample_ecosystem.gpkg|layername=municipalities" R_MIN=100 R_MAX=3000 R_STEPS=30 NSIM=99 SEED=42 \
  "OUTPUT=$out/point_pattern_ripley_l.csv" "CHART=$out/point_pattern_ripley_l.png"

step "Export the sample: internal GeoPackage, partner shapefiles (zip, labels in French), public GeoJSON"
run export_ecosystem "INPUT=$out/sample_ecosystem.gpkg" FORMAT=0 PROFILE=internal "OUTPUT=$out/export_internal.gpkg"
run export_ecosystem "INPUT=$out/sample_ecosystem.gpkg" FORMAT=2 PROFILE=partner LANGUAGE=fr \
  "OUTPUT=$out/export_partner_shapefiles.zip"
run export_ecosystem "INPUT=$out/sample_ecosystem.gpkg" FORMAT=3 PROFILE=public "OUTPUT=$out/export_public.geojson"

step "Monitoring: a KPI snapshot at the end of every month of the sample's two years (from its history), then today's"
run kpi_snapshot "GEOPACKAGE=$out/sample_ecosystem.gpkg" AS_OF=2026-09-30 MONTHLY_FROM=2024-10-01 \
  "OUTPUT=$out/kpi_snapshots_monthly.csv"
run kpi_snapshot "GEOPACKAGE=$out/sample_ecosystem.gpkg" "OUTPUT=$out/kpi_snapshot_today.csv"
run kpi_trends "GEOPACKAGE=$out/sample_ecosystem.gpkg" "KPIS=active_entities,density,share_verified,relationships_per_entity" \
  "OUTPUT=$out/kpi_trends.csv" "CHART=$out/kpi_trends.png"
run emerging_hotspots "GEOPACKAGE=$out/sample_ecosystem.gpkg" FROM=2024-10-01 TO=2026-09-30 STEP=1 CELL_SIZE=500 \
  DISTANCE=1000 "OUTPUT=$out/emerging_hotspots_quarters.gpkg"
run centrography "GEOPACKAGE=$out/sample_ecosystem.gpkg" FROM=2024-10-01 TO=2026-09-30 STEP=1 \
  "OUTPUT=$out/centrography_ellipses.gpkg" "SHIFTS=$out/centrography_shifts.gpkg"
run density_change "GEOPACKAGE=$out/sample_ecosystem.gpkg" DATE_FROM=2025-09-30 DATE_TO=2026-09-30 \
  "OUTPUT=$out/density_change_one_year.tif"
run ecosystem_report "GEOPACKAGE=$out/sample_ecosystem.gpkg" LANGUAGE=1 "OUTPUT=$out/ecosystem_report_fr.html" \
  "PDF=$out/ecosystem_report_fr.pdf"

step "Publish the public web map (open demo-output/web_map/index.html in a browser; also as a zip)"
run publish_web_map "INPUT=$out/sample_ecosystem.gpkg" "OUTPUT=$out/web_map"
run publish_web_map "INPUT=$out/sample_ecosystem.gpkg" LANGUAGE=nl "OUTPUT=$out/web_map.zip"
test -s "$out/web_map/index.html" && test -s "$out/web_map/data.js"

step "Curation: a correction file from the web map into proposals, the review queue, two portfolios compared"
.venv/bin/python - "$out" <<'PY'
import json, sqlite3, sys
from pathlib import Path
out = Path(sys.argv[1])
with sqlite3.connect(out / "sample_ecosystem.gpkg") as db:
    uuid, name = db.execute("SELECT uuid, name FROM entities WHERE status = 'active' ORDER BY fid LIMIT 1").fetchone()
(out / "correction_from_web_map.json").write_text(json.dumps({
    "format": "brussels-creative-correction", "version": 1, "kind": "correction", "entity_uuid": uuid,
    "entity_name": name, "published_checksum": "sha256:" + "0" * 64, "published_at": "2026-11-30T08:00:00Z",
    "claim": True, "proposed": {"phone": "+32 2 555 00 00"}, "comment": "Demo correction",
    "submitter": {"name": "Demo Person", "email": "demo@example.org"}, "created_at": "2026-12-01T10:00:00Z",
    "language": "en"}, ensure_ascii=False), encoding="utf-8")
PY
run import_corrections "GEOPACKAGE=$out/sample_ecosystem.gpkg" "FILES=$out/correction_from_web_map.json" \
  "REJECTED=$out/corrections_rejected.csv"
run review_queue "GEOPACKAGE=$out/sample_ecosystem.gpkg" MONTHS=12 "OUTPUT=$out/review_queue.gpkg"
run save_portfolio "GEOPACKAGE=$out/sample_ecosystem.gpkg" NAME=fablabs "DESCRIPTION=every fablab, as a list" \
  "ENTITIES=$out/sample_ecosystem.gpkg|layername=entities|subset=\"entity_type\" = 'fablab'"
run save_portfolio "GEOPACKAGE=$out/sample_ecosystem.gpkg" NAME=coworkings "EXPRESSION=\"entity_type\" = 'coworking'"
run compare_portfolios "GEOPACKAGE=$out/sample_ecosystem.gpkg" "PORTFOLIOS=fablabs;coworkings" \
  "OUTPUT=$out/portfolios_compared.csv" "CHART=$out/portfolios_compared.png"
run density_by_area "INPUT=$out/sample_ecosystem.gpkg|layername=entities" PORTFOLIO=coworkings \
  "AREAS=$out/sample_ecosystem.gpkg|layername=municipalities" "OUTPUT=$out/density_coworkings.gpkg"

step "Outputs"
find "$out" -maxdepth 1 -type f -not -name '*.log' | sort | sed "s|$PWD/||"
