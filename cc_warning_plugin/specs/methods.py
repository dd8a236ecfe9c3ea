"""Specs of the methods evaluators also use beside the 2016 method and the
双评价 (docs/methods_extra.md): the trend of a yearly series per unit, the
生态环境状况指数 EI of HJ 192-2015, the construction-suitability screen that
gives L₀ of the 土地资源压力指数, and the rainfall erosivity R from daily
rainfall. The InVEST-compatible LS and water yield are options of the 双评价
ecology algorithms (``specs/ecology.py``).

Every number of a rule is read from the method profile (``[series_trend]``,
``[eco_index]``, ``[construction_screen]``, ``[erosivity]``) with the
evidence tag of its table."""

from typing import List

from ..core.i18n import label, tr
from .base import N_, Param, Rule
from .factories import group_spec, reported_numbers
from .shared import (
    DAILY_RAIN,
    DAILY_RAIN_RASTERS,
    DAILY_RAIN_SCALE,
    PROFILE,
    PROVENANCE,
    RAIN_STATIONS,
    REFERENCE,
    choice,
    on_grid,
)
from .texts import closed_note, dual_level_names, intervals, num, section_rule

DOC = "methods_extra.md"

#: the spec constructors of the algorithms of this page, one per group they are listed in
supporting_spec = group_spec("supporting", DOC)
single_element_spec = group_spec("single_element", DOC)
dual_evaluation_spec = group_spec("dual_evaluation", DOC)


# -- grading sentences shared by the series trend and the EI ----------------------------


def coef(value) -> str:
    """A coefficient with all its digits, as the profile writes it (up to 12)."""
    text = f"{value:.12g}" if isinstance(value, float) else str(value)
    return text.replace("-", "−")


def _level_text(grading: dict, unit: str = "") -> str:
    lev = grading["level"]
    parts = intervals(lev["breaks"], lev["closed"], unit)
    return ", ".join(f"{p} {label(c)}" for p, c in zip(parts, lev["classes"]))


def _change_text(grading: dict) -> str:
    ch = grading["change"]
    parts = intervals(ch["breaks"], ch["closed"])
    out = [f"|Δ| {parts[0]} {label(ch['stable'])}"]
    for p, good, bad in zip(parts[1:], ch["better"], ch["worse"]):
        out.append(f"|Δ| {p} {label(good)} / {label(bad)}")
    return ", ".join(out)


# -- 1. trend of a yearly series ----------------------------------------------------------


def _series_rules(profile) -> List[Rule]:
    s = profile.get("series_trend")
    tag = s.get("tag", "")
    level_of = {
        "last": tr("the last value"),
        "mean": tr("the mean of the years"),
        "fit_last": tr("the fitted value of the last year"),
    }[s["level_of"]]
    change_of = {
        "fit": tr("slope × span (the fitted change)"),
        "observed": tr("last − first value (the observed change)"),
        "sen": tr("Sen's slope × span"),
    }[s["change_of"]]
    gate = {
        "none": tr("every change is graded, significant or not"),
        "ols": tr("a change that is not significant in the t test is graded as no change"),
        "mk": tr(
            "a change that is not significant in the Mann–Kendall test is graded as no change"
        ),
    }[s["significance_gate"]]
    out = [
        section_rule(
            N_(
                "Per unit and indicator: the least-squares slope per year, R², the two-sided "
                "p of its t test (n − 2 degrees of freedom), the Mann–Kendall S, Z and p (from "
                "the exact distribution up to {exact_max_n} values without ties) and Sen's "
                "slope; a trend is significant when p < {alpha}."
            ),
            s,
        ),
        section_rule(
            N_(
                "A series needs at least {min_years} years with a value and at most "
                "{max_missing} missing year(s) inside its span; otherwise it gets a note and "
                "no numbers."
            ),
            s,
        ),
        Rule(
            tr("The level graded is {level}; the change graded is {change}; {gate}.").format(
                level=level_of, change=change_of, gate=gate
            ),
            tag,
        ),
    ]
    for entry in profile.get("series_trend.indicators").values():
        if not isinstance(entry, dict):
            continue
        if entry.get("grading") == "eco_index":
            grading = profile.get("eco_index.grading")
            gtag = grading.get("tag", "")
        elif "level" in entry or "change" in entry:
            grading, gtag = entry, entry.get("tag", tag)
        else:
            continue
        parts = []
        if "level" in grading:
            parts.append(tr("level {classes}").format(classes=_level_text(grading)))
        if "change" in grading:
            parts.append(tr("change {classes}").format(classes=_change_text(grading)))
        out.append(
            Rule(
                tr("{indicator}: {grades} ({closed}).").format(
                    indicator=label(entry, "name"),
                    grades="; ".join(parts),
                    closed=closed_note(grading.get("level", grading.get("change"))["closed"]),
                ),
                gtag,
            )
        )
    return out


