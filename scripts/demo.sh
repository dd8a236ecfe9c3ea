#!/usr/bin/env bash
# Runs the plugin's evaluations on the bundled sample city (示范市) through
# qgis_process, the way a user of the command line would: it builds the
# plugin zip, installs it into a private QGIS settings folder, enables it,
# and writes the results to output/demo/. Installs what is missing first
# (scripts/setup.sh). Safe to run again: output/demo is replaced as a whole.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
./scripts/setup.sh >/dev/null
export QT_QPA_PLATFORM=offscreen

sample="${CC_WARNING_SAMPLE_DIR:-$here/cc_warning_plugin/sample_data}"
for f in shifan.gpkg indicators_2025.csv water_sections_2025.csv indicators_2020.csv \
         national_rates.csv air_daily_2025.csv water_monthly_2025.csv; do
  if [ ! -f "$sample/$f" ]; then
    echo "demo: sample file $sample/$f is missing." >&2
    echo "      Restore it with 'git checkout cc_warning_plugin/sample_data' or regenerate" >&2
    echo "      the sample with '/usr/bin/python3 scripts/make_sample_data.py'." >&2
    exit 2
  fi
done

zip=$(./scripts/package.py --dist "$here/dist" | tail -n 1)
config="$here/output/.qgis-demo-profile"
./scripts/install_plugin.py --zip "$zip" --config "$config" >/dev/null
export QGIS_CUSTOM_CONFIG_PATH="$config"

out="$here/output/demo"
work=$(mktemp -d "$here/output/.demo-XXXXXX")
trap 'rm -rf "$work"' EXIT

run() {   # run <algorithm> <args...>; prints qgis_process errors, stops on failure
  local log="$work/qgis_process.log"
  echo "demo: qgis_process.bin run $1"
  if ! qgis_process.bin run "$@" >"$log" 2>&1; then
    grep -E "ERROR|Error|error" "$log" >&2 || cat "$log" >&2
    exit 1
  fi
}

# 1. Counties joined with the 2025 indicator table (key: 行政区划代码).
run native:joinattributestable -- \
  "INPUT=$sample/shifan.gpkg|layername=county" FIELD=行政区划代码 \
  "INPUT_2=$sample/indicators_2025.csv" FIELD_2=行政区划代码 METHOD=1 DISCARD_NONMATCHING=false \
  "OUTPUT=$work/counties_2025.gpkg"

# 2. 环境 element: pollutant concentration exceedance index (air + water sections).
run cc_warning:pollutant_exceedance -- \
  "INPUT=$work/counties_2025.gpkg" "SECTIONS=$sample/water_sections_2025.csv" \
  "OUTPUT=$work/env_exceedance_2025.gpkg"

# 3. The whole 2016 monitoring and early-warning method (资源环境承载能力监测预警)
#    from the raw data: daily air values of the stations, monthly section
#    observations, land-use and degradation polygons, the base-year table and the
#    national rates. One styled result layer (warning_2016.gpkg + .qml).
run cc_warning:carrying_capacity_2016 -- \
  "INPUT=$sample/shifan.gpkg|layername=county" \
  "INDICATORS=$sample/indicators_2025.csv" "BASE_INDICATORS=$sample/indicators_2020.csv" \
  "NATIONAL_RATES=$sample/national_rates.csv" \
  "AIR_STATIONS=$sample/shifan.gpkg|layername=air_station" "AIR_DAILY=$sample/air_daily_2025.csv" \
  "SECTIONS=$sample/shifan.gpkg|layername=water_section" \
  "SECTION_OBSERVATIONS=$sample/water_monthly_2025.csv" \
  "LANDUSE=$sample/shifan.gpkg|layername=landuse" \
  "DEGRADATION=$sample/shifan.gpkg|layername=degradation" \
  "OUTPUT=$work/warning_2016.gpkg"

# Warning map and evaluation report (in Chinese, as for a planning document):
# the 2016-method warning level over the sample's planning base map on an A3
# layout (PDF and PNG), and the workbook + HTML report.
zh_config="$here/output/.qgis-demo-profile-zh"
./scripts/install_plugin.py --zip "$zip" --config "$zh_config" --locale zh_CN >/dev/null
map_input="$work/warning_2016.gpkg"
QGIS_CUSTOM_CONFIG_PATH="$zh_config" run cc_warning:export_warning_map -- \
  "INPUT=$map_input" "COUNTY=$sample/shifan.gpkg|layername=county" \
  "TOWNSHIP=$sample/shifan.gpkg|layername=township" \
  "ECO_REDLINE=$sample/shifan.gpkg|layername=eco_redline" \
  "FARMLAND=$sample/shifan.gpkg|layername=farmland_protection" \
  "URBAN_BOUNDARY=$sample/shifan.gpkg|layername=urban_boundary" \
  "LANDUSE=$sample/shifan.gpkg|layername=landuse" \
  TEMPLATE=0 DPI=200 "TITLE=示范市资源环境承载能力监测预警图" "ORG=示范市自然资源和规划局" \
  "DATA_SOURCE=示范市样例数据（虚构）" \
  "OUTPUT_PDF=$work/warning_map_2025.pdf" "OUTPUT_PNG=$work/warning_map_2025.png"
QGIS_CUSTOM_CONFIG_PATH="$zh_config" run cc_warning:evaluation_report -- \
  "INPUT=$map_input" "COUNTY=$sample/shifan.gpkg|layername=county" \
  "ORG=示范市自然资源和规划局" \
  "OUTPUT_XLSX=$work/evaluation_report_2025.xlsx" "OUTPUT_HTML=$work/evaluation_report_2025.html"

rm -f "$work/qgis_process.log"
rm -rf "$out.old"
[ -d "$out" ] && mv "$out" "$out.old"
mv "$work" "$out"
trap - EXIT
rm -rf "$out.old"

echo
echo "demo: results written to $out"
ls -1 "$out" | sed 's/^/  /'
/usr/bin/python3 - "$out/env_exceedance_2025.gpkg" <<'PY'
import sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])
lyr = ds.GetLayer(0)
print("\n  county              env_index  env_class")
for f in lyr:
    name = f.GetField("名称") if lyr.GetLayerDefn().GetFieldIndex("名称") >= 0 else ""
    idx = f.GetField("env_index")
    print(f"  {name:<16} {idx if idx is None else round(idx, 3):>9}  {f.GetField('env_class')}")
PY
/usr/bin/python3 - "$out/warning_2016.gpkg" <<'PY'
import sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1])
lyr = ds.GetLayer(0)
print("\n  2016 method: load type, depletion trend and warning level")
print("  county    land      water     env       eco       special   trend        load      warning")
for f in lyr:
    cells = [f.GetField(n) or "" for n in ("land_class", "water_class", "env_class", "eco_class",
                                           "special_class", "trend_type", "load_type")]
    print(f"  {f.GetField('名称'):<6}  " + "".join(f"{c:<10}" for c in cells[:5]) +
          f"{cells[5]:<13}{cells[6]:<10}{f.GetField('warning_level')} ({f.GetField('warning_label')})")
PY
