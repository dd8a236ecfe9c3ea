"""Specs of the 2016 monitoring and early-warning method's algorithms
(《资源环境承载能力监测预警技术方法（试行）》) on county units: the four basic
elements, the special evaluations by 主体功能区 type, the depletion trend
and the integration. The whole chain is composed from these in
``specs/chains.py``.

Every number of a rule (thresholds, bands, component counts, the warning
matrix) is read from the method profile by the spec's ``rules`` function,
with the evidence tag of its profile section."""

import functools
from typing import List, Sequence

from ..core.i18n import label, tr
from ..core.indicators import dictionary
from .base import N_, AlgorithmSpec, Param, Rule
from .shared import (
    AIR_DAILY,
    AIR_STANDARD,
    AIR_STATIONS,
    ALLOW_PARTIAL,
    BASE_INDICATORS,
    INDICATORS,
    INVALID_GEOMETRY,
    PROFILE,
    PROVENANCE,
    RESULT_2016,
    UNITS_2016,
    profile_choice,
)
from .texts import (
    class_label,
    closed_note,
    intervals,
    num,
    section_rule,
    tag_of,
    threshold_rules,
)

DOC = "warning_2016.md"


# -- sentences shared by the rules below ------------------------------------------------
def first_match(tag: str = "") -> Rule:
    return Rule(tr("The rules apply in order: the first that holds gives the class."), tag)


def joined_rules(profile, dotted: str, symbol: str, what: str, tag_key: str = "tag") -> Rule:
    """One sentence of ordered threshold rules: "{what}: D > 0 → 超载; D ≥
    −0.3 → 临界超载; otherwise → 不超载." with the section's tag (or the tag
    under ``tag_key``)."""
    section = dotted.rsplit(".", 1)[0]
    parts = threshold_rules(profile, dotted, symbol, tag="")
    return Rule(
        tr("{what}: {rules}.").format(what=what, rules="; ".join(r.text for r in parts)),
        tag_of(profile, section, tag_key),
    )


def prefixed(what: str, rules: Sequence[Rule]) -> List[Rule]:
    """Rules of a step, each headed by the step's name (for a chain's help)."""
    return [Rule(tr("{step}: {rule}").format(step=what, rule=r.text), r.tag) for r in rules]


_UNITS = {"ug/m3": "µg/m³", "mg/m3": "mg/m³"}


def field_name(name: str) -> str:
    """The dictionary's name of an indicator, without its unit."""
    entry = dictionary().get(name)
    return label(entry, "name") if entry else name


# -- 土地资源 ---------------------------------------------------------------------------
def land_rules(profile) -> List[Rule]:
    land = profile.get("elements.land")
    tag = land.get("tag", "")
    overlay = profile.get("elements.land.overlay")
    otag = overlay.get("tag", "")
    methods = {
        "pressure": tr("the land-resource pressure index D"),
        "intensity": tr("the development intensity L"),
    }
    return [
        joined_rules(profile, "elements.land.rules", "D", tr("Land-resource pressure index")),
        joined_rules(
            profile,
            "elements.land.intensity_rules",
            "L",
            tr("Development intensity (simplified rule, option)"),
            "intensity_tag",
        ),
        first_match(tag),
        Rule(
            tr("The method profile classes {index} unless another index is chosen.").format(
                index=methods.get(land["method"], land["method"])
            ),
            tag,
        ),
        Rule(
            tr(
                "Construction land by overlay: land-use polygons whose code starts with {codes}."
            ).format(codes=", ".join(overlay["construction_codes"])),
            otag,
        ),
        Rule(
            tr(
                "L0 from a suitability raster: the share of the unit's cells holding {values} "
                "(unless other values are given)."
            ).format(values=", ".join(num(v) for v in overlay["suitable_values"])),
            otag,
        ),
    ]


# -- 水资源 -----------------------------------------------------------------------------
def water_rules(profile) -> List[Rule]:
    w = profile.get("elements.water")
    tag = w.get("tag", "")
    over, crit = num(w["overload_ratio"]), num(w["critical_ratio"])
    out = [
        Rule(
            tr("W > {r}·W0 or G > {r}·G0 → {cls}").format(
                r=over, cls=class_label(profile, "load_classes", "overload")
            ),
            tag,
        ),
        Rule(
            tr("W > {r}·W0 or G > {r}·G0 → {cls}").format(
                r=crit, cls=class_label(profile, "load_classes", "critical")
            ),
            tag,
        ),
        Rule(tr("otherwise → {cls}").format(cls=class_label(profile, "load_classes", "none")), tag),
        Rule(tr("The comparisons are strict: W = {r}·W0 is not above {r}·W0.").format(r=crit), tag),
    ]
    states = profile.get("elements.water.overdraft")
    for _key, entry in states.items():
        if not isinstance(entry, dict) or entry["class"] == "none":
            continue
        out.append(
            Rule(
                tr("Groundwater overdraft state {state} → at least {cls}").format(
                    state=" / ".join(entry["aliases"][:2]),
                    cls=class_label(profile, "load_classes", entry["class"]),
                ),
                tag_of(profile, "elements.water.overdraft"),
            )
        )
    return out