def _series_column(name, label_n, help_n, optional=True, multiple=False):
    """A column of the series table (INPUT)."""
    return Param(
        name, "field", label_n, help_n, parent="INPUT", optional=optional, multiple=multiple
    )


SERIES_TREND = supporting_spec(
    id="series_trend",
    name=N_("Trend of a yearly series per unit (逐年序列趋势)"),
    summary=N_(
        "The trend of every unit's yearly series of an indicator (for example the "
        "生态环境状况指数 EI of every county over a decade): the least-squares slope per "
        "year with R² and its significance, the change between the first and the last "
        "year (fitted and observed), the annual rate of the fitted line, the "
        "Mann–Kendall test with Sen's slope as the robust alternative, and the level "
        "and change classes of the indicator from the method profile. Units with too "
        "few years or with gaps get a note instead of numbers."
    ),
    params=(
        Param(
            "INPUT",
            "table",
            N_("Series table"),
            N_(
                "A table (CSV, xlsx sheet, layer) in one of two layouts. Long: one row per "
                "unit and year, with a year column and one column per indicator, or an "
                "indicator column and a value column. Wide: one row per unit (and "
                "indicator), one column per year headed 2015, 2015年 or Y2015. An empty cell "
                "is a missing year."
            ),
        ),
        choice(
            "LAYOUT",
            N_("Layout of the table"),
            N_("Long: one row per unit and year. Wide: one column per year."),
            (N_("Long: one row per unit and year"), "long"),
            (N_("Wide: one column per year"), "wide"),
        ),
        _series_column(
            "UNIT_FIELD",
            N_("Unit column"),
            N_("The code or name of the unit of every row."),
            optional=False,
        ),
        _series_column(
            "YEAR_FIELD",
            N_("Year column (long layout)"),
            N_('The year of every row (2015, "2015" or "2015年").'),
        ),
        _series_column(
            "VALUE_FIELDS",
            N_("Indicator columns (long layout)"),
            N_(
                "One column per indicator; the column name is the indicator's name (EI, "
                "生态环境状况指数 … are recognised by the profile's [series_trend.indicators] "
                "and graded)."
            ),
            multiple=True,
        ),
        _series_column(
            "INDICATOR_FIELD",
            N_("Indicator column (optional)"),
            N_(
                "Long layout: the column naming the indicator of every row, with the value "
                "in the value column. Wide layout: the column naming the indicator of every "
                "row when the table holds several."
            ),
        ),
        _series_column(
            "VALUE_FIELD",
            N_("Value column (long layout with an indicator column)"),
            N_("The value of every row when an indicator column names the indicator."),
        ),
        Param(
            "INDICATOR",
            "string",
            N_("Indicator of a wide table (e.g. EI)"),
            N_(
                "The indicator a wide table without an indicator column holds; its name or "
                "alias chooses its grading (EI → the EI grades)."
            ),
            optional=True,
        ),
        PROFILE,
        Param(
            "OUTPUT",
            "sink",
            N_("Trend per unit"),
            N_("One row per unit and indicator with the fields below (a table)."),
            geometry="any",
        ),
    ),
    outputs=reported_numbers(
        ("EVALUATED", N_("Series with a trend")),
        ("NOT_EVALUATED", N_("Series without a trend (too few years or gaps)")),
    ),
    rules=_series_rules,
    notes=(
        N_(
            "Trends.Earth reads its productivity trajectory the same way (a linear fit for "
            "the direction, the Mann–Kendall S for its significance). The series of the "
            "生态质量 component of the 2016 过程评价 can be given to process_trend and "
            "carrying_capacity_2016 directly (parameter ECOLOGY_SERIES)."
        ),
    ),
    result_fields=(
        (
            "unit, indicator, indicator_key",
            N_(
                "the unit, the indicator as named in the table, and its profile key when recognised"
            ),
        ),
        ("status, note", N_("ok / too_few_years / gaps, and why")),
        ("n_years, first_year, last_year, missing_years", N_("the years used")),
        (
            "slope, intercept, r2, t, p_ols, significant_ols",
            N_("the least-squares line (per year) and its t test"),
        ),
        (
            "change_fit, change_observed, rate_fit_pct",
            N_("slope × span, last − first value, annual rate of the fitted line (%/a)"),
        ),
        (
            "mk_s, mk_var, mk_z, mk_p, mk_p_method, significant_mk, mk_trend",
            N_("the Mann–Kendall test"),
        ),
        ("sen_slope, sen_change", N_("Sen's slope and Sen's slope × span")),
        ("level_value, level_class, level_label", N_("the level graded and its class")),
        ("change_value, change_class, change_label", N_("the change graded and its class")),
    ),
)


