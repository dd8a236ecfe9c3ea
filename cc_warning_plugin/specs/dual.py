"""Specs of the 双评价 grid algorithms (《资源环境承载能力和国土空间开发适宜性
评价指南（试行）》 and its drafts): single factors, suitability, areas and
carrying scale."""

from ..core.dual.zonal import M2_PER_MU
from ..core.i18n import label, language, tr
from ..core.indicators import dictionary
from ..core.profile import load_profile
from .base import N_, Param, Rule
from .factories import dual_spec
from .shared import (
    DEM,
    GRID,
    INVALID_GEOMETRY,
    PRECIPITATION,
    PROFILE,
    PROVENANCE,
    REFERENCE,
    SILT,
    on_grid,
)
from .texts import dual_level_names, grading_rule, modifier_rules, num, tag_of, unit_text

LEVEL_RASTER_HELP = N_(
    "Level raster (Byte, 1 = 高 … 5 = 低, 0 = nodata), tiled and "
    "compressed, with the class labels, colours and provenance in its "
    "metadata."
)
SLOPE_OUTPUT = Param(
    "SLOPE_OUTPUT",
    "raster_out",
    N_("Slope (degrees)"),
    N_("Optional: the slope in degrees (Float32) the grading used."),
    optional=True,
    create_by_default=False,
)


def _land_rules(dotted, inputs):
    def rules(profile):
        names = dual_level_names(profile, "levels")
        out = [grading_rule(profile, dotted, tr("slope"), "°", names)]
        out += modifier_rules(profile, dotted, inputs)
        return out

    return rules


def _urban_land_rules(profile):
    out = _land_rules(
        "dual.land.urban_slope",
        {"elevation": (N_("elevation"), "m"), "relief": (N_("relief 地形起伏度"), "m")},
    )(profile)
    windows = profile.get("dual.land.urban_slope.relief_windows")
    parts = [
        tr("{n} cells below {size} m").format(n=w["cells"], size=num(w["max_cell_size"]))
        for w in windows[:-1]
    ]
    parts.append(tr("{n} cells otherwise").format(n=windows[-1]["cells"]))
    out.append(
        Rule(
            tr("The relief is the elevation range in a moving window of {windows}.").format(
                windows=", ".join(parts)
            ),
            profile.get("dual.land.urban_slope").get("tag", ""),
        )
    )
    return out


def _land_spec(id_, name, summary, inputs, rules, note):
    """A 土地资源 factor: the slope of the DEM graded by the profile and
    lowered by the other inputs; the level raster is named as the algorithm."""
    return dual_spec(
        id=id_,
        name=name,
        summary=summary,
        params=on_grid(
            inputs,
            Param("OUTPUT", "raster_out", name, LEVEL_RASTER_HELP, style="dual.classes.levels"),
            SLOPE_OUTPUT,
        ),
        outputs=(PROVENANCE,),
        rules=rules,
        notes=(note,),
    )


LAND_AGRI = _land_spec(
    id_="dual_land_agri",
    name=N_("Agricultural land condition (农业耕作条件)"),
    summary=N_(
        "土地资源 factor of the 双评价 for agriculture: the slope, computed in degrees "
        "from the DEM by Horn's method on the projected analysis grid, graded by the "
        "method profile, then lowered by the 粉砂含量 (silt) when a silt layer is "
        "given."
    ),
    inputs=(DEM, SILT),
    rules=_land_rules("dual.land.agri_slope", {"silt": (N_("silt content"), "%")}),
    note=N_(
        "A geographic DEM is reprojected to the analysis CRS (choose a projected one); "
        "degrees are never used as metres. Processing is block-wise: memory stays "
        "bounded whatever the raster size. The analysis grid is the DEM's unless you "
        "choose another."
    ),
)

LAND_URBAN = _land_spec(
    id_="dual_land_urban",
    name=N_("Urban land condition (城镇建设条件)"),
    summary=N_(
        "土地资源 factor of the 双评价 for urban construction: the slope in degrees "
        "from the DEM graded by the method profile, then lowered by the elevation and "
        "by the relief (地形起伏度) in a moving window whose size follows the cell "
        "size."
    ),
    inputs=(DEM,),
    rules=_urban_land_rules,
    note=N_(
        "A geographic DEM is reprojected to the projected analysis CRS; the relief "
        "window is read across block edges (halo), so the result does not depend on "
        "the block size. The analysis grid is the DEM's unless you choose another."
    ),
)


# -- 水资源: an indicator raster or a value per unit --------------------------------


def _raster_or_units(
    raster_label, raster_help, units_label, units_help, field_label, field_help, reference_help
):
    """INPUT (raster) or UNITS (polygons) + FIELD, and the REFERENCE raster
    that gives the grid when the values come from polygons."""
    return (
        Param("INPUT", "raster", raster_label, raster_help, optional=True),
        Param("UNITS", "vector", units_label, units_help, optional=True, geometry="polygon"),
        Param("FIELD", "field", field_label, field_help, optional=True, parent="UNITS"),
    ), REFERENCE.but(help=reference_help)


