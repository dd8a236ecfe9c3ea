"""The sample city's (示范市) monitoring database, built from the files in
``sample_data/``: the county and township units of ``shifan.gpkg``, its air
stations and water sections, the indicators of 2020 and 2025
(``indicators_2020.csv``, ``indicators_2025.csv``), the daily air and
monthly water records of 2025, and 2015 indicators **invented** from the
2020 ones by fixed factors — and 2010 ones from the 2015 ones by the same
factors, the base year of the 2015 evaluation only (the periods and their
imports say so). With ``evaluate`` the 2016 chain runs from the database
for 2015 (base 2010), 2020 (base 2015) and 2025 (base 2020) and its runs
are recorded. Deterministic: the same values every time (only the times of
import and run differ).
"""

import csv
import os
import tempfile
from typing import Callable, Dict, Optional

from ..core.i18n import tr
from . import catalog, evaluation, importer, stations, units
from .db import Store, create_geopackage, create_postgis, is_postgres_target, profile_or_default

SAMPLE_DIR = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sample_data"
)
FICTIONAL = "fictional: invented from the 2020 values for the sample city (2015 年数据为虚构)"
FICTIONAL_2010 = (
    "fictional: invented from the 2015 values for the sample city, the base year "
    "of the 2015 evaluation (2010 年数据为虚构)"
)
#: the evaluations of the sample: (period, base period)
EVALUATIONS = (("2015", "2010"), ("2020", "2015"), ("2025", "2020"))

#: 2015 value = 2020 value × factor (plus an offset for the forest cover, in
#: percentage points); fields not listed keep their 2020 value. Chosen to
#: read like a city that grew and cleaned its air between 2015 and 2020.
FACTORS_2015: Dict[str, float] = {
    "constr_land_area": 0.93,
    "builtup_area": 0.92,
    "water_use": 0.95,
    "gw_use": 1.03,
    "so2_annual": 1.4,
    "no2_annual": 1.1,
    "pm10_annual": 1.2,
    "pm25_annual": 1.25,
    "co_p95": 1.1,
    "o3_8h_p90": 0.95,
    "pm25_exceed_days": 1.3,
    "soil_erosion_area": 1.05,
    "desertification_area": 1.05,
    "salinization_area": 1.05,
    "rocky_desert_area": 1.05,
    "black_water_length": 1.2,
    "severe_black_water_length": 1.2,
    "actual_livestock": 1.02,
    "eco_function_index": 1.01,
    "gdp": 0.75,
    "cod_emission": 1.25,
    "nh3n_emission": 1.25,
    "so2_emission": 1.4,
    "nox_emission": 1.2,
}
FOREST_OFFSET_2015 = -0.2