# -- 2. 生态环境状况指数 EI ------------------------------------------------------------------


def _ei_rules(profile) -> List[Rule]:
    s = profile.get("eco_index")
    out = [
        section_rule(
            N_(
                "EI = {biological}·生物丰度 + {vegetation}·植被覆盖 + {water}·水网密度 + "
                "{land_stress}·(100 − 土地胁迫) + {pollution}·(100 − 污染负荷); every "
                "sub-index is capped at {cap}."
            ),
            s["weights"],
            cap=num(s["cap"]),
        )
    ]
    hq = s["habitat_quality"]
    groups = "; ".join(
        "{g} {gw} ({classes})".format(
            g=label(g, "name"),
            gw=num(g["weight"]),
            classes=", ".join(f"{label(c, 'name')} {num(c['weight'])}" for c in g["classes"]),
        )
        for g in hq["groups"]
    )
    out.append(
        section_rule(
            N_(
                "生物丰度 = (BI′ + HQ)/2 with the biodiversity index BI′, else HQ; HQ = "
                "{coefficient}·Σ group weight·Σ class weight·area / unit area (km²). "
                "Weights: {groups}."
            ),
            hq,
            coefficient=coef(hq["coefficient"]),
            groups=groups,
        )
    )
    veg, wn, ls = s["vegetation"], s["water_network"], s["land_stress"]
    out += [
        section_rule(
            N_(
                "植被覆盖 = {coefficient}·mean NDVI·{ndvi_scale}; from the mean vegetation "
                "cover (a proxy): {cover_scale}·cover."
            ),
            veg,
            coefficient=coef(veg["coefficient"]),
        ),
        section_rule(
            N_(
                "水网密度 = ({river}·river length (km) + {water_area}·water area (km²) + "
                "{water_resources}·water resources (10⁶ m³)) / (3·area); with the long-term "
                "mean of the water resources, a year above {wet_year_full}× the mean counts "
                "as mean·({wet_year_zero} − ratio), above {wet_year_zero}× as 0."
            ),
            wn,
            **{key: coef(wn[key]) for key in ("river", "water_area", "water_resources")},
        ),
        section_rule(
            N_(
                "土地胁迫 = {coefficient}·({severe_erosion}·severe erosion + "
                "{moderate_erosion}·moderate erosion + {construction}·construction land + "
                "{other}·other stress) / area (km²)."
            ),
            ls,
            coefficient=coef(ls["coefficient"]),
        ),
    ]
    pol = s["pollution"]
    parts = ", ".join(
        f"{label(p, 'name')} {coef(p['coefficient'])} ({num(p['weight'])})"
        for p in pol["pollutants"].values()
    )
    out.append(
        Rule(
            tr(
                "污染负荷 = Σ weight·coefficient·load (t) / D, D = annual precipitation "
                "(mm) × area (km²) for the water pollutants, the area for the others; "
                "coefficient (weight): {parts}."
            ).format(parts=parts),
            pol.get("tag", ""),
        )
    )
    g = s["grading"]
    out.append(
        Rule(
            tr("Grades: {classes} ({closed}).").format(
                classes=_level_text(g), closed=closed_note(g["level"]["closed"])
            ),
            g.get("tag", ""),
        )
    )
    out.append(
        Rule(
            tr("Change grades of ΔEI = EI − EI of the base year: {classes}.").format(
                classes=_change_text(g)
            ),
            g.get("tag", ""),
        )
    )
    levels = s["limit"]["levels"]
    parts = "; ".join(
        f"{k} ({', '.join(map(str, e.get('aliases', [])))}): {label(e)}"
        for k, e in levels.items()
        if isinstance(e, dict)
    )
    out.append(
        Rule(
            tr(
                "环境限制指数 (column 环境限制): {levels}; the grade moves, the index stays."
            ).format(levels=parts),
            s["limit"].get("tag", ""),
        )
    )
    return out


