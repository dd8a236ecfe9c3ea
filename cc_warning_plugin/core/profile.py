"""Method profiles: TOML files holding every threshold, matrix, class code,
label and colour of the evaluations.

``load_profile(None)`` gives the built-in default; ``load_profile(path)``
reads a user's copy. A user's file may say ``extends = "default"`` (or a
path) in its ``[profile]`` table and list only the keys it changes; tables
are merged key by key, lists and values replace.

Every profile is validated against :data:`SCHEMA` when loaded. A problem is
reported as :class:`ProfileError` naming the file and the exact dotted key
(``elements.environment.rules[1].op``) and what would be accepted.
"""

import copy
import os
import re
import tomllib
from typing import Any, Callable, Dict, List, Optional

from .errors import ProfileError
from .i18n import label as _label
from .i18n import tr

PROFILE_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "profiles")
BUILTIN = ("default", "dual_2019_draft", "dual_2018_draft")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")
_MAX_EXTENDS_DEPTH = 5


def builtin_path(name: str) -> str:
    """Path of a built-in profile by name (``"default"``)."""
    return os.path.join(PROFILE_DIR, f"{name}.toml")


# ---------------------------------------------------------------------------
# Schema vocabulary. A validator is called as v(value, key, ctx) and raises
# ProfileError through ctx.fail; `ctx.root` is the whole merged profile.
# ---------------------------------------------------------------------------

class _Ctx:
    def __init__(self, source: str, root: dict):
        self.source = source
        self.root = root

    def fail(self, key: str, problem: str):
        raise ProfileError(
            self.source, key,
            tr("Method profile {source}: key '{key}' {problem} "
               "Fix it in the file, or compare with the built-in profile "
               "'default' (docs/profiles.md).").format(
                source=self.source, key=key, problem=problem))


def _expect(expected: str, found) -> str:
    return tr("must be {expected}, found {found}.").format(expected=expected,
                                                            found=repr(found))


def str_():
    def v(value, key, ctx):
        if not isinstance(value, str):
            ctx.fail(key, _expect(tr("text"), value))
    return v


def num(min_=None, max_=None, integer=False):
    def v(value, key, ctx):
        ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type:
            what = tr("a whole number") if integer else tr("a number")
            ctx.fail(key, _expect(what, value))
        if min_ is not None and value < min_:
            ctx.fail(key, _expect(tr("at least {min}").format(min=min_), value))
        if max_ is not None and value > max_:
            ctx.fail(key, _expect(tr("at most {max}").format(max=max_), value))
    return v


def bool_():
    def v(value, key, ctx):
        if not isinstance(value, bool):
            ctx.fail(key, _expect("true / false", value))
    return v


def color():
    def v(value, key, ctx):
        if not isinstance(value, str) or not _COLOR.match(value):
            ctx.fail(key, _expect(tr("a colour like \"#ff0000\""), value))
    return v


def one_of(*choices):
    def v(value, key, ctx):
        if value not in choices:
            ctx.fail(key, _expect(tr("one of {choices}").format(
                choices=", ".join(repr(c) for c in choices)), value))
    return v


def list_of(item, min_len=0, max_len=None, length_of: Optional[str] = None):
    def v(value, key, ctx):
        if not isinstance(value, list):
            ctx.fail(key, _expect(tr("a list [...]"), value))
        if len(value) < min_len:
            ctx.fail(key, tr("must have at least {n} entries, found {m}.").format(
                n=min_len, m=len(value)))
        if max_len is not None and len(value) > max_len:
            ctx.fail(key, tr("must have at most {n} entries, found {m}.").format(
                n=max_len, m=len(value)))
        for i, entry in enumerate(value):
            item(entry, f"{key}[{i}]", ctx)
    return v


def table(required: Dict[str, Callable] = None, optional: Dict[str, Callable] = None,
          values: Optional[Callable] = None, check: Optional[Callable] = None):
    """A TOML table with required/optional keys. ``values`` validates every
    other key (a free-form mapping); without it, unknown keys are errors (a
    misspelt key would otherwise be ignored silently)."""
    required = required or {}
    optional = optional or {}

    def v(value, key, ctx):
        if not isinstance(value, dict):
            ctx.fail(key, _expect(tr("a table"), value))
        for name, sub in required.items():
            sub_key = f"{key}.{name}" if key else name
            if name not in value:
                ctx.fail(sub_key, tr("is missing."))
            sub(value[name], sub_key, ctx)
        for name, sub in optional.items():
            if name in value:
                sub(value[name], f"{key}.{name}" if key else name, ctx)
        for name in value:
            if name in required or name in optional:
                continue
            sub_key = f"{key}.{name}" if key else name
            if values is None:
                known = ", ".join(sorted(list(required) + list(optional)))
                ctx.fail(sub_key, tr("is not a known key here (known: {known}).").format(
                    known=known))
            values(value[name], sub_key, ctx)
        if check is not None:
            check(value, key, ctx)
    return v


def _get_path(root: dict, path: str):
    node = root
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def class_ref(set_path: str):
    """A class code defined in the class set at ``set_path``."""
    def v(value, key, ctx):
        codes = (_get_path(ctx.root, set_path) or {}).get("order", [])
        if value not in codes:
            ctx.fail(key, _expect(tr("a class code of '{set}' ({codes})").format(
                set=set_path, codes=", ".join(map(str, codes))), value))
    return v


