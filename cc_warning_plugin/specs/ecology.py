"""Specs of the 双评价 ecology algorithms: the ecosystem services graded into
极重要 / 重要 / 一般 (生态系统服务功能重要性), the vulnerabilities (生态脆弱性)
and 生态保护重要性 with the 生态保护极重要区."""

from ..core.dual import ecology
from ..core.i18n import label, tr, translated
from .base import N_, Output, Param, Rule
from .methods import erosivity_rules
from .factories import dual_spec, reported_numbers
from .shared import (
    DAILY_RAIN,
    DAILY_RAIN_RASTERS,
    DAILY_RAIN_SCALE,
    DEM,
    GRID,
    PRECIPITATION,
    PROFILE,
    PROVENANCE,
    RAIN_STATIONS,
    choice,
    on_grid,
)
from .texts import code_names, dual_level_names, intervals, num, section_rule, tag_of

# -- shared parts -------------------------------------------------------------------


def factor_params(name: str, key: str, description: str, help_text: str):
    """A raster parameter ``name`` and a constant ``name_VALUE`` (used when no
    raster is given, limited to the plausible range of ``key``)."""
    low, high = ecology.valid_range(key)
    return (
        Param(
            name,
            "raster",
            lambda: tr("{factor} (raster)").format(factor=translated(description)),
            help_text,
            optional=True,
        ),
        Param(
            f"{name}_VALUE",
            "number",
            lambda: tr("{factor} (constant, when no raster is given)").format(
                factor=translated(description)
            ),
            N_("One value for the whole area, used when the raster above is not given."),
            optional=True,
            minimum=low,
            maximum=high,
            unit=ecology.unit_of(key),
        ),
    )


EROSIVITY = (
    PRECIPITATION.but(
        label=N_("Annual precipitation (mm) (for R)"),
        help=N_(
            "Mean annual precipitation in mm; R = a·P^b by the profile. Not "
            "needed when an R raster is given."
        ),
        optional=True,
    ),
    Param(
        "R_FACTOR",
        "raster",
        N_("Rainfall erosivity R (MJ·mm/(hm²·h·a))"),
        N_("R factor raster in SI units; used instead of the precipitation."),
        optional=True,
    ),
    DAILY_RAIN.but(
        label=N_("Daily rainfall of the stations (for R, optional)"),
        help=N_(
            "Instead of an R raster or the annual precipitation: R from daily "
            "rainfall by the daily erosive-rainfall model (as the algorithm "
            "rainfall_erosivity), one row per station and day with a station "
            "code, the date and the precipitation (headers 站号 / station, 日期 "
            "/ date, 日降水量 / precipitation); give the stations too."
        ),
    ),
    RAIN_STATIONS.but(label=N_("Rain gauge stations (for R, optional)")),
    DAILY_RAIN_RASTERS.but(
        label=N_("Daily rainfall rasters (for R, optional)"),
        help=N_(
            "Instead of the station table: one raster per day on the "
            "analysis grid, the date in the file name (YYYYMMDD)."
        ),
    ),
    DAILY_RAIN_SCALE,
)

VEG_COVER = Param(
    "VEG_COVER",
    "raster",
    N_("Vegetation cover (fraction 0–1)"),
    N_("Fractional vegetation cover, 0–1."),
    unit="0–1",
)
SOIL_TEXTURE = Param(
    "SOIL_TEXTURE",
    "raster",
    N_("Soil texture (codes)"),
    N_(
        "Soil-texture codes of [dual.soil_texture] in the method profile; each "
        "code has its score for this vulnerability."
    ),
)


def _importance_rules(profile, section_key):
    imp = profile.get("dual.ecology.importance")
    section = profile.get(section_key)
    names = dual_level_names(profile, imp["class_set"])
    classes = {"very": names.get(1, ""), "important": names.get(2, ""), "general": names.get(3, "")}
    if imp["method"] == "cumulative":
        a, b = imp["cumulative"]
        return [
            section_rule(
                N_(
                    "Importance by cumulative share: cells sorted by service value, descending; "
                    "the first {a} % of the total value → {very}, up to {b} % → {important}, "
                    "the rest → {general} (equal values are never split)."
                ),
                imp,
                a=num(round(100 * a, 6)),
                b=num(round(100 * b, 6)),
                **classes,
            )
        ]
    lo, hi = section["manual_breaks"]
    return [
        section_rule(
            N_(
                "Importance by manual breaks: ≥ {hi} {unit} → {very}, ≥ {lo} → {important}, "
                "below → {general}."
            ),
            section,
            hi=num(hi),
            lo=num(lo),
            **classes,
        )
    ]


