"""The county indicator tables of 2025 and 2020 and the national rates: the hand-chosen
socio-economic inputs, how each field is made from the generated layers and the design, and how the
2020 values are derived back from the designed annual rates of the 过程评价."""

from __future__ import annotations

import tomllib

from cc_warning_plugin.core.m2016.trend import COMPONENTS

from .counties import BY_CODE
from .degradation import DEG_FIELD
from .design import DESIGN
from .frame import BASE_YEAR, DT, EVAL_YEAR, INDICATORS_TOML
from .method import construction_codes

# National average annual rates 2020->2025 (%/a), hand-chosen: table code, name, rate.
NATIONAL = [
    ("land_use_efficiency", "土地资源利用效率变化", 5.0),
    ("water_use_efficiency", "水资源利用效率变化", 5.5),
    ("cod_intensity", "化学需氧量排放强度变化", -8.0),
    ("nh3n_intensity", "氨氮排放强度变化", -8.0),
    ("so2_intensity", "二氧化硫排放强度变化", -10.0),
    ("nox_intensity", "氮氧化物排放强度变化", -9.0),
    ("forest_grass_cover_change", "林草覆盖率变化", 0.5),
]
# County rates 2020->2025 (%/a): land and water efficiency; COD, NH3-N, SO2, NOx intensity;
# forest-grass cover; GDP growth. Each is at least 1 point from the national rate.
_RATE_KEYS = ("land", "water", "cod", "nh3n", "so2", "nox", "cover", "gdp")
_RATE_TABLE = {  # land  water   COD  NH3-N    SO2    NOx  cover  GDP
    "990102": (3.0, 4.0, -6.0, -5.5, -8.5, -10.5, 1.6, 6.0),
    "990103": (6.2, 4.2, -6.5, -6.0, -7.5, -7.0, -0.6, 7.0),
    "990121": (3.2, 4.3, -6.5, -6.0, -12.0, -11.0, -0.5, 5.5),
    "990122": (3.5, 7.0, -9.5, -6.5, -12.0, -11.5, -0.6, 5.0),
    "990123": (4.0, 6.8, -10.0, -9.5, -12.5, -11.0, 1.5, 5.2),
    "990124": (2.5, 3.5, -5.0, -4.5, -11.5, -6.5, -1.0, 4.5),
    "990125": (3.0, 7.5, -6.0, -10.0, -7.0, -6.5, 1.8, 4.0),
    "990126": (3.8, 6.9, -5.5, -6.0, -8.0, -7.5, -0.7, 4.8),
}
RATES = {code: dict(zip(_RATE_KEYS, row, strict=True)) for code, row in _RATE_TABLE.items()}
# the 过程评价 component (core.m2016.trend) each designed rate is of
RATE_COMPONENT = {
    "land": "land_efficiency",
    "water": "water_efficiency",
    "cod": "cod_intensity",
    "nh3n": "nh3n_intensity",
    "so2": "so2_intensity",
    "nox": "nox_intensity",
    "cover": "forest_grass_cover",
}

# Hand-specified inputs (2025)
WATER_QUOTA = {  # 用水总量控制指标 W0, 地下水开采控制指标 G0 (1e4 m³)
    "990102": (32000.0, 5000.0),
    "990103": (26000.0, 4000.0),
    "990121": (21000.0, 3000.0),
    "990122": (30000.0, 12000.0),
    "990123": (34000.0, 14000.0),
    "990124": (9000.0, 3000.0),
    "990125": (6500.0, 2500.0),
    "990126": (7000.0, 1500.0),
}
OVERDRAFT = {"990125": "严重超采"}  # others: 无
GDP_2025 = {
    "990102": 920.0,
    "990103": 680.0,
    "990121": 265.0,
    "990122": 185.0,
    "990123": 210.0,
    "990124": 96.0,
    "990125": 72.0,
    "990126": 88.0,
}  # 1e8 CNY at constant 2020 prices
EMISSIONS_2025 = {  # COD, NH3-N, SO2, NOx (t)
    "990102": (5200.0, 520.0, 1800.0, 6500.0),
    "990103": (4300.0, 410.0, 2600.0, 5200.0),
    "990121": (2600.0, 300.0, 700.0, 1900.0),
    "990122": (3900.0, 460.0, 520.0, 1300.0),
    "990123": (4200.0, 490.0, 610.0, 1500.0),
    "990124": (2100.0, 260.0, 380.0, 700.0),
    "990125": (800.0, 95.0, 260.0, 420.0),
    "990126": (900.0, 105.0, 240.0, 450.0),
}
BLACK_WATER = {  # target density Den (m/km²) and severe share L
    "990102": (650.0, 0.35),
    "990103": (950.0, 0.45),
    "990121": (120.0, 0.20),
    "990122": (60.0, 0.0),
    "990123": (80.0, 0.10),
    "990124": (0.0, 0.0),
    "990125": (0.0, 0.0),
    "990126": (40.0, 0.0),
}
CROPLAND_GRADE = {  # 耕地质量平均等别 (1 best ... 15 worst): 2020, 2025
    "990102": (8.40, 8.50),
    "990103": (8.10, 8.20),
    "990121": (7.90, 7.90),
    "990122": (7.62, 7.48),
    "990123": (8.10, 8.10),
    "990124": (11.20, 11.30),
    "990125": (10.60, 10.60),
    "990126": (10.90, 10.80),
}
GRAZING = {  # sheep units per ha of grassland (rated), overload index I_p 2020, 2025
    "990102": (0.6, -0.40, -0.45),
    "990103": (0.6, -0.35, -0.40),
    "990121": (0.7, -0.30, -0.32),
    "990122": (0.8, -0.25, -0.28),
    "990123": (0.8, -0.22, -0.25),
    "990124": (1.1, 0.12, 0.22),
    "990125": (0.9, -0.20, -0.24),
    "990126": (0.9, -0.18, -0.20),
}
ECO_FUNCTION = {  # 生态系统功能指数 (0-100 scale): 2020, 2025
    "990102": (41.5, 41.0),
    "990103": (43.0, 42.2),
    "990121": (58.5, 57.9),
    "990122": (52.0, 52.3),
    "990123": (50.5, 51.0),
    "990124": (55.2, 52.8),
    "990125": (66.4, 61.1),
    "990126": (72.3, 72.5),
}
AIR_2020_FACTOR = dict(SO2=1.55, NO2=1.10, PM10=1.16, PM25=1.20, CO=1.12, O3=0.95, days=1.35)
ECO_AREA_2020_FACTOR = {"990124": 0.88, "990125": 1.03}  # others: 1.08 (degradation has receded)