ECO_INDEX = supporting_spec(
    id="eco_index",
    name=N_("Eco-environment status index EI (生态环境状况指数, HJ 192-2015)"),
    summary=N_(
        "The 生态环境状况指数 EI of every unit from its sub-indices — 生物丰度, 植被覆盖, "
        "水网密度, 土地胁迫 and 污染负荷 — with the weights and normalisation "
        "coefficients of the method profile, computed from the land-cover areas by "
        "unit, the mean NDVI (or vegetation cover), river length, water area and water "
        "resources, erosion and construction areas and the pollutant loads; a "
        "sub-index given in the table is used as is. Grades 优 / 良 / 一般 / 较差 / 差, "
        "the 环境限制指数, and with a base-year table the change grades (无明显变化 / "
        "略微 / 明显 / 显著 变好 or 变差)."
    ),
    params=(
        Param(
            "INPUT",
            "vector",
            N_("Units with the EI inputs (polygons or a table)"),
            N_(
                "One row per unit: its code, the area (区域面积, km²), the land-cover "
                "sub-class areas (有林地, 灌木林地 … km²), NDVI均值, 河流长度, 水域面积, "
                "水资源量, "
                "the erosion and construction areas, 年降水量 and the loads (化学需氧量排放量 … "
                "t), or the sub-indices themselves; headers are matched by the profile's "
                "names and aliases. The result keeps these features and fields."
            ),
            geometry="any",
        ),
        Param(
            "UNIT_FIELD",
            "field",
            N_("Unit column"),
            N_("The code or name of every unit (the base-year table uses the same column)."),
            parent="INPUT",
        ),
        Param(
            "BASE",
            "table",
            N_("EI inputs of the base year (optional)"),
            N_("The same columns for the base year, for ΔEI and its change grade."),
            optional=True,
        ),
        PROFILE,
        Param(
            "OUTPUT",
            "sink",
            N_("Eco-environment status index"),
            N_("The units with the EI fields, styled by the grade."),
            geometry="any",
        ),
    ),
    outputs=(PROVENANCE,),
    rules=_ei_rules,
    notes=(
        N_(
            "The text of HJ 192-2015 was not available when the coefficients were set: the "
            "weights reproduce a published worked example, the normalisation coefficients "
            "are those of one public implementation, some values are from memory; each "
            "rule shows its evidence tag. Verify them against the standard before treating "
            "results as official."
        ),
        N_(
            "The sub-class areas are needed: a group total alone (only 林地) cannot be "
            "weighted, because its sub-classes weigh differently. A unit missing an input "
            "gets no EI and a note naming what is missing."
        ),
    ),
    result_fields=(
        (
            "ei_biological, ei_vegetation, ei_water, ei_land_stress, ei_pollution",
            N_("the sub-indices"),
        ),
        ("ei_habitat_quality", N_("HQ of the land-cover areas")),
        ("ei", N_("the eco-environment status index")),
        ("ei_grade, ei_grade_label", N_("the grade after the environmental limit")),
        ("ei_grade_raw", N_("the grade before the environmental limit")),
        ("ei_limit", N_("the environmental-limit level")),
        (
            "ei_base, ei_delta, ei_change, ei_change_label",
            N_("with a base-year table: its EI, ΔEI and the change grade"),
        ),
        ("ei_note", N_("what was missing or assumed")),
    ),
)


# -- 3. construction-suitability screen ---------------------------------------------------

#: raster inputs of the screen's factors → parameter names
SCREEN_INPUTS = {
    "dem": "DEM",
    "eco_redline": "ECO_REDLINE",
    "important_wetland": "IMPORTANT_WETLAND",
    "natural_grassland": "NATURAL_GRASSLAND",
    "severe_subsidence": "SEVERE_SUBSIDENCE",
    "cultivated_grade": "CULTIVATED_GRADE",
    "seismic_intensity": "SEISMIC_INTENSITY",
    "geohazard": "GEOHAZARD",
    "water_quota_modulus": "WATER_QUOTA_MODULUS",
}


