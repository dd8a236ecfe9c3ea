"""Profile schema of the 双评价: raster class sets, single-factor gradings,
the ecology (services, vulnerabilities, importance), soil textures, the
agriculture and urban integrations and the carrying scale."""

import re

from ..i18n import tr
from ..profile.vocab import (
    ascending,
    bool_,
    breaks_grading,
    check_code,
    check_in,
    color,
    distinct_codes,
    get_path,
    list_of,
    num,
    one_of,
    one_more_than_breaks,
    square_matrix,
    str_,
    table,
)


def _dual_class_set():
    """A class set of rasters: ordered values, codes, labels and colours."""

    def check(value, key, ctx):
        n = len(value["values"])
        for name in ("codes", "labels_zh", "labels_en", "colors"):
            if len(value[name]) != n:
                ctx.fail(
                    f"{key}.{name}",
                    tr("must have one entry per value ({n}), found {m}.").format(
                        n=n, m=len(value[name])
                    ),
                )
        if len(set(value["values"])) != n:
            ctx.fail(f"{key}.values", tr("must not repeat a value."))
        if len(set(value["codes"])) != n:
            ctx.fail(f"{key}.codes", tr("must not repeat a code."))

    return table(
        {
            "values": list_of(num(1, 254, integer=True), min_len=1),
            "codes": list_of(str_(), min_len=1),
            "labels_zh": list_of(str_(), min_len=1),
            "labels_en": list_of(str_(), min_len=1),
            "colors": list_of(color(), min_len=1),
        },
        {"name_zh": str_(), "name_en": str_(), "tag": str_()},
        check=check,
    )


def dual_class_set_ref():
    """The name of a class set under [dual.classes]."""

    def v(value, key, ctx):
        sets = get_path(ctx.root, "dual.classes") or {}
        check_in(
            value,
            sets,
            key,
            ctx,
            tr("a class set under [dual.classes] ({names})").format(names=", ".join(sets)),
        )

    return v


def _set_values(ctx, name):
    return (get_path(ctx.root, f"dual.classes.{name}") or {}).get("values", [])


def _in_set(value, set_name: str, key: str, ctx) -> None:
    """``value`` is one of the values of the class set ``set_name``."""
    allowed = _set_values(ctx, set_name)
    check_in(
        value,
        allowed,
        key,
        ctx,
        tr("a value of class set '{set}' ({values})").format(
            set=set_name, values=", ".join(map(str, allowed))
        ),
    )


def _levels_in_set(value, key, ctx) -> None:
    for i, lev in enumerate(value["levels"]):
        _in_set(lev, value["class_set"], f"{key}.levels[{i}]", ctx)


def _dual_action():
    def check(value, key, ctx):
        if ("set" in value) == ("shift" in value):
            ctx.fail(
                key,
                tr("needs exactly one of 'set' (a level) or 'shift' (levels to move, + = worse)."),
            )

    return table(
        optional={"set": num(1, 254, integer=True), "shift": num(-10, 10, integer=True)},
        check=check,
    )


def _dual_modifier():
    act = _dual_action()

    def check(value, key, ctx):
        act({k: v for k, v in value.items() if k in ("set", "shift")}, key, ctx)

    return table(
        {"input": str_(), "op": one_of(">", ">=", "<", "<="), "value": num()},
        {"set": num(1, 254, integer=True), "shift": num(-10, 10, integer=True)},
        check=check,
    )


def _dual_grading(extra_req=None, extra_opt=None):
    req, check = breaks_grading(num(1, 254, integer=True))
    req = dict(req, class_set=dual_class_set_ref())
    req.update(extra_req or {})
    opt = {"name_zh": str_(), "name_en": str_(), "tag": str_(), "unit": str_()}
    opt.update(extra_opt or {})

    def check_all(value, key, ctx):
        check(value, key, ctx)
        _levels_in_set(value, key, ctx)

    return table(req, opt, check=check_all)


def _dual_factor():
    code = table(
        {"code": num(integer=True), "level": num(1, 254, integer=True)},
        {"label_zh": str_(), "label_en": str_()},
    )

    def check(value, key, ctx):
        if value["kind"] == "codes":
            if "codes" not in value:
                ctx.fail(
                    f"{key}.codes", tr('is missing: kind = "codes" needs a list of {code, level}.')
                )
            for i, c in distinct_codes(value["codes"], f"{key}.codes", ctx):
                _in_set(c["level"], value["class_set"], f"{key}.codes[{i}].level", ctx)
        else:
            for name in ("breaks", "closed", "levels"):
                if name not in value:
                    ctx.fail(
                        f"{key}.{name}",
                        tr('is missing: kind = "breaks" needs breaks, closed and levels.'),
                    )
            breaks_grading(num(1, 254, integer=True))[1](value, key, ctx)
            _levels_in_set(value, key, ctx)

    return table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "class_set": dual_class_set_ref(),
            "kind": one_of("codes", "breaks"),
        },
        {
            "tag": str_(),
            "unit": str_(),
            "codes": list_of(code, min_len=1),
            "breaks": list_of(num(), min_len=1),
            "closed": one_of("left", "right"),
            "levels": list_of(num(1, 254, integer=True), min_len=2),
        },
        check=check,
    )


