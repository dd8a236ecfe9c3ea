"""Profile schema of the 2016 monitoring and early-warning method: the load,
trend and warning class sets, the warning matrix, the element rules, the
special evaluations, the trend, the integration and the standard limits
(GB 3095, GB 3838)."""

from ..i18n import tr
from ..profile.vocab import (
    Ctx,
    aliased_entry,
    bool_,
    class_ref,
    class_set,
    expect,
    list_of,
    num,
    one_of,
    rules,
    str_,
    table,
)


def _element(extra_req=None, extra_opt=None, with_rules=True):
    req = {"name_zh": str_(), "name_en": str_()}
    if with_rules:
        req["rules"] = rules("load_classes")
    req.update(extra_req or {})
    opt = {"tag": str_(), "index_zh": str_(), "index_en": str_(), "unverified": bool_()}
    opt.update(extra_opt or {})
    return table(req, opt)


def _air_standard():
    pollutants = ("so2_annual", "no2_annual", "pm10_annual", "pm25_annual", "co_p95", "o3_8h_p90")
    limit_table = table({p: num(min_=0.000001) for p in pollutants})
    return table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "limits": limit_table,
            "daily": table(values=num(min_=0.000001)),
            "units": table(values=str_()),
            "unverified": list_of(str_()),
        },
        {"tag": str_(), "in_force_from": num(integer=True)},
    )


def _water_standard():
    param = table(
        {
            "limits": list_of(num(min_=0), min_len=5, max_len=5),
            "direction": one_of("max", "min"),
            "applies_to": list_of(one_of("river", "lake"), min_len=1),
        },
        {"field": str_()},
    )
    return table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "classes": list_of(str_(), min_len=5, max_len=5),
            "parameters": table(values=param),
        },
        {"tag": str_()},
    )


def _black_grey():
    severity = one_of("light", "moderate", "heavy", "severe")
    band = table(
        {"l_breaks": list_of(num(0, 1), min_len=1), "classes": list_of(severity, min_len=2)},
        check=lambda v, k, c: (
            len(v["classes"]) == len(v["l_breaks"]) + 1
            or c.fail(f"{k}.classes", tr("must have one entry more than 'l_breaks'."))
        ),
    )
    water_type = table(
        {"den_breaks": list_of(num(0), min_len=1), "bands": list_of(band, min_len=2)},
        check=lambda v, k, c: (
            len(v["bands"]) == len(v["den_breaks"]) + 1
            or c.fail(f"{k}.bands", tr("must have one entry more than 'den_breaks'."))
        ),
    )
    air_band = table(
        {"breaks": list_of(num(0), min_len=1), "classes": list_of(severity, min_len=2)},
        check=lambda v, k, c: (
            len(v["classes"]) == len(v["breaks"]) + 1
            or c.fail(f"{k}.classes", tr("must have one entry more than 'breaks'."))
        ),
    )
    combine_rule = table(
        {"class": class_ref("load_classes")},
        {"air": list_of(severity, min_len=1), "water": list_of(severity, min_len=1)},
    )
    return table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "severity_order": list_of(severity, min_len=4, max_len=4),
            "severity_labels_zh": table(values=str_()),
            "severity_labels_en": table(values=str_()),
            "water": table({"optimized": water_type, "key": water_type}),
            "air": table(
                {
                    "optimized_core": air_band,
                    "optimized_other": air_band,
                    "key_core": air_band,
                    "key_other": air_band,
                }
            ),
            "combine": table({"rules": list_of(combine_rule, min_len=1)}),
        },
        {"tag": str_()},
    )


TREND_COMPONENTS = (
    "land_efficiency",
    "water_efficiency",
    "cod_intensity",
    "nh3n_intensity",
    "so2_intensity",
    "nox_intensity",
    "forest_grass_cover",
)