def class_set(extra: Dict[str, Callable] = None):
    """``order = [codes]`` plus one table per code with labels and colour."""
    entry = table({"label_zh": str_(), "label_en": str_(), "color": color()})

    def check(value, key, ctx):
        for code in value["order"]:
            if code not in value:
                ctx.fail(f"{key}.{code}", tr("is missing: every code in 'order' needs "
                                             "a table with label_zh, label_en and color."))
            entry(value[code], f"{key}.{code}", ctx)

    return table({"order": list_of(str_(), min_len=1)}, dict(extra or {}, tag=str_()),
                 values=lambda value, key, ctx: None, check=check)


def rules(classes: str):
    """Ordered threshold rules; the last one is a catch-all."""
    rule = table({"class": class_ref(classes)},
                 {"op": one_of(">", ">=", "<", "<="), "value": num()})

    def v(value, key, ctx):
        list_of(rule, min_len=1)(value, key, ctx)
        for i, r in enumerate(value):
            last = i == len(value) - 1
            if ("op" in r) != ("value" in r):
                ctx.fail(f"{key}[{i}]", tr("needs both 'op' and 'value', or neither "
                                           "(only the last rule)."))
            if last and "op" in r:
                ctx.fail(f"{key}[{i}]", tr("is the last rule and must have no 'op': it "
                                           "catches every value the rules above leave."))
            if not last and "op" not in r:
                ctx.fail(f"{key}[{i}]", tr("has no 'op' but is not the last rule: the "
                                           "rules after it could never apply."))
    return v


def breaks_grading(levels_item: Callable = None, key_levels="levels"):
    """``breaks`` ascending, ``closed`` left/right, one more level than breaks."""
    levels_item = levels_item or num()

    def check(value, key, ctx):
        brk = value["breaks"]
        if any(b2 <= b1 for b1, b2 in zip(brk, brk[1:])):
            ctx.fail(f"{key}.breaks", tr("must be strictly ascending, found {found}.").format(
                found=brk))
        if len(value[key_levels]) != len(brk) + 1:
            ctx.fail(f"{key}.{key_levels}", tr("must have one entry more than 'breaks' "
                                               "({n}), found {m}.").format(
                n=len(brk) + 1, m=len(value[key_levels])))

    return {"breaks": list_of(num(), min_len=1), "closed": one_of("left", "right"),
            key_levels: list_of(levels_item, min_len=2)}, check


def grading(extra_optional: Dict[str, Callable] = None, levels_item=None, key_levels="levels"):
    req, check = breaks_grading(levels_item, key_levels)
    opt = {"name_zh": str_(), "name_en": str_(), "tag": str_(), "unit": str_()}
    opt.update(extra_optional or {})
    return table(req, opt, check=check)


def square_matrix(n: int, item=None):
    item = item or num(1, 5, integer=True)
    return list_of(list_of(item, min_len=n, max_len=n), min_len=n, max_len=n)


def aliased_entry(extra=None):
    req = {"aliases": list_of(str_(), min_len=1)}
    req.update(extra or {})
    return table(req, {"label_zh": str_(), "label_en": str_()})


def _element(extra_req=None, extra_opt=None, with_rules=True):
    req = {"name_zh": str_(), "name_en": str_()}
    if with_rules:
        req["rules"] = rules("load_classes")
    req.update(extra_req or {})
    opt = {"tag": str_(), "index_zh": str_(), "index_en": str_(), "unverified": bool_()}
    opt.update(extra_opt or {})
    return table(req, opt)


def _air_standard():
    pollutants = ("so2_annual", "no2_annual", "pm10_annual", "pm25_annual", "co_p95",
                  "o3_8h_p90")
    limit_table = table({p: num(min_=0.000001) for p in pollutants})
    return table({"name_zh": str_(), "name_en": str_(), "limits": limit_table,
                  "daily": table(values=num(min_=0.000001)),
                  "units": table(values=str_()), "unverified": list_of(str_())},
                 {"tag": str_(), "in_force_from": num(integer=True)})


def _water_standard():
    param = table({"limits": list_of(num(min_=0), min_len=5, max_len=5),
                   "direction": one_of("max", "min"),
                   "applies_to": list_of(one_of("river", "lake"), min_len=1)},
                  {"field": str_()})
    return table({"name_zh": str_(), "name_en": str_(),
                  "classes": list_of(str_(), min_len=5, max_len=5),
                  "parameters": table(values=param)}, {"tag": str_()})


