#!/usr/bin/env bash
# Runs the plugin's evaluations on the bundled sample city (示范市) through
# qgis_process, the way a user of the command line would: it builds the
# plugin zip, installs it into a private QGIS settings folder, enables it,
# and writes the results to output/demo/. Installs what is missing first
# (scripts/setup.sh). Safe to run again: output/demo is replaced as a whole.
#
#   ./scripts/demo.sh --debian 13   runs it on Debian 13 (QGIS 3.40) in a cached
#     Debian root on this machine (scripts/in_debian.sh) → output/debian13/demo/;
#     scripts/compare_demo.py compares two such folders.
#
# CC_WARNING_OUTPUT: the folder that receives demo/ (default output/).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ "${1:-}" = "--debian" ]; then
  [ $# -ge 2 ] || { echo "demo: --debian needs a release number, e.g. --debian 13" >&2; exit 2; }
  exec ./scripts/in_debian.sh "$2" ./scripts/demo.sh
fi
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
output="${CC_WARNING_OUTPUT:-$here/output}"
config="$output/.qgis-demo-profile"
# The interface language of the run (labels, band names, report): Chinese, as in a
# planning bureau; CC_WARNING_DEMO_LOCALE=en_US for English.
./scripts/install_plugin.py --zip "$zip" --config "$config" \
  --locale "${CC_WARNING_DEMO_LOCALE:-zh_CN}" >/dev/null
export QGIS_CUSTOM_CONFIG_PATH="$config"

# Results are written in place (so that the provenance they record names the files
# where they are); the previous results are kept aside and put back if a step fails.
out="$output/demo"
rm -rf "$out.old"
if [ -d "$out" ]; then mv "$out" "$out.old"; fi
mkdir -p "$out"
work="$out"
trap 'rm -rf "$out"; if [ -d "$out.old" ]; then mv "$out.old" "$out"; fi' EXIT

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

# 4. 双评价 — 生态 (ecology): the four ecosystem services graded 极重要/重要/一般, the
#    soil-erosion and desertification vulnerabilities, and 生态保护重要性 with the
#    生态保护极重要区 polygons. The sample has no ET, NPP, wind or groundwater layers:
#    ET by Turc's formula with T = 14 °C, the 生物多样性维护 red-line polygons as
#    habitats, and stated RWEQ factors and desertification values for the dry
#    grassland plateau of 河湾县, the only county evaluated for wind erosion.
for f in dem.tif precip.tif veg_cover.tif soil_texture.tif landcover.tif; do
  [ -f "$sample/$f" ] || { echo "demo: sample raster $sample/$f is missing." >&2; exit 2; }
done
run cc_warning:dual_eco_water_conservation -- \
  "PRECIPITATION=$sample/precip.tif" "LANDCOVER=$sample/landcover.tif" TEMPERATURE_VALUE=14 \
  "SERVICE=$work/eco_water_conservation.tif" "OUTPUT=$work/eco_water_conservation_importance.tif"
run cc_warning:dual_eco_soil_conservation -- \
  "DEM=$sample/dem.tif" "PRECIPITATION=$sample/precip.tif" "SOIL_TEXTURE=$sample/soil_texture.tif" \
  "VEG_COVER=$sample/veg_cover.tif" \
  "SERVICE=$work/eco_soil_conservation.tif" "OUTPUT=$work/eco_soil_conservation_importance.tif"
hewan="$sample/shifan.gpkg|layername=county|subset=\"名称\" = '河湾县'"
run cc_warning:dual_eco_sand_fixation -- \
  "VEG_COVER=$sample/veg_cover.tif" "MASK=$hewan" WEATHER_FACTOR_VALUE=30 ERODIBLE_FRACTION_VALUE=0.4 \
  CRUST_FACTOR_VALUE=0.5 ROUGHNESS_FACTOR_VALUE=0.8 \
  "SERVICE=$work/eco_sand_fixation.tif" "OUTPUT=$work/eco_sand_fixation_importance.tif"
run cc_warning:dual_eco_biodiversity -- \
  "DEM=$sample/dem.tif" \
  "VERY_IMPORTANT_HABITAT=$sample/shifan.gpkg|layername=eco_redline|subset=\"红线类型\" = '生物多样性维护'" \
  "OUTPUT=$work/eco_biodiversity_importance.tif"
run cc_warning:dual_eco_vuln_soil_erosion -- \
  "DEM=$sample/dem.tif" "PRECIPITATION=$sample/precip.tif" "SOIL_TEXTURE=$sample/soil_texture.tif" \
  "VEG_COVER=$sample/veg_cover.tif" \
  "INDEX=$work/eco_soil_erosion_index.tif" "OUTPUT=$work/eco_soil_erosion_vulnerability.tif"
run cc_warning:dual_eco_vuln_desertification -- \
  "VEG_COVER=$sample/veg_cover.tif" "SOIL_TEXTURE=$sample/soil_texture.tif" "MASK=$hewan" \
  ARIDITY_VALUE=2.5 WIND_DAYS_VALUE=15 \
  "INDEX=$work/eco_desertification_index.tif" "OUTPUT=$work/eco_desertification_vulnerability.tif"
run cc_warning:dual_eco_importance -- \
  "SERVICES=$work/eco_water_conservation_importance.tif" \
  "SERVICES=$work/eco_soil_conservation_importance.tif" \
  "SERVICES=$work/eco_sand_fixation_importance.tif" \
  "SERVICES=$work/eco_biodiversity_importance.tif" \
  "VULNERABILITIES=$work/eco_soil_erosion_vulnerability.tif" \
  "VULNERABILITIES=$work/eco_desertification_vulnerability.tif" \
  "OUTPUT=$work/eco_protection_importance.tif" "CAUSE=$work/eco_protection_cause.tif" \
  "CRITICAL_AREAS=$work/eco_critical_areas.gpkg"

# 5. 双评价 on the 200 m grid: the single factors (land, water, climate), 农业生产
#    and 城镇建设适宜性 outside the 生态保护极重要区 (the 极重要 cells of step 4),
#    class areas by township and the 承载规模 by county (water shares and quotas are illustrative). → dual/
for f in dem.tif silt_content.tif precip.tif accum_temp.tif climate_monthly.csv; do
  if [ ! -f "$sample/$f" ]; then
    echo "demo: sample file $sample/$f is missing (needed by the 双评价 step)." >&2
    exit 2
  fi
done
run cc_warning:dual_evaluation -- \
  "DEM=$sample/dem.tif" "SILT=$sample/silt_content.tif" "PRECIPITATION=$sample/precip.tif" \
  "ACCUM_TEMP=$sample/accum_temp.tif" "CLIMATE_TABLE=$sample/climate_monthly.csv" \
  "STATIONS=$sample/shifan.gpkg|layername=air_station" \
  "UNITS=$work/counties_2025.gpkg" URBAN_WATER_FIELD=用水总量控制指标 PER_AREA=true \
  "SUMMARY_UNITS=$sample/shifan.gpkg|layername=township" \
  "ECO_IMPORTANCE=$work/eco_protection_importance.tif" \
  SCALE_WATER_FIELD=用水总量控制指标 AGRI_WATER_SHARE=0.6 URBAN_WATER_SHARE=0.3 \
  IRRIGATION_QUOTA=400 WATER_PER_PERSON=80 LAND_PER_PERSON=120 \
  "OUTPUT_FOLDER=$work/dual"

# 6. Warning map and evaluation report (as for a planning document):
# the 2016-method warning level over the sample's planning base map on an A3
# layout (PDF and PNG), and the workbook + HTML report (with the 双评价
# 生态保护重要性, 农业生产适宜性 and 城镇建设适宜性 rasters).
map_input="$work/warning_2016.gpkg"
run cc_warning:export_warning_map -- \
  "INPUT=$map_input" "COUNTY=$sample/shifan.gpkg|layername=county" \
  "TOWNSHIP=$sample/shifan.gpkg|layername=township" \
  "ECO_REDLINE=$sample/shifan.gpkg|layername=eco_redline" \
  "FARMLAND=$sample/shifan.gpkg|layername=farmland_protection" \
  "URBAN_BOUNDARY=$sample/shifan.gpkg|layername=urban_boundary" \
  "LANDUSE=$sample/shifan.gpkg|layername=landuse" \
  TEMPLATE=0 DPI=200 "TITLE=示范市资源环境承载能力监测预警图" "ORG=示范市自然资源和规划局" \
  "DATA_SOURCE=示范市样例数据（虚构）" \
  "OUTPUT_PDF=$work/warning_map_2025.pdf" "OUTPUT_PNG=$work/warning_map_2025.png"
run cc_warning:evaluation_report -- \
  "INPUT=$map_input" "COUNTY=$sample/shifan.gpkg|layername=county" \
  "RASTERS=$work/eco_protection_importance.tif" "RASTERS=$work/dual/agri_suitability.tif" \
  "RASTERS=$work/dual/urban_suitability.tif" "ORG=示范市自然资源和规划局" \
  "OUTPUT_XLSX=$work/evaluation_report_2025.xlsx" "OUTPUT_HTML=$work/evaluation_report_2025.html"

# 7. From warning to action (监测预警机制): measures and 奖惩 per county from the
#    result and the sample's history of levels, reminders with one letter per county
#    and the proposed remediation plan, the sample targets, the cross-check against a
#    county's self-assessment with its consultation record, and the annual
#    监测预警报告 (HTML, PDF, .docx where python3-docx is installed) with its maps on
#    the A4 layout and the public edition. → annual/
acts="$here/cc_warning_plugin/sample_data_actions"
annual="$work/annual"
org="示范市自然资源和规划局"
formats=(FORMATS=0 FORMATS=1)
docx=()
if /usr/bin/python3 -c "import docx" 2>/dev/null; then
  formats+=(FORMATS=2)
  docx=("OUTPUT_DOCX=$annual/annual_report_2025.docx")
else
  echo "demo: python3-docx is not installed: the report and letters are written without .docx"
fi
run cc_warning:unit_measures -- \
  "INPUT=$work/warning_2016.gpkg" "HISTORY=$acts/warning_history.csv" \
  "OUTPUT=$annual/measures_2025.gpkg"
run cc_warning:warning_reminders -- \
  "INPUT=$work/warning_2016.gpkg" "HISTORY=$acts/warning_history.csv" "ORG=$org" \
  "${formats[@]}" "OUTPUT=$annual/reminders_2025.xlsx" "LETTERS=$annual/letters" \
  "PLAN=$annual/remediation_plan_2025.xlsx"
run cc_warning:target_tracking -- \
  "TARGETS=$acts/targets.csv" "OBSERVATIONS=$acts/target_observations.csv" AS_OF=2025 \
  "REGION_NAMES=$sample/shifan.gpkg|layername=county" \
  "OUTPUT=$annual/targets_2025.xlsx" "CHARTS=$annual/target_charts"
run cc_warning:cross_check -- \
  "COUNTY=$acts/county_self_assessment_2025.csv" "CITY=$work/warning_2016.gpkg" \
  "OUTPUT=$annual/cross_check_2025.xlsx" "OUTPUT_CONSULTATION=$annual/consultation_2025.xlsx" \
  "OUTPUT_HTML=$annual/cross_check_2025.html"
run cc_warning:annual_report -- \
  "INPUT=$work/warning_2016.gpkg" "HISTORY=$acts/warning_history.csv" \
  "PLAN=$annual/remediation_plan_2025.xlsx" \
  "TARGETS=$acts/targets.csv" "OBSERVATIONS=$acts/target_observations.csv" \
  "COUNTY_RESULT=$acts/county_self_assessment_2025.csv" \
  "CONSULTATION=$annual/consultation_2025.xlsx" \
  "COUNTY=$sample/shifan.gpkg|layername=county" \
  "REGION_NAMES=$sample/shifan.gpkg|layername=county" \
  "CITY=示范市" CITY_CODE=990100 "ORG=$org" \
  "OUTPUT_HTML=$annual/annual_report_2025.html" "OUTPUT_PDF=$annual/annual_report_2025.pdf" \
  "${docx[@]}" "PUBLIC=$annual/public"

# 8. 生态环境分区管控: the control units of the sample city — priority protection from the
#    生态保护红线, 一般生态空间 and 饮用水水源保护区, key control from the 城镇开发边界, the industrial
#    parks and the counties whose environment element is 超载 or 临界超载 in step 3's result, the
#    rest general control — fitted to the townships, with the sample 准入清单 in their dimension
#    fields; then the 符合性分析 of the five sample projects (one per verdict) against these
#    units, the list, the 三区三线 and step 3's warning result, with a report per project
#    (HTML and PDF). → zoning/
zs="$sample/zoning.gpkg"
for f in zoning.gpkg zoning_access_list.xlsx; do
  [ -f "$sample/$f" ] || { echo "demo: sample file $sample/$f is missing (needed by the 分区管控 step)." >&2; exit 2; }
done
run cc_warning:zoning_delineate -- \
  "BOUNDARY=$sample/shifan.gpkg|layername=township" "COUNTIES=$sample/shifan.gpkg|layername=county" \
  "PRIORITY_LAYERS=$sample/shifan.gpkg|layername=eco_redline" \
  "PRIORITY_LAYERS=$zs|layername=general_eco_space" "PRIORITY_LAYERS=$zs|layername=drinking_water" \
  "KEY_LAYERS=$sample/shifan.gpkg|layername=urban_boundary" "KEY_LAYERS=$zs|layername=industrial_park" \
  "ENV_RESULT=$work/warning_2016.gpkg" "ACCESS_LIST=$sample/zoning_access_list.xlsx" \
  "OUTPUT=$work/zoning/control_units.gpkg" "SUMMARY=$work/zoning/control_units_by_county.csv" \
  "MERGES=$work/zoning/merged_parts.gpkg"
run cc_warning:zoning_compliance -- \
  "SITES=$zs|layername=project_site" "UNITS=$work/zoning/control_units.gpkg" \
  "ACCESS_LIST=$sample/zoning_access_list.xlsx" \
  "ECO_REDLINE=$sample/shifan.gpkg|layername=eco_redline" \
  "FARMLAND=$sample/shifan.gpkg|layername=farmland_protection" \
  "URBAN_BOUNDARY=$sample/shifan.gpkg|layername=urban_boundary" \
  "LAYERS=$zs|layername=drinking_water" "LAYERS=$zs|layername=industrial_park" \
  "WARNING_RESULT=$work/warning_2016.gpkg" \
  "OUTPUT=$work/zoning/compliance_verdicts.csv" "SITES_OUTPUT=$work/zoning/compliance_sites.gpkg" \
  "PIECES=$work/zoning/compliance_pieces.gpkg" "REPORT_FOLDER=$work/zoning/reports"
# 9. The monitoring database (监测预警数据库), built through its algorithms: the counties,
#    the air stations and water sections, the indicators of 2010 and 2015
#    (invented from 2020, marked fictional), 2020 and 2025, the 2025 daily air and monthly
#    water records and a year of hourly records of three stations with faults the quality
#    control must find (scripts/make_sample_stations.py); the 2016 chain evaluated from the
#    database for 2015, 2020 and 2025 (城关区 orange → red, 东港区 and 湖滨县 blue → yellow);
#    the history layer with one PNG frame of the warning map per period, drawn through its
#    temporal range; a new hourly record of 城关区 (overloaded) after the evaluation, which
#    makes it due at once; the due list today and a year on. → database/
dbdir="$work/database"
db="$dbdir/shifan_monitoring.gpkg"
mkdir -p "$dbdir"
/usr/bin/python3 - "$here" "$dbdir" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from cc_warning_plugin.store.sample import write_fictional_tables
write_fictional_tables(sys.argv[2])
PY
/usr/bin/python3 scripts/make_sample_stations.py --out "$dbdir" >/dev/null
run cc_warning:db_create -- "DATABASE=$db" CRS=EPSG:4527
run cc_warning:db_load_units -- "DATABASE=$db" "INPUT=$sample/shifan.gpkg|layername=county" LEVEL=0
run cc_warning:db_load_stations -- "DATABASE=$db" "INPUT=$sample/shifan.gpkg|layername=air_station" KIND=0
run cc_warning:db_load_stations -- "DATABASE=$db" "INPUT=$sample/shifan.gpkg|layername=water_section" KIND=1
for table in "$dbdir/indicators_2010_fictional.csv" "$dbdir/indicators_2015_fictional.csv" \
             "$sample/indicators_2020.csv" "$sample/indicators_2025.csv"; do
  run cc_warning:db_import_indicators -- "DATABASE=$db" "INPUT=$table" SOURCE=sample DRY_RUN=false
done
run cc_warning:db_import_stations -- "DATABASE=$db" "INPUT=$sample/air_daily_2025.csv" FORMAT=0 \
  YEAR=2025 DRY_RUN=false "ALERTS=$dbdir/alerts_air_daily_2025.csv"
run cc_warning:db_import_stations -- "DATABASE=$db" "INPUT=$sample/water_monthly_2025.csv" FORMAT=2 \
  YEAR=2025 DRY_RUN=false
run cc_warning:db_import_stations -- "DATABASE=$db" "INPUT=$dbdir/air_hourly_2025.csv" FORMAT=1 \
  YEAR=2025 DRY_RUN=false "QC_REPORT=$dbdir/qc_report_air_hourly_2025.csv"
# the sample's national rates are those of 2020-2025; the fictional earlier periods use
# the same rates, given as values
rates=(NATIONAL_LAND=5.0 NATIONAL_WATER=5.5 NATIONAL_COD=-8.0 NATIONAL_NH3N=-8.0
       NATIONAL_SO2=-10.0 NATIONAL_NOX=-9.0 NATIONAL_COVER=0.5)
run cc_warning:db_evaluate_2016 -- "DATABASE=$db" PERIOD=2015 BASE_PERIOD=2010 "${rates[@]}" \
  "OUTPUT=$dbdir/evaluation_2015.gpkg"
run cc_warning:db_evaluate_2016 -- "DATABASE=$db" PERIOD=2020 BASE_PERIOD=2015 "${rates[@]}" \
  "OUTPUT=$dbdir/evaluation_2020.gpkg"
run cc_warning:db_evaluate_2016 -- "DATABASE=$db" PERIOD=2025 BASE_PERIOD=2020 \
  "NATIONAL_RATES=$sample/national_rates.csv" "OUTPUT=$dbdir/evaluation_2025.gpkg" \
  "MISSING=$dbdir/missing_2025.csv"
run cc_warning:db_history -- "DATABASE=$db" "OUTPUT=$dbdir/history.gpkg" "FRAMES=$dbdir/frames"
# one hourly record newer than the evaluations just run: the next full hour. The
# due list is taken as of that record's day, which is tomorrow when the demo runs
# in the last hour of a day (as of today the record would not be due yet).
next_hour=$(date -d "+1 hour" "+%Y-%m-%d %H:00")
printf 'station_id,time,pollutant,value\n9901A01,%s,PM2.5,48\n' "$next_hour" >"$dbdir/new_record.csv"
run cc_warning:db_import_stations -- "DATABASE=$db" "INPUT=$dbdir/new_record.csv" FORMAT=1 \
  WHOLE_YEAR=false DRY_RUN=false
run cc_warning:db_due_list -- "DATABASE=$db" "AS_OF=${next_hour%% *}" \
  "OUTPUT=$dbdir/due_list_today.csv"
run cc_warning:db_due_list -- "DATABASE=$db" "AS_OF=$(date -d '+1 year +1 day' +%F)" \
  "OUTPUT=$dbdir/due_list_next_year.csv"

rm -f "$work/qgis_process.log"
trap - EXIT
rm -rf "$out.old"

echo
echo "demo: results written to $out"
ls -1 "$out" | sed 's/^/  /'
/usr/bin/python3 - "$out/env_exceedance_2025.gpkg" <<'PY'
import sys
from osgeo import ogr
ogr.UseExceptions()
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
ogr.UseExceptions()
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
/usr/bin/python3 - "$out" <<'PY'
import os, sys
from osgeo import gdal
gdal.UseExceptions()
out = sys.argv[1]
print("\n  双评价 — 生态: share of the evaluated area by class (sand fixation and")
print("  desertification: 河湾县 only)")
for name in ("water_conservation_importance", "soil_conservation_importance",
             "sand_fixation_importance", "biodiversity_importance",
             "soil_erosion_vulnerability", "desertification_vulnerability",
             "protection_importance"):
    ds = gdal.Open(os.path.join(out, f"eco_{name}.tif"))
    band = ds.GetRasterBand(1)
    band.GetMetadata()                         # loads the category names
    labels = band.GetCategoryNames()
    a = band.ReadAsArray()
    n = (a > 0).sum()
    parts = [f"{labels[v]} {100 * (a == v).sum() / n:5.1f} %" for v in (1, 2, 3)]
    print(f"  {name:<32} " + "  ".join(parts))
PY
/usr/bin/python3 - "$out/dual/carrying_scale.gpkg" <<'PY'
import sys
from osgeo import ogr
ogr.UseExceptions()
ds = ogr.Open(sys.argv[1])
lyr = ds.GetLayer(0)
print("\n  双评价 (dual/): suitable land and carrying scale by county, km²")
print("  county    agri land  agri scale (binding)   urban land  urban scale (binding)")
for f in lyr:
    print(f"  {f.GetField('unit_name'):<6}  {f.GetField('agri_land_km2'):9.1f}  "
          f"{f.GetField('agri_scale_km2'):10.1f} ({f.GetField('agri_binding'):<5})       "
          f"{f.GetField('urban_land_km2'):9.1f}  {f.GetField('urban_scale_km2'):11.1f} "
          f"({f.GetField('urban_binding')})")
PY
/usr/bin/python3 - "$out/zoning" <<'PY'
import os, sys
from osgeo import ogr
ogr.UseExceptions()
folder = sys.argv[1]
ds = ogr.Open(os.path.join(folder, "control_units.gpkg"))
lyr = ds.GetLayer(0)
counts = {}
for f in lyr:
    c = f.GetField("class_label")
    n, a = counts.get(c, (0, 0.0))
    counts[c] = (n + 1, a + f.GetField("MJ"))
print("\n  生态环境分区管控 (zoning/): control units by class")
for c, (n, a) in counts.items():
    print(f"  {c:<10} {n:3d} units {a:9.1f} km²")
ds = ogr.Open(os.path.join(folder, "compliance_sites.gpkg"))
print("  符合性分析 of the sample projects (reports in zoning/reports/)")
for f in ds.GetLayer(0):
    print(f"  {f.GetField('site_id')}  {f.GetField('site_name'):<20} {f.GetField('verdict_label')}"
          f"  ({f.GetField('causes')})")
PY
/usr/bin/python3 - "$out/database" <<'PY'
import csv, os, sys
from osgeo import ogr
ogr.UseExceptions()
d = sys.argv[1]
ds = ogr.Open(os.path.join(d, "history.gpkg"))
levels = {}
for f in ds.GetLayer(0):
    levels.setdefault((f.GetField("unit_code"), f.GetField("unit_name")), {})[
        f.GetField("period_code")] = f.GetField("warning_level")
print("\n  监测预警数据库 (database/): warning level by period (history layer, frames in frames/)")
print("  county    2015     2020     2025")
for (code, name), by in sorted(levels.items()):
    print(f"  {name:<6}  " + "".join(f"{by.get(p, ''):<9}" for p in ("2015", "2020", "2025")))
with open(os.path.join(d, "qc_report_air_hourly_2025.csv"), encoding="utf-8-sig") as fh:
    rows = list(csv.DictReader(fh))
print(f"\n  quality control of air_hourly_2025.csv: {len(rows)} findings")
for r in rows:
    print(f"  {r['station_id']} {r['pollutant']:<5} {r['qc_code']:<15} {r['period']}")
for name in ("due_list_today.csv", "due_list_next_year.csv"):
    with open(os.path.join(d, name), encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    print(f"\n  {name}: {len(rows)} unit(s) due")
    for r in rows:
        print(f"  {r['unit_name']:<6} {r['rule']:<11} due {r['due_date'][:10]}, "
              f"{r['overdue_days']} day(s) overdue")
PY