# -- 环境 -------------------------------------------------------------------------------
def env_rules(profile) -> List[Rule]:
    env = profile.get("elements.environment")
    tag = env.get("tag", "")
    std = env["air_standard"]
    air = profile.get(f"standards.air.{std}")
    units = air.get("units", {})
    limits = ", ".join(
        f"{field_name(p)} {num(air['limits'][p])}"
        + (f" {_UNITS.get(units[p], units[p])}" if units.get(p) else "")
        for p in env["air_pollutants"]
        if p in air["limits"]
    )
    water_std = profile.get(f"standards.water.{env['water_standard']}")
    aggregations = {
        "section_max_then_mean": tr("the mean over its sections of each section's index"),
        "mean_then_max": tr("the maximum over pollutants of the mean over sections"),
    }
    return [
        Rule(
            tr(
                "Air: R = C / S − 1 for each pollutant's annual statistic against {standard} "
                "(unless another edition is chosen); the unit's air index is the largest R."
            ).format(standard=label(air, "name")),
            tag,
        ),
        Rule(
            tr("Limits of {standard}: {limits}.").format(
                standard=label(air, "name"), limits=limits
            ),
            tag_of(profile, f"standards.air.{std}"),
        ),
        Rule(
            tr(
                "Water: each section's index is the largest C / S − 1 over {pollutants} "
                "(dissolved oxygen inverted: S / C − 1) against {standard} class {cls}, with "
                "river or lake limits where the standard has both."
            ).format(
                pollutants=", ".join(field_name(p) for p in env["water_pollutants"]),
                standard=label(water_std, "name"),
                cls=env["water_class"],
            ),
            tag_of(profile, f"standards.water.{env['water_standard']}"),
        ),
        Rule(
            tr(
                "The unit's water index is {aggregation} (unless another aggregation is chosen)."
            ).format(
                aggregation=aggregations.get(env["water_aggregation"], env["water_aggregation"])
            ),
            env.get("water_aggregation_tag", tag),
        ),
        Rule(tr("The element index R is the larger of the air and water indices."), tag),
        joined_rules(
            profile,
            "elements.environment.rules",
            "R",
            tr("Pollutant concentration exceedance index"),
        ),
        first_match(tag),
    ]


# -- 生态 -------------------------------------------------------------------------------
def eco_rules(profile) -> List[Rule]:
    eco = profile.get("elements.ecology")
    tag = eco.get("tag", "")
    return [
        joined_rules(profile, "elements.ecology.rules", "H", tr("Ecosystem health")),
        first_match(tag),
        Rule(
            tr("Degradation polygons count when their severity is one of: {values}.").format(
                values=", ".join(eco["counted_severities"])
            ),
            tag,
        ),
        Rule(
            tr(
                "Degradation raster cells count when they hold one of {values} (unless other "
                "values are given)."
            ).format(values=", ".join(num(v) for v in eco["raster_counted_values"])),
            eco.get("raster_tag", tag),
        ),
    ]


# -- 专项评价 ---------------------------------------------------------------------------
def _zone_label(profile, zone: str) -> str:
    entry = profile.get("function_zones").get(zone)
    return label(entry) if isinstance(entry, dict) else zone


def _severity(profile, code: str) -> str:
    bg = profile.get("special.black_grey")
    return label(
        {
            "label_zh": bg["severity_labels_zh"].get(code, code),
            "label_en": bg["severity_labels_en"].get(code, code),
        }
    )


def _graded(profile, breaks, classes, symbol: str = "") -> str:
    parts = intervals(breaks, "left")
    return ", ".join(
        f"{symbol} {p} {_severity(profile, c)}".strip() for p, c in zip(parts, classes)
    )


def black_grey_rules(profile) -> List[Rule]:
    bg = profile.get("special.black_grey")
    tag = bg.get("tag", "")
    closed = closed_note("left")
    out = []
    for zone in ("optimized", "key"):
        table = profile.get(f"special.black_grey.water.{zone}")
        dens = intervals(table["den_breaks"], "left")
        bands = "; ".join(
            tr("Den {den}: {grades}").format(
                den=d, grades=_graded(profile, b["l_breaks"], b["classes"], "L")
            )
            for d, b in zip(dens, table["bands"])
        )
        out.append(
            Rule(
                tr("Water part (黑), {zone}: {bands} ({closed}).").format(
                    zone=_zone_label(profile, zone), bands=bands, closed=closed
                ),
                tag,
            )
        )
    cities = {"core": tr("core city"), "other": tr("other units")}
    for key, band in profile.get("special.black_grey.air").items():
        if not isinstance(band, dict):
            continue
        zone, city = key.rsplit("_", 1)
        out.append(
            Rule(
                tr(
                    "Air part (灰), {zone}, {city}: PM2.5 exceedance days {grades} ({closed})."
                ).format(
                    zone=_zone_label(profile, zone),
                    city=cities.get(city, city),
                    grades=_graded(profile, band["breaks"], band["classes"]),
                    closed=closed,
                ),
                tag,
            )
        )
    days = profile.get("elements.environment.stations.exceed_days")
    limits = []
    for _name, std in profile.get("standards.air").items():
        if isinstance(std, dict) and days["limit"] in std.get("daily", {}):
            limits.append(f"{label(std, 'name')} {num(std['daily'][days['limit']])} µg/m³")
    out.append(
        Rule(
            tr(
                "Exceedance days counted from daily station values: days whose unit "
                "mean is above the 24-h PM2.5 limit of the chosen edition ({limits})."
            ).format(limits="; ".join(limits)),
            tag_of(profile, "elements.environment.stations"),
        )
    )
    combine = []
    for rule in profile.get("special.black_grey.combine.rules"):
        cls = class_label(profile, "load_classes", rule["class"])
        parts = []
        if "air" in rule:
            parts.append(
                tr("air {grades}").format(
                    grades=" / ".join(_severity(profile, c) for c in rule["air"])
                )
            )
        if "water" in rule:
            parts.append(
                tr("water {grades}").format(
                    grades=" / ".join(_severity(profile, c) for c in rule["water"])
                )
            )
        if not parts:
            combine.append(tr("otherwise → {cls}").format(cls=cls))
        elif len(parts) == 1:
            combine.append(f"{parts[0]} → {cls}")
        else:
            combine.append(tr("{a} and {b} → {cls}").format(a=parts[0], b=parts[1], cls=cls))
    out.append(
        Rule(
            tr("Combination, first rule that holds: {rules}.").format(rules="; ".join(combine)), tag
        )
    )
    return out