def service_params(name_n: str, unit: str):
    """GRADING, MANUAL_BREAKS, PROFILE, SERVICE (the values) and OUTPUT (the
    importance classes) of a service algorithm."""
    return (
        choice(
            "GRADING",
            N_("Grading into 极重要 / 重要 / 一般"),
            N_(
                "Cumulative share: cells sorted by service value, descending; those within "
                "the first 50 % of the total value are 极重要, up to 80 % 重要, the rest 一般 "
                "(shares from the profile; equal values are never split). Manual breaks: the "
                "values below, or the profile's manual_breaks of this service."
            ),
            (N_("As the method profile says"), "profile"),
            (N_("Cumulative share of the total service value (50 % / 80 %)"), "cumulative"),
            (N_("Manual breaks"), "breaks"),
        ),
        Param(
            "MANUAL_BREAKS",
            "string",
            lambda: tr("Manual breaks: 重要 from, 极重要 from ({unit})").format(unit=unit),
            N_(
                'Two ascending numbers separated by a comma, e.g. "100, 300": a value ≥ the '
                "second is 极重要, ≥ the first 重要, below it 一般. Empty: the profile's "
                "manual_breaks."
            ),
            optional=True,
            advanced=True,
        ),
        PROFILE,
        Param(
            "SERVICE",
            "raster_out",
            lambda: tr("{service} ({unit})").format(service=translated(name_n), unit=unit),
            N_(
                "The service value of every cell (Float32, nodata −9999), tiled and "
                "compressed, with provenance in its metadata. Skip it to keep only the "
                "importance classes."
            ),
            optional=True,
            create_by_default=True,
        ),
        Param(
            "OUTPUT",
            "raster_out",
            lambda: tr("{service} importance").format(service=translated(name_n)),
            N_(
                "Importance class (Byte: 1 = 极重要, 2 = 重要, 3 = 一般, 0 = nodata; class set "
                "dual.classes.importance) with labels, colours and provenance."
            ),
            style="dual.classes.importance",
        ),
    )


def _service_spec(id, name, summary, inputs, service, unit, rules, extra_outputs=()):
    """An ecosystem-service algorithm: its inputs on the analysis grid, the
    service raster in ``unit`` graded into importance classes, and the
    optional intermediate rasters ``extra_outputs``."""
    return dual_spec(
        id=id,
        name=name,
        summary=summary,
        params=inputs + GRID + service_params(service, unit) + extra_outputs,
        outputs=SERVICE_OUTPUTS,
        rules=rules,
    )


SERVICE_OUTPUTS = (
    Output("TOTAL", "number", N_("Total service of the area")),
    Output("BREAKS", "string", N_("Thresholds used (极重要 from, 重要 from)")),
    PROVENANCE,
)

# -- services ---------------------------------------------------------------------------


def _water_rules(profile):
    section = profile.get("dual.ecology.water_conservation")
    coeff = profile.get("dual.ecology.runoff_coefficients")
    table = ", ".join(f"{k} = {num(v)}" for k, v in coeff.items() if k != "tag")
    return (
        [
            Rule(
                tr(
                    "Service = P − R − ET (mm/a) per cell, R = P·α; a negative value is 0 (not "
                    "its absolute value)."
                ),
                section.get("tag", ""),
            ),
            Rule(
                tr("Runoff coefficient α by land-cover code: {table}.").format(table=table),
                coeff.get("tag", ""),
            ),
            Rule(
                tr(
                    "Land-cover codes without the service (value 0): {codes}; a code in neither "
                    "list stops the run before any work."
                ).format(codes=", ".join(map(str, section["no_service_codes"]))),
                section.get("tag", ""),
            ),
            Rule(
                tr(
                    "Without an ET raster, ET by Turc from P and the mean annual temperature T: E "
                    "= P / √(0.9 + (P/L)²), L = 300 + 25T + 0.05T³, E ≤ P."
                ),
                section.get("tag", ""),
            ),
        ]
        + _water_yield_rules(profile)
        + _importance_rules(profile, "dual.ecology.water_conservation")
    )


def _soil_rules(profile):
    s = profile.get("dual.ecology.soil_conservation")
    tag = s.get("tag", "")
    le, sf, cover = s["l_exponent"], s["s_factor"], s["cover"]
    l_parts = ", ".join(
        f"{p} → m = {num(v)}"
        for p, v in zip(intervals(le["breaks"], le["closed"], "%"), le["values"])
    )
    s_parts = ", ".join(
        f"{p}: {num(a)}·sinθ {'+' if b >= 0 else '−'} {num(abs(b))}"
        for p, a, b in zip(intervals(sf["breaks"], sf["closed"], "°"), sf["a"], sf["b"])
    )
    length = tr("one cell") if not s["slope_length"] else f"{num(s['slope_length'])} m"
    return (
        [
            Rule(tr("Soil retained A_c = R·K·LS·(1 − C·P) in t/(hm²·a)."), tag),
            Rule(
                tr(
                    "R from the annual precipitation: R = {a}·P^{b} (MJ·mm/(hm²·h·a)), unless an "
                    "R raster is given."
                ).format(a=num(s["rainfall_erosivity"]["a"]), b=num(s["rainfall_erosivity"]["b"])),
                tag,
            ),
            Rule(
                tr("L = (λ/22.13)^m with λ = {length}; m by slope: {parts}.").format(
                    length=length, parts=l_parts
                ),
                tag,
            ),
            Rule(tr("S by slope: {parts}.").format(parts=s_parts), tag),
            Rule(
                tr(
                    "C from the vegetation cover f (%): 1 for f = 0, {a} − {b}·lg f up to {full} "
                    "%, "
                    "0 above."
                ).format(a=num(cover["a"]), b=num(cover["b"]), full=num(cover["full_cover"])),
                tag,
            ),
            Rule(
                tr("P = {p} unless a P raster or constant is given.").format(p=num(s["practice"])),
                tag,
            ),
        ]
        + _daily_r_rules(profile)
        + _flow_ls_rules(profile)
        + _importance_rules(profile, "dual.ecology.soil_conservation")
    )


