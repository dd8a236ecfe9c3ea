"""Profile schema of the monitoring rules (``[monitoring]``): QC codes and
their labels, instrument ranges, flat-line, gap, validity and tampering
parameters, exceedance alerts and alarms, the Spearman critical values, the
coverage requirements and the evaluation cadence.

The section is optional: a profile written before it existed gets the
built-in default's (:func:`core.profile.loader.load_profile`). Besides the
shape, the checks refuse numbers that are well-formed but cannot be right:
counts that are not positive, a critical-value table that is not ordered,
a record order that leaves out a record code, references to standard limits
or load classes that do not exist.
"""

from ..i18n import tr
from ..profile.vocab import (
    Ctx,
    bool_,
    check_code,
    expect,
    get_path,
    list_of,
    num,
    one_of,
    str_,
    table,
)

KINDS = ("air", "water", "source")
RESOLUTIONS = ("hour", "day", "month")
#: record codes besides "ok", in the order the plugin knows them
RECORD_CODES = ("missing", "negative", "above_range", "conflict", "duplicate", "flat_line", "jump")
#: codes of findings about periods (no record carries them)
FINDING_CODES = (
    "gap",
    "day_incomplete",
    "o3_day_incomplete",
    "month_incomplete",
    "year_incomplete",
    "repeated_value",
    "just_below",
)
DAILY_STATS = ("mean", "max_8h")
TREND_CLASSES = ("rising", "falling", "none", "too_short")


def _by_resolution(min_=1, required=True):
    keys = {r: num(min_, integer=True) for r in RESOLUTIONS}
    return table(keys) if required else table(optional=keys)


def _codes():
    record = table({"label_zh": str_(), "label_en": str_(), "valid": bool_()}, {"tag": str_()})
    finding = table({"label_zh": str_(), "label_en": str_()}, {"tag": str_()})

    def check(value, key, ctx):
        order = value["record_order"]
        if sorted(order) != sorted(RECORD_CODES):
            ctx.fail(
                f"{key}.record_order",
                expect(
                    tr("each of {codes} exactly once").format(codes=", ".join(RECORD_CODES)), order
                ),
            )
        if value["ok"]["valid"] is not True:
            ctx.fail(f"{key}.ok.valid", expect("true", value["ok"]["valid"]))

    req = {"record_order": list_of(str_(), 1), "ok": record}
    req.update({c: record for c in RECORD_CODES})
    req.update({c: finding for c in FINDING_CODES})
    return table(req, {"tag": str_()}, check=check)


def _pollutant():
    def check(value, key, ctx):
        if ("jump_step" in value) != ("jump_ratio" in value):
            ctx.fail(key, tr("needs both 'jump_step' and 'jump_ratio', or neither."))
        if ("daily" in value) != ("limit" in value):
            ctx.fail(key, tr("needs both 'daily' and 'limit', or neither."))

    return table(
        {"unit": str_()},
        {
            "range_max": num(min_=0.000001),
            "jump_step": num(min_=0.000001),
            "jump_ratio": num(min_=0.000001),
            "daily": one_of(*DAILY_STATS),
            "limit": str_(),
            "flat_records": _by_resolution(2, required=False),
            "tag": str_(),
            "aliases": list_of(str_()),
            "annual": str_(),
        },
        check=check,
    )


