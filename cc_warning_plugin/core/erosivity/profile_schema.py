"""Profile section ``[erosivity]``: rainfall erosivity R from daily rainfall
(core/erosivity/daily.py, core/erosivity/idw.py, docs/methods_extra.md
section 4)."""

from ..i18n import tr
from ..profile.vocab import list_of, num, str_, table


def _check(value, key, ctx):
    months = value["warm_months"]
    if len(set(months)) != len(months):
        ctx.fail(f"{key}.warm_months", tr("must not repeat a month."))


def _erosivity():
    return table(
        {
            "threshold": num(0, 100),
            "beta": num(0.5, 3),
            "alpha_warm": num(0),
            "alpha_cold": num(0),
            "warm_months": list_of(num(1, 12, integer=True), max_len=12),
            "half_month_split": num(1, 27, integer=True),
            "max_missing_days": num(0, 366, integer=True),
            "max_daily_precipitation": num(1),
            "min_years": num(1, 200, integer=True),
            "idw_power": num(0.1, 10),
            "idw_max_points": num(0, 10000, integer=True),
            "idw_radius": num(0),
        },
        {"tag": str_(), "name_zh": str_(), "name_en": str_(), "unit": str_()},
        check=_check,
    )


def optional_sections():
    """Top-level tables added after profiles were first written: a profile
    without them gets the built-in default's."""
    return {"erosivity": _erosivity()}
