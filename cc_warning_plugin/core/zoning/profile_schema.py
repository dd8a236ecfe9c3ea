"""Profile schema of 生态环境分区管控: the optional ``[zoning]`` section
(classes, precedence, slivers, tolerances, unit codes, field names, list
dimensions, verdicts, project attributes, layers, comparison, GB/T 4754
sections). A profile written before the section existed gets the built-in
default's (see :func:`core.profile.load_profile`)."""

import re

from ..i18n import tr
from ..profile.vocab import (
    check_code,
    check_template,
    class_set,
    expect,
    list_of,
    num,
    one_of,
    ordered_set,
    str_,
    table,
)

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CODE_FIELDS = ("admin", "township", "cls", "seq")
NAME_FIELDS = ("county", "township", "label", "n")


def _template(allowed, sample):
    def v(value, key, ctx):
        check_template(
            value,
            key,
            ctx,
            allowed,
            lambda exc: tr(
                "is not a valid template ({detail}): use {{name}} or {{name:04d}} placeholders."
            ).format(detail=exc),
            lambda name, names: tr(
                "uses the placeholder {{{name}}}; allowed are {allowed}."
            ).format(name=name, allowed=names),
        )
        try:
            value.format(**sample)
        except (ValueError, KeyError, IndexError) as exc:
            ctx.fail(key, tr("cannot be filled ({detail}).").format(detail=exc))

    return v


def _regex():
    def v(value, key, ctx):
        str_()(value, key, ctx)
        try:
            re.compile(value)
        except re.error as exc:
            ctx.fail(key, tr("is not a valid regular expression ({detail}).").format(detail=exc))

    return v


def _codes_check(value, key, ctx):
    classes = ctx.root.get("zoning", {}).get("classes", {}).get("order", [])
    pattern = re.compile(value["pattern"])
    for cls in classes:
        code = value["format"].format(admin="990102", township="990102001", cls=cls, seq=1)
        if not pattern.match(code):
            ctx.fail(
                f"{key}.pattern",
                tr(
                    "does not accept the code {code} that 'format' makes "
                    "for class {cls}: make the two agree."
                ).format(code=code, cls=cls),
            )


def _each_once(values, codes, key: str, ctx, expected: str) -> None:
    """Report ``key`` unless ``values`` lists every one of ``codes`` exactly
    once; ``expected`` names them with ``{codes}``."""
    if sorted(values) != sorted(codes) or len(set(values)) != len(values):
        ctx.fail(key, expect(expected.format(codes=", ".join(codes)), values))


def _precedence_check(value, key, ctx):
    classes = ctx.root.get("zoning", {}).get("classes", {}).get("order", [])
    _each_once(
        value["precedence"],
        classes,
        f"{key}.precedence",
        ctx,
        tr("every class code of [zoning.classes] exactly once ({codes})"),
    )


def _env_key_check(value, key, ctx):
    known = ctx.root.get("load_classes", {}).get("order", [])
    for i, code in enumerate(value["env_key_classes"]):
        check_code(
            code,
            known,
            f"{key}.env_key_classes[{i}]",
            ctx,
            tr("a class code of [load_classes] ({codes})"),
        )


def _verdicts_check(value, key, ctx):
    need = ("mismatch", "undetermined", "partial", "match", "not_applicable")
    _each_once(
        value["order"],
        need,
        f"{key}.order",
        ctx,
        tr("the five verdicts {codes}, each once, worst first"),
    )


def _ident_table(entry):
    def v(value, key, ctx):
        if not _IDENT.match(key.rsplit(".", 1)[-1]):
            ctx.fail(key, tr("must be a plain name (letters, digits, _)."))
        entry(value, key, ctx)

    return v


def _section_range(value, key, ctx):
    list_of(num(1, 99, integer=True), min_len=2, max_len=2)(value, key, ctx)
    if value[0] > value[1]:
        ctx.fail(
            key, tr("must be [first, last] with first ≤ last, found {found}.").format(found=value)
        )


def _letter_key(value, key, ctx):
    if not re.match(r"^[A-Z]$", key.rsplit(".", 1)[-1]):
        ctx.fail(key, tr("must be one capital letter (a GB/T 4754 section)."))
    _section_range(value, key, ctx)


def _zoning():
    label = {"label_zh": str_(), "label_en": str_()}
    dimension = table(dict(label, field=str_()), {"aliases": list_of(str_())})
    attribute = table(
        dict(label, kind=one_of("code", "number"), unit=str_(), aliases=list_of(str_(), min_len=1))
    )
    layer = table(dict(label))
    tag = {"tag": str_()}
    return table(
        {
            "classes": class_set(),
            "delineation": table(
                {
                    "precedence": list_of(str_(), min_len=2),
                    "unit": one_of("township_class", "part"),
                    "env_key_classes": list_of(str_()),
                    "env_key_tag": str_(),
                },
                tag,
                check=_precedence_check,
            ),
            "slivers": table({"min_unit_area_m2": num(0), "min_mean_width_m": num(0)}, tag),
            "tolerances": table({"gap_overlap_m2": num(0), "min_piece_area_m2": num(0)}, tag),
            "codes": table(
                {
                    "format": _template(
                        CODE_FIELDS,
                        {"admin": "990102", "township": "990102001", "cls": "1", "seq": 1},
                    ),
                    "pattern": _regex(),
                    "name_format": _template(
                        NAME_FIELDS, {"county": "", "township": "", "label": "", "n": ""}
                    ),
                },
                tag,
                check=_codes_check,
            ),
            "fields": table(
                {
                    "code": str_(),
                    "name": str_(),
                    "class": str_(),
                    "county": str_(),
                    "township": str_(),
                    "area": str_(),
                },
                tag,
            ),
            "dimensions": ordered_set(
                dimension,
                lambda: tr(
                    "is missing: every code in 'order' needs a table with label_zh, label_en and "
                    "field."
                ),
                tag,
            ),
            "verdicts": class_set(),
            "scopes": table({"overall": list_of(str_(), min_len=1)}, tag),
            "attributes": table(optional=tag, values=_ident_table(attribute)),
            "layers": table(optional=tag, values=_ident_table(layer)),
            "compare": table(
                {
                    "area_tolerance_share": num(0, 1),
                    "area_tolerance_m2": num(0),
                    "recode_min_overlap": num(0.5, 1),
                },
                tag,
            ),
            "industry_sections": table(optional=tag, values=_letter_key),
        },
        tag,
        check=_zoning_check,
    )


def _zoning_check(value, key, ctx):
    _verdicts_check(value["verdicts"], f"{key}.verdicts", ctx)
    _env_key_check(value["delineation"], f"{key}.delineation", ctx)
    industry = value["attributes"].get("industry")
    if not industry or industry.get("kind") != "code":
        ctx.fail(
            f"{key}.attributes.industry",
            tr('is missing or not of kind "code": list conditions on industries read it.'),
        )


def optional_sections():
    return {"zoning": _zoning()}