def _validity():
    def check(value, key, ctx):
        w = value["o3_window_hours"]
        if value["o3_window_min_hours"] > w:
            ctx.fail(
                f"{key}.o3_window_min_hours",
                expect(
                    tr("at most o3_window_hours ({n})").format(n=w), value["o3_window_min_hours"]
                ),
            )
        first, last = value["o3_first_window_end"], value["o3_last_window_end"]
        if first < w or last > 24 or first > last:
            ctx.fail(
                f"{key}.o3_first_window_end",
                tr(
                    "and o3_last_window_end must satisfy o3_window_hours <= first <= last <= 24 "
                    "(a window ends inside its day), found {first} and {last}."
                ).format(first=first, last=last),
            )
        n_windows = last - first + 1
        if value["o3_min_windows"] > n_windows:
            ctx.fail(
                f"{key}.o3_min_windows",
                expect(
                    tr(
                        "at most the number of windows from o3_first_window_end to "
                        "o3_last_window_end ({n})"
                    ).format(n=n_windows),
                    value["o3_min_windows"],
                ),
            )
        if value["february_min_days"] > 28:
            ctx.fail(
                f"{key}.february_min_days", expect(tr("at most 28"), value["february_min_days"])
            )

    return table(
        {
            "daily_min_hours": num(1, 24, integer=True),
            "o3_window_hours": num(1, 24, integer=True),
            "o3_window_min_hours": num(1, 24, integer=True),
            "o3_first_window_end": num(1, 24, integer=True),
            "o3_last_window_end": num(1, 24, integer=True),
            "o3_min_windows": num(1, 24, integer=True),
            "o3_valid_if_exceeds": bool_(),
            "month_min_days": num(1, 31, integer=True),
            "february_min_days": num(1, 29, integer=True),
            "water_min_months": num(1, 12, integer=True),
        },
        {"tag": str_(), "water_min_months_tag": str_()},
        check=check,
    )


def _trend():
    row = table({"n": num(3, integer=True), "values": list_of(num(0, 1), 1)})

    def check(value, key, ctx):
        levels = value["levels"]
        if any(b >= a for a, b in zip(levels, levels[1:])):
            ctx.fail(
                f"{key}.levels",
                tr("must be strictly decreasing (0.05 before 0.01), found {found}.").format(
                    found=levels
                ),
            )
        if len(value["large_n_z"]) != len(levels):
            ctx.fail(
                f"{key}.large_n_z", tr("must have one entry per level ({n}).").format(n=len(levels))
            )
        crit = value["critical"]
        ns = [r["n"] for r in crit]
        if any(b <= a for a, b in zip(ns, ns[1:])):
            ctx.fail(
                f"{key}.critical",
                tr("rows must be in strictly ascending n, found {found}.").format(found=ns),
            )
        if ns[0] > value["min_years"]:
            ctx.fail(
                f"{key}.min_years",
                expect(
                    tr("at least the n of the first row of 'critical' ({n})").format(n=ns[0]),
                    value["min_years"],
                ),
            )
        for i, r in enumerate(crit):
            vals = r["values"]
            if len(vals) != len(levels):
                ctx.fail(
                    f"{key}.critical[{i}].values",
                    tr("must have one value per level ({n}), found {m}.").format(
                        n=len(levels), m=len(vals)
                    ),
                )
            if any(b < a for a, b in zip(vals, vals[1:])):
                ctx.fail(
                    f"{key}.critical[{i}].values",
                    tr(
                        "must not decrease from level to level: a stricter level needs a larger "
                        "|rs|, found {found}."
                    ).format(found=vals),
                )
            if i and any(v > p for v, p in zip(vals, crit[i - 1]["values"])):
                ctx.fail(
                    f"{key}.critical[{i}].values",
                    tr(
                        "must not exceed the values of the row before (more years need a smaller "
                        "|rs|), found {found}."
                    ).format(found=vals),
                )
        for name in TREND_CLASSES:
            if name not in value["classes"]:
                ctx.fail(f"{key}.classes.{name}", tr("is missing."))

    label = table({"label_zh": str_(), "label_en": str_()})
    return table(
        {
            "min_years": num(3, integer=True),
            "formula": one_of("d_squared", "pearson"),
            "levels": list_of(num(0.0000001, 0.5), 1),
            "critical": list_of(row, 1),
            "large_n_z": list_of(num(0.0000001), 1),
            "classes": table(values=label),
        },
        {"tag": str_()},
        check=check,
    )


def _coverage():
    req = table(
        {
            "station_type": str_(),
            "min_stations": num(1, integer=True),
            "min_valid_records": num(0, integer=True),
            "label_zh": str_(),
            "label_en": str_(),
        },
        {"applies_if": str_(), "tag": str_()},
    )
    return table({"requirements": list_of(req, 0)}, {"tag": str_()})