def _dual_step():
    rule_item = table(
        {"when": table(values=list_of(num(integer=True), min_len=1))},
        {"set": num(1, 254, integer=True), "shift": num(-10, 10, integer=True)},
    )

    def check(value, key, ctx):
        inputs = value["inputs"]
        for i, rule in enumerate(value["rules"]):
            rk = f"{key}.rules[{i}]"
            _dual_action()({k: v for k, v in rule.items() if k in ("set", "shift")}, rk, ctx)
            if not rule["when"]:
                ctx.fail(f"{rk}.when", tr("needs at least one condition."))
            for name, vals in rule["when"].items():
                if name == "level":
                    continue
                if name not in inputs:
                    ctx.fail(
                        f"{rk}.when.{name}",
                        tr(
                            "names an input the step does not declare in 'inputs' ({names})."
                        ).format(names=", ".join(inputs)),
                    )
                for j, v in enumerate(vals):
                    _in_set(v, inputs[name], f"{rk}.when.{name}[{j}]", ctx)

    return table(
        {
            "name_zh": str_(),
            "name_en": str_(),
            "inputs": table(values=dual_class_set_ref()),
            "rules": list_of(rule_item, min_len=1),
        },
        {"tag": str_()},
        check=check,
    )


def _dual_contiguity():
    def check(value, key, ctx):
        one_more_than_breaks(value["actions"], value["breaks"], f"{key}.actions", ctx)
        ascending(value["breaks"], f"{key}.breaks", ctx)

    return table(
        {
            "enabled": bool_(),
            "metric": one_of("compactness", "area_ha"),
            "breaks": list_of(num(0), min_len=1),
            "closed": one_of("left", "right"),
            "actions": list_of(_dual_action(), min_len=2),
        },
        {"tag": str_()},
        check=check,
    )


def _dual_integration(with_climate: bool):
    classes_map = table(values=one_of("suitable", "moderately_suitable", "unsuitable"))

    def check(value, key, ctx):
        for name in ("classes_2", "classes_3"):
            for lev in range(1, 6):
                if str(lev) not in value[name]:
                    ctx.fail(
                        f"{key}.{name}.{lev}", tr("is missing: every level 1–5 needs a class.")
                    )
        codes2 = set((get_path(ctx.root, "dual.classes.suitability_2") or {}).get("codes", []))
        for lev, code in value["classes_2"].items():
            check_in(
                code,
                codes2,
                f"{key}.classes_2.{lev}",
                ctx,
                tr("a code of dual.classes.suitability_2"),
            )
        imp = _set_values(ctx, "importance")
        for i, v in enumerate(value["eco_critical_values"]):
            check_in(
                v,
                imp,
                f"{key}.eco_critical_values[{i}]",
                ctx,
                tr("a value of class set 'importance' ({values})").format(
                    values=", ".join(map(str, imp))
                ),
            )

    req = {
        "name_zh": str_(),
        "name_en": str_(),
        "land_water_matrix": square_matrix(5),
        "classes_2": classes_map,
        "classes_3": classes_map,
        "inside_eco_critical": one_of("unsuitable", "nodata"),
        "eco_critical_values": list_of(num(1, 254, integer=True), min_len=1),
        "steps": list_of(_dual_step()),
        "contiguity": _dual_contiguity(),
    }
    if with_climate:
        req["climate_matrix"] = square_matrix(5)
    return table(req, {"tag": str_()}, check=check)


def _codes_of(ctx, set_name):
    return (get_path(ctx.root, f"dual.classes.{set_name}") or {}).get("codes", [])


def _class_code_ref(set_name: str):
    """A class code of the raster class set ``dual.classes.<set_name>``."""

    def v(value, key, ctx):
        codes = _codes_of(ctx, set_name)
        check_code(
            value, codes, key, ctx, tr("a class code of dual.classes.{set} ({codes})"), set=set_name
        )

    return v


