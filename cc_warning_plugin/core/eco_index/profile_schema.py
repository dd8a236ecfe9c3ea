"""Profile section ``[eco_index]``: 生态环境状况指数 EI of HJ 192-2015
(core/eco_index/ei.py, docs/methods_extra.md section 2)."""

import math

from ..i18n import tr
from ..profile.vocab import list_of, num, one_of, str_, table
from ..series.profile_schema import grading_table

_SUBINDICES = ("biological", "vegetation", "water", "land_stress", "pollution")


def _habitat_class():
    return table(
        {"key": str_(), "name_zh": str_(), "name_en": str_(), "weight": num(0, 1)},
        {"aliases": list_of(str_()), "tag": str_()},
    )


def _habitat_group():
    return table(
        {
            "key": str_(),
            "name_zh": str_(),
            "name_en": str_(),
            "weight": num(0, 1),
            "classes": list_of(_habitat_class(), min_len=1),
        },
        {"tag": str_()},
    )


def _pollutant():
    return table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "coefficient": num(0),
            "weight": num(0, 1),
            "per": one_of("precipitation", "area"),
        },
        {"aliases": list_of(str_()), "tag": str_()},
    )


def _limit_level():
    return table(
        {"label_zh": str_(), "label_en": str_(), "down_grades": num(0, 4, integer=True)},
        {"max_grade": str_(), "aliases": list_of(str_()), "tag": str_()},
    )


def _range():
    def v(value, key, ctx):
        list_of(num(), min_len=2, max_len=2)(value, key, ctx)
        if isinstance(value, list) and len(value) == 2 and not value[0] < value[1]:
            ctx.fail(
                key,
                tr("must be [lowest, highest] with lowest < highest, found {found}.").format(
                    found=value
                ),
            )

    return v


def _check(value, key, ctx):
    wsum = math.fsum(value["weights"][k] for k in _SUBINDICES)
    if abs(wsum - 1.0) > 1e-9:
        ctx.fail(f"{key}.weights", tr("must add up to 1, found {sum:g}.").format(sum=wsum))
    keys = []
    for g in value["habitat_quality"]["groups"]:
        keys.extend(c["key"] for c in g["classes"])
    if len(set(keys)) != len(keys):
        ctx.fail(
            f"{key}.habitat_quality.groups",
            tr("repeat a class key: every land-cover class is counted once."),
        )
    for i, k in enumerate(value["land_stress"]["construction_classes"]):
        if k not in keys:
            ctx.fail(
                f"{key}.land_stress.construction_classes[{i}]",
                tr(
                    "names '{k}', which is not a class of [eco_index.habitat_quality]. Use "
                    "one of: {keys}."
                ).format(k=k, keys=", ".join(keys)),
            )
    grading = value["grading"]
    for name in ("level", "change"):
        if name not in grading:
            ctx.fail(f"{key}.grading.{name}", tr("is missing."))
    codes = [c["code"] for c in grading["level"]["classes"]]
    for name, lev in value["limit"]["levels"].items():
        if lev.get("max_grade") and lev["max_grade"] not in codes:
            ctx.fail(
                f"{key}.limit.levels.{name}.max_grade",
                tr(
                    "must be a class code of [eco_index.grading.level] ({codes}), found {found!r}."
                ).format(codes=", ".join(codes), found=lev["max_grade"]),
            )
    wr = value["water_network"]
    if not wr["wet_year_zero"] > wr["wet_year_full"]:
        ctx.fail(
            f"{key}.water_network.wet_year_zero",
            tr("must be above wet_year_full ({full:g}).").format(full=wr["wet_year_full"]),
        )


def _eco_index():
    return table(
        {
            "cap": num(1),
            "subindex_decimals": num(-1, 6, integer=True),
            "ranges": table(
                {
                    "ndvi_mean": _range(),
                    "vegetation_cover": _range(),
                    "biodiversity_index": _range(),
                    "subindex": _range(),
                    "land_cover_excess": num(0, 0.1),
                },
                {"tag": str_()},
            ),
            "weights": table({k: num(0, 1) for k in _SUBINDICES}, {"tag": str_()}),
            "habitat_quality": table(
                {"coefficient": num(0), "groups": list_of(_habitat_group(), min_len=1)},
                {"tag": str_()},
            ),
            "vegetation": table(
                {"coefficient": num(0), "ndvi_scale": num(0), "cover_scale": num(0)},
                {"tag": str_()},
            ),
            "water_network": table(
                {
                    "river": num(0),
                    "water_area": num(0),
                    "water_resources": num(0),
                    "wet_year_full": num(1),
                    "wet_year_zero": num(1),
                },
                {"tag": str_()},
            ),
            "land_stress": table(
                {
                    "coefficient": num(0),
                    "severe_erosion": num(0, 1),
                    "moderate_erosion": num(0, 1),
                    "construction": num(0, 1),
                    "other": num(0, 1),
                    "construction_classes": list_of(str_(), min_len=1),
                },
                {"tag": str_()},
            ),
            "pollution": table({"pollutants": table(values=_pollutant())}, {"tag": str_()}),
            "limit": table({"levels": table(values=_limit_level())}, {"tag": str_()}),
            "grading": grading_table(),
        },
        {"tag": str_(), "name_zh": str_(), "name_en": str_()},
        check=_check,
    )


def optional_sections():
    """Top-level tables added after profiles were first written: a profile
    without them gets the built-in default's."""
    return {"eco_index": _eco_index()}