# Fields of the indicator dictionary that belong to the section tables, and the decimals of every
# per-unit field in the county tables (None: written as is).
SECTION_LEVEL = {
    "section_id",
    "section_name",
    "water_body",
    "do",
    "codmn",
    "bod5",
    "codcr",
    "nh3n",
    "tn",
    "tp",
}
DECIMALS = {
    "unit_code": None,
    "unit_name": None,
    "year": None,
    "mfz_type": None,
    "core_city": None,
    "constr_land_area": 2,
    "eval_land_area": 2,
    "land_threshold_l0": 5,
    "water_use": 1,
    "water_quota": 1,
    "gw_use": 1,
    "gw_quota": 1,
    "gw_overdraft": None,
    "so2_annual": 1,
    "no2_annual": 1,
    "pm10_annual": 1,
    "pm25_annual": 1,
    "co_p95": 3,
    "o3_8h_p90": 1,
    "pm25_exceed_days": 0,
    "soil_erosion_area": 2,
    "desertification_area": 2,
    "salinization_area": 2,
    "rocky_desert_area": 2,
    "builtup_area": 2,
    "black_water_length": 0,
    "severe_black_water_length": 0,
    "cropland_quality_grade": 2,
    "actual_livestock": 0,
    "rated_livestock": 0,
    "eco_function_index": 1,
    "gdp": 2,
    "cod_emission": 1,
    "nh3n_emission": 1,
    "so2_emission": 1,
    "nox_emission": 1,
    "forest_grass_cover": 2,
    "agri_type": None,
}


def load_fields() -> tuple[dict, list[str]]:
    """(the indicator dictionary's fields, the per-unit fields in dictionary order)."""
    with open(INDICATORS_TOML, "rb") as f:
        fields = tomllib.load(f)["fields"]
    per_unit = [k for k in fields if k not in SECTION_LEVEL and "scope" not in fields[k]]
    unknown = [k for k in per_unit if k not in DECIMALS]
    if unknown:
        raise SystemExit(
            f"indicators.toml has per-unit fields this generator does not fill: {unknown}"
        )
    return fields, per_unit


def rate_back(value_e: float, rate_pct: float, gdp_ratio_b_over_e: float, component: str) -> float:
    """Base-year value from the evaluation-year value and the annual rate of a 过程评价 component
    (the inverse of core.m2016.trend.annual_rate)."""
    kind = COMPONENTS[RATE_COMPONENT[component]][0]
    f = (1 + rate_pct / 100.0) ** DT
    if kind == "efficiency":  # r = [(X_b/GDP_b)/(X_e/GDP_e)]^(1/DT) - 1
        return value_e * gdp_ratio_b_over_e * f
    if kind == "intensity":  # r = [(E_e/GDP_e)/(E_b/GDP_b)]^(1/DT) - 1
        return value_e * gdp_ratio_b_over_e / f
    if kind == "cover":  # r = (F_e/F_b)^(1/DT) - 1
        return value_e / f
    raise ValueError(kind)


def r5(x: float) -> float:
    return float(round(x, 5))