def _daily_r_rules(profile):
    """The R from daily rainfall (option), headed as such."""
    return [
        Rule(tr("R from daily rainfall (option): {rule}").format(rule=r.text), r.tag)
        for r in erosivity_rules(profile)
    ]


def _flow_ls_rules(profile):
    """LS from the flow accumulation (option LS_METHOD), from [invest.ls]."""
    s = profile.get("invest.ls")
    tag = s.get("tag", "")
    if s["variant"] == "desmet_govers":
        variant = tr(
            "A_in = (FA − 1)·D², the contributing area at the cell's inlet, and x "
            "= |sin α| + |cos α| of the aspect α (Desmet & Govers 1996; InVEST SDR "
            "up to 3.13)"
        )
    else:
        variant = tr(
            "A_in = √((FA − 1)·D²) and x = |sin θ| + |cos θ| of the slope θ (InVEST SDR since 3.14)"
        )
    cap = tr("L at most {lmax}").format(lmax=num(s["l_max"])) if s["l_max"] else tr("L not capped")
    steep = "β/(1 + β)" if s["m_steep"] == "beta" else num(s["m_steep"])
    m_parts = ", ".join(
        f"{p} → {v}"
        for p, v in zip(
            intervals(s["m_breaks"], s["m_closed"], "%"), [num(v) for v in s["m_values"]] + [steep]
        )
    )
    edge = (
        tr("every cell on the raster edge drains off it")
        if s["edge"] == "outward"
        else tr("edge cells drain inside like the others")
    )
    return [
        Rule(
            tr(
                "LS from flow accumulation (option): L = [(A_in + D²)^(m+1) − A_in^(m+1)] / "
                "(D^(m+2)·x^m·{unit}^m), LS = L·S with {cap}; {variant}; FA from D8 flow "
                "directions (steepest drop to a lower neighbour; {edge})."
            ).format(unit=num(s["unit_length"]), cap=cap, variant=variant, edge=edge),
            tag,
        ),
        Rule(
            tr(
                "m by the slope in percent: {parts} (β = (sinθ/0.0896)/(3·sinθ^0.8 + "
                "0.56)); S = {a1}·sinθ + {b1} below {brk} %, {a2}·sinθ {b2} from it."
            ).format(
                parts=m_parts,
                a1=num(s["s_low"][0]),
                b1=num(s["s_low"][1]),
                brk=num(s["s_break"]),
                a2=num(s["s_high"][0]),
                b2=("+ " if s["s_high"][1] >= 0 else "− ") + num(abs(s["s_high"][1])),
            ),
            tag,
        ),
        Rule(
            tr(
                "Condition the DEM first (fill sinks): a cell without a lower neighbour "
                "drains nowhere."
            ),
            tag,
        ),
    ]


def _water_yield_rules(profile):
    """The annual water yield by the Budyko curve (option WATER_METHOD)."""
    s = profile.get("invest.water_yield")
    bio = s["biophysical"]
    table = "; ".join(
        f"{k} {label(e, 'name')} Kc {num(e['kc'])}, "
        + (
            tr("root {mm} mm").format(mm=num(e["root_depth"]))
            if e["vegetated"]
            else tr("not vegetated")
        )
        for k, e in bio.items()
        if isinstance(e, dict)
    )
    return [
        section_rule(
            N_(
                "Annual water yield (option): Y = (1 − AET/P)·P per cell (mm/a). Vegetated "
                "classes: AET/P = min(PET/P, 1 + PET/P − [1 + (PET/P)^ω]^(1/ω)), PET = "
                "Kc·ET0, ω = Z·AWC/P + {omega_min} (at most {omega_max}), AWC = min(depth to "
                "the root-restricting layer, root depth)·PAWC, Z = {z} unless given; other "
                "classes: AET = min(Kc·ET0, P)."
            ),
            s,
        ),
        Rule(
            tr(
                "Kc and root depth by land-cover code: {table}; a code not listed stops the "
                "run before any work."
            ).format(table=table),
            bio.get("tag", ""),
        ),
    ]


def _sand_rules(profile):
    s = profile.get("dual.ecology.sand_fixation")
    tag = s.get("tag", "")
    return [
        Rule(
            tr(
                "SR = SL_潜 − SL with SL = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = "
                "109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711; SL_潜 with C = "
                "1; a negative difference is 0; kg/m² × 10 = t/(hm²·a)."
            ),
            tag,
        ),
        section_rule(
            N_(
                "Downwind distance z = {downwind_distance} m; vegetation factor C = "
                "e^({vegetation_coefficient}·SC), SC the cover in %."
            ),
            s,
        ),
    ] + _importance_rules(profile, "dual.ecology.sand_fixation")