def _water_indicators(keys):
    def options(profile):
        return [(key, label(profile.get(f"dual.water.{key}"), "name")) for key in keys]

    return options


def _water_rules(keys):
    def rules(profile):
        names = dual_level_names(profile, "levels")
        out = []
        for key in keys:
            g = profile.get(f"dual.water.{key}")
            out.append(
                grading_rule(
                    profile,
                    f"dual.water.{key}",
                    label(g, "name"),
                    unit_text(g.get("unit", "")),
                    names,
                )
            )
        return out

    return rules


AGRI_WATER_INDICATORS = (
    ("agri_precipitation", "precipitation"),
    ("agri_aridity", "aridity"),
    ("agri_quota_modulus", "quota_modulus"),
)
URBAN_WATER_INDICATORS = (
    ("urban_quota_modulus", "quota_modulus"),
    ("urban_resource_modulus", "resource_modulus"),
)


def _water_spec(id_, name, summary, indicators):
    keys = tuple(k for k, _ in indicators)
    main, reference = _raster_or_units(
        N_("Indicator raster (optional)"),
        N_(
            "A raster of the chosen indicator in the profile's unit (continuous; resampled "
            "bilinearly, or averaged where the grid is coarser)."
        ),
        N_("Evaluation units with the indicator (optional)"),
        N_(
            "Instead of a raster: polygons (counties, townships) holding the indicator per "
            "unit in a field; each unit's value is burnt onto the grid (cell centre)."
        ),
        N_("Indicator field"),
        N_(
            "The field holding the indicator of each unit (numbers; an empty cell is a "
            "missing value)."
        ),
        N_(
            "Gives the analysis grid (e.g. the DEM) when the indicator comes from units "
            "rather than a raster."
        ),
    )
    return dual_spec(
        id=id_,
        name=name,
        summary=summary,
        params=on_grid(
            (
                Param(
                    "INDICATOR",
                    "enum",
                    N_("Indicator"),
                    N_(
                        "Which indicator grades the water supply; its breaks come from the "
                        "method profile."
                    ),
                    default=0,
                    options_from=_water_indicators(keys),
                    option_values=keys,
                ),
            )
            + main
            + (
                Param(
                    "PER_AREA",
                    "bool",
                    N_("The field is a total (10⁴ m³): divide it by the unit area (km²)"),
                    N_(
                        "For a modulus (10⁴ m³/km²) from a total such as 用水总量控制指标: the "
                        "value is divided by the unit's area measured in the projected analysis "
                        "CRS."
                    ),
                    default=False,
                ),
                reference,
            ),
            Param(
                "OUTPUT",
                "raster_out",
                name,
                N_(
                    "Level raster (Byte, 1 = best … 5 = worst, 0 = nodata) with the class "
                    "labels, colours and provenance in its metadata."
                ),
                style="dual.classes.levels",
            ),
        ),
        outputs=(PROVENANCE,),
        rules=_water_rules(keys),
        notes=(
            N_(
                "The analysis grid is the indicator raster's, or the reference raster's "
                "when the indicator comes from units."
            ),
        ),
    )


WATER_AGRI = _water_spec(
    "dual_water_agri",
    N_("Agricultural water supply (农业供水条件)"),
    N_(
        "水资源 factor of the 双评价 for agriculture, from one of three indicators: annual "
        "precipitation (mm), the aridity index (ET₀/P) or the water-quota modulus (10⁴ m³/km²), "
        "as a raster or as a value per unit (rasterised by cell centre). Level 1 = 好 … 5 = 差."
    ),
    AGRI_WATER_INDICATORS,
)

WATER_URBAN = _water_spec(
    "dual_water_urban",
    N_("Urban water supply (城镇供水条件)"),
    N_(
        "水资源 factor of the 双评价 for urban construction, from the water-quota modulus or "
        "the water-resource modulus (10⁴ m³/km²), usually one value per county: give the units "
        "and the field, or a total field with 'divide by the unit area'. Level 1 = 好 … 5 = "
        "差."
    ),
    URBAN_WATER_INDICATORS,
)


# -- 环境 / 灾害 / 区位: reclassification of a user's layer ---------------------------


def _factor_options(profile):
    return [(key, label(f, "name")) for key, f in profile.get("dual.factors").items()]


def _factor_rules(profile):
    out = []
    for key, f in profile.get("dual.factors").items():
        names = dual_level_names(profile, f["class_set"])
        if f["kind"] == "codes":
            how = ", ".join(
                f"{c['code']} → {names.get(c['level'], c['level'])}" for c in f["codes"]
            )
            out.append(
                Rule(
                    tr("{factor} ({key}): codes {mapping}.").format(
                        factor=label(f, "name"), key=key, mapping=how
                    ),
                    f.get("tag", ""),
                )
            )
        else:
            out.append(
                grading_rule(
                    profile,
                    f"dual.factors.{key}",
                    f"{label(f, 'name')} ({key})",
                    unit_text(f.get("unit", "")),
                    names,
                )
            )
    return out