def _trend():
    component = one_of(*TREND_COMPONENTS)

    def check(value, key, ctx):
        for name in ("efficiency", "emission", "ecology"):
            n = len(value[f"{name}_components"])
            if name != "ecology" and value[f"{name}_worse_min"] > n:
                ctx.fail(
                    f"{key}.{name}_worse_min",
                    expect(
                        tr("at most the number of {name}_components ({n})").format(name=name, n=n),
                        value[f"{name}_worse_min"],
                    ),
                )
        for comp in TREND_COMPONENTS:
            if comp not in value["national_codes"]:
                ctx.fail(f"{key}.national_codes.{comp}", tr("is missing."))

    return table(
        {
            "efficiency_components": list_of(component, 1),
            "efficiency_worse_min": num(1, integer=True),
            "emission_components": list_of(component, 1),
            "emission_worse_min": num(1, integer=True),
            "ecology_components": list_of(component, 1),
            "worsening_min": num(1, 3, integer=True),
            "national_codes": table(values=list_of(str_(), 1)),
        },
        {"tag": str_()},
        check=check,
    )


def _land_overlay():
    return table(
        {"construction_codes": list_of(str_(), 1), "suitable_values": list_of(num(), 1)},
        {"tag": str_()},
    )


def _env_stations():
    stat = table(
        {"daily": str_(), "stat": one_of("mean", "percentile")},
        {"p": num(0, 100)},
        check=lambda v, k, c: (
            v["stat"] != "percentile"
            or "p" in v
            or c.fail(f"{k}.p", tr("is missing: a percentile statistic needs p."))
        ),
    )
    return table(
        {
            "min_valid_days": num(1, 366, integer=True),
            "exceed_days": table({"daily": str_(), "limit": str_(), "op": one_of(">", ">=")}),
            "statistics": table(values=stat),
        },
        {"tag": str_()},
    )


def _matrix_check(value, key, ctx):
    loads = ctx.root["load_classes"]["order"]
    for load in loads:
        if load == "not_evaluated":
            continue
        if load not in value:
            ctx.fail(
                f"{key}.{load}", tr("is missing: the matrix needs a row for every load class.")
            )
        row = value[load]
        for trend in ctx.root["trend_types"]["order"]:
            if trend not in row:
                ctx.fail(
                    f"{key}.{load}.{trend}",
                    tr("is missing: every row needs a colour for every trend type."),
                )
            class_ref("warning_levels")(row[trend], f"{key}.{load}.{trend}", ctx)


def sections():
    """The top-level tables this method configures: {key: validator}."""
    return {
        "load_classes": class_set(),
        "trend_types": class_set(),
        "warning_levels": class_set(),
        "warning_matrix": table(
            optional={"tag": str_()}, values=lambda v, k, c: None, check=_matrix_check
        ),
        "elements": table(
            {
                "land": _element(
                    {
                        "method": one_of("pressure", "intensity"),
                        "intensity_rules": rules("load_classes"),
                        "overlay": _land_overlay(),
                    },
                    {"intensity_tag": str_()},
                ),
                "water": _element(
                    {
                        "overload_ratio": num(0),
                        "critical_ratio": num(0),
                        "overdraft": table(
                            optional={"tag": str_()},
                            values=table(
                                {"class": class_ref("load_classes"), "aliases": list_of(str_(), 1)}
                            ),
                        ),
                    },
                    {},
                    with_rules=False,
                ),
                "environment": _element(
                    {
                        "air_standard": str_(),
                        "water_standard": str_(),
                        "water_class": str_(),
                        "air_pollutants": list_of(str_(), 1),
                        "water_pollutants": list_of(str_(), 1),
                        "water_aggregation": one_of("section_max_then_mean", "mean_then_max"),
                        "stations": _env_stations(),
                    },
                    {"water_aggregation_tag": str_()},
                ),
                "ecology": _element(
                    {
                        "degradation_types": list_of(str_(), 1),
                        "counted_severities": list_of(str_(), 1),
                        "raster_counted_values": list_of(num(integer=True), 1),
                    },
                    {"raster_tag": str_()},
                ),
            }
        ),
        "function_zones": table(
            optional={"tag": str_()},
            values=aliased_entry(
                {
                    "special": one_of(
                        "black_grey", "cropland_quality", "grassland_balance", "eco_function"
                    )
                }
            ),
        ),
        "special": table(
            {
                "black_grey": _black_grey(),
                "cropland_quality": _element(),
                "grassland_balance": _element(),
                "eco_function": _element(),
            }
        ),
        "trend": _trend(),
        "integration": table(
            {
                "basic_elements": list_of(str_(), 1),
                "critical_to_overload": num(1, integer=True),
                "cause": table({"digits": num(0, 10, integer=True)}, {"tag": str_()}),
            },
            {"tag": str_()},
        ),
        "standards": table(
            {"air": table(values=_air_standard()), "water": table(values=_water_standard())}
        ),
        "water_bodies": table({"river": aliased_entry(), "lake": aliased_entry()}),
    }