def _screen_rules(profile) -> List[Rule]:
    s = profile.get("construction_screen")
    tag = s.get("tag", "")
    out = []
    for f in s["factors"]:
        name = label(f, "name")
        ftag = f.get("tag", tag)
        missing = (
            tr("no data does not limit")
            if f["missing"] == "ignore"
            else tr("no data gives no class")
        )
        if f["kind"] == "mask":
            codes = f.get("codes") or []
            inside = (
                tr("codes {codes}").format(codes=", ".join(map(str, codes)))
                if codes
                else tr("any non-zero value or polygon")
            )
            text = tr("{factor}: inside ({inside}) → score {score}; outside not limited.").format(
                factor=name, inside=inside, score=f.get("score", 0)
            )
        elif f["kind"] == "codes":
            parts = ", ".join(
                f"{c['code']}" + (f" {label(c)}" if "label_zh" in c else "") + f" → {c['score']}"
                for c in f["codes"]
            )
            text = tr("{factor}: {scores}; {missing}.").format(
                factor=name, scores=parts, missing=missing
            )
        else:
            unit = "°" if f["kind"] == "slope" else f.get("unit", "")
            what = (
                tr("{factor} (slope of the DEM, Horn)").format(factor=name)
                if f["kind"] == "slope"
                else name
            )
            parts = ", ".join(
                f"{p} → {sc}"
                for p, sc in zip(intervals(f["breaks"], f["closed"], unit), f["scores"])
            )
            text = tr("{factor}: {scores} ({closed}); {missing}.").format(
                factor=what, scores=parts, closed=closed_note(f["closed"]), missing=missing
            )
        out.append(Rule(text, ftag))
    names = dual_level_names(profile, s["class_set"])
    cset = profile.get(f"dual.classes.{s['class_set']}")
    values = [cset["values"][cset["codes"].index(c)] for c in s["classes"]]
    parts = ", ".join(
        f"{p} {names.get(v, v)}"
        for p, v in zip(intervals(s["class_breaks"], s["class_closed"]), values)
    )
    how = (
        tr("the minimum of the factor scores (the limiting factor decides)")
        if s["combine"] == "minimum"
        else tr("{max} × the product of score/{max} over the factors").format(max=s["max_score"])
    )
    out.append(
        Rule(
            tr(
                "Scores 0 (excluded) … {max}; combined by {how}; the combined score: "
                "{classes} ({closed})."
            ).format(
                max=s["max_score"], how=how, classes=parts, closed=closed_note(s["class_closed"])
            ),
            tag,
        )
    )
    overlay = profile.get("elements.land.overlay")
    out.append(
        Rule(
            tr(
                "land_pressure and carrying_capacity_2016 take the class raster as the "
                "construction-suitability raster: L0 = the share of a unit's cells "
                "holding {values}."
            ).format(
                values=", ".join(
                    f"{num(v)} {names.get(v, '')}".strip() for v in overlay["suitable_values"]
                )
            ),
            overlay.get("tag", ""),
        )
    )
    return out


def _layer(name, label_text, help_text):
    return Param(
        name, "layer", label_text, help_text, optional=True, geometry=("polygon", "raster")
    )