def _black_grey():
    severity = one_of("light", "moderate", "heavy", "severe")
    band = table({"l_breaks": list_of(num(0, 1), min_len=1),
                  "classes": list_of(severity, min_len=2)},
                 check=lambda v, k, c: len(v["classes"]) == len(v["l_breaks"]) + 1 or c.fail(
                     f"{k}.classes", tr("must have one entry more than 'l_breaks'.")))
    water_type = table({"den_breaks": list_of(num(0), min_len=1),
                        "bands": list_of(band, min_len=2)},
                       check=lambda v, k, c: len(v["bands"]) == len(v["den_breaks"]) + 1 or
                       c.fail(f"{k}.bands", tr("must have one entry more than 'den_breaks'.")))
    air_band = table({"breaks": list_of(num(0), min_len=1),
                      "classes": list_of(severity, min_len=2)},
                     check=lambda v, k, c: len(v["classes"]) == len(v["breaks"]) + 1 or c.fail(
                         f"{k}.classes", tr("must have one entry more than 'breaks'.")))
    combine_rule = table({"class": class_ref("load_classes")},
                         {"air": list_of(severity, min_len=1),
                          "water": list_of(severity, min_len=1)})
    return table({"name_zh": str_(), "name_en": str_(),
                  "severity_order": list_of(severity, min_len=4, max_len=4),
                  "severity_labels_zh": table(values=str_()),
                  "severity_labels_en": table(values=str_()),
                  "water": table({"optimized": water_type, "key": water_type}),
                  "air": table({"optimized_core": air_band, "optimized_other": air_band,
                                "key_core": air_band, "key_other": air_band}),
                  "combine": table({"rules": list_of(combine_rule, min_len=1)})},
                 {"tag": str_()})


def _dual_class_set():
    """A class set of rasters: ordered values, codes, labels and colours."""
    def check(value, key, ctx):
        n = len(value["values"])
        for name in ("codes", "labels_zh", "labels_en", "colors"):
            if len(value[name]) != n:
                ctx.fail(f"{key}.{name}", tr("must have one entry per value ({n}), found "
                                             "{m}.").format(n=n, m=len(value[name])))
        if len(set(value["values"])) != n:
            ctx.fail(f"{key}.values", tr("must not repeat a value."))
        if len(set(value["codes"])) != n:
            ctx.fail(f"{key}.codes", tr("must not repeat a code."))
    return table({"values": list_of(num(1, 254, integer=True), min_len=1),
                  "codes": list_of(str_(), min_len=1),
                  "labels_zh": list_of(str_(), min_len=1),
                  "labels_en": list_of(str_(), min_len=1),
                  "colors": list_of(color(), min_len=1)},
                 {"name_zh": str_(), "name_en": str_(), "tag": str_()}, check=check)


def dual_class_set_ref():
    """The name of a class set under [dual.classes]."""
    def v(value, key, ctx):
        sets = _get_path(ctx.root, "dual.classes") or {}
        if value not in sets:
            ctx.fail(key, _expect(tr("a class set under [dual.classes] ({names})").format(
                names=", ".join(sets)), value))
    return v


def _set_values(ctx, name):
    return (_get_path(ctx.root, f"dual.classes.{name}") or {}).get("values", [])


def _dual_action():
    def check(value, key, ctx):
        if ("set" in value) == ("shift" in value):
            ctx.fail(key, tr("needs exactly one of 'set' (a level) or 'shift' (levels to "
                             "move, + = worse)."))
    return table(optional={"set": num(1, 254, integer=True), "shift": num(-10, 10,
                                                                         integer=True)},
                 check=check)


def _dual_modifier():
    act = _dual_action()

    def check(value, key, ctx):
        act({k: v for k, v in value.items() if k in ("set", "shift")}, key, ctx)
    return table({"input": str_(), "op": one_of(">", ">=", "<", "<="), "value": num()},
                 {"set": num(1, 254, integer=True), "shift": num(-10, 10, integer=True)},
                 check=check)


def _dual_grading(extra_req=None, extra_opt=None):
    req, check = breaks_grading(num(1, 254, integer=True))
    req = dict(req, class_set=dual_class_set_ref())
    req.update(extra_req or {})
    opt = {"name_zh": str_(), "name_en": str_(), "tag": str_(), "unit": str_()}
    opt.update(extra_opt or {})

    def check_all(value, key, ctx):
        check(value, key, ctx)
        allowed = _set_values(ctx, value["class_set"])
        for i, lev in enumerate(value["levels"]):
            if lev not in allowed:
                ctx.fail(f"{key}.levels[{i}]", _expect(tr("a value of class set '{set}' "
                                                          "({values})").format(
                    set=value["class_set"], values=", ".join(map(str, allowed))), lev))
    return table(req, opt, check=check_all)


def _dual_factor():
    code = table({"code": num(integer=True), "level": num(1, 254, integer=True)},
                 {"label_zh": str_(), "label_en": str_()})

    def check(value, key, ctx):
        allowed = _set_values(ctx, value["class_set"])
        if value["kind"] == "codes":
            if "codes" not in value:
                ctx.fail(f"{key}.codes", tr("is missing: kind = \"codes\" needs a list of "
                                            "{code, level}."))
            seen = set()
            for i, c in enumerate(value["codes"]):
                if c["code"] in seen:
                    ctx.fail(f"{key}.codes[{i}].code", tr("repeats code {code}.").format(
                        code=c["code"]))
                seen.add(c["code"])
                if c["level"] not in allowed:
                    ctx.fail(f"{key}.codes[{i}].level", _expect(
                        tr("a value of class set '{set}' ({values})").format(
                            set=value["class_set"], values=", ".join(map(str, allowed))),
                        c["level"]))
        else:
            for name in ("breaks", "closed", "levels"):
                if name not in value:
                    ctx.fail(f"{key}.{name}", tr("is missing: kind = \"breaks\" needs "
                                                 "breaks, closed and levels."))
            breaks_grading(num(1, 254, integer=True))[1](value, key, ctx)
            for i, lev in enumerate(value["levels"]):
                if lev not in allowed:
                    ctx.fail(f"{key}.levels[{i}]", _expect(
                        tr("a value of class set '{set}' ({values})").format(
                            set=value["class_set"], values=", ".join(map(str, allowed))),
                        lev))
    return table({"name_zh": str_(), "name_en": str_(), "class_set": dual_class_set_ref(),
                  "kind": one_of("codes", "breaks")},
                 {"tag": str_(), "unit": str_(), "codes": list_of(code, min_len=1),
                  "breaks": list_of(num(), min_len=1), "closed": one_of("left", "right"),
                  "levels": list_of(num(1, 254, integer=True), min_len=2)}, check=check)