def indexed_rules(kind: str, symbol: str = "I"):
    """The rules of the cropland, grassland and eco-function indices."""

    def rules(profile) -> List[Rule]:
        section = profile.get(f"special.{kind}")
        tag = section.get("tag", "")
        out = [
            joined_rules(profile, f"special.{kind}.rules", symbol, label(section, "name")),
            first_match(tag),
        ]
        if section.get("unverified"):
            out.append(
                Rule(
                    tr(
                        "Unverified rule: the official thresholds of the {index} could not be "
                        "checked; the method profile holds documented defaults, and every result "
                        "says so in its note. Edit special.{kind}.rules in a profile of your own "
                        "to "
                        "apply the official values."
                    ).format(index=label(section, "name"), kind=kind),
                    tag,
                )
            )
        return out

    return rules


cropland_rules = indexed_rules("cropland_quality")
grassland_rules = indexed_rules("grassland_balance")
eco_function_rules = indexed_rules("eco_function")


def special_rules(profile) -> List[Rule]:
    zones = profile.get("function_zones")
    mapping = [
        tr("{zone} → {evaluation}").format(
            zone=label(z), evaluation=label(profile.get(f"special.{z['special']}"), "name")
        )
        for z in zones.values()
        if isinstance(z, dict)
    ]
    out = [
        Rule(
            tr("Special evaluation by 主体功能区 type: {mapping}.").format(
                mapping="; ".join(mapping)
            ),
            zones.get("tag", ""),
        )
    ]
    out += prefixed(label(profile.get("special.black_grey"), "name"), black_grey_rules(profile))
    for func in (cropland_rules, grassland_rules, eco_function_rules):
        out += [r for r in func(profile) if r.text != first_match().text]
    return out + [first_match()]


# -- 过程评价 ---------------------------------------------------------------------------
def trend_rules(profile) -> List[Rule]:
    from ..core.m2016.trend import component_name, group_name

    t = profile.get("trend")
    tag = t.get("tag", "")
    worse = class_label(profile, "trend_types", "worsening")
    easing = class_label(profile, "trend_types", "easing")

    def names(group):
        return ", ".join(component_name(c) for c in t[f"{group}_components"])

    def counted_rule(group, text):
        """The rule of a group worse when enough of its rates are: ``text``
        filled with the group's name, its components and how many must be
        worse."""
        return Rule(
            text.format(
                group=group_name(group),
                n=t[f"{group}_worse_min"],
                m=len(t[f"{group}_components"]),
                components=names(group),
            ),
            tag,
        )

    return [
        counted_rule(
            "efficiency",
            tr(
                "{group} is worse when at least {n} of its {m} rates ({components}) are below "
                "the national rate."
            ),
        ),
        counted_rule(
            "emission",
            tr(
                "{group} is worse when at least {n} of its {m} rates ({components}) are above "
                "the national rate."
            ),
        ),
        Rule(
            tr("{group} is worse when the rate of {components} is below the national rate.").format(
                group=group_name("ecology"), components=names("ecology")
            ),
            tag,
        ),
        Rule(
            tr("At least {n} of the three worse → {worse}; otherwise → {easing}.").format(
                n=t["worsening_min"], worse=worse, easing=easing
            ),
            tag,
        ),
        Rule(tr("A rate equal to the national rate is not worse."), tag),
        _series_rule(profile),
    ]


def _series_rule(profile) -> Rule:
    return section_rule(
        N_(
            "With a yearly series of the ecological quality, its rate is the annual "
            "rate of the least-squares line, (ŷ_last/ŷ_first)^(1/span) − 1, over at "
            "least {min_years} years with at most {max_missing} missing; otherwise the "
            "two-year rate is kept."
        ),
        profile.get("series_trend"),
    )