def _biodiversity_rules(profile):
    s = profile.get("dual.ecology.biodiversity")
    return [
        Rule(
            tr(
                "NPP index S_bio = NPP·F_pre·F_tem·(1 − F_alt), each F normalised to 0–1 over "
                "the analysis area (a factor constant over the area counts as 1, F_alt as "
                "0)."
            ),
            s.get("tag", ""),
        ),
        Rule(
            tr(
                "Cells in the very important habitats are 极重要, in the important ones at "
                "least 重要; with the index too, a cell takes the more important class."
            ),
            s.get("tag", ""),
        ),
    ] + _importance_rules(profile, "dual.ecology.biodiversity")


WATER_CONSERVATION = _service_spec(
    id="dual_eco_water_conservation",
    name=N_("Water conservation (水源涵养)"),
    summary=N_(
        "生态系统服务功能重要性 — 水源涵养 by the water balance P − R − ET of every "
        "cell, the runoff R from the runoff coefficient of the cell's ecosystem type; "
        "the total TQ = Σ (P − R − ET)·A of the area is reported in m³/a. As an "
        "option, the annual water yield of InVEST (the Budyko curve in Fu's form) "
        "instead. The service raster is graded into 极重要 / 重要 / 一般."
    ),
    inputs=(
        PRECIPITATION.but(
            help=N_(
                "Mean annual precipitation in mm. Its grid is the analysis "
                "grid unless you choose another CRS, cell size or analysis "
                "area."
            )
        ),
        Param(
            "LANDCOVER",
            "raster",
            N_("Land cover / ecosystem type (codes)"),
            N_(
                "Integer land-cover codes; the runoff coefficient of each code comes from "
                "[dual.ecology.runoff_coefficients] of the method profile (the codes of the "
                "sample data's landcover.tif by default). Aligned by nearest neighbour."
            ),
        ),
        Param(
            "ET",
            "raster",
            N_("Annual actual evapotranspiration (mm) (optional)"),
            N_(
                "Annual actual evapotranspiration in mm. Without it, ET is estimated by "
                "Turc's formula from the temperature."
            ),
            unit="mm",
            optional=True,
        ),
    )
    + factor_params(
        "TEMPERATURE",
        "temperature",
        N_("Mean annual air temperature (°C)"),
        N_("Mean annual air temperature in °C, for Turc's ET when no ET raster is given."),
    )
    + (
        choice(
            "WATER_METHOD",
            N_("Service model"),
            N_(
                "The water balance P − R − ET of the 双评价 guide (default), or the annual "
                "water yield of InVEST (the Budyko curve in Fu's form) for comparison with "
                "InVEST results."
            ),
            (N_("Water balance P − R − ET (default)"), "balance"),
            (N_("Annual water yield, Budyko curve (Fu; as InVEST)"), "budyko"),
        ),
        Param(
            "ET0",
            "raster",
            N_("Reference evapotranspiration ET0 (mm) (for the water yield)"),
            N_("Annual reference evapotranspiration in mm."),
            unit="mm",
            optional=True,
        ),
        Param(
            "SOIL_DEPTH",
            "raster",
            N_("Depth to the root-restricting layer (mm) (for the water yield)"),
            N_("Soil depth in mm to a layer roots cannot pass."),
            unit="mm",
            optional=True,
        ),
        Param(
            "PAWC",
            "raster",
            N_("Plant available water content (0–1) (for the water yield)"),
            N_("Plant available water content of the soil, a fraction 0–1."),
            unit="0–1",
            optional=True,
        ),
        Param(
            "SEASONALITY_Z",
            "number",
            N_("Seasonality factor Z (0 = the profile's)"),
            N_(
                "Z of ω = Z·AWC/P + 1.25 (1–30); calibrate it for the region. 0 takes z of "
                "[invest.water_yield]."
            ),
            default=0.0,
            minimum=0.0,
            maximum=30.0,
            advanced=True,
        ),
    ),
    service=N_("Water conservation"),
    unit="mm/a",
    extra_outputs=(
        Param(
            "AET_OUTPUT",
            "raster_out",
            N_("Actual evapotranspiration AET (mm/a)"),
            N_("Optional, water yield only: the AET of the Budyko curve (Float32)."),
            optional=True,
            create_by_default=False,
        ),
    ),
    rules=_water_rules,
)


def _epic_input(name, label_n):
    """One of the four soil rasters (%) from which EPIC computes K."""
    return Param(
        name, "raster", label_n, N_("Give all four for EPIC's K."), unit="%", optional=True
    )