def _dual_step():
    rule_item = table({"when": table(values=list_of(num(integer=True), min_len=1))},
                      {"set": num(1, 254, integer=True), "shift": num(-10, 10, integer=True)})

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
                    ctx.fail(f"{rk}.when.{name}", tr("names an input the step does not "
                                                     "declare in 'inputs' ({names}).").format(
                        names=", ".join(inputs)))
                allowed = _set_values(ctx, inputs[name])
                for j, v in enumerate(vals):
                    if v not in allowed:
                        ctx.fail(f"{rk}.when.{name}[{j}]", _expect(
                            tr("a value of class set '{set}' ({values})").format(
                                set=inputs[name], values=", ".join(map(str, allowed))), v))
    return table({"name_zh": str_(), "name_en": str_(),
                  "inputs": table(values=dual_class_set_ref()),
                  "rules": list_of(rule_item, min_len=1)}, {"tag": str_()}, check=check)


def _dual_contiguity():
    def check(value, key, ctx):
        if len(value["actions"]) != len(value["breaks"]) + 1:
            ctx.fail(f"{key}.actions", tr("must have one entry more than 'breaks' ({n}), "
                                          "found {m}.").format(n=len(value["breaks"]) + 1,
                                                               m=len(value["actions"])))
        brk = value["breaks"]
        if any(b2 <= b1 for b1, b2 in zip(brk, brk[1:])):
            ctx.fail(f"{key}.breaks", tr("must be strictly ascending, found {found}.").format(
                found=brk))
    return table({"enabled": bool_(), "metric": one_of("compactness", "area_ha"),
                  "breaks": list_of(num(0), min_len=1), "closed": one_of("left", "right"),
                  "actions": list_of(_dual_action(), min_len=2)}, {"tag": str_()},
                 check=check)


def _dual_integration(with_climate: bool):
    classes_map = table(values=one_of("suitable", "moderately_suitable", "unsuitable"))

    def check(value, key, ctx):
        for name in ("classes_2", "classes_3"):
            for lev in range(1, 6):
                if str(lev) not in value[name]:
                    ctx.fail(f"{key}.{name}.{lev}", tr("is missing: every level 1–5 needs "
                                                       "a class."))
        codes2 = set((_get_path(ctx.root, "dual.classes.suitability_2") or {}).get(
            "codes", []))
        for lev, code in value["classes_2"].items():
            if code not in codes2:
                ctx.fail(f"{key}.classes_2.{lev}", _expect(tr("a code of "
                                                              "dual.classes.suitability_2"),
                                                           code))
        imp = _set_values(ctx, "importance")
        for i, v in enumerate(value["eco_critical_values"]):
            if v not in imp:
                ctx.fail(f"{key}.eco_critical_values[{i}]", _expect(
                    tr("a value of class set 'importance' ({values})").format(
                        values=", ".join(map(str, imp))), v))
    req = {"name_zh": str_(), "name_en": str_(), "land_water_matrix": square_matrix(5),
           "classes_2": classes_map, "classes_3": classes_map,
           "inside_eco_critical": one_of("unsuitable", "nodata"),
           "eco_critical_values": list_of(num(1, 254, integer=True), min_len=1),
           "steps": list_of(_dual_step()), "contiguity": _dual_contiguity()}
    if with_climate:
        req["climate_matrix"] = square_matrix(5)
    return table(req, {"tag": str_()}, check=check)


def _codes_of(ctx, set_name):
    return (_get_path(ctx.root, f"dual.classes.{set_name}") or {}).get("codes", [])


def _class_code_ref(set_name: str):
    """A class code of the raster class set ``dual.classes.<set_name>``."""
    def v(value, key, ctx):
        codes = _codes_of(ctx, set_name)
        if value not in codes:
            ctx.fail(key, _expect(tr("a class code of dual.classes.{set} ({codes})").format(
                set=set_name, codes=", ".join(map(str, codes))), value))
    return v


def _ascending(value, key, ctx):
    if any(b2 <= b1 for b1, b2 in zip(value, value[1:])):
        ctx.fail(key, tr("must be strictly ascending, found {found}.").format(found=value))