# -- 集成评价 ---------------------------------------------------------------------------
def integration_rules(profile) -> List[Rule]:
    from ..core.m2016.common import BASIC, element_name

    tag = tag_of(profile, "integration")
    need = profile.get("integration.critical_to_overload")
    over = class_label(profile, "load_classes", "overload")
    crit = class_label(profile, "load_classes", "critical")
    none = class_label(profile, "load_classes", "none")
    elements = ", ".join(element_name(profile, p) for p in BASIC)
    out = [
        Rule(
            tr(
                "Load type by the short-board rule over {elements} and the special evaluation "
                "of the unit's type: any element {over}, or at least {n} {crit} → {over}; one "
                "{crit} → {crit}; otherwise → {none}."
            ).format(elements=elements, over=over, crit=crit, none=none, n=need),
            tag,
        ),
        Rule(
            tr(
                "An element that could not be evaluated makes the unit {ne} unless the others "
                "already give {over}."
            ).format(ne=class_label(profile, "load_classes", "not_evaluated"), over=over),
            tag,
        ),
    ]
    matrix = profile.get("warning_matrix")
    mtag = matrix.get("tag", "") if isinstance(matrix, dict) else ""
    for load, row in matrix.items():
        if not isinstance(row, dict):
            continue
        out.append(
            Rule(
                tr("Warning level: {load} and {worse} → {a}; {load} and {easing} → {b}.").format(
                    load=class_label(profile, "load_classes", load),
                    worse=class_label(profile, "trend_types", "worsening"),
                    easing=class_label(profile, "trend_types", "easing"),
                    a=class_label(profile, "warning_levels", row["worsening"]),
                    b=class_label(profile, "warning_levels", row["easing"]),
                ),
                mtag,
            )
        )
    return out


# -- parameters of one algorithm each (the chain composes them) --------------------------
LANDUSE = Param(
    "LANDUSE",
    "vector",
    N_("Land-use polygons (optional, for L by overlay)"),
    N_(
        "Land-use survey polygons (三调) with a land-use code field (地类编码). Their "
        "construction land is summed per unit; this replaces the construction land area of "
        "the tables."
    ),
    optional=True,
    geometry="polygon",
)
SUITABILITY = Param(
    "SUITABILITY",
    "raster",
    N_("Construction-suitability raster (optional, for L0)"),
    N_(
        "A raster of construction suitability classes, e.g. the output of "
        "cc_warning:construction_screen. L0 of each unit is the share of its cells (cell "
        "centre inside the unit) whose value is one of the suitable values; this replaces L0 "
        "of the tables."
    ),
    optional=True,
)
SUITABLE_VALUES = Param(
    "SUITABLE_VALUES",
    "string",
    N_("Suitable raster values (comma-separated; empty = method profile)"),
    N_(
        "Raster values counted as suitable for construction, e.g. 1 or 1,2. Empty: "
        "elements.land.overlay.suitable_values of the method profile."
    ),
    optional=True,
)
LAND_METHOD = profile_choice(
    "METHOD",
    N_("Index"),
    N_(
        "The pressure index D follows the 2016 method; the development-intensity rule is an "
        "earlier simplification kept as an option."
    ),
    (N_("Land-resource pressure index D (default)"), "pressure"),
    (N_("Development intensity L (simplified rule)"), "intensity"),
)

SECTIONS = Param(
    "SECTIONS",
    "vector",
    N_("Surface-water sections (optional)"),
    N_(
        "One row or point per monitoring section: section code, water body type (河流/湖库), "
        "the unit code (or a point location, joined to the unit containing it) and, unless "
        "observations are given, the annual mean of each pollutant (mg/L)."
    ),
    optional=True,
    geometry="any",
)
SECTION_OBSERVATIONS = Param(
    "SECTION_OBSERVATIONS",
    "vector",
    N_("Surface-water observations (table, optional)"),
    N_(
        "One row per section and sampling (e.g. monthly) of one year: section code, date or "
        "month and pollutant values (mg/L). The annual mean of each pollutant is computed per "
        "section."
    ),
    optional=True,
    geometry="any",
)
WATER_AGGREGATION = profile_choice(
    "WATER_AGGREGATION",
    N_("Water index aggregation"),
    N_(
        "How a unit's water index is formed from its sections. The method text could not be "
        "checked on this point; the default follows the 2016-method implementation the "
        "profile cites."
    ),
    (N_("Mean over sections of each section's maximum (default)"), "section_max_then_mean"),
    (N_("Maximum over pollutants of the mean over sections"), "mean_then_max"),
)

DEGRADATION = Param(
    "DEGRADATION",
    "vector",
    N_("Degradation polygons (optional)"),
    N_(
        "Polygons of 水土流失, 土地沙化, 盐渍化 and 石漠化 with a severity field (退化程度/程度: "
        "轻度, 中度, 重度 …) and optionally a type field (退化类型). Moderate-or-worse polygons "
        "(the profile's counted severities) are intersected with each unit and dissolved, so "
        "land covered by two types counts once."
    ),
    optional=True,
    geometry="polygon",
)
DEGRADATION_RASTERS = Param(
    "DEGRADATION_RASTERS",
    "layers",
    N_("Degradation rasters (optional)"),
    N_(
        "Rasters of degradation severity codes on one grid (projected CRS). A cell counts "
        "once if any raster holds a counted value there."
    ),
    optional=True,
    layer_type="raster",
)
RASTER_VALUES = Param(
    "RASTER_VALUES",
    "string",
    N_("Counted raster values (comma-separated; empty = method profile)"),
    N_(
        "Severity codes counted as moderate or worse in the rasters. Empty: "
        "elements.ecology.raster_counted_values of the method profile."
    ),
    optional=True,
)