SOIL_CONSERVATION = _service_spec(
    id="dual_eco_soil_conservation",
    name=N_("Soil conservation (水土保持)"),
    summary=N_(
        "生态系统服务功能重要性 — 水土保持 by RUSLE: the soil retained, the potential "
        "loss R·K·LS minus the actual loss R·K·LS·C·P, graded into 极重要 / 重要 / "
        "一般. K from a K raster, from EPIC (sand, silt, clay, organic carbon) or from "
        "the soil-texture codes; LS from the DEM with a constant slope length (a "
        "simplification of the flow-path length) or, as an option, from the flow "
        "accumulation (Desmet & Govers, as InVEST SDR); R from an R raster, the "
        "annual precipitation or daily rainfall; C from the vegetation cover."
    ),
    inputs=(
        DEM.but(
            help=N_(
                "Digital elevation model in metres, for the slope and LS. Its grid "
                "is the analysis grid unless you choose another CRS, cell size or "
                "analysis area."
            )
        ),
    )
    + EROSIVITY
    + (
        Param(
            "K_FACTOR",
            "raster",
            N_("Soil erodibility K (t·hm²·h/(hm²·MJ·mm))"),
            N_("K factor raster in SI units; used instead of EPIC or the texture table."),
            optional=True,
        ),
        _epic_input("SAND", N_("Sand content (%) (for EPIC K)")),
        _epic_input("SILT", N_("Silt content (%) (for EPIC K)")),
        _epic_input("CLAY", N_("Clay content (%) (for EPIC K)")),
        _epic_input("ORGANIC_CARBON", N_("Organic carbon (%) (for EPIC K)")),
        SOIL_TEXTURE.but(
            label=N_("Soil texture (codes) (for K)"),
            help=N_(
                "Soil-texture codes of [dual.soil_texture]; K is the code's "
                "k_factor. Used when neither a K raster nor the four EPIC "
                "rasters are given."
            ),
            optional=True,
        ),
        VEG_COVER.but(help=N_("Fractional vegetation cover, 0–1, for C.")),
    )
    + factor_params(
        "P_FACTOR",
        "practice",
        N_("Support practice factor P"),
        N_("P factor raster (0–1); without it the constant, or the profile's value (default 1)."),
    )
    + (
        Param(
            "SLOPE_LENGTH",
            "number",
            N_("Slope length λ (m; 0 = the profile's)"),
            N_(
                "Constant slope length for L. 0 takes the profile's slope_length (default 0 = "
                "one cell)."
            ),
            unit="m",
            default=0.0,
            minimum=0.0,
        ),
        choice(
            "LS_METHOD",
            N_("LS factor"),
            N_(
                "The constant slope length λ (default), or the slope length from the flow "
                "accumulation over the DEM (Desmet & Govers, as InVEST SDR; the variant of "
                "[invest.ls] in the method profile). Condition the DEM first (fill sinks)."
            ),
            (N_("Constant slope length λ (default)"), "constant"),
            (N_("From flow accumulation (Desmet & Govers; InVEST SDR)"), "flow"),
        ),
    ),
    service=N_("Soil conservation"),
    unit="t/(hm²·a)",
    extra_outputs=(
        Param(
            "LS_OUTPUT",
            "raster_out",
            N_("LS factor"),
            N_("Optional: the LS factor the service used (Float32)."),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "FLOW_ACC_OUTPUT",
            "raster_out",
            N_("Flow accumulation (cells)"),
            N_(
                "Optional, LS from flow accumulation only: the D8 flow accumulation the LS "
                "used, in cells, the cell itself included (Float32)."
            ),
            optional=True,
            create_by_default=False,
        ),
    ),
    rules=_soil_rules,
)

#: RWEQ factors: (parameter, plausible-range key, name, help)
SAND_FACTORS = (
    (
        "WEATHER_FACTOR",
        "weather_factor",
        N_("Weather factor WF (kg/m)"),
        N_(
            "Weather factor of RWEQ in kg/m (wind, air density, snow cover and soil moisture over "
            "the year)."
        ),
    ),
    (
        "ERODIBLE_FRACTION",
        "erodible_fraction",
        N_("Erodible fraction EF (0–1)"),
        N_("Soil erodible fraction of RWEQ (0–1)."),
    ),
    (
        "CRUST_FACTOR",
        "crust_factor",
        N_("Soil crust factor SCF (0–1)"),
        N_("Soil crust factor of RWEQ (0–1)."),
    ),
    (
        "ROUGHNESS_FACTOR",
        "roughness_factor",
        N_("Surface roughness factor K′ (0–1)"),
        N_("Surface roughness factor K′ of RWEQ (0–1)."),
    ),
)

SAND_FIXATION = _service_spec(
    id="dual_eco_sand_fixation",
    name=N_("Sand fixation (防风固沙)"),
    summary=N_(
        "生态系统服务功能重要性 — 防风固沙 by the Revised Wind Erosion Equation in its "
        "published form: the potential minus the actual wind erosion, in t/(hm²·a), "
        "graded into 极重要 / 重要 / 一般. WF, EF, SCF and K′ are each a raster or one "
        "value for the whole area, computed beforehand from weather and soil data."
    ),
    inputs=(
        VEG_COVER.but(
            help=N_(
                "Fractional vegetation cover, 0–1, for the vegetation factor "
                "C. Its grid is the analysis grid unless you choose another "
                "CRS, cell size or analysis area."
            )
        ),
    )
    + tuple(p for f in SAND_FACTORS for p in factor_params(*f)),
    service=N_("Sand fixation"),
    unit="t/(hm²·a)",
    rules=_sand_rules,
)