CONSTRUCTION_SCREEN = single_element_spec(
    id="construction_screen",
    name=N_("Construction-suitability screen for L0 (建设开发适宜性筛查)"),
    summary=N_(
        "The table-driven screen that gives L0 (适宜建设开发程度阈值) of the "
        "土地资源压力指数: on the analysis grid every factor of the method profile scores "
        "each cell — exclusion layers (生态保护红线, 重要湿地, 天然牧草地, 严重地面沉降区) "
        "score 0, limiting factors (slope bands, 耕地质量等别, 地震基本烈度, "
        "地质灾害易发性, "
        "the water-resource constraint) are scored by class — and the scores combine "
        "into 适宜 / 一般适宜 / 不适宜. The class raster is the construction-suitability "
        "raster of land_pressure and carrying_capacity_2016."
    ),
    params=on_grid(
        (
            Param(
                "DEM",
                "raster",
                N_("DEM (elevation, m)"),
                N_(
                    "Elevation in metres, for the slope. Its grid is the analysis grid unless you "
                    "choose another CRS, cell size or analysis area."
                ),
                unit="m",
            ),
            _layer(
                "ECO_REDLINE",
                N_("生态保护红线 (polygons or raster, optional)"),
                N_("Exclusion layer: polygons, or a raster whose non-zero cells are inside."),
            ),
            _layer(
                "IMPORTANT_WETLAND",
                N_("重要湿地 (polygons or raster, optional)"),
                N_("Exclusion layer: polygons, or a raster whose non-zero cells are inside."),
            ),
            _layer(
                "NATURAL_GRASSLAND",
                N_("天然牧草地 (polygons or raster, optional)"),
                N_("Exclusion layer: polygons, or a raster whose non-zero cells are inside."),
            ),
            _layer(
                "SEVERE_SUBSIDENCE",
                N_("严重地面沉降区 (polygons or raster, optional)"),
                N_("Exclusion layer: polygons, or a raster whose non-zero cells are inside."),
            ),
            Param(
                "CULTIVATED_GRADE",
                "raster",
                N_("耕地质量等别 (raster, optional)"),
                N_(
                    "The national cultivated-land quality grade (1 best … 15); cells without "
                    "cultivated land are nodata."
                ),
                optional=True,
            ),
            Param(
                "SEISMIC_INTENSITY",
                "raster",
                N_("地震基本烈度 (raster, optional)"),
                N_("Basic seismic intensity in degrees (codes, e.g. 6 … 10)."),
                optional=True,
            ),
            Param(
                "GEOHAZARD",
                "raster",
                N_("地质灾害易发性 (raster, optional)"),
                N_("Geological-hazard susceptibility codes (1 高易发 … 4 不易发 by default)."),
                optional=True,
            ),
            Param(
                "WATER_QUOTA_MODULUS",
                "raster",
                N_("用水总量控制指标模数 (万m³/km², raster, optional)"),
                N_("The water-use quota per km², for the water-resource constraint."),
                unit="万m³/km²",
                optional=True,
            ),
        ),
        Param(
            "OUTPUT",
            "raster_out",
            N_("Construction suitability (适宜 / 一般适宜 / 不适宜)"),
            N_(
                "Class raster (Byte: 1 = 适宜, 2 = 一般适宜, 3 = 不适宜, 0 = nodata; class set "
                "dual.classes.suitability_3) with labels, colours and provenance."
            ),
            style="dual.classes.suitability_3",
        ),
        Param(
            "SCORE",
            "raster_out",
            N_("Combined score"),
            N_("Optional: the combined score of every cell (Float32, nodata −9999)."),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "CAUSE",
            "raster_out",
            N_("Limiting factor"),
            N_(
                "Optional: the number of the factor with the lowest score (Byte, in the "
                "order of the rule above, counting only the factors given; 0 = nothing "
                "limits, 255 = nodata); the band description lists them."
            ),
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=reported_numbers(
        ("SUITABLE_SHARE", N_("Share of suitable cells in the area (L0 of the whole area)"))
    ),
    rules=_screen_rules,
    notes=(
        N_(
            "Every score is an example to set for the region: the factor list follows the "
            "land-resource technique of the 2016 method as its authors describe it, the "
            "scores are not national values. Slope bands are closed on the right, as the "
            "slope grades of the land survey: a cell of exactly 8° is in the 2–8° band."
        ),
        N_(
            "A factor whose layer is not given is left out (the log lists them); the slope "
            "is required. Polygons are burnt by cell centre; rasters are aligned to the "
            "grid (codes by nearest neighbour)."
        ),
    ),
)


# -- 4. rainfall erosivity R from daily rainfall -----------------------------------------


def erosivity_rules(profile) -> List[Rule]:
    e = profile.get("erosivity")
    tag = e.get("tag", "")
    points = (
        tr("all stations")
        if not e["idw_max_points"]
        else tr("the {n} nearest stations").format(n=e["idw_max_points"])
    )
    radius = (
        tr("no search radius")
        if not e["idw_radius"]
        else tr("within {r} m").format(r=num(e["idw_radius"]))
    )
    return [
        section_rule(
            N_(
                "R of a day = α·P^{beta} on days with P ≥ {threshold} mm, else 0; α = "
                "{alpha_warm} in months {months}, {alpha_cold} in the others; R in "
                "MJ·mm/(hm²·h·a)."
            ),
            e,
            months=", ".join(str(m) for m in e["warm_months"]),
        ),
        section_rule(
            N_(
                "R of a year = the sum of its days (half-months split after day "
                "{half_month_split}); R = the mean over the complete years (at most "
                "{max_missing_days} day(s) without a value); fewer than {min_years} complete "
                "years give no R."
            ),
            e,
        ),
        Rule(
            tr(
                "Stations to the grid by inverse-distance weighting: weight 1/d^{p}, {points}, "
                "{radius}; a cell on a station takes its value."
            ).format(p=num(e["idw_power"]), points=points, radius=radius),
            tag,
        ),
    ]


def _daily_column(name, label_n, help_n):
    """A column of the daily rainfall table (empty: found by its header)."""
    return Param(name, "field", label_n, help_n, parent="DAILY_RAIN", optional=True)


RAINFALL_EROSIVITY = dual_evaluation_spec(
    id="rainfall_erosivity",
    name=N_("Rainfall erosivity R from daily rainfall (日降雨侵蚀力)"),
    summary=N_(
        "The rainfall erosivity R of the daily erosive-rainfall model of the national "
        "soil-erosion survey: erosive days (at least the profile's threshold), a power "
        "law in the daily rain with warm-season and cold-season coefficients, summed "
        "to the year and averaged over the complete years — from station daily series "
        "interpolated to the grid by inverse-distance weighting, or from daily "
        "rasters. The R raster is the R input of dual_eco_soil_conservation and "
        "dual_eco_vuln_soil_erosion (which can also take the daily rainfall "
        "directly)."
    ),
    params=on_grid(
        (
            DAILY_RAIN,
            _daily_column(
                "STATION_FIELD",
                N_("Station column of the daily table"),
                N_("Empty: the column headed 站号, 区站号, 站点编码 or station."),
            ),
            _daily_column(
                "DATE_FIELD",
                N_("Date column of the daily table"),
                N_(
                    "Empty: the column headed 日期 or date, or the columns 年, 月, 日 (year, "
                    "month, day)."
                ),
            ),
            _daily_column(
                "PRECIPITATION_FIELD",
                N_("Precipitation column of the daily table"),
                N_("Empty: the column headed 日降水量, 降水量, precipitation, prcp or pre."),
            ),
            RAIN_STATIONS,
            Param(
                "STATION_ID_FIELD",
                "field",
                N_("Station code field of the stations"),
                N_("Empty: the field headed 站号, 区站号, 站点编码 or station."),
                parent="RAIN_STATIONS",
                optional=True,
            ),
            DAILY_RAIN_RASTERS,
            DAILY_RAIN_SCALE,
            REFERENCE.but(
                label=N_("Raster giving the analysis grid (e.g. the DEM)"),
                help=N_(
                    "The grid the stations' R is interpolated to (needed with stations). With "
                    "daily rasters the grid is theirs."
                ),
            ),
        ),
        Param(
            "OUTPUT",
            "raster_out",
            N_("Rainfall erosivity R (MJ·mm/(hm²·h·a))"),
            N_("Mean annual R (Float32, nodata −9999) with provenance."),
        ),
        Param(
            "YEARS",
            "raster_out",
            N_("Complete years per cell"),
            N_(
                "Optional, daily rasters only: the number of complete years behind each "
                "cell's R (Int16)."
            ),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "STATION_OUTPUT",
            "sink",
            N_("R of the stations"),
            N_(
                "Optional: one row per station of the daily table — its R, the years used "
                "and left out, the mean erosive days and a note; at the station when the "
                "stations layer gives it."
            ),
            optional=True,
            create_by_default=False,
            geometry="any",
        ),
    ),
    outputs=reported_numbers(("MEAN_R", N_("Mean R of the grid"))),
    rules=erosivity_rules,
    notes=(
        N_(
            "Clean a station file first: special codes (trace, missing markers such as "
            "32766) must be empty cells, values in the unit the scale says. A station with "
            "too few complete years gets no R and a warning; it takes no part in the "
            "interpolation."
        ),
    ),
)