def _dual_ecology():
    """[dual.ecology]: service gradings and models, vulnerability factor
    tables, the importance integration (docs/dual_evaluation.md)."""
    score = one_of(1, 3, 5)
    factor_req, factor_check = breaks_grading(score, "scores")
    factor = table(factor_req, {"tag": str_()}, check=factor_check)
    texture_score = one_of("erosion_score", "desertification_score", "salinization_score")
    window = table({"max_cell_size": num(0), "cells": num(1, 99, integer=True)})

    def service(extra_req=None):
        req = {
            "name_zh": str_(),
            "name_en": str_(),
            "unit": str_(),
            "manual_breaks": list_of(num(0), 2, 2),
        }
        req.update(extra_req or {})
        return table(
            req,
            {"tag": str_()},
            check=lambda v, k, c: ascending(v["manual_breaks"], f"{k}.manual_breaks", c),
        )

    def piecewise(item_keys):
        def check(value, key, ctx):
            ascending(value["breaks"], f"{key}.breaks", ctx)
            for name in item_keys:
                one_more_than_breaks(value[name], value["breaks"], f"{key}.{name}", ctx)

        req = {"breaks": list_of(num(), min_len=1), "closed": one_of("left", "right")}
        req.update({name: list_of(num(), min_len=2) for name in item_keys})
        return table(req, check=check)

    def importance_check(value, key, ctx):
        ascending(value["cumulative"], f"{key}.cumulative", ctx)
        for i, code in enumerate(value["classes"]):
            _class_code_ref(value["class_set"])(code, f"{key}.classes[{i}]", ctx)

    def runoff_key(value, key, ctx):
        if not re.fullmatch(r"-?\d+", key.rsplit(".", 1)[-1]):
            ctx.fail(
                key,
                tr(
                    "is not a land-cover code: the keys of this table are "
                    "integer codes (e.g. 1 = 0.0267)."
                ),
            )
        num(0, 1)(value, key, ctx)

    def water_check(value, key, ctx):
        ascending(value["manual_breaks"], f"{key}.manual_breaks", ctx)
        table_codes = {
            int(k)
            for k in (get_path(ctx.root, "dual.ecology.runoff_coefficients") or {})
            if re.fullmatch(r"-?\d+", k)
        }
        for i, code in enumerate(value["no_service_codes"]):
            if code in table_codes:
                ctx.fail(
                    f"{key}.no_service_codes[{i}]",
                    tr(
                        "lists code {code}, which also has a runoff coefficient in "
                        "[dual.ecology.runoff_coefficients]. Keep a code in one of the "
                        "two."
                    ).format(code=code),
                )

    def vulnerability_check(value, key, ctx):
        ascending(value["breaks"], f"{key}.breaks", ctx)
        one_more_than_breaks(value["classes"], value["breaks"], f"{key}.classes", ctx)
        for i, code in enumerate(value["classes"]):
            _class_code_ref(value["class_set"])(code, f"{key}.classes[{i}]", ctx)

    def vtype(factors, extra=None):
        req = {"name_zh": str_(), "name_en": str_()}
        req.update({name: factor for name in factors})
        req.update(extra or {})
        return table(req, {"tag": str_()})

    def integration_check(value, key, ctx):
        vul = _codes_of(ctx, "vulnerability")
        for code in vul:
            if code not in value["vulnerability_as"]:
                ctx.fail(
                    f"{key}.vulnerability_as.{code}",
                    tr(
                        "is missing: every class of dual.classes.vulnerability needs the "
                        "importance class it counts as."
                    ),
                )
        for code in value["vulnerability_as"]:
            check_code(
                code,
                vul,
                f"{key}.vulnerability_as.{code}",
                ctx,
                tr("a class code of dual.classes.vulnerability ({codes})"),
            )
        conc = value["concentration"]
        imp = _codes_of(ctx, "importance")
        for code in imp:
            if code not in conc["matrix"]:
                ctx.fail(
                    f"{key}.concentration.matrix.{code}",
                    tr("is missing: every importance class needs a row."),
                )
        for code, row in conc["matrix"].items():
            check_code(
                code,
                imp,
                f"{key}.concentration.matrix.{code}",
                ctx,
                tr("a class code of dual.classes.importance ({codes})"),
            )
            one_more_than_breaks(row, conc["breaks"], f"{key}.concentration.matrix.{code}", ctx)

    concentration = table(
        {
            "enabled": bool_(),
            "breaks": list_of(num(0), min_len=1),
            "closed": one_of("left", "right"),
            "matrix": table(values=list_of(_class_code_ref("importance"), min_len=2)),
        },
        {"tag": str_()},
        check=lambda v, k, c: ascending(v["breaks"], f"{k}.breaks", c),
    )
    return table(
        {
            "importance": table(
                {
                    "method": one_of("cumulative", "breaks"),
                    "cumulative": list_of(num(0, 1), 2, 2),
                    "classes": list_of(str_(), 3, 3),
                    "class_set": dual_class_set_ref(),
                },
                {"tag": str_()},
                check=importance_check,
            ),
            "water_conservation": table(
                {
                    "name_zh": str_(),
                    "name_en": str_(),
                    "unit": str_(),
                    "manual_breaks": list_of(num(0), 2, 2),
                    "no_service_codes": list_of(num(integer=True)),
                },
                {"tag": str_()},
                check=water_check,
            ),
            "soil_conservation": service(
                {
                    "rainfall_erosivity": table({"a": num(0), "b": num(0)}),
                    "slope_length": num(0),
                    "l_exponent": piecewise(["values"]),
                    "s_factor": piecewise(["a", "b"]),
                    "cover": table({"a": num(), "b": num(), "full_cover": num(0, 100)}),
                    "practice": num(0, 1),
                }
            ),
            "sand_fixation": service(
                {"downwind_distance": num(0), "vegetation_coefficient": num(max_=0)}
            ),
            "biodiversity": service(),
            "runoff_coefficients": table(optional={"tag": str_()}, values=runoff_key),
            "vulnerability": table(
                {
                    "breaks": list_of(num(), min_len=1),
                    "closed": one_of("left", "right"),
                    "classes": list_of(str_(), min_len=2),
                    "class_set": dual_class_set_ref(),
                    "soil_erosion": vtype(
                        ("rainfall_erosivity", "relief", "vegetation_cover"),
                        {"texture_score": texture_score, "relief_windows": list_of(window, 1)},
                    ),
                    "rocky_desertification": vtype(
                        ("carbonate_share", "slope", "vegetation_cover")
                    ),
                    "desertification": vtype(
                        ("aridity", "wind_days", "vegetation_cover"),
                        {"texture_score": texture_score},
                    ),
                    "salinization": vtype(
                        ("evaporation_ratio", "groundwater_mineralization", "groundwater_depth"),
                        {"texture_score": texture_score},
                    ),
                },
                {"tag": str_()},
                check=vulnerability_check,
            ),
            "integration": table(
                {
                    "vulnerability_as": table(values=_class_code_ref("importance")),
                    "critical": list_of(_class_code_ref("importance"), min_len=1),
                    "concentration": concentration,
                },
                {"tag": str_()},
                check=integration_check,
            ),
        }
    )