def _cross_checks(data: dict, ctx: Ctx) -> None:
    env = data["elements"]["environment"]
    air, water = data["standards"]["air"], data["standards"]["water"]
    for key, standards, wanted in (
        ("air_standard", air, tr("a standard under [standards.air] ({names})")),
        ("water_standard", water, tr("a standard under [standards.water] ({names})")),
    ):
        if env[key] not in standards:
            ctx.fail(
                f"elements.environment.{key}",
                expect(wanted.format(names=", ".join(standards)), env[key]),
            )
    wstd = water[env["water_standard"]]
    if env["water_class"] not in wstd["classes"]:
        ctx.fail(
            "elements.environment.water_class",
            expect(
                tr("one of the classes of {std} ({classes})").format(
                    std=env["water_standard"], classes=", ".join(wstd["classes"])
                ),
                env["water_class"],
            ),
        )
    for name, std in air.items():
        for p in env["air_pollutants"]:
            if p not in std["limits"]:
                ctx.fail(
                    f"standards.air.{name}.limits.{p}", tr("is missing: air_pollutants lists it.")
                )
    fields = {p.get("field", name) for name, p in wstd["parameters"].items()}
    for i, p in enumerate(env["water_pollutants"]):
        if p not in fields:
            ctx.fail(
                f"elements.environment.water_pollutants[{i}]",
                expect(tr("a parameter of {std}").format(std=env["water_standard"]), p),
            )


# ---------------------------------------------------------------------------
# Loading


def _cross_checks_2016(data: dict, ctx: Ctx) -> None:
    """Keys of the 2016-method sections that refer to other parts."""
    env = data["elements"]["environment"]
    stations = env["stations"]
    for name in stations["statistics"]:
        if name not in env["air_pollutants"]:
            ctx.fail(
                f"elements.environment.stations.statistics.{name}",
                expect(
                    tr("one of air_pollutants ({names})").format(
                        names=", ".join(env["air_pollutants"])
                    ),
                    name,
                ),
            )
    limit = stations["exceed_days"]["limit"]
    for std_name, std in data["standards"]["air"].items():
        if limit not in std["daily"]:
            ctx.fail(
                f"standards.air.{std_name}.daily.{limit}",
                tr("is missing: elements.environment.stations.exceed_days uses it."),
            )
    kinds = data["special"]["black_grey"]["water"]
    for zone, entry in data["function_zones"].items():
        if isinstance(entry, dict) and entry.get("special") == "black_grey" and zone not in kinds:
            ctx.fail(
                f"function_zones.{zone}.special",
                tr(
                    "is black_grey, but special.black_grey has no tables for a zone named "
                    "'{zone}' (it has: {names})."
                ).format(zone=zone, names=", ".join(kinds)),
            )


def cross_checks(data: dict, ctx: Ctx) -> None:
    """Keys of the 2016-method sections that refer to other parts."""
    _cross_checks(data, ctx)
    _cross_checks_2016(data, ctx)