#: the 生态质量 component from a yearly series instead of two years
ECOLOGY_SERIES = (
    Param(
        "ECOLOGY_SERIES",
        "table",
        N_("Yearly series of the ecological quality (table, optional)"),
        N_(
            "A series per unit for the 生态质量 component, e.g. the 林草覆盖率 of every year: "
            "long (unit code, year and value columns) or wide (unit code and one column per "
            "year, headed 2015 or 2015年). The annual rate of the fitted trend line replaces "
            "the two-year rate and is compared with the same national rate; a unit whose "
            "series is too short or has gaps keeps the two-year rate, and its note says so."
        ),
        optional=True,
    ),
    Param(
        "ECOLOGY_SERIES_FIELD",
        "field",
        N_("Value column of the series (long table)"),
        N_(
            "Empty: the column headed 林草覆盖率 (forest_grass_cover), an indicator of "
            "[series_trend.indicators], or the only column besides unit code and year."
        ),
        parent="ECOLOGY_SERIES",
        optional=True,
    ),
)

#: the national average rates of the trend: the table is the main way; the
#: seven single values (advanced) override it
NATIONAL_RATES = Param(
    "NATIONAL_RATES",
    "vector",
    N_("National average rates (table, optional)"),
    N_(
        "A small table with a rate code (指标代码: land_use_efficiency, water_use_efficiency, "
        "cod_intensity, nh3n_intensity, so2_intensity, nox_intensity, "
        "forest_grass_cover_change or their Chinese names) and the national average annual "
        "rate in percent per year (全国平均年变化率). Base and evaluation year columns, if "
        "present, must match the tables."
    ),
    optional=True,
    geometry="any",
)
_NATIONAL_HELP = N_(
    "National average annual rate of this component over the same period, in "
    "percent per year (e.g. 5.0 or -8.0). Overrides the national-rates table."
)
#: parameter → trend component
NATIONAL_COMPONENTS = {
    "NATIONAL_LAND": "land_efficiency",
    "NATIONAL_WATER": "water_efficiency",
    "NATIONAL_COD": "cod_intensity",
    "NATIONAL_NH3N": "nh3n_intensity",
    "NATIONAL_SO2": "so2_intensity",
    "NATIONAL_NOX": "nox_intensity",
    "NATIONAL_COVER": "forest_grass_cover",
}
NATIONAL_VALUES = tuple(
    Param(
        name,
        "number",
        text,
        _NATIONAL_HELP,
        unit="%/a",
        optional=True,
        advanced=True,
        group="national",
    )
    for name, text in (
        ("NATIONAL_LAND", N_("National rate: land-use efficiency (%/a)")),
        ("NATIONAL_WATER", N_("National rate: water-use efficiency (%/a)")),
        ("NATIONAL_COD", N_("National rate: COD emission intensity (%/a)")),
        ("NATIONAL_NH3N", N_("National rate: NH3-N emission intensity (%/a)")),
        ("NATIONAL_SO2", N_("National rate: SO2 emission intensity (%/a)")),
        ("NATIONAL_NOX", N_("National rate: NOx emission intensity (%/a)")),
        ("NATIONAL_COVER", N_("National rate: forest and grass cover (%/a)")),
    )
)
_BASE_YEAR = Param(
    "BASE_YEAR",
    "integer",
    N_("Base year (if the tables have no year column)"),
    N_("Year of the base-year tables; needed only when they have no year column (年份)."),
    optional=True,
    minimum=1900,
    maximum=2100,
)
YEARS = (
    _BASE_YEAR,
    _BASE_YEAR.but(
        name="EVAL_YEAR",
        label=N_("Evaluation year (if the tables have no year column)"),
        help=N_(
            "Year of the evaluation-year tables; needed only when they have no year column (年份)."
        ),
    ),
)

RESULTS = Param(
    "RESULTS",
    "layers",
    N_("Element and trend results to join (optional)"),
    N_(
        "Result layers of land_pressure, water_load, pollutant_exceedance, ecosystem_health, "
        "special_evaluation (or one of the special algorithms) and process_trend, joined to "
        "the units on the unit code. Not needed when the units already carry those fields."
    ),
    optional=True,
    layer_type="vector",
)

_SPECIAL_FIELDS = (
    ("special_type", N_("the special evaluation applied")),
    ("special_index", N_("the index")),
    (
        "special_class",
        N_(
            "overload / critical / none / not_evaluated; empty where the unit's "
            "主体功能区 type calls for another special evaluation"
        ),
    ),
    ("special_label", N_("the class label of the method profile")),
    ("special_note", N_("what was missing or assumed")),
    ("special_zone", N_("the 主体功能区 type")),
    ("special_ref", N_("the reference value compared")),
    ("special_value", N_("the value compared")),
    ("special_bg_air", N_("black-grey index: grade of the air part")),
    ("special_bg_water", N_("black-grey index: grade of the water part")),
    ("special_bg_den", N_("black-odorous water density Den (m/km²)")),
    ("special_bg_l", N_("severe share L of the black-odorous water")),
    ("special_bg_days", N_("PM2.5 exceedance days")),
)


def element_fields(prefix: str, index: str, note: str = N_("what was missing or assumed")):
    """The four result fields every element writes: index, class, label, note."""
    return (
        (f"{prefix}_index", index),
        (f"{prefix}_class", N_("overload / critical / none / not_evaluated")),
        (f"{prefix}_label", N_("the class label of the method profile")),
        (f"{prefix}_note", note),
    )