def _dual():
    score = one_of(1, 3, 5)
    window = table({"max_cell_size": num(0), "cells": num(1, 99, integer=True)})
    return table(
        {
            "scheme": str_(),
            "suitability_classes": one_of(2, 3),
            "patch_connectivity": one_of(4, 8),
            "classes": table(
                {
                    name: _dual_class_set()
                    for name in (
                        "levels",
                        "suitability_2",
                        "suitability_3",
                        "importance",
                        "vulnerability",
                    )
                },
                values=_dual_class_set(),
            ),
            "land": table(
                {
                    "agri_slope": _dual_grading({"modifiers": list_of(_dual_modifier())}),
                    "urban_slope": _dual_grading(
                        {
                            "modifiers": list_of(_dual_modifier()),
                            "relief_windows": list_of(window, 1),
                        }
                    ),
                }
            ),
            "water": table(values=_dual_grading()),
            "climate": table(
                {
                    "accumulated_temperature": _dual_grading(
                        {"base_temperature": num(), "lapse_rate": num(-0.1, 0.1)}
                    ),
                    "comfort": _dual_grading(
                        {
                            "months": list_of(num(1, 12, integer=True), 1, 12),
                            "tie": one_of("worse", "better"),
                        }
                    ),
                }
            ),
            "factors": table(values=_dual_factor()),
            "ecology": _dual_ecology(),
            "soil_texture": table(
                {
                    "codes": list_of(
                        table(
                            {
                                "code": num(0, 255, integer=True),
                                "name_zh": str_(),
                                "name_en": str_(),
                                "erosion_score": score,
                                "desertification_score": score,
                                "salinization_score": score,
                            },
                            {"k_factor": num(0, 1)},
                        ),
                        min_len=1,
                    )
                },
                {"tag": str_()},
            ),
            "agriculture": _dual_integration(True),
            "urban": _dual_integration(False),
            "scale": table(
                {
                    "land_classes_agri": list_of(
                        one_of("suitable", "moderately_suitable", "unsuitable"), 1
                    ),
                    "land_classes_urban": list_of(
                        one_of("suitable", "moderately_suitable", "unsuitable"), 1
                    ),
                },
                {"tag": str_()},
            ),
        },
        {},
    )


def sections():
    """The top-level tables this method configures: {key: validator}."""
    return {"dual": _dual()}