BIODIVERSITY = _service_spec(
    id="dual_eco_biodiversity",
    name=N_("Biodiversity maintenance (生物多样性维护)"),
    summary=N_(
        "生态系统服务功能重要性 — 生物多样性维护, by the NPP-based index, by habitat "
        "polygons (ranges of key protected species, 自然保护地), or both. The DEM "
        "defines the analysis grid."
    ),
    inputs=(
        DEM.but(help=N_("Elevation in metres: F_alt of the NPP index, and the analysis grid.")),
        Param(
            "NPP",
            "raster",
            N_("Mean annual NPP (gC/(m²·a)) (optional)"),
            N_(
                "Net primary productivity, multi-year mean. With precipitation and "
                "temperature, the NPP-based index is computed."
            ),
            optional=True,
        ),
        PRECIPITATION.but(
            label=N_("Annual precipitation (mm) (optional)"),
            help=N_("For F_pre of the NPP index."),
            optional=True,
        ),
        Param(
            "TEMPERATURE",
            "raster",
            N_("Mean annual air temperature (°C) (optional)"),
            N_("For F_tem of the NPP index."),
            unit="°C",
            optional=True,
        ),
        Param(
            "VERY_IMPORTANT_HABITAT",
            "vector",
            N_("Very important habitats (polygons, optional)"),
            N_(
                "E.g. ranges of national key protected species or 自然保护地: their cells "
                "are 极重要."
            ),
            optional=True,
            geometry="polygon",
        ),
        Param(
            "IMPORTANT_HABITAT",
            "vector",
            N_("Important habitats (polygons, optional)"),
            N_("E.g. ranges of provincial key protected species: their cells are at least 重要."),
            optional=True,
            geometry="polygon",
        ),
    ),
    service=N_("Biodiversity maintenance"),
    unit="gC/(m²·a)",
    rules=_biodiversity_rules,
)

# -- vulnerabilities --------------------------------------------------------------


def _score_rule(profile, vtype, factor, what, unit=""):
    f = profile.get(f"dual.ecology.vulnerability.{vtype}.{factor}")
    parts = ", ".join(
        f"{p} → {s}" for p, s in zip(intervals(f["breaks"], f["closed"], unit), f["scores"])
    )
    return Rule(
        tr("{factor} score: {scores}.").format(factor=what, scores=parts),
        f.get("tag", tag_of(profile, f"dual.ecology.vulnerability.{vtype}")),
    )


def _class_rule(profile):
    v = profile.get("dual.ecology.vulnerability")
    names = code_names(profile, "vulnerability")
    parts = ", ".join(
        f"{p} → {names.get(c, c)}"
        for p, c in zip(intervals(v["breaks"], v["closed"]), v["classes"])
    )
    return Rule(
        tr(
            "Classes by the geometric mean of the scores (1 一般, 3 脆弱, 5 极脆弱): {classes}."
        ).format(classes=parts),
        v.get("tag", ""),
    )


def _texture_rule(profile, vtype):
    column = profile.get(f"dual.ecology.vulnerability.{vtype}.texture_score")
    codes = profile.get("dual.soil_texture.codes")
    parts = ", ".join(f"{c['code']} {label(c, 'name')} → {c[column]}" for c in codes)
    return Rule(
        tr("Soil texture score ({column}): {scores}.").format(column=column, scores=parts),
        tag_of(profile, "dual.soil_texture"),
    )


#: how a factor of the vulnerabilities reads in its score rule: profile key →
#: (name, unit of its breaks)
_VULN_FACTORS = {
    "rainfall_erosivity": (N_("R"), "MJ·mm/(hm²·h·a)"),
    "relief": (N_("relief"), "m"),
    "vegetation_cover": (N_("vegetation cover"), ""),
    "carbonate_share": (N_("carbonate share"), ""),
    "slope": (N_("slope"), "°"),
    "aridity": (N_("aridity"), ""),
    "wind_days": (N_("wind days"), ""),
    "evaporation_ratio": (N_("evaporation / precipitation"), ""),
    "groundwater_mineralization": (N_("groundwater mineralisation"), "g/L"),
    "groundwater_depth": (N_("groundwater depth"), "m"),
}


def _vuln_rules(vtype, formula, factors, texture):
    """The rules of a vulnerability: its index ``formula``, the score of each
    of its ``factors`` (keys of :data:`_VULN_FACTORS`), the soil-texture score
    if it has one (``texture``), and the classes."""

    def rules(profile):
        tag = tag_of(profile, f"dual.ecology.vulnerability.{vtype}")
        out = [Rule(tr("Index = {formula} of the factor scores.").format(formula=formula), tag)]
        for factor in factors:
            what, unit = _VULN_FACTORS[factor]
            out.append(_score_rule(profile, vtype, factor, translated(what), unit))
        if texture:
            out.append(_texture_rule(profile, vtype))
        out.append(_class_rule(profile))
        return out

    return rules


def vulnerability_outputs(name_n: str):
    return (
        Param(
            "INDEX",
            "raster_out",
            lambda: tr("{name} index").format(name=translated(name_n)),
            N_("Geometric mean of the factor scores (Float32, 1–5, nodata −9999)."),
            optional=True,
            create_by_default=True,
        ),
        Param(
            "OUTPUT",
            "raster_out",
            name_n,
            N_(
                "Vulnerability class (Byte: 1 = 极脆弱, 2 = 脆弱, 3 = 一般脆弱, 0 = nodata; "
                "class set dual.classes.vulnerability) with labels, colours and "
                "provenance."
            ),
            style="dual.classes.vulnerability",
        ),
        Param(
            "SCORES",
            "raster_out",
            N_("Factor scores"),
            N_(
                "Optional: the factor scores as digits of one number (UInt16), in the order "
                "of the formula, e.g. 5351 = 5, 3, 5, 1."
            ),
            optional=True,
            create_by_default=False,
        ),
    )