def _fictional_2015(src: str, dest: str, year: int = 2015) -> None:
    """Write the invented table of ``year`` (2015 from the 2020 table, 2010
    from the 2015 one) with the headers of ``src``."""
    from ..core.indicators import match_headers
    from ..core.m2016.chain import input_fields

    with open(src, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    headers = rows[0]
    fields = input_fields(profile_or_default()) + ["unit_code", "unit_name"]
    by_field = match_headers(headers, fields)
    col = {f: headers.index(h) for f, h in by_field.items()}
    out = [headers]
    for r in rows[1:]:
        r = list(r)
        r[col["year"]] = str(year)
        for f, factor in FACTORS_2015.items():
            if f in col and r[col[f]].strip():
                v = float(r[col[f]]) * factor
                r[col[f]] = str(int(round(v))) if f == "pm25_exceed_days" else f"{v:.4f}"
        if "forest_grass_cover" in col and r[col["forest_grass_cover"]].strip():
            r[col["forest_grass_cover"]] = (
                f"{float(r[col['forest_grass_cover']]) + FOREST_OFFSET_2015:.2f}"
            )
        out.append(r)
    with open(dest, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(out)


def write_fictional_tables(folder: str) -> Dict[int, str]:
    """The invented indicator tables of the sample, ``indicators_2015_fictional.csv``
    (from 2020) and ``indicators_2010_fictional.csv`` (from 2015), written into
    ``folder``: {year: path}."""
    out = {
        2015: os.path.join(folder, "indicators_2015_fictional.csv"),
        2010: os.path.join(folder, "indicators_2010_fictional.csv"),
    }
    _fictional_2015(os.path.join(SAMPLE_DIR, "indicators_2020.csv"), out[2015])
    _fictional_2015(out[2015], out[2010], 2010)
    return out


def _section_units() -> Dict[str, str]:
    with open(
        os.path.join(SAMPLE_DIR, "water_sections_2025.csv"), encoding="utf-8-sig", newline=""
    ) as fh:
        return {r["断面编码"]: r["行政区划代码"] for r in csv.DictReader(fh)}


def build_sample_database(
    target,
    qc: Optional[Callable] = None,
    evaluate: bool = True,
    srs: str = "EPSG:4527",
    feedback=None,
) -> Store:
    """Create and fill the sample city's database at ``target`` (a new .gpkg
    path or the parameters of an empty PostgreSQL database). ``qc``: the
    station quality control (default :func:`stations.unchecked_qc`)."""
    qc = qc or stations.unchecked_qc
    if is_postgres_target(target):
        store = create_postgis(target, srid=int(str(srs).split(":")[-1]))
    else:
        store = create_geopackage(target, srs=srs)
    gpkg = os.path.join(SAMPLE_DIR, "shifan.gpkg")

    def say(text):
        if feedback is not None:
            feedback.pushInfo(text)

    try:
        catalog.seed_catalog(store)
        units.load_units(
            store,
            units.read_units_layer(
                gpkg,
                "county",
                "county",
                "行政区划代码",
                "名称",
                name_en_field="name_en",
                target_srid=store.srid,
            ),
            "county",
        )
        units.load_units(
            store,
            units.read_units_layer(
                gpkg,
                "township",
                "township",
                "乡镇代码",
                "乡镇名称",
                parent_field="行政区划代码",
                target_srid=store.srid,
            ),
            "township",
        )
        air = stations.read_stations_layer(
            gpkg,
            "air_station",
            "air",
            "站点编码",
            "站点名称",
            department="ecology_environment",
            target_srid=store.srid,
        )
        water = stations.read_stations_layer(
            gpkg,
            "water_section",
            "water",
            "断面编码",
            "断面名称",
            water_body_field="水体类型",
            department="ecology_environment",
            target_srid=store.srid,
        )
        section_unit = _section_units()
        for r in water:
            r.unit_code = section_unit.get(r.code)
        stations.locate_units(store, air + water)
        stations.add_stations(store, air + water)
        say(tr("Sample database: units, stations and the catalogue loaded."))
        with tempfile.TemporaryDirectory() as tmp:
            fake = write_fictional_tables(tmp)
            importer.import_indicators(
                store, fake[2015], None, source="sample", dry_run=False, note=FICTIONAL
            )
            importer.import_indicators(
                store, fake[2010], None, source="sample", dry_run=False, note=FICTIONAL_2010
            )
        catalog.mark_period(store, "2015", FICTIONAL)
        catalog.mark_period(store, "2010", FICTIONAL_2010)
        for year in (2020, 2025):
            importer.import_indicators(
                store,
                os.path.join(SAMPLE_DIR, f"indicators_{year}.csv"),
                None,
                source="sample",
                dry_run=False,
                note=tr("sample city (fictional)"),
            )
        stations.import_station_observations(
            store,
            os.path.join(SAMPLE_DIR, "air_daily_2025.csv"),
            "air_daily",
            qc,
            dry_run=False,
            department="ecology_environment",
        )
        stations.import_station_observations(
            store,
            os.path.join(SAMPLE_DIR, "water_monthly_2025.csv"),
            "water",
            qc,
            year=2025,
            dry_run=False,
            department="ecology_environment",
        )
        say(
            tr(
                "Sample database: indicators of 2010 and 2015 (fictional), 2020 and 2025 and "
                "the 2025 station records imported."
            )
        )
        if evaluate:
            for period, base in EVALUATIONS:
                run_sample_chain(store, period, base)
            say(tr("Sample database: the 2016 chain evaluated for 2015, 2020 and 2025."))
    except BaseException:
        store.close()
        raise
    return store


def run_sample_chain(store: Store, period: str, base_period: str, profile=None) -> int:
    """Run the 2016 chain from the database for ``period`` and record the
    run; returns its id. National rates: the sample's table (its years are
    not checked, so that the fictional 2015→2020 trend can use them)."""
    from ..core.m2016 import trend
    from ..core.m2016.chain import Chain
    from ..core.m2016.units import Source
    from ..core.table import row_id

    profile = profile_or_default(profile)
    path = os.path.join(SAMPLE_DIR, "national_rates.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    national = trend.read_national(
        Source(os.path.basename(path), rows, [row_id(i) for i in range(len(rows))]), profile
    )
    run = evaluation.make_run(
        evaluation.ALGORITHM_2016,
        profile,
        {"national_rates": os.path.basename(path), "source": "database"},
        [path],
        period,
        base_period,
    )
    inputs = evaluation.chain_inputs(store, period, base_period, profile)
    chain = Chain(profile, **inputs["chain"])
    chain.prepare(national_params=national, **inputs["prepare"])
    out = chain.run()
    results = [dict(r, unit_code=u.code) for u, r in zip(chain.units.units, out)]
    return evaluation.write_run(store, run, results)