_FACTOR_MAIN, _FACTOR_REFERENCE = _raster_or_units(
    N_("Factor raster (optional)"),
    N_("Class codes (categorical, nearest neighbour) or values (continuous) of the factor."),
    N_("Polygons with the factor (optional)"),
    N_(
        "Instead of a raster: polygons (hazard zones, units) holding the code or value in a "
        "field, burnt onto the grid by cell centre."
    ),
    N_("Code or value field"),
    N_("The field of the polygons holding the code or value."),
    N_("Gives the analysis grid when the factor comes from polygons (e.g. the DEM)."),
)

FACTOR_GRADING = dual_spec(
    id="dual_factor_grading",
    name=N_("Environment or hazard factor grading (环境/灾害单项评价)"),
    summary=N_(
        "Reclassifies a user's layer into the levels of a 双评价 factor, as the method "
        "profile defines it under [dual.factors]: class codes mapped to levels, or a "
        "continuous value graded by breaks. A code the profile does not list stops the "
        "run and is named. Add your own factor to a profile and give its name in "
        "'Factor name'."
    ),
    params=on_grid(
        (
            Param(
                "FACTOR",
                "enum",
                N_("Factor"),
                N_("The factor to grade (the factors of the active method profile)."),
                default=0,
                options_from=_factor_options,
            ),
            Param(
                "FACTOR_NAME",
                "string",
                N_("Factor name in your profile (optional)"),
                N_(
                    "The name of a table [dual.factors.<name>] of your own profile; "
                    "overrides the choice above."
                ),
                optional=True,
            ),
        )
        + _FACTOR_MAIN
        + (_FACTOR_REFERENCE,),
        Param(
            "OUTPUT",
            "raster_out",
            N_("Factor levels"),
            N_("Level raster of the factor's class set (Byte, 0 = nodata)."),
        ),
    ),
    outputs=(PROVENANCE,),
    rules=_factor_rules,
)


# -- 气候 ---------------------------------------------------------------------------


def _heat_rules(profile):
    g = profile.get("dual.climate.accumulated_temperature")
    names = dual_level_names(profile, "levels")
    return [
        grading_rule(
            profile,
            "dual.climate.accumulated_temperature",
            tr("accumulated temperature ≥ {base} °C").format(base=num(g["base_temperature"])),
            "°C·d",
            names,
        ),
        Rule(
            tr(
                "With a reference station: every daily (or monthly) mean is moved to the "
                "cell's elevation at {rate} °C per 100 m before the days at or above "
                "{base} °C are summed; the lapse correction acts on the means, not on the "
                "sum."
            ).format(rate=num(round(100 * g["lapse_rate"], 6)), base=num(g["base_temperature"])),
            g.get("tag", ""),
        ),
    ]


def _comfort_rules(profile):
    g = profile.get("dual.climate.comfort")
    names = dual_level_names(profile, "levels")
    tie = (
        tr("a tie goes to the worse level")
        if g["tie"] == "worse"
        else tr("a tie goes to the better level")
    )
    return [
        Rule(
            tr(
                "THI = 1.8T + 32 − 0.55(1 − RH)(1.8T − 26), T in °C and RH as a "
                "fraction, for every month."
            ),
            g.get("tag", ""),
        ),
        grading_rule(profile, "dual.climate.comfort", tr("monthly THI"), "", names),
        Rule(
            tr(
                "The cell's level is the most frequent monthly level over months {months} ({tie})."
            ).format(months=", ".join(map(str, g["months"])), tie=tie),
            g.get("tag", ""),
        ),
    ]


def _climate_levels(name):
    """The level raster of a 气候 factor, named as the algorithm."""
    return Param(
        "OUTPUT",
        "raster_out",
        name,
        N_("Level raster (Byte, 1 = 好 … 5 = 差, 0 = nodata)."),
        style="dual.classes.levels",
    )