def _cadence():
    rule = table(
        {"code": str_(), "load_types": list_of(str_()), "label_zh": str_(), "label_en": str_()},
        {"every_months": num(1, integer=True), "on_new_data": bool_(), "tag": str_()},
        check=lambda v, k, c: (
            (("every_months" in v) != bool(v.get("on_new_data")))
            or c.fail(k, tr("needs either 'every_months' or 'on_new_data = true' (one of them)."))
        ),
    )

    def check(value, key, ctx):
        codes = [r["code"] for r in value["rules"]]
        if len(set(codes)) != len(codes):
            ctx.fail(f"{key}.rules", tr("codes must be unique, found {found}.").format(found=codes))

    return table({"rules": list_of(rule, 1)}, {"tag": str_()}, check=check)


def _monitoring():
    pollutants = table({k: table(values=_pollutant()) for k in KINDS}, {"tag": str_()})
    return table(
        {
            "hour_stamp": one_of("start", "end"),
            "default_resolution": table({k: one_of(*RESOLUTIONS) for k in KINDS}),
            "codes": _codes(),
            "pollutants": pollutants,
            "flat_line": table({"records": _by_resolution(2, required=False)}, {"tag": str_()}),
            "gaps": table({"min_missing": _by_resolution(1)}, {"tag": str_()}),
            "validity": _validity(),
            "tamper": table(
                {
                    "repeated_kinds": list_of(one_of(*KINDS)),
                    "repeated_share": num(0.0000001, 1),
                    "just_below_band": num(0.0000001, 1),
                    "just_below_share": num(0.0000001, 1),
                    "min_records": num(1, integer=True),
                },
                {"tag": str_()},
            ),
            "source_alarms": table(
                {"min_hours": num(1, integer=True), "op": one_of(">", ">=")}, {"tag": str_()}
            ),
            "alerts": table({"air_op": one_of(">", ">=")}, {"tag": str_()}),
            "trend": _trend(),
            "coverage": _coverage(),
            "cadence": _cadence(),
        },
        {"tag": str_(), "hour_stamp_tag": str_()},
    )


def optional_sections():
    """Top-level tables a profile may lack: {key: validator}."""
    return {"monitoring": _monitoring()}


def cross_checks(data: dict, ctx: Ctx) -> None:
    """References from ``[monitoring]`` to other sections: the 24-h limit
    keys exist in every air standard edition, the cadence's load types are
    load classes."""
    mon = data.get("monitoring")
    if not isinstance(mon, dict):
        return
    editions = (data.get("standards") or {}).get("air") or {}
    for name, entry in mon["pollutants"]["air"].items():
        if "limit" not in entry:
            continue
        for edition in editions:
            if get_path(editions[edition], entry["limit"]) is None:
                ctx.fail(
                    f"monitoring.pollutants.air.{name}.limit",
                    tr(
                        "is '{limit}', which standards.air.{edition} does not have. Name a key "
                        "of that table such as 'daily.{name}' or 'limits.o3_8h_p90'."
                    ).format(limit=entry["limit"], edition=edition, name=name),
                )
    stats = get_path(data, "elements.environment.stations.statistics") or {}
    for name, entry in mon["pollutants"]["air"].items():
        if "annual" in entry and entry["annual"] not in stats:
            ctx.fail(
                f"monitoring.pollutants.air.{name}.annual",
                expect(
                    tr("a statistic of elements.environment.stations.statistics ({names})").format(
                        names=", ".join(stats)
                    ),
                    entry["annual"],
                ),
            )
    loads = (data.get("load_classes") or {}).get("order", [])
    for i, rule in enumerate(mon["cadence"]["rules"]):
        for j, load in enumerate(rule["load_types"]):
            check_code(
                load,
                loads,
                f"monitoring.cadence.rules[{i}].load_types[{j}]",
                ctx,
                tr("a load class code ({codes})"),
            )