def _vulnerability_spec(id, name, summary, inputs, output, rules):
    """A 生态脆弱性 algorithm: its factor inputs on the analysis grid, the
    index, the class raster named ``output`` and the factor scores."""
    return dual_spec(
        id=id,
        name=name,
        summary=summary,
        params=on_grid(inputs, *vulnerability_outputs(output)),
        outputs=(PROVENANCE,),
        rules=rules,
    )


SOIL_EROSION = _vulnerability_spec(
    id="dual_eco_vuln_soil_erosion",
    name=N_("Soil erosion vulnerability (水土流失脆弱性)"),
    summary=N_(
        "生态脆弱性 — 水土流失 = ⁴√(R·K·LS·C) of the factor scores: R the rainfall "
        "erosivity (an R raster, or R = a·P^b from the annual precipitation as in "
        "水土保持), K the soil texture, LS the relief in a moving window by cell size, "
        "C the vegetation cover; the higher the index, the more vulnerable."
    ),
    inputs=(
        DEM.but(
            help=N_(
                "Elevation in metres, for the relief. Its grid is the analysis "
                "grid unless you choose another CRS, cell size or analysis "
                "area."
            )
        ),
    )
    + EROSIVITY
    + (SOIL_TEXTURE, VEG_COVER),
    output=N_("Soil erosion vulnerability"),
    rules=lambda profile: (
        _vuln_rules(
            "soil_erosion",
            "⁴√(R·K·LS·C)",
            ("rainfall_erosivity", "relief", "vegetation_cover"),
            texture=True,
        )(profile)
        + _daily_r_rules(profile)
    ),
)

ROCKY_DESERTIFICATION = _vulnerability_spec(
    id="dual_eco_vuln_rocky_desertification",
    name=N_("Rocky desertification vulnerability (石漠化脆弱性)"),
    summary=N_(
        "生态脆弱性 — 石漠化 = ∛(D·P·C) of the factor scores: D the carbonate-rock "
        "outcrop share, P the slope from the DEM, C the vegetation cover."
    ),
    inputs=(
        DEM.but(
            help=N_(
                "Elevation in metres, for the slope. Its grid is the analysis grid "
                "unless you choose another CRS, cell size or analysis area."
            )
        ),
    )
    + factor_params(
        "CARBONATE",
        "carbonate_share",
        N_("Carbonate-rock outcrop share (fraction 0–1)"),
        N_("Share of carbonate rock (limestone, dolomite) outcrop, 0–1."),
    )
    + (VEG_COVER,),
    output=N_("Rocky desertification vulnerability"),
    rules=_vuln_rules(
        "rocky_desertification",
        "∛(D·P·C)",
        ("carbonate_share", "slope", "vegetation_cover"),
        texture=False,
    ),
)

DESERTIFICATION = _vulnerability_spec(
    id="dual_eco_vuln_desertification",
    name=N_("Land desertification vulnerability (土地沙化脆弱性)"),
    summary=N_(
        "生态脆弱性 — 土地沙化 = ⁴√(I·W·K·C) of the factor scores: I the aridity, W the "
        "days with wind above 6 m/s, K the soil texture, C the vegetation cover. I and "
        "W are each a raster or one value for the area."
    ),
    inputs=(VEG_COVER, SOIL_TEXTURE)
    + factor_params(
        "ARIDITY",
        "aridity",
        N_("Aridity I"),
        N_("干燥度 I = 0.16·Σ(T ≥ 10 °C)/Σ(P in that period)."),
    )
    + factor_params(
        "WIND_DAYS",
        "wind_days",
        N_("Wind days W (days/a)"),
        N_("Days a year with wind above 6 m/s (起沙风天数)."),
    ),
    output=N_("Land desertification vulnerability"),
    rules=_vuln_rules(
        "desertification",
        "⁴√(I·W·K·C)",
        ("aridity", "wind_days", "vegetation_cover"),
        texture=True,
    ),
)

SALINIZATION = _vulnerability_spec(
    id="dual_eco_vuln_salinization",
    name=N_("Soil salinisation vulnerability (土壤盐渍化脆弱性)"),
    summary=N_(
        "生态脆弱性 — 盐渍化 = ⁴√(I·M·D·K) of the factor scores: I evaporation / "
        "precipitation, M the groundwater mineralisation, D the groundwater depth, K "
        "the soil texture. I, M and D are each a raster or one value for the area. The "
        "class raster feeds the downgrade of 农业生产适宜性."
    ),
    inputs=(SOIL_TEXTURE,)
    + factor_params(
        "EVAPORATION_RATIO",
        "evaporation_ratio",
        N_("Evaporation / precipitation I"),
        N_("Ratio of annual evaporation to annual precipitation."),
    )
    + factor_params(
        "MINERALIZATION",
        "groundwater_mineralization",
        N_("Groundwater mineralisation M (g/L)"),
        N_("地下水矿化度 in g/L."),
    )
    + factor_params(
        "GROUNDWATER_DEPTH",
        "groundwater_depth",
        N_("Groundwater depth D (m)"),
        N_("地下水埋深 in metres."),
    ),
    output=N_("Soil salinisation vulnerability"),
    rules=_vuln_rules(
        "salinization",
        "⁴√(I·M·D·K)",
        ("evaporation_ratio", "groundwater_mineralization", "groundwater_depth"),
        texture=True,
    ),
)