def county_inputs(*own: Param, polygons: bool = False) -> tuple:
    """The inputs of an element or special evaluation: the units and their
    indicator tables, the algorithm's ``own`` inputs, the partial-class switch
    and the profile, then the invalid-polygon choice when it overlays the unit
    ``polygons``."""
    last = (INVALID_GEOMETRY,) if polygons else ()
    return (UNITS_2016, INDICATORS) + own + (ALLOW_PARTIAL, PROFILE) + last


def method_spec(
    id: str,
    name: str,
    summary: str,
    inputs: Sequence[Param],
    style: str,
    rules,
    result_label: str = "",
    group: str = "single_element",
    **kwargs,
) -> AlgorithmSpec:
    """The spec of an algorithm of the 2016 method: its inputs, then its result
    layer styled by the class field ``style`` and named like the algorithm
    (unless ``result_label`` names it), the provenance and the method's page."""
    return AlgorithmSpec(
        id=id,
        group=group,
        name=name,
        summary=summary,
        params=tuple(inputs) + (RESULT_2016.but(label=result_label or name, style=style),),
        outputs=(PROVENANCE,),
        rules=rules,
        doc=DOC,
        **kwargs,
    )


#: the spec of an algorithm of the 2016 method's 集成评价
integrated_spec = functools.partial(method_spec, group="integrated")


def special_spec(
    id: str, name: str, summary: str, own: Sequence[Param], rules, polygons=False, **kwargs
) -> AlgorithmSpec:
    """The spec of a special evaluation: the county inputs with its ``own``
    (``county_inputs``), the result styled by the special class, and the
    fields every special evaluation writes."""
    return method_spec(
        id,
        name,
        summary,
        county_inputs(*own, polygons=polygons),
        "special_class",
        rules,
        result_fields=_SPECIAL_FIELDS,
        **kwargs,
    )


# -- the specs ---------------------------------------------------------------------------
WATER_LOAD = method_spec(
    id="water_load",
    name=N_("Water resources use against quotas (水资源开发利用量)"),
    summary=N_(
        "Water element of the 2016 monitoring and early-warning method: total water "
        "use W against its control quota W0 and groundwater use G against its quota G0 "
        "(最严格水资源管理制度 red lines), and the groundwater overdraft state. A zero or "
        "negative quota is an error; a missing value marks the unit not_evaluated "
        "unless the values present already make it overloaded."
    ),
    inputs=county_inputs(),
    style="water_class",
    rules=water_rules,
    notes=(
        N_(
            "Inputs per unit: total water use (用水总量), its control quota (用水总量控制指标), "
            "groundwater supply (地下水供水量), its quota (地下水开采控制指标) and the "
            "groundwater overdraft state (地下水超采状况: 无 / 一般超采 / 严重超采)."
        ),
    ),
    result_fields=element_fields("water", N_("the larger of W/W0 and G/G0"))
    + (
        ("water_r_total", N_("W/W0")),
        ("water_r_gw", N_("G/G0")),
        ("water_overdraft", N_("the overdraft state")),
        ("water_worst", N_("what drove the class: total, groundwater or overdraft")),
    ),
)

LAND_PRESSURE = method_spec(
    id="land_pressure",
    name=N_("Land-resource pressure index (土地资源压力指数)"),
    summary=N_(
        "Land element of the 2016 monitoring and early-warning method: D = (L − L0) / "
        "L0, where L is the construction land area over the evaluated land area "
        "(现状建设开发程度) and L0 the suitable construction-development threshold "
        "(适宜建设开发程度阈值). As an option, the development intensity L itself is "
        "classed (an earlier simplification)."
    ),
    inputs=county_inputs(LANDUSE, SUITABILITY, SUITABLE_VALUES, LAND_METHOD, polygons=True),
    style="land_class",
    rules=land_rules,
    notes=(
        N_(
            "Inputs per unit: construction land area (建设用地面积), evaluated land area "
            "(评价区域土地面积) and L0 (适宜建设开发程度阈值), from the unit layer or the "
            "indicator tables."
        ),
        N_(
            "With a land-use layer, the construction land area is computed by overlay and "
            "the unit polygon area is used where the evaluated land area is not given; the "
            "units must then be in a projected CRS. With a construction-suitability raster "
            "(the output of construction_screen, or e.g. the 双评价 urban-suitability "
            "result), L0 is the share of the unit's cells holding a suitable value."
        ),
    ),
    result_fields=element_fields(
        "land",
        N_("D, or L with the intensity method"),
        N_("what was missing or assumed, and where L and L0 came from"),
    )
    + (
        ("land_l", N_("L")),
        ("land_l0", N_("L0")),
        ("land_constr_area", N_("construction land area (km²)")),
        ("land_eval_area", N_("evaluated land area (km²)")),
        ("land_method", N_("the index used: pressure or intensity")),
    ),
)

