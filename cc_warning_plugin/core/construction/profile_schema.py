"""Profile section ``[construction_screen]``: the construction-suitability
screen for L₀ (core/construction/screen.py, docs/methods_extra.md
section 3)."""

from ..i18n import tr
from ..profile.vocab import (
    ascending,
    bool_,
    check_code,
    distinct_codes,
    expect,
    get_path,
    list_of,
    num,
    one_of,
    one_more_than_breaks,
    str_,
    table,
)


def _factor(max_score_of):
    code = table(
        {"code": num(integer=True), "score": num(0, 100, integer=True)},
        {"label_zh": str_(), "label_en": str_()},
    )

    def check(value, key, ctx):
        kind = value["kind"]
        top = max_score_of(ctx)
        if kind == "codes":
            if "codes" not in value:
                ctx.fail(
                    f"{key}.codes", tr('is missing: kind = "codes" needs a list of {code, score}.')
                )
            for i, c in distinct_codes(value["codes"], f"{key}.codes", ctx):
                if c["score"] > top:
                    ctx.fail(
                        f"{key}.codes[{i}].score",
                        expect(tr("at most max_score ({max})").format(max=top), c["score"]),
                    )
        elif kind in ("breaks", "slope"):
            for name in ("breaks", "closed", "scores"):
                if name not in value:
                    ctx.fail(
                        f"{key}.{name}",
                        tr('is missing: kind = "{kind}" needs breaks, closed and scores.').format(
                            kind=kind
                        ),
                    )
            ascending(value["breaks"], f"{key}.breaks", ctx)
            one_more_than_breaks(value["scores"], value["breaks"], f"{key}.scores", ctx)
            for i, s in enumerate(value["scores"]):
                if s > top:
                    ctx.fail(
                        f"{key}.scores[{i}]",
                        expect(tr("at most max_score ({max})").format(max=top), s),
                    )
        elif kind == "mask" and value.get("score", 0) > top:
            ctx.fail(
                f"{key}.score",
                expect(tr("at most max_score ({max})").format(max=top), value["score"]),
            )

    return table(
        {
            "key": str_(),
            "name_zh": str_(),
            "name_en": str_(),
            "kind": one_of("mask", "codes", "breaks", "slope"),
            "input": str_(),
            "missing": one_of("ignore", "nodata"),
        },
        {
            "required": bool_(),
            "tag": str_(),
            "unit": str_(),
            "codes": list_of(code),
            "score": num(0, 100, integer=True),
            "breaks": list_of(num(), min_len=1),
            "closed": one_of("left", "right"),
            "scores": list_of(num(0, 100, integer=True), min_len=2),
        },
        check=check,
    )


def _max_score(ctx):
    return (get_path(ctx.root, "construction_screen") or {}).get("max_score", 100)


def _check(value, key, ctx):
    keys = [f["key"] for f in value["factors"]]
    if len(set(keys)) != len(keys):
        ctx.fail(f"{key}.factors", tr("repeat a factor key: every factor needs its own key."))
    if len(value["factors"]) > 254:
        ctx.fail(f"{key}.factors", tr("has more than 254 factors (the cause raster is Byte)."))
    ascending(value["class_breaks"], f"{key}.class_breaks", ctx)
    if len(value["classes"]) != len(value["class_breaks"]) + 1:
        ctx.fail(
            f"{key}.classes",
            tr("must have one entry more than 'class_breaks' ({n}), found {m}.").format(
                n=len(value["class_breaks"]) + 1, m=len(value["classes"])
            ),
        )
    cset = get_path(ctx.root, f"dual.classes.{value['class_set']}")
    if cset is None:
        ctx.fail(
            f"{key}.class_set",
            tr("names a class set that [dual.classes] does not have: {name}.").format(
                name=value["class_set"]
            ),
        )
    for i, code in enumerate(value["classes"]):
        check_code(
            code,
            cset["codes"],
            f"{key}.classes[{i}]",
            ctx,
            tr("a code of dual.classes.{set} ({codes})"),
            set=value["class_set"],
        )


def _construction_screen():
    return table(
        {
            "combine": one_of("minimum", "product"),
            "max_score": num(1, 100, integer=True),
            "class_set": str_(),
            "class_breaks": list_of(num(0), min_len=1),
            "class_closed": one_of("left", "right"),
            "classes": list_of(str_(), min_len=2),
            "factors": list_of(_factor(_max_score), min_len=1),
        },
        {"tag": str_(), "name_zh": str_(), "name_en": str_()},
        check=_check,
    )


def optional_sections():
    """Top-level tables added after profiles were first written: a profile
    without them gets the built-in default's."""
    return {"construction_screen": _construction_screen()}