def _dual_ecology():
    """[dual.ecology]: service gradings and models, vulnerability factor
    tables, the importance integration (docs/dual_evaluation.md)."""
    score = one_of(1, 3, 5)
    factor_req, factor_check = breaks_grading(score, "scores")
    factor = table(factor_req, {"tag": str_()}, check=factor_check)
    texture_score = one_of("erosion_score", "desertification_score", "salinization_score")
    window = table({"max_cell_size": num(0), "cells": num(1, 99, integer=True)})

    def service(extra_req=None):
        req = {"name_zh": str_(), "name_en": str_(), "unit": str_(),
               "manual_breaks": list_of(num(0), 2, 2)}
        req.update(extra_req or {})
        return table(req, {"tag": str_()},
                     check=lambda v, k, c: _ascending(v["manual_breaks"],
                                                      f"{k}.manual_breaks", c))

    def piecewise(item_keys):
        def check(value, key, ctx):
            _ascending(value["breaks"], f"{key}.breaks", ctx)
            for name in item_keys:
                if len(value[name]) != len(value["breaks"]) + 1:
                    ctx.fail(f"{key}.{name}", tr("must have one entry more than 'breaks' "
                                                 "({n}), found {m}.").format(
                        n=len(value["breaks"]) + 1, m=len(value[name])))
        req = {"breaks": list_of(num(), min_len=1), "closed": one_of("left", "right")}
        req.update({name: list_of(num(), min_len=2) for name in item_keys})
        return table(req, check=check)

    def importance_check(value, key, ctx):
        _ascending(value["cumulative"], f"{key}.cumulative", ctx)
        for i, code in enumerate(value["classes"]):
            _class_code_ref(value["class_set"])(code, f"{key}.classes[{i}]", ctx)

    def runoff_key(value, key, ctx):
        if not re.fullmatch(r"-?\d+", key.rsplit(".", 1)[-1]):
            ctx.fail(key, tr("is not a land-cover code: the keys of this table are "
                             "integer codes (e.g. 1 = 0.0267)."))
        num(0, 1)(value, key, ctx)

    def water_check(value, key, ctx):
        _ascending(value["manual_breaks"], f"{key}.manual_breaks", ctx)
        table_codes = {int(k) for k in (_get_path(ctx.root, "dual.ecology."
                                                  "runoff_coefficients") or {})
                       if re.fullmatch(r"-?\d+", k)}
        for i, code in enumerate(value["no_service_codes"]):
            if code in table_codes:
                ctx.fail(f"{key}.no_service_codes[{i}]", tr(
                    "lists code {code}, which also has a runoff coefficient in "
                    "[dual.ecology.runoff_coefficients]. Keep a code in one of the "
                    "two.").format(code=code))

    def vulnerability_check(value, key, ctx):
        _ascending(value["breaks"], f"{key}.breaks", ctx)
        if len(value["classes"]) != len(value["breaks"]) + 1:
            ctx.fail(f"{key}.classes", tr("must have one entry more than 'breaks' ({n}), "
                                          "found {m}.").format(n=len(value["breaks"]) + 1,
                                                               m=len(value["classes"])))
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
                ctx.fail(f"{key}.vulnerability_as.{code}", tr(
                    "is missing: every class of dual.classes.vulnerability needs the "
                    "importance class it counts as."))
        for code in value["vulnerability_as"]:
            if code not in vul:
                ctx.fail(f"{key}.vulnerability_as.{code}", _expect(
                    tr("a class code of dual.classes.vulnerability ({codes})").format(
                        codes=", ".join(vul)), code))
        conc = value["concentration"]
        imp = _codes_of(ctx, "importance")
        for code in imp:
            if code not in conc["matrix"]:
                ctx.fail(f"{key}.concentration.matrix.{code}", tr(
                    "is missing: every importance class needs a row."))
        for code, row in conc["matrix"].items():
            if code not in imp:
                ctx.fail(f"{key}.concentration.matrix.{code}", _expect(
                    tr("a class code of dual.classes.importance ({codes})").format(
                        codes=", ".join(imp)), code))
            if len(row) != len(conc["breaks"]) + 1:
                ctx.fail(f"{key}.concentration.matrix.{code}", tr(
                    "must have one entry more than 'breaks' ({n}), found {m}.").format(
                    n=len(conc["breaks"]) + 1, m=len(row)))

    concentration = table(
        {"enabled": bool_(), "breaks": list_of(num(0), min_len=1),
         "closed": one_of("left", "right"),
         "matrix": table(values=list_of(_class_code_ref("importance"), min_len=2))},
        {"tag": str_()}, check=lambda v, k, c: _ascending(v["breaks"], f"{k}.breaks", c))
    return table({
        "importance": table({"method": one_of("cumulative", "breaks"),
                             "cumulative": list_of(num(0, 1), 2, 2),
                             "classes": list_of(str_(), 3, 3),
                             "class_set": dual_class_set_ref()},
                            {"tag": str_()}, check=importance_check),
        "water_conservation": table(
            {"name_zh": str_(), "name_en": str_(), "unit": str_(),
             "manual_breaks": list_of(num(0), 2, 2),
             "no_service_codes": list_of(num(integer=True))}, {"tag": str_()},
            check=water_check),
        "soil_conservation": service({
            "rainfall_erosivity": table({"a": num(0), "b": num(0)}),
            "slope_length": num(0),
            "l_exponent": piecewise(["values"]),
            "s_factor": piecewise(["a", "b"]),
            "cover": table({"a": num(), "b": num(), "full_cover": num(0, 100)}),
            "practice": num(0, 1)}),
        "sand_fixation": service({"downwind_distance": num(0),
                                  "vegetation_coefficient": num(max_=0)}),
        "biodiversity": service(),
        "runoff_coefficients": table(optional={"tag": str_()}, values=runoff_key),
        "vulnerability": table(
            {"breaks": list_of(num(), min_len=1), "closed": one_of("left", "right"),
             "classes": list_of(str_(), min_len=2), "class_set": dual_class_set_ref(),
             "soil_erosion": vtype(("rainfall_erosivity", "relief", "vegetation_cover"),
                                   {"texture_score": texture_score,
                                    "relief_windows": list_of(window, 1)}),
             "rocky_desertification": vtype(("carbonate_share", "slope",
                                             "vegetation_cover")),
             "desertification": vtype(("aridity", "wind_days", "vegetation_cover"),
                                      {"texture_score": texture_score}),
             "salinization": vtype(("evaporation_ratio", "groundwater_mineralization",
                                    "groundwater_depth"),
                                   {"texture_score": texture_score})},
            {"tag": str_()}, check=vulnerability_check),
        "integration": table(
            {"vulnerability_as": table(values=_class_code_ref("importance")),
             "critical": list_of(_class_code_ref("importance"), min_len=1),
             "concentration": concentration}, {"tag": str_()}, check=integration_check)})