def county_row_2025(
    code: str,
    area: float,
    lu_area: dict[str, float],
    air: dict,
    builtup: float,
    deg_area: dict[str, float],
) -> dict:
    """Every per-unit field of 2025 for one county (areas km², before the table's rounding)."""
    c, d = BY_CODE[code], DESIGN[code]
    constr = sum(a for lcode, a in lu_area.items() if lcode.startswith(construction_codes()))
    area_r, constr_r = round(area, 2), round(constr, 2)
    w0, g0 = WATER_QUOTA[code]
    den, sev = BLACK_WATER[code]
    blen = round(den * builtup)
    su_ha, _ip20, ip25 = GRAZING[code]
    rated = round(lu_area.get("04", 0.0) * 100.0 * su_ha)
    cod, nh3n, so2e, noxe = EMISSIONS_2025[code]
    row = dict(
        unit_code=code,
        unit_name=c["name"],
        year=EVAL_YEAR,
        mfz_type=c["mfz"],
        core_city=c["core"],
        constr_land_area=constr_r,
        eval_land_area=area_r,
        land_threshold_l0=r5((constr_r / area_r) / (1 + d["D"])),
        water_use=round(w0 * d["W"], 1),
        water_quota=w0,
        gw_use=round(g0 * d["G"], 1),
        gw_quota=g0,
        gw_overdraft=OVERDRAFT.get(code, "无"),
        so2_annual=air["SO2"],
        no2_annual=air["NO2"],
        pm10_annual=air["PM10"],
        pm25_annual=air["PM25"],
        co_p95=air["CO"],
        o3_8h_p90=air["O3"],
        pm25_exceed_days=air["days"],
        builtup_area=builtup,
        black_water_length=blen,
        severe_black_water_length=round(blen * sev),
        cropland_quality_grade=CROPLAND_GRADE[code][1],
        actual_livestock=round(rated * (1 + ip25)),
        rated_livestock=rated,
        eco_function_index=ECO_FUNCTION[code][1],
        gdp=GDP_2025[code],
        cod_emission=cod,
        nh3n_emission=nh3n,
        so2_emission=so2e,
        nox_emission=noxe,
        forest_grass_cover=round(
            (lu_area.get("03", 0.0) + lu_area.get("04", 0.0)) / area * 100.0, 2
        ),
        agri_type=c["agri"],
    )
    for f in DEG_FIELD.values():
        row[f] = round(deg_area[f], 2)
    return row


def county_row_2020(row: dict, air: dict) -> dict:
    """The base-year row from the 2025 row, the designed rates and the fixed 2020 factors."""
    code = row["unit_code"]
    rt = RATES[code]
    gdp_e = GDP_2025[code]
    gdp_b = round(gdp_e / (1 + rt["gdp"] / 100.0) ** DT, 2)
    ratio = gdp_b / gdp_e
    wu, constr_r = row["water_use"], row["constr_land_area"]
    wu_b = round(rate_back(wu, rt["water"], ratio, "water"), 1)
    constr_b = round(rate_back(constr_r, rt["land"], ratio, "land"), 2)
    blen = row["black_water_length"]
    sev = BLACK_WATER[code][1]
    _su_ha, ip20, _ip25 = GRAZING[code]
    cod, nh3n, so2e, noxe = EMISSIONS_2025[code]
    b = dict(row)
    b.update(
        year=BASE_YEAR,
        constr_land_area=constr_b,
        water_use=wu_b,
        gw_use=round(row["gw_use"] * wu_b / wu, 1),
        so2_annual=air["SO2"] * AIR_2020_FACTOR["SO2"],
        no2_annual=air["NO2"] * AIR_2020_FACTOR["NO2"],
        pm10_annual=air["PM10"] * AIR_2020_FACTOR["PM10"],
        pm25_annual=air["PM25"] * AIR_2020_FACTOR["PM25"],
        co_p95=air["CO"] * AIR_2020_FACTOR["CO"],
        o3_8h_p90=air["O3"] * AIR_2020_FACTOR["O3"],
        pm25_exceed_days=round(air["days"] * AIR_2020_FACTOR["days"]),
        builtup_area=round(row["builtup_area"] * constr_b / constr_r, 2),
        black_water_length=round(blen * 1.35),
        severe_black_water_length=round(round(blen * 1.35) * min(0.9, sev * 1.3)),
        cropland_quality_grade=CROPLAND_GRADE[code][0],
        actual_livestock=round(row["rated_livestock"] * (1 + ip20)),
        eco_function_index=ECO_FUNCTION[code][0],
        gdp=gdp_b,
        cod_emission=round(rate_back(cod, rt["cod"], ratio, "cod"), 1),
        nh3n_emission=round(rate_back(nh3n, rt["nh3n"], ratio, "nh3n"), 1),
        so2_emission=round(rate_back(so2e, rt["so2"], ratio, "so2"), 1),
        nox_emission=round(rate_back(noxe, rt["nox"], ratio, "nox"), 1),
        forest_grass_cover=round(
            rate_back(row["forest_grass_cover"], rt["cover"], 1.0, "cover"), 2
        ),
    )
    eco_f = ECO_AREA_2020_FACTOR.get(code, 1.08)
    for f in DEG_FIELD.values():
        b[f] = round(row[f] * eco_f, 2)
    return b


def national_rows() -> list[list]:
    return [[k, n, f"{v:.1f}", BASE_YEAR, EVAL_YEAR] for k, n, v in NATIONAL]