HEAT = dual_spec(
    id="dual_climate_heat",
    name=N_("Heat condition (光热条件)"),
    summary=N_(
        "气候 factor of the 双评价 for agriculture: the ≥ 0 °C accumulated temperature "
        "(°C·d), graded by the method profile. Either give a raster of accumulated "
        "temperature, or the mean temperatures of a reference station (one row per "
        "day, or per month with a month field) with the station's elevation and a "
        "DEM."
    ),
    params=(
        Param(
            "ACCUM_TEMP",
            "raster",
            N_("Accumulated temperature ≥ 0 °C (°C·d) (optional)"),
            N_("A raster of the accumulated temperature; graded as is."),
            unit="°C·d",
            optional=True,
        ),
        DEM.but(
            label=N_("DEM (elevation, m) for the lapse correction (optional)"),
            help=N_(
                "With a reference station's temperatures: the grid and the elevation of every cell."
            ),
            optional=True,
        ),
        Param(
            "TABLE",
            "table",
            N_("Reference station temperatures (table, optional)"),
            N_(
                "Daily mean temperatures (one row per day) or monthly means (one row per "
                "month, with a month field) of the reference station."
            ),
            optional=True,
        ),
        Param(
            "STATION_FIELD",
            "field",
            N_("Station field (optional)"),
            N_("With a table of several stations: the field naming the station."),
            optional=True,
            parent="TABLE",
        ),
        Param(
            "STATION",
            "string",
            N_("Reference station (optional)"),
            N_("The station whose rows are used (value of the station field)."),
            optional=True,
        ),
        Param(
            "MONTH_FIELD",
            "field",
            N_("Month field (monthly means; optional)"),
            N_(
                "When given, each row is a monthly mean (1–12) weighted by the days of its "
                "month; otherwise each row is one day."
            ),
            optional=True,
            parent="TABLE",
        ),
        Param(
            "TEMPERATURE_FIELD",
            "field",
            N_("Mean temperature field (°C)"),
            N_("The field holding the mean temperature in °C."),
            optional=True,
            parent="TABLE",
        ),
        Param(
            "REF_ELEVATION",
            "number",
            N_("Elevation of the reference station (m)"),
            N_("The elevation the station's temperatures belong to."),
            unit="m",
            default=0.0,
            minimum=-500.0,
            maximum=9000.0,
        ),
    )
    + GRID
    + (
        PROFILE,
        _climate_levels(N_("Heat condition (光热条件)")),
        Param(
            "ACCUM_OUTPUT",
            "raster_out",
            N_("Accumulated temperature (°C·d)"),
            N_("Optional: the accumulated temperature computed for every cell (table mode)."),
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=(PROVENANCE,),
    rules=_heat_rules,
    notes=(
        N_(
            "The analysis grid is the accumulated-temperature raster's, or the DEM's in table mode."
        ),
    ),
)

_CLIMATE_TABLE = Param(
    "TABLE",
    "table",
    N_("Monthly climate table of the stations (optional)"),
    N_(
        "One row per station and month: station code, month (1–12), mean temperature (°C), "
        "mean relative humidity (%)."
    ),
    optional=True,
)


def _climate_table_field(name, label_n, header):
    """A field of the monthly climate table, preset to its usual header."""
    return Param(
        name,
        "field",
        label_n,
        N_("A field of the climate table."),
        optional=True,
        parent="TABLE",
        default=header,
    )


COMFORT = dual_spec(
    id="dual_climate_comfort",
    name=N_("Comfort (舒适度, temperature-humidity index)"),
    summary=N_(
        "气候 factor of the 双评价 for urban construction: the temperature-humidity "
        "index THI of every month, graded by the method profile, and the most "
        "frequent monthly level. Either give 12-band rasters of monthly mean "
        "temperature and relative humidity, or a table of monthly means per station "
        "with the station points: every cell takes its nearest station; with a DEM, "
        "the station's temperatures are moved to the cell's elevation with the "
        "profile's lapse rate."
    ),
    params=(
        Param(
            "TEMPERATURE",
            "raster",
            N_("Monthly mean temperature, 12 bands (°C) (optional)"),
            N_("Band m = month m."),
            unit="°C",
            optional=True,
        ),
        Param(
            "HUMIDITY",
            "raster",
            N_("Monthly mean relative humidity, 12 bands (%) (optional)"),
            N_("Band m = month m."),
            unit="%",
            optional=True,
        ),
        _CLIMATE_TABLE,
        _climate_table_field("TABLE_STATION", N_("Station field of the table"), "站点编码"),
        _climate_table_field("MONTH_FIELD", N_("Month field"), "月份"),
        _climate_table_field("TEMPERATURE_FIELD", N_("Mean temperature field (°C)"), "月平均气温"),
        _climate_table_field(
            "HUMIDITY_FIELD", N_("Mean relative humidity field (%)"), "月平均相对湿度"
        ),
        Param(
            "STATIONS",
            "vector",
            N_("Station points (optional)"),
            N_("The stations of the table, as points; every cell takes its nearest station."),
            optional=True,
            geometry="point",
        ),
        Param(
            "STATION_ID",
            "field",
            N_("Station code field of the points"),
            N_("The field of the points matching the table's station field."),
            optional=True,
            parent="STATIONS",
            default="站点编码",
        ),
        REFERENCE.but(help=N_("Gives the analysis grid in table mode (e.g. the DEM).")),
        DEM.but(
            label=N_("DEM for the lapse correction (optional)"),
            help=N_(
                "Moves each station's temperatures to every cell's elevation (profile lapse rate)."
            ),
            optional=True,
        ),
    )
    + GRID
    + (
        PROFILE,
        _climate_levels(N_("Comfort (舒适度, temperature-humidity index)")),
    ),
    outputs=(PROVENANCE,),
    rules=_comfort_rules,
)


# -- 农业生产 / 城镇建设适宜性 -------------------------------------------------------


def step_inputs(section: dict) -> dict:
    """{input name: class set name} over the downgrade steps of a profile
    section (dual.agriculture / dual.urban)."""
    out = {}
    for step in section.get("steps", []):
        out.update(step["inputs"])
    return out


def _step_params(section_key: str):
    """One optional class-raster input per step input of the built-in
    profile's section (their names are part of the algorithm's interface)."""
    section = load_profile().get(section_key)
    out = []
    for name, set_name in step_inputs(section).items():
        step = next(s for s in section["steps"] if name in s["inputs"])

        def text(step=step, name=name, set_name=set_name):
            cs = load_profile().get(f"dual.classes.{set_name}")
            return tr("{step}: {name} ({set}) (optional)").format(
                step=label(step, "name"), name=name, set=label(cs, "name")
            )

        def helptext(set_name=set_name):
            cs = load_profile().get(f"dual.classes.{set_name}")
            labels = cs["labels_zh"] if language() == "zh" else cs["labels_en"]
            return tr(
                "Class raster with the values of the class set {set} ({values}); the "
                "downgrade step is skipped without it."
            ).format(
                set=f"dual.classes.{set_name}",
                values=", ".join(f"{v} {lab}" for v, lab in zip(cs["values"], labels)),
            )

        out.append(
            Param(
                name.upper(),
                "raster",
                text,
                helptext,
                optional=True,
                style=f"dual.classes.{set_name}",
            )
        )
    return tuple(out)


def _matrix_rule(profile, key, rows, cols):
    m = profile.get(key)
    lines = "; ".join(f"{r + 1}: " + " ".join(str(v) for v in row) for r, row in enumerate(m))
    return Rule(
        tr("Matrix {rows} (rows 1–5) × {cols} (columns 1–5): {matrix}.").format(
            rows=rows, cols=cols, matrix=lines
        ),
        tag_of(profile, key.rsplit(".", 1)[0]),
    )


def _step_rules(profile, section_key):
    out = []
    section = profile.get(section_key)
    for step in section.get("steps", []):
        parts = []
        for r in step["rules"]:
            cond = " & ".join(f"{k} ∈ {v}" for k, v in r["when"].items())
            act = (
                tr("level {n}").format(n=r["set"])
                if "set" in r
                else (
                    tr("{n} level(s) down").format(n=r["shift"])
                    if r["shift"] > 0
                    else tr("{n} level(s) up").format(n=-r["shift"])
                )
            )
            parts.append(f"{cond} → {act}")
        out.append(
            Rule(
                tr("Step {step}: {rules}.").format(
                    step=label(step, "name"), rules="; ".join(parts)
                ),
                step.get("tag", section.get("tag", "")),
            )
        )
    c = section["contiguity"]
    state = tr("on") if c["enabled"] else tr("off")
    out.append(
        Rule(
            tr("连片度 correction ({state}): patch {metric} with breaks {breaks}.").format(
                state=state, metric=c["metric"], breaks=" / ".join(num(b) for b in c["breaks"])
            ),
            c.get("tag", ""),
        )
    )
    classes = section[f"classes_{profile.get('dual.suitability_classes')}"]
    out.append(
        Rule(
            tr("Levels to classes: {mapping}.").format(
                mapping=", ".join(f"{lev} → {code}" for lev, code in sorted(classes.items()))
            ),
            section.get("tag", ""),
        )
    )
    eco = tr("cells of 生态保护极重要区 (生态保护重要性 values {values}) are {what}").format(
        values=", ".join(map(str, section["eco_critical_values"])),
        what=tr("classed 不适宜")
        if section["inside_eco_critical"] == "unsuitable"
        else tr("left out (nodata)"),
    )
    out.append(Rule(eco + ".", section.get("tag", "")))
    return out


def _suitability_params(section_key, land_label, water_label, has_climate):
    land_help = N_(
        "Level raster 1–5 of the land factor (output of the land algorithm); or "
        "give the DEM below and the levels are computed in the same pass."
    )
    params = [
        Param("LAND", "raster", land_label, land_help, optional=True),
        DEM.but(
            label=N_("DEM, to compute the land levels (optional)"),
            help=N_(
                "Instead of the land levels: the DEM (m), graded as the land "
                "algorithm does, without writing the intermediate raster."
            ),
            optional=True,
        ),
    ]
    if has_climate:
        params.append(
            SILT.but(
                label=N_("Silt content (粉砂含量, %) with the DEM (optional)"),
                help=N_(
                    "The silt downgrade of 农业耕作条件 when the land levels "
                    "are computed from the DEM."
                ),
            )
        )
    params.append(
        Param(
            "WATER",
            "raster",
            water_label,
            N_("Level raster 1–5 of the water factor (output of the water algorithm)."),
            optional=has_climate,
        )
    )
    if has_climate:
        params += [
            PRECIPITATION.but(
                label=N_("Annual precipitation (mm), to compute the water levels (optional)"),
                help=N_("Instead of the water levels: precipitation graded as 农业供水条件."),
                optional=True,
            ),
            Param(
                "CLIMATE",
                "raster",
                N_("Heat condition levels (光热条件)"),
                N_(
                    "Level raster 1–5 of 光热条件; without it the climate matrix is skipped "
                    "(and reported)."
                ),
                optional=True,
            ),
        ]
    params += list(_step_params(section_key))
    params += [
        Param(
            "ECO_IMPORTANCE",
            "raster",
            N_("生态保护重要性 raster (optional)"),
            N_(
                "Class raster of 生态保护重要性 (class set dual.classes.importance: 1 极重要, "
                "2 重要, 3 一般); cells of the profile's eco_critical_values (极重要) are the "
                "生态保护极重要区."
            ),
            optional=True,
        ),
        Param(
            "ECO_CRITICAL",
            "vector",
            N_("生态保护极重要区 polygons (optional)"),
            N_(
                "Polygons of the 生态保护极重要区 (e.g. a 生态保护红线 layer), instead of or "
                "besides the raster."
            ),
            optional=True,
            geometry="polygon",
        ),
        Param(
            "CONTIGUITY",
            "enum",
            N_("Patch contiguity (连片度) correction"),
            N_(
                "Corrects each cell by the compactness of its patch (cells of equal level "
                "joined by their edges): patch area / area of the patch's minimum bounding "
                "circle."
            ),
            default=0,
            options=(N_("As in the method profile"), N_("On"), N_("Off")),
        ),
        Param(
            "CLASSES",
            "enum",
            N_("Result classes"),
            N_("The 2020 guide delivers 适宜区 and 不适宜区; many implementations add 一般适宜区."),
            default=0,
            options=(
                N_("As in the method profile"),
                N_("2 classes: 适宜 / 不适宜 (2020)"),
                N_("3 classes: 适宜 / 一般适宜 / 不适宜"),
            ),
        ),
    ]
    return tuple(params)


def _suitability_outputs(name):
    return (
        Param(
            "OUTPUT",
            "raster_out",
            name,
            N_("Suitability class raster (Byte: 1 适宜区, 2 一般适宜区, 3 不适宜区; 0 = nodata)."),
        ),
        Param(
            "LEVEL_OUTPUT",
            "raster_out",
            N_("Final levels 1–5 (optional)"),
            N_(
                "The level after every step and the 连片度 correction, before the classes "
                "(0 in 生态保护极重要区)."
            ),
            optional=True,
            create_by_default=False,
            style="dual.classes.levels",
        ),
        Param(
            "CAUSE_OUTPUT",
            "raster_out",
            N_("Causes (bit flags, optional)"),
            N_(
                "UInt16: bit i set where step i changed the level; bit 12 the climate "
                "matrix, bit 13 the 连片度 correction, bit 14 inside 生态保护极重要区 (legend "
                "in the raster metadata CC_WARNING_CAUSE_BITS)."
            ),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "METRIC_OUTPUT",
            "raster_out",
            N_("Patch compactness (optional)"),
            N_("The 连片度 metric of each cell's patch."),
            optional=True,
            create_by_default=False,
        ),
    )


def _agri_suitability_rules(profile):
    return [
        _matrix_rule(
            profile, "dual.agriculture.land_water_matrix", tr("农业耕作条件"), tr("农业供水条件")
        ),
        _matrix_rule(
            profile, "dual.agriculture.climate_matrix", tr("the land × water level"), tr("光热条件")
        ),
    ] + _step_rules(profile, "dual.agriculture")


def _urban_suitability_rules(profile):
    return [
        _matrix_rule(
            profile, "dual.urban.land_water_matrix", tr("城镇建设条件"), tr("城镇供水条件")
        )
    ] + _step_rules(profile, "dual.urban")


def _suitability_spec(id_, name, summary, section_key, land_label, water_label, has_climate, rules):
    """农业生产 (with the climate inputs) or 城镇建设适宜性 from the levels of its
    factors and the downgrade steps of the profile section ``section_key``."""
    return dual_spec(
        id=id_,
        name=name,
        summary=summary,
        params=on_grid(
            _suitability_params(section_key, land_label, water_label, has_climate),
            *_suitability_outputs(name),
        ),
        outputs=(PROVENANCE,),
        rules=rules,
        notes=(N_("The analysis grid is the land raster's (or the DEM's)."),),
    )


AGRI_SUITABILITY = _suitability_spec(
    id_="dual_agri_suitability",
    name=N_("Agricultural production suitability (农业生产适宜性)"),
    summary=N_(
        "农业生产适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区 (give "
        "the 生态保护重要性 raster or the 极重要区 polygons). In order: the land × water "
        "matrix (rows = 农业耕作条件, columns = 农业供水条件), the climate matrix with "
        "光热条件, the downgrade steps chained in order, each on the result of the one "
        "before, then the 连片度 correction by the compactness of each cell's patch, "
        "and the levels folded into 适宜 / 不适宜 (or 3 classes)."
    ),
    section_key="dual.agriculture",
    land_label=N_("Agricultural land condition levels (农业耕作条件)"),
    water_label=N_("Agricultural water supply levels (农业供水条件)"),
    has_climate=True,
    rules=_agri_suitability_rules,
)

URBAN_SUITABILITY = _suitability_spec(
    id_="dual_urban_suitability",
    name=N_("Urban construction suitability (城镇建设适宜性)"),
    summary=N_(
        "城镇建设适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区. In "
        "order: the land × water matrix (rows = 城镇建设条件, columns = 城镇供水条件), the "
        "downgrade steps chained in order, then the 连片度 correction and the "
        "classes."
    ),
    section_key="dual.urban",
    land_label=N_("Urban land condition levels (城镇建设条件)"),
    water_label=N_("Urban water supply levels (城镇供水条件)"),
    has_climate=False,
    rules=_urban_suitability_rules,
)


# -- areas and 承载规模 ---------------------------------------------------------------


def dictionary_header(key: str) -> str:
    """The Chinese header of an indicator of the dictionary: the default of a
    field parameter that reads it (rather than the first field, the feature
    id, which QGIS's dialog would otherwise choose)."""
    return dictionary()[key]["name_zh"]


#: the unit polygons of the area tables and the carrying scale, with the fields
#: copied into their results
UNIT_POLYGONS = Param(
    "UNITS",
    "vector",
    N_("Units (townships, counties)"),
    N_("Polygons of the evaluation units."),
    geometry="polygon",
)
UNIT_CODE_FIELD = Param(
    "CODE_FIELD",
    "field",
    N_("Unit code field"),
    N_("Field identifying each unit (default 行政区划代码; feature id if absent)."),
    optional=True,
    parent="UNITS",
    default=dictionary_header("unit_code"),
)
UNIT_NAME_FIELD = Param(
    "NAME_FIELD",
    "field",
    N_("Unit name field (optional)"),
    N_("Field with the unit's name, copied into the table."),
    optional=True,
    parent="UNITS",
)


def _table_output(label_n, help_n):
    """The optional spreadsheet (xlsx or csv) with the rows of the result."""
    return Param(
        "TABLE",
        "file_out",
        label_n,
        help_n,
        optional=True,
        create_by_default=False,
        file_filter="Excel (*.xlsx);;CSV (*.csv)",
    )


def _area_rules(profile):
    mu = 1e6 / M2_PER_MU
    return [
        Rule(
            tr(
                "A cell belongs to the unit that contains its centre; the area of a class is "
                "its number of cells × the cell area of the projected grid."
            )
        ),
        Rule(
            tr("1 亩 = 10 000/15 m² ≈ {m2} m², so 1 km² = {mu} 亩 and 1 ha = {ha} 亩.").format(
                m2=num(round(M2_PER_MU, 2)), mu=num(round(mu, 6)), ha=num(round(mu / 100, 6))
            )
        ),
        Rule(
            tr(
                "The share of a class is its cells over the unit's classified cells × 100; "
                "every class of the set is listed, with zero areas too."
            )
        ),
    ]


ZONAL_SUMMARY = dual_spec(
    id="dual_zonal_summary",
    name=N_("Class areas by unit (分区面积统计)"),
    summary=N_(
        "Area and share of every class of a 双评价 class raster (a level, suitability "
        "or importance raster written by the plugin) in each township or county, in "
        "km², hectares and 亩."
    ),
    params=(
        Param(
            "INPUT",
            "raster",
            N_("Class raster"),
            N_("A class raster of the plugin (its class set is read from the metadata)."),
        ),
        Param(
            "CLASS_SET",
            "string",
            N_("Class set (optional)"),
            N_(
                "For a raster without the plugin's metadata: the class set under "
                "[dual.classes] its values follow (e.g. levels, suitability_2)."
            ),
            optional=True,
        ),
        UNIT_POLYGONS,
        UNIT_CODE_FIELD,
        UNIT_NAME_FIELD,
        PROFILE,
        INVALID_GEOMETRY,
        Param(
            "OUTPUT",
            "sink",
            N_("Class areas by unit"),
            N_(
                "The units with one km², ha, 亩 and % field per class and the total "
                "classified area."
            ),
            geometry="polygon",
        ),
        _table_output(
            N_("Area table (xlsx or csv)"), N_("One row per unit and class plus each unit's total.")
        ),
    ),
    outputs=(PROVENANCE,),
    rules=_area_rules,
    result_fields=(
        ("unit_code", N_("the unit's code (its feature id without a code field)")),
        ("unit_name", N_("the unit's name")),
        (
            "<class>_km2, <class>_ha, <class>_mu",
            N_("area of the class (codes of the class set, e.g. suitable_km2)"),
        ),
        ("<class>_pct", N_("share of the class in the unit's classified area (%)")),
        ("total_km2", N_("classified area of the unit")),
    ),
    notes=(
        N_(
            "The grid must be projected (areas in metres). The class set comes from the "
            "raster's metadata CC_WARNING_CLASS_SET, or from 'Class set'."
        ),
    ),
)


def _scale_rules(profile):
    tag = tag_of(profile, "dual.scale")
    three = profile.get("dual.classes.suitability_3")
    names = dict(zip(three["codes"], three["labels_zh" if language() == "zh" else "labels_en"]))
    out = []
    for use, what in (("agri", tr("agriculture")), ("urban", tr("urban construction"))):
        classes = " / ".join(names.get(c, c) for c in profile.get(f"dual.scale.land_classes_{use}"))
        out.append(
            Rule(
                tr(
                    "Land constraint of {use}: the area (km²) of the unit's cells "
                    "classed {classes} in the suitability raster."
                ).format(use=what, classes=classes),
                tag,
            )
        )
    out += [
        Rule(
            tr(
                "Water constraint of agriculture (km²) = available water (10⁴ m³/a) × share "
                "× 10⁴ / 综合灌溉定额 (m³/亩) × {m2} m²/亩 / 10⁶."
            ).format(m2=num(round(M2_PER_MU, 2))),
            tag,
        ),
        Rule(
            tr(
                "Water constraint of urban construction (km²) = available water (10⁴ m³/a) × "
                "share × 10⁴ / water use per person (m³/person/a) × construction land per "
                "person (m²/person) / 10⁶."
            ),
            tag,
        ),
        Rule(
            tr(
                "承载规模 = the smaller of the land and the water constraint (short-board "
                "rule); the binding field says which decides (land / water). Without the "
                "water inputs the scale is the land constraint alone."
            ),
            tag,
        ),
    ]
    return out


def _water_field(name, label_n):
    return Param(
        name,
        "field",
        label_n,
        N_(
            "Water available to this use per unit (10⁴ m³/a), e.g. its share of the "
            "用水总量控制指标. Empty: no water constraint."
        ),
        optional=True,
        parent="UNITS",
        unit="10⁴ m³/a",
    )


def _suitability_raster(name, label_n):
    """A suitability class raster of the plugin, read by the carrying scale."""
    return Param(
        name,
        "raster",
        label_n,
        N_("A suitability class raster written by the plugin."),
        optional=True,
    )


def _every_unit_number(name, label_n, unit, default=0.0, maximum=None):
    """A number of the carrying scale that is the same for every unit."""
    return Param(
        name,
        "number",
        label_n,
        N_("A number applied to every unit."),
        unit=unit,
        default=default,
        minimum=0.0,
        maximum=maximum,
    )


def _water_share(name, label_n):
    """The share (0–1) of a water field that is available, 1 by default."""
    return _every_unit_number(name, label_n, "", default=1.0, maximum=1.0)


CARRYING_SCALE = dual_spec(
    id="dual_carrying_scale",
    name=N_("Carrying scale (承载规模)"),
    summary=N_(
        "承载规模 per unit (2020 guide §5.2.4): for agriculture and for urban "
        "construction, the largest reasonable scale is the smaller of the land and "
        "the water constraint (short-board rule)."
    ),
    params=(
        UNIT_POLYGONS.but(
            label=N_("Evaluation units"), help=N_("Counties (or townships) with the water fields.")
        ),
        UNIT_CODE_FIELD.but(help=N_("Field identifying each unit.")),
        UNIT_NAME_FIELD.but(help=N_("Field with the unit's name.")),
        _suitability_raster("AGRI_SUITABILITY", N_("Agricultural suitability raster (optional)")),
        _suitability_raster("URBAN_SUITABILITY", N_("Urban suitability raster (optional)")),
        _water_field("AGRI_WATER_FIELD", N_("Available agricultural water field (10⁴ m³/a)")),
        _water_field("URBAN_WATER_FIELD", N_("Available urban water field (10⁴ m³/a)")),
        _water_share(
            "AGRI_WATER_SHARE", N_("Share of the agricultural water field that is available (0–1)")
        ),
        _water_share(
            "URBAN_WATER_SHARE", N_("Share of the urban water field that is available (0–1)")
        ),
        _every_unit_number(
            "IRRIGATION_QUOTA", N_("综合灌溉定额 (m³/亩; 0 = no water constraint)"), "m³/亩"
        ),
        _every_unit_number(
            "WATER_PER_PERSON",
            N_("Urban water use per person (m³/person/a; 0 = no water constraint)"),
            "m³/person/a",
        ),
        _every_unit_number(
            "LAND_PER_PERSON", N_("Construction land per person (m²/person)"), "m²/person"
        ),
        PROFILE,
        INVALID_GEOMETRY,
        Param(
            "OUTPUT",
            "sink",
            N_("Carrying scale"),
            N_("The units with the land, water and final scale of both uses."),
            geometry="geometry",
        ),
        _table_output(
            N_("Carrying scale table (xlsx or csv)"), N_("The same rows as a spreadsheet.")
        ),
    ),
    outputs=(PROVENANCE,),
    rules=_scale_rules,
    result_fields=(
        ("unit_code, unit_name", N_("the unit's code and name")),
        ("agri_land_km2, agri_water_km2", N_("land and water constraint of agriculture")),
        ("agri_scale_km2, agri_scale_mu", N_("承载规模 of agriculture, in km² and 亩")),
        ("agri_binding", N_("the constraint that decides (land / water)")),
        ("urban_land_km2, urban_water_km2", N_("land and water constraint of urban construction")),
        (
            "urban_scale_km2, urban_binding",
            N_("承载规模 of urban construction and the constraint that decides"),
        ),
    ),
    notes=(
        N_(
            "A water constraint needs its field and its numbers: a quota (or water use and "
            "land per person) without the field, or a field without them, is reported in "
            "the log and the scale is the land constraint alone."
        ),
    ),
)