def _dual():
    score = one_of(1, 3, 5)
    window = table({"max_cell_size": num(0), "cells": num(1, 99, integer=True)})
    return table(
        {"scheme": str_(), "suitability_classes": one_of(2, 3),
         "patch_connectivity": one_of(4, 8),
         "classes": table({name: _dual_class_set() for name in (
             "levels", "suitability_2", "suitability_3", "importance", "vulnerability")},
             values=_dual_class_set()),
         "land": table({
             "agri_slope": _dual_grading({"modifiers": list_of(_dual_modifier())}),
             "urban_slope": _dual_grading({"modifiers": list_of(_dual_modifier()),
                                           "relief_windows": list_of(window, 1)})}),
         "water": table(values=_dual_grading()),
         "climate": table({
             "accumulated_temperature": _dual_grading(
                 {"base_temperature": num(), "lapse_rate": num(-0.1, 0.1)}),
             "comfort": _dual_grading({"months": list_of(num(1, 12, integer=True), 1, 12),
                                       "tie": one_of("worse", "better")})}),
         "factors": table(values=_dual_factor()),
         "ecology": _dual_ecology(),
         "soil_texture": table({"codes": list_of(table(
             {"code": num(0, 255, integer=True), "name_zh": str_(), "name_en": str_(),
              "erosion_score": score, "desertification_score": score,
              "salinization_score": score}, {"k_factor": num(0, 1)}), min_len=1)},
             {"tag": str_()}),
         "agriculture": _dual_integration(True),
         "urban": _dual_integration(False),
         "scale": table({"land_classes_agri": list_of(one_of(
             "suitable", "moderately_suitable", "unsuitable"), 1),
             "land_classes_urban": list_of(one_of(
                 "suitable", "moderately_suitable", "unsuitable"), 1)}, {"tag": str_()})},
        {})


TREND_COMPONENTS = ("land_efficiency", "water_efficiency", "cod_intensity", "nh3n_intensity",
                    "so2_intensity", "nox_intensity", "forest_grass_cover")


def _trend():
    component = one_of(*TREND_COMPONENTS)

    def check(value, key, ctx):
        for name in ("efficiency", "emission", "ecology"):
            n = len(value[f"{name}_components"])
            if name != "ecology" and value[f"{name}_worse_min"] > n:
                ctx.fail(f"{key}.{name}_worse_min", _expect(
                    tr("at most the number of {name}_components ({n})").format(name=name, n=n),
                    value[f"{name}_worse_min"]))
        for comp in TREND_COMPONENTS:
            if comp not in value["national_codes"]:
                ctx.fail(f"{key}.national_codes.{comp}", tr("is missing."))

    return table({"efficiency_components": list_of(component, 1),
                  "efficiency_worse_min": num(1, integer=True),
                  "emission_components": list_of(component, 1),
                  "emission_worse_min": num(1, integer=True),
                  "ecology_components": list_of(component, 1),
                  "worsening_min": num(1, 3, integer=True),
                  "national_codes": table(values=list_of(str_(), 1))},
                 {"tag": str_()}, check=check)


def _land_overlay():
    return table({"construction_codes": list_of(str_(), 1),
                  "suitable_values": list_of(num(), 1)}, {"tag": str_()})


def _env_stations():
    stat = table({"daily": str_(), "stat": one_of("mean", "percentile")},
                 {"p": num(0, 100)},
                 check=lambda v, k, c: v["stat"] != "percentile" or "p" in v or c.fail(
                     f"{k}.p", tr("is missing: a percentile statistic needs p.")))
    return table({"min_valid_days": num(1, 366, integer=True),
                  "exceed_days": table({"daily": str_(), "limit": str_(),
                                        "op": one_of(">", ">=")}),
                  "statistics": table(values=stat)}, {"tag": str_()})