POLLUTANT_EXCEEDANCE = method_spec(
    id="pollutant_exceedance",
    name=N_("Pollutant concentration exceedance index (污染物浓度超标指数)"),
    summary=N_(
        "Environment element of the 2016 monitoring and early-warning method: the "
        "exceedance index R = C / S − 1 of the air pollutants' annual statistics "
        "against GB 3095 and of the surface-water sections' annual means against "
        "GB 3838-2002; the element index is the larger of the air and water indices."
    ),
    inputs=(
        UNITS_2016.but(
            label=N_("Evaluation units with annual air statistics"),
            help=N_(
                "County polygons or a plain table (CSV, xlsx sheet) with "
                "one row per unit: unit code and the annual statistics of "
                "each air pollutant."
            ),
        ),
        SECTIONS,
        AIR_STANDARD,
        WATER_AGGREGATION,
        ALLOW_PARTIAL,
        PROFILE,
        INDICATORS,
        AIR_STATIONS,
        AIR_DAILY,
        SECTION_OBSERVATIONS,
        INVALID_GEOMETRY,
    ),
    style="env_class",
    rules=env_rules,
    result_label=N_("Exceedance index"),
    notes=(
        N_(
            "Units table: a unit code and the annual statistics of the air pollutants. "
            "Water sections (optional): section code, unit code, water body type (河流 / "
            "湖库) and the annual means of the water pollutants. Chinese column names are "
            "accepted (see the indicator dictionary)."
        ),
        N_(
            "Raw monitoring data instead of statistics: air stations (points) with a table "
            "of daily values give the annual means, the CO 95th and O3 90th percentiles "
            "(HJ 663-2013) per unit; section points (joined to the unit containing them) "
            "with a table of observations give the sections' annual means."
        ),
    ),
    result_fields=element_fields("env", N_("the larger of the air and water indices"))
    + (
        ("env_air_index", N_("the air index")),
        ("env_air_worst", N_("the air pollutant with the largest index")),
        ("env_water_index", N_("the water index")),
        ("env_water_worst", N_("the section and pollutant with the largest index")),
        ("env_worst", N_("the worst pollutant and section")),
        ("env_r_<pollutant>", N_("the index of each air pollutant")),
    ),
)

ECOSYSTEM_HEALTH = method_spec(
    id="ecosystem_health",
    name=N_("Ecosystem health (生态系统健康度)"),
    summary=N_(
        "Ecology element of the 2016 monitoring and early-warning method: H = A_d / "
        "A_t, the share of the evaluated land area A_t that is moderately or worse "
        "degraded (水土流失, 土地沙化, 盐渍化, 石漠化)."
    ),
    inputs=county_inputs(DEGRADATION, DEGRADATION_RASTERS, RASTER_VALUES, polygons=True),
    style="eco_class",
    rules=eco_rules,
    notes=(
        N_(
            "The degraded area comes from degradation polygons or rasters (overlaid with the "
            "unit polygons, overlaps dissolved), or else from the four per-type areas "
            "(中度及以上水土流失面积, 中度及以上土地沙化面积, 中度及以上盐渍化面积, "
            "中度及以上石漠化面积) — their sum counts land with two types twice, and the note "
            "says so. A_t is the evaluated land area (评价区域土地面积), or the unit polygon "
            "area when overlaying. Areas need a projected CRS."
        ),
    ),
    result_fields=element_fields("eco", N_("H"))
    + (
        ("eco_degraded_area", N_("degraded area (km²)")),
        ("eco_land_area", N_("evaluated land area (km²)")),
        ("eco_worst", N_("the degradation type with the largest area")),
        ("eco_source", N_("polygons / raster / type_fields")),
    ),
)

#: the raw air data a special evaluation may count the PM2.5 exceedance days from
_AIR_DATA = (AIR_STATIONS, AIR_DAILY, AIR_STANDARD)

URBAN_BLACK_GREY = special_spec(
    id="urban_black_grey",
    name=N_("Water-air black-grey index, urbanised areas (水气环境黑灰指数)"),
    summary=N_(
        "Special evaluation of 城市化地区 (优化开发 and 重点开发 zones) in the 2016 "
        "method. Water part (黑): the black-odorous water density Den = measured "
        "length (m) / built-up area (km²) and the severe share L = severe length / "
        "measured length (L = 0 without black-odorous water). Air part (灰): the PM2.5 "
        "exceedance days, from the table or counted from daily station values. The two "
        "grades combine into the class; a missing part is tolerated when no value of it "
        "could change the class."
    ),
    own=_AIR_DATA,
    polygons=True,
    rules=black_grey_rules,
    notes=(
        N_(
            "Inputs per unit: 主体功能区类型, 是否核心城市, 城市建成区面积, 黑臭水体实测长度, "
            "重度黑臭水体长度 and PM2.5年超标天数 (or daily station values)."
        ),
    ),
)

CROPLAND_QUALITY = special_spec(
    id="cropland_quality",
    name=N_("Cropland quality change index, crop areas (耕地质量变化指数)"),
    summary=N_(
        "Special evaluation of 农产品主产区 (种植业) in the 2016 method: index = (grade of "
        "the evaluation year − grade of the base year) / grade of the base year, from "
        "the mean cropland quality grade (耕地质量平均等别; a higher 等别 number is a "
        "worse grade, so a positive index is a decline). Give the base year as a second "
        "table or as year-suffixed columns."
    ),
    own=(BASE_INDICATORS,),
    rules=cropland_rules,
)

