"""Profile section ``[series_trend]``: the trend of a yearly series per unit
(core/series/trend.py, docs/methods_extra.md section 1), and the validator
of a level/change grading shared with ``[eco_index]``."""

from ..i18n import tr
from ..profile.vocab import (
    ascending,
    bool_,
    color,
    get_path,
    list_of,
    num,
    one_of,
    one_more_than_breaks,
    str_,
    table,
)


def class_entry():
    return table({"code": str_(), "label_zh": str_(), "label_en": str_(), "color": color()})


def grading_table(extra_optional=None):
    """``{level = {breaks, closed, classes}, change = {breaks, closed, stable,
    better, worse}}`` (core/series/grading.py)."""

    def level_check(value, key, ctx):
        ascending(value["breaks"], f"{key}.breaks", ctx)
        one_more_than_breaks(value["classes"], value["breaks"], f"{key}.classes", ctx)

    def change_check(value, key, ctx):
        ascending(value["breaks"], f"{key}.breaks", ctx)
        if value["breaks"] and value["breaks"][0] <= 0:
            ctx.fail(
                f"{key}.breaks",
                tr("are sizes of a change |Δ| and must be above 0, found {found}.").format(
                    found=value["breaks"]
                ),
            )
        for side in ("better", "worse"):
            if len(value[side]) != len(value["breaks"]):
                ctx.fail(
                    f"{key}.{side}",
                    tr("must have one entry per break ({n}), found {m}.").format(
                        n=len(value["breaks"]), m=len(value[side])
                    ),
                )

    level = table(
        {
            "breaks": list_of(num(), min_len=1),
            "closed": one_of("left", "right"),
            "classes": list_of(class_entry(), min_len=2),
        },
        {"tag": str_()},
        check=level_check,
    )
    change = table(
        {
            "breaks": list_of(num(), min_len=1),
            "closed": one_of("left", "right"),
            "stable": class_entry(),
            "better": list_of(class_entry(), min_len=1),
            "worse": list_of(class_entry(), min_len=1),
        },
        {"tag": str_()},
        check=change_check,
    )
    opt = {"level": level, "change": change, "tag": str_()}
    opt.update(extra_optional or {})
    return table(optional=opt)


def _indicator():
    def check(value, key, ctx):
        if "min" in value and "max" in value and not value["min"] < value["max"]:
            ctx.fail(
                f"{key}.max",
                tr("must be above min ({min:g}), found {found:g}.").format(
                    min=value["min"], found=value["max"]
                ),
            )
        if value.get("grading") == "eco_index" and ("level" in value or "change" in value):
            ctx.fail(key, tr('has both grading = "eco_index" and its own level/change: keep one.'))
        if value.get("grading") == "eco_index" and get_path(ctx.root, "eco_index.grading") is None:
            ctx.fail(
                f"{key}.grading",
                tr("refers to [eco_index.grading], which the profile does not have."),
            )

    base = grading_table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "aliases": list_of(str_()),
            "higher_is_better": bool_(),
            "grading": one_of("eco_index"),
            "unit": str_(),
            "min": num(),
            "max": num(),
        }
    )

    def v(value, key, ctx):
        base(value, key, ctx)
        for name in ("name_zh", "name_en"):
            if name not in value:
                ctx.fail(f"{key}.{name}", tr("is missing."))
        check(value, key, ctx)

    return v


def _series_trend():
    return table(
        {
            "min_years": num(3, 200, integer=True),
            "max_missing": num(0, 100, integer=True),
            "alpha": num(0.0001, 0.5),
            "exact_max_n": num(0, 12, integer=True),
            "change_of": one_of("fit", "observed", "sen"),
            "level_of": one_of("last", "mean", "fit_last"),
            "significance_gate": one_of("none", "ols", "mk"),
            "indicators": table(values=_indicator()),
        },
        {"tag": str_(), "name_zh": str_(), "name_en": str_()},
    )


def optional_sections():
    """Top-level tables added after profiles were first written: a profile
    without them gets the built-in default's."""
    return {"series_trend": _series_trend()}