def _maps():
    """Warning maps, layouts and report: base-map symbols, change classes."""
    def vector_symbol(extra=None):
        req = {"label_zh": str_(), "label_en": str_(),
               "fill": one_of_color_or_empty(), "fill_opacity": num(0, 1),
               "stroke": one_of_color_or_empty(), "stroke_width": num(0, 10),
               "stroke_style": one_of("solid", "dash", "dot", "dash_dot"),
               "above_result": bool_(), "label_fields": list_of(str_()),
               "label_size": num(0, 72), "label_color": color()}
        req.update(extra or {})
        return table(req)

    basemap = table({
        "county": vector_symbol(), "township": vector_symbol(),
        "eco_redline": vector_symbol(), "farmland": vector_symbol(),
        "urban_boundary": vector_symbol(),
        "landuse": vector_symbol({"code_fields": list_of(str_(), 1)}),
        "raster": table({"label_zh": str_(), "label_en": str_(), "opacity": num(0, 1)})},
        {"tag": str_()})
    return table({"result_opacity": num(0, 1), "fonts": list_of(str_(), 1),
                  "dpi": num(72, 1200, integer=True), "unclassified_color": color(),
                  "unranked": list_of(str_()), "change_classes": class_set(),
                  "basemap": basemap, "landuse_classes": class_set()},
                 {"tag": str_(), "fallback_classes": str_()})


def one_of_color_or_empty():
    """A colour, or "" for none (no fill, no outline)."""
    def v(value, key, ctx):
        if value == "":
            return
        color()(value, key, ctx)
    return v


def _matrix_check(value, key, ctx):
    loads = ctx.root["load_classes"]["order"]
    for load in loads:
        if load == "not_evaluated":
            continue
        if load not in value:
            ctx.fail(f"{key}.{load}", tr("is missing: the matrix needs a row for every "
                                         "load class."))
        row = value[load]
        for trend in ctx.root["trend_types"]["order"]:
            if trend not in row:
                ctx.fail(f"{key}.{load}.{trend}", tr("is missing: every row needs a "
                                                      "colour for every trend type."))
            class_ref("warning_levels")(row[trend], f"{key}.{load}.{trend}", ctx)


SCHEMA = table({
    "profile": table({"id": str_(), "version": str_(), "name_zh": str_(), "name_en": str_(),
                      "precision": num(3, 15, integer=True)},
                     {"extends": str_(), "description": str_()}),
    "load_classes": class_set(),
    "trend_types": class_set(),
    "warning_levels": class_set(),
    "warning_matrix": table(optional={"tag": str_()}, values=lambda v, k, c: None,
                            check=_matrix_check),
    "elements": table({
        "land": _element({"method": one_of("pressure", "intensity"),
                          "intensity_rules": rules("load_classes"),
                          "overlay": _land_overlay()},
                         {"intensity_tag": str_()}),
        "water": _element({"overload_ratio": num(0), "critical_ratio": num(0),
                           "overdraft": table(optional={"tag": str_()}, values=table(
                               {"class": class_ref("load_classes"),
                                "aliases": list_of(str_(), 1)}))},
                          {}, with_rules=False),
        "environment": _element({
            "air_standard": str_(), "water_standard": str_(), "water_class": str_(),
            "air_pollutants": list_of(str_(), 1), "water_pollutants": list_of(str_(), 1),
            "water_aggregation": one_of("section_max_then_mean", "mean_then_max"),
            "stations": _env_stations()},
            {"water_aggregation_tag": str_()}),
        "ecology": _element({"degradation_types": list_of(str_(), 1),
                             "counted_severities": list_of(str_(), 1),
                             "raster_counted_values": list_of(num(integer=True), 1)},
                            {"raster_tag": str_()}),
    }),
    "function_zones": table(optional={"tag": str_()}, values=aliased_entry(
        {"special": one_of("black_grey", "cropland_quality", "grassland_balance",
                           "eco_function")})),
    "special": table({"black_grey": _black_grey(), "cropland_quality": _element(),
                      "grassland_balance": _element(), "eco_function": _element()}),
    "trend": _trend(),
    "integration": table({"basic_elements": list_of(str_(), 1),
                          "critical_to_overload": num(1, integer=True),
                          "cause": table({"digits": num(0, 10, integer=True)},
                                         {"tag": str_()})}, {"tag": str_()}),
    "standards": table({"air": table(values=_air_standard()),
                        "water": table(values=_water_standard())}),
    "water_bodies": table({"river": aliased_entry(), "lake": aliased_entry()}),
    "dual": _dual(),
    "maps": _maps(),
})