# -- 生态保护重要性 ---------------------------------------------------------------


def _importance_integration_rules(profile):
    i = profile.get("dual.ecology.integration")
    imp = code_names(profile, "importance")
    vul = code_names(profile, "vulnerability")
    mapping = ", ".join(
        f"{vul.get(v, v)} → {imp.get(c, c)}" for v, c in i["vulnerability_as"].items()
    )
    out = [
        Rule(
            tr(
                "Every cell takes the highest class over all service-importance and "
                "vulnerability rasters, a vulnerability class counting as: {mapping}."
            ).format(mapping=mapping),
            i.get("tag", ""),
        ),
        Rule(
            tr("生态保护极重要区 = the cells of {classes}.").format(
                classes=", ".join(imp.get(c, c) for c in i["critical"])
            ),
            i.get("tag", ""),
        ),
    ]
    conc = i["concentration"]
    if conc["enabled"]:
        out.append(
            Rule(
                tr(
                    "斑块集中度 correction: patches graded by area with breaks {breaks} "
                    "km², corrected by the profile's matrix."
                ).format(breaks=" / ".join(num(b) for b in conc["breaks"])),
                conc.get("tag", ""),
            )
        )
    else:
        out.append(Rule(tr("The 2019-draft 斑块集中度 correction is off."), conc.get("tag", "")))
    return out


ECO_IMPORTANCE = dual_spec(
    id="dual_eco_importance",
    name=N_("Ecological protection importance (生态保护重要性)"),
    summary=N_(
        "生态保护重要性 of the 双评价: in every cell the highest class over all the "
        "service-importance rasters and all the vulnerability rasters; inputs with "
        "nodata in a cell do not take part there. 生态保护极重要区 = the cells of 极重要 "
        "(服务功能极重要区 ∪ 生态极脆弱区): written as a mask raster and as polygons with "
        "their area, for the agricultural and urban suitability (evaluated outside "
        "it). The cause raster says which inputs reached the cell's class (bit 1 = the "
        "first input, 2 = the second, 4 = the third …; services first, then "
        "vulnerabilities)."
    ),
    params=on_grid(
        (
            Param(
                "SERVICES",
                "layers",
                N_("Service importance rasters (极重要 / 重要 / 一般)"),
                N_(
                    "Importance class rasters of the ecosystem services (class set "
                    "dual.classes.importance), e.g. the outputs of the 水源涵养, 水土保持, "
                    "防风固沙 and 生物多样性维护 algorithms. The first input layer defines the "
                    "analysis grid unless you choose another."
                ),
                optional=True,
                layer_type="raster",
            ),
            Param(
                "VULNERABILITIES",
                "layers",
                N_("Vulnerability rasters (极脆弱 / 脆弱 / 一般脆弱)"),
                N_(
                    "Vulnerability class rasters (class set dual.classes.vulnerability), e.g. the "
                    "outputs of the 水土流失, 石漠化 and 土地沙化 algorithms."
                ),
                optional=True,
                layer_type="raster",
            ),
        ),
        Param(
            "OUTPUT",
            "raster_out",
            N_("Ecological protection importance"),
            N_(
                "生态保护重要性 (Byte: 1 = 极重要, 2 = 重要, 3 = 一般, 0 = nodata; class set "
                "dual.classes.importance) with labels, colours and provenance."
            ),
            style="dual.classes.importance",
        ),
        Param(
            "SERVICE_OUTPUT",
            "raster_out",
            N_("Service importance (highest of the services)"),
            N_("Optional: 生态系统服务功能重要性, the highest class over the services."),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "VULNERABILITY_OUTPUT",
            "raster_out",
            N_("Vulnerability (highest of the vulnerabilities)"),
            N_("Optional: 生态脆弱性, the highest class over the vulnerabilities."),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "CAUSE",
            "raster_out",
            N_("Cause (inputs reaching the class)"),
            N_(
                "Optional: UInt32, bit i set where input i (services first, then "
                "vulnerabilities) has the cell's class; the band description lists the "
                "bits."
            ),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "CRITICAL_MASK",
            "raster_out",
            N_("Ecological protection red-line candidate mask (极重要区)"),
            N_("Optional: Byte, 1 = 生态保护极重要区, 0 = outside, 255 = nodata."),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "CRITICAL_AREAS",
            "sink",
            N_("生态保护极重要区 polygons"),
            N_(
                "The 极重要 cells as polygons (cells joined as the profile's "
                "patch_connectivity says), with their area in hectares — the input "
                "'生态保护极重要区 polygons' of the suitability algorithms."
            ),
            optional=True,
            create_by_default=True,
            geometry="polygon",
        ),
    ),
    outputs=reported_numbers(("CRITICAL_AREA_HA", N_("Area of 生态保护极重要区 (ha)"))),
    rules=_importance_integration_rules,
)