GRASSLAND_BALANCE = special_spec(
    id="grassland_balance",
    name=N_("Grassland livestock-balance index, pasture areas (草原草畜平衡指数)"),
    summary=N_(
        "Special evaluation of 农产品主产区 (牧业) in the 2016 method: I = actual "
        "livestock / rated livestock capacity − 1 (实际载畜量, 合理载畜量; sheep units, "
        "rated capacity per NY/T 635)."
    ),
    own=(),
    rules=grassland_rules,
)

ECO_FUNCTION = special_spec(
    id="eco_function",
    name=N_("Ecosystem function index, key ecological function zones (生态系统功能指数)"),
    summary=N_(
        "Special evaluation of 重点生态功能区 in the 2016 method: the relative change of "
        "the ecosystem function index (生态系统功能指数) between the base and the "
        "evaluation year, (F_eval − F_base) / F_base; a decline is a negative index."
    ),
    own=(BASE_INDICATORS,),
    rules=eco_function_rules,
)

SPECIAL_EVALUATION = special_spec(
    id="special_evaluation",
    name=N_("Special evaluation by main functional zone type (专项评价)"),
    summary=N_(
        "Applies to each unit the special evaluation its 主体功能区 type calls for "
        "(function_zones of the method profile; 农产品主产区 by the 农产品主产区类型 "
        "field). The result feeds cc_warning:integrated_warning."
    ),
    own=(BASE_INDICATORS,) + _AIR_DATA,
    polygons=True,
    rules=special_rules,
    notes=(
        N_(
            "Inputs: the 主体功能区 type (and the 农产品主产区 type) plus the indicators of "
            "each evaluation; a base-year table for the two change indices; optionally air "
            "stations with daily values for the PM2.5 exceedance days."
        ),
    ),
)

PROCESS_TREND = integrated_spec(
    id="process_trend",
    name=N_("Resource and environmental depletion trend (资源环境耗损过程评价)"),
    summary=N_(
        "Process evaluation of the 2016 method between a base year b and an evaluation "
        "year e (Δt = e − b), each annual rate (percent per year) compared with the "
        "national rate of the same period: 资源利用效率 r = [(X_b/GDP_b)/(X_e/GDP_e)]^"
        "(1/Δt) − 1 for construction land and water use; 污染物排放强度 r = "
        "[(E_e/GDP_e)/(E_b/GDP_b)]^(1/Δt) − 1 for COD, NH3-N, SO2 and NOx; 生态质量 r = "
        "(F_e/F_b)^(1/Δt) − 1 of the forest and grass cover."
    ),
    inputs=(
        UNITS_2016,
        INDICATORS,
        BASE_INDICATORS.but(label=N_("Indicator tables of the base year")),
        NATIONAL_RATES,
    )
    + NATIONAL_VALUES
    + YEARS
    + ECOLOGY_SERIES
    + (PROFILE,),
    style="trend_type",
    rules=trend_rules,
    notes=(
        N_(
            "GDP should be at constant prices. Missing values leave a component unknown; the "
            "type is still given when the known components decide it."
        ),
        N_(
            "Inputs: the evaluation-year and base-year tables (or one table with "
            "year-suffixed columns) with GDP, construction land, water use, the four "
            "emissions and the forest and grass cover; the national rates as a table (the "
            "seven single rates under Advanced parameters override it)."
        ),
    ),
    result_fields=(
        ("trend_type", N_("worsening / easing / not_evaluated")),
        ("trend_label", N_("the type label of the method profile")),
        ("trend_note", N_("what was missing or assumed")),
        ("trend_r_land … trend_r_cover", N_("the seven annual rates (%/a)")),
        (
            "trend_eff_worse, trend_emis_worse, trend_eco_worse",
            N_("the group flags (1 worse, 0 not)"),
        ),
        ("trend_n_worse", N_("the number of worse groups")),
        ("trend_base_year, trend_eval_year", N_("the two years")),
    ),
)

INTEGRATED_WARNING = integrated_spec(
    id="integrated_warning",
    name=N_("Integrated evaluation and warning level (集成评价与预警等级)"),
    summary=N_(
        "Integration of the 2016 method: the load type (超载类型) from the four basic "
        "elements and the special evaluation, the warning level from the load type and "
        "the depletion trend, and the cause (成因解析): a text per unit in the interface "
        "language naming the overloaded, critical and not-evaluated elements with their "
        "index values, the worst pollutant or section, the quota exceeded, the main "
        "degradation type, the black-grey grades and the trend components worse than "
        "the national rate."
    ),
    inputs=(UNITS_2016, RESULTS, PROFILE),
    style="warning_level",
    rules=integration_rules,
    notes=(
        N_(
            "Inputs: the units with the fields written by the element, special and trend "
            "algorithms (land_class, water_class, env_class, eco_class, special_class, "
            "trend_type), and/or their result layers, joined here on the unit code. Write "
            "results to GeoPackage: Shapefile cuts field names to 10 characters."
        ),
    ),
    result_fields=(
        ("load_type", N_("overload / critical / none / not_evaluated")),
        ("load_label", N_("the class label of the method profile")),
        ("warning_level", N_("red / orange / yellow / blue / green / not_evaluated")),
        ("warning_label", N_("the level label of the method profile")),
        ("cause", N_("the cause text (成因解析)")),
        (
            "cause_elements",
            N_(
                "the element prefixes that are overloaded or critical: land, "
                "water, env, eco, special"
            ),
        ),
    ),
)