def _cross_checks(data: dict, ctx: _Ctx) -> None:
    env = data["elements"]["environment"]
    air, water = data["standards"]["air"], data["standards"]["water"]
    if env["air_standard"] not in air:
        ctx.fail("elements.environment.air_standard", _expect(
            tr("a standard under [standards.air] ({names})").format(names=", ".join(air)),
            env["air_standard"]))
    if env["water_standard"] not in water:
        ctx.fail("elements.environment.water_standard", _expect(
            tr("a standard under [standards.water] ({names})").format(names=", ".join(water)),
            env["water_standard"]))
    wstd = water[env["water_standard"]]
    if env["water_class"] not in wstd["classes"]:
        ctx.fail("elements.environment.water_class", _expect(
            tr("one of the classes of {std} ({classes})").format(
                std=env["water_standard"], classes=", ".join(wstd["classes"])),
            env["water_class"]))
    for name, std in air.items():
        for p in env["air_pollutants"]:
            if p not in std["limits"]:
                ctx.fail(f"standards.air.{name}.limits.{p}",
                         tr("is missing: air_pollutants lists it."))
    fields = {p.get("field", name) for name, p in wstd["parameters"].items()}
    for i, p in enumerate(env["water_pollutants"]):
        if p not in fields:
            ctx.fail(f"elements.environment.water_pollutants[{i}]", _expect(
                tr("a parameter of {std}").format(std=env["water_standard"]), p))


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

def _read_toml(path: str) -> dict:
    if not os.path.isfile(path):
        raise ProfileError(path, "", tr(
            "Method profile {path} does not exist. Give the path of a .toml profile "
            "file, or leave the parameter empty to use the built-in default.").format(
            path=path))
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, "", tr(
            "Method profile {path} is not valid TOML: {detail}. Check the quoting and "
            "brackets on that line.").format(path=path, detail=exc)) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(path, "", tr(
            "Method profile {path} is not UTF-8 text. Save it as UTF-8.").format(
            path=path)) from exc


def deep_merge(base: dict, override: dict) -> dict:
    """Merge ``override`` into a copy of ``base``: tables key by key, the rest
    replaced."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _resolve(path: str, depth: int = 0) -> dict:
    data = _read_toml(path)
    parent = (data.get("profile") or {}).get("extends")
    if not parent:
        return data
    if depth >= _MAX_EXTENDS_DEPTH:
        raise ProfileError(path, "profile.extends", tr(
            "Method profile {path}: 'profile.extends' chains more than {n} files (a "
            "loop?). Point it at the built-in 'default' or a complete profile.").format(
            path=path, n=_MAX_EXTENDS_DEPTH))
    if parent in BUILTIN:
        parent_path = builtin_path(parent)
    else:
        parent_path = parent if os.path.isabs(parent) else os.path.join(
            os.path.dirname(os.path.abspath(path)), parent)
    base = _resolve(parent_path, depth + 1)
    merged = deep_merge(base, data)
    merged["profile"].pop("extends", None)
    return merged


class Profile:
    """A validated method profile."""

    def __init__(self, data: dict, source: str):
        self.data = data
        self.source = source

    @property
    def id(self) -> str:
        return self.data["profile"]["id"]

    @property
    def version(self) -> str:
        return self.data["profile"]["version"]

    @property
    def precision(self) -> int:
        return self.data["profile"]["precision"]

    @property
    def name(self) -> str:
        return _label(self.data["profile"], "name")

    def get(self, dotted: str) -> Any:
        """Value at a dotted key; ``KeyError`` naming the key if absent."""
        node = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(dotted)
            node = node[part]
        return node

    def class_codes(self, set_name: str) -> List[str]:
        return list(self.data[set_name]["order"])

    def class_label(self, set_name: str, code: str) -> str:
        return _label(self.data[set_name][code])

    def class_color(self, set_name: str, code: str) -> str:
        return self.data[set_name][code]["color"]

    def describe(self) -> str:
        return f"{self.id} {self.version} ({self.source})"


def _cross_checks_2016(data: dict, ctx: _Ctx) -> None:
    """Keys of the 2016-method sections that refer to other parts."""
    env = data["elements"]["environment"]
    stations = env["stations"]
    for name in stations["statistics"]:
        if name not in env["air_pollutants"]:
            ctx.fail(f"elements.environment.stations.statistics.{name}", _expect(
                tr("one of air_pollutants ({names})").format(
                    names=", ".join(env["air_pollutants"])), name))
    limit = stations["exceed_days"]["limit"]
    for std_name, std in data["standards"]["air"].items():
        if limit not in std["daily"]:
            ctx.fail(f"standards.air.{std_name}.daily.{limit}",
                     tr("is missing: elements.environment.stations.exceed_days uses it."))
    kinds = data["special"]["black_grey"]["water"]
    for zone, entry in data["function_zones"].items():
        if isinstance(entry, dict) and entry.get("special") == "black_grey" and zone not in kinds:
            ctx.fail(f"function_zones.{zone}.special", tr(
                "is black_grey, but special.black_grey has no tables for a zone named "
                "'{zone}' (it has: {names}).").format(zone=zone, names=", ".join(kinds)))


def validate(data: dict, source: str) -> None:
    ctx = _Ctx(source, data)
    SCHEMA(data, "", ctx)
    _cross_checks(data, ctx)
    _cross_checks_2016(data, ctx)


def load_profile(path: Optional[str] = None) -> Profile:
    """Load and validate a profile: ``None``/``""``/``"default"`` for the
    built-in one, or the path of a TOML file."""
    if not path or path in BUILTIN:
        path = builtin_path(path or "default")
    path = os.path.abspath(os.path.expanduser(path))
    data = _resolve(path)
    validate(data, path)
    return Profile(data, path)
