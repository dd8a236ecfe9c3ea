"""The vocabulary of profile schemas: validators for values, lists, tables,
class sets, threshold rules and gradings.

A validator is called as ``v(value, key, ctx)`` and reports a problem through
``ctx.fail(key, problem)``, which raises :class:`ProfileError` naming the file
and the exact dotted key (``elements.environment.rules[1].op``) and what would
be accepted. ``ctx.root`` is the whole merged profile, for references between
sections.
"""

import re
import string
from typing import Callable, Dict, Optional, Sequence

from ..errors import ProfileError
from ..i18n import tr

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")


class Ctx:
    def __init__(self, source: str, root: dict):
        self.source = source
        self.root = root

    def fail(self, key: str, problem: str):
        raise ProfileError(
            self.source,
            key,
            tr(
                "Method profile {source}: key '{key}' {problem} "
                "Fix it in the file, or compare with the built-in profile "
                "'default' (docs/profiles.md)."
            ).format(source=self.source, key=key, problem=problem),
        )


def expect(expected: str, found) -> str:
    return tr("must be {expected}, found {found}.").format(expected=expected, found=repr(found))


def check_in(value, allowed, key: str, ctx: "Ctx", expected: str) -> None:
    """Report ``key`` unless ``value`` is one of ``allowed``; ``expected``
    says what would be accepted."""
    if value not in allowed:
        ctx.fail(key, expect(expected, value))


def check_code(value, codes, key: str, ctx: "Ctx", expected: str, **fields) -> None:
    """:func:`check_in` against a list of codes; ``expected`` names them
    with ``{codes}`` (its other placeholders are ``fields``)."""
    check_in(value, codes, key, ctx, expected.format(codes=", ".join(map(str, codes)), **fields))


def str_():
    def v(value, key, ctx):
        if not isinstance(value, str):
            ctx.fail(key, expect(tr("text"), value))

    return v


def check_template(
    value,
    key: str,
    ctx: "Ctx",
    allowed: Sequence[str],
    broken: Callable[[ValueError], str],
    unknown: Callable[[str, str], str],
) -> None:
    """Report ``key`` unless ``value`` is a text template (``str.format``
    syntax) that parses and uses only the ``allowed`` placeholder names.
    ``broken(error)`` says what is wrong with one that does not parse,
    ``unknown(name, allowed)`` with one that uses another name (``allowed``
    written as ``{a}, {b}``)."""
    str_()(value, key, ctx)
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(value) if f is not None]
    except ValueError as exc:
        ctx.fail(key, broken(exc))
    braced = ", ".join("{" + a + "}" for a in allowed)
    for name in names:
        if name not in allowed:
            ctx.fail(key, unknown(name, braced))


def num(min_=None, max_=None, integer=False):
    def v(value, key, ctx):
        ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type:
            what = tr("a whole number") if integer else tr("a number")
            ctx.fail(key, expect(what, value))
        if min_ is not None and value < min_:
            ctx.fail(key, expect(tr("at least {min}").format(min=min_), value))
        if max_ is not None and value > max_:
            ctx.fail(key, expect(tr("at most {max}").format(max=max_), value))

    return v


def bool_():
    def v(value, key, ctx):
        if not isinstance(value, bool):
            ctx.fail(key, expect("true / false", value))

    return v


def color():
    def v(value, key, ctx):
        if not isinstance(value, str) or not _COLOR.match(value):
            ctx.fail(key, expect(tr('a colour like "#ff0000"'), value))

    return v


def one_of(*choices):
    def v(value, key, ctx):
        check_in(
            value,
            choices,
            key,
            ctx,
            tr("one of {choices}").format(choices=", ".join(repr(c) for c in choices)),
        )

    return v


def list_of(item, min_len=0, max_len=None, length_of: Optional[str] = None):
    def v(value, key, ctx):
        if not isinstance(value, list):
            ctx.fail(key, expect(tr("a list [...]"), value))
        if len(value) < min_len:
            ctx.fail(
                key,
                tr("must have at least {n} entries, found {m}.").format(n=min_len, m=len(value)),
            )
        if max_len is not None and len(value) > max_len:
            ctx.fail(
                key, tr("must have at most {n} entries, found {m}.").format(n=max_len, m=len(value))
            )
        for i, entry in enumerate(value):
            item(entry, f"{key}[{i}]", ctx)

    return v


def table(
    required: Dict[str, Callable] = None,
    optional: Dict[str, Callable] = None,
    values: Optional[Callable] = None,
    check: Optional[Callable] = None,
):
    """A TOML table with required/optional keys. ``values`` validates every
    other key (a free-form mapping); without it, unknown keys are errors (a
    misspelt key would otherwise be ignored silently)."""
    required = required or {}
    optional = optional or {}

    def v(value, key, ctx):
        if not isinstance(value, dict):
            ctx.fail(key, expect(tr("a table"), value))
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
                ctx.fail(
                    sub_key, tr("is not a known key here (known: {known}).").format(known=known)
                )
            values(value[name], sub_key, ctx)
        if check is not None:
            check(value, key, ctx)

    return v


def get_path(root: dict, path: str):
    node = root
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def class_ref(set_path: str):
    """A class code defined in the class set at ``set_path``."""

    def v(value, key, ctx):
        codes = (get_path(ctx.root, set_path) or {}).get("order", [])
        check_code(value, codes, key, ctx, tr("a class code of '{set}' ({codes})"), set=set_path)

    return v


def ordered_set(entry: Callable, missing: Callable[[], str], optional: Dict[str, Callable] = None):
    """``order = [codes]`` plus one ``entry`` table per code; ``missing()``
    is the problem reported for a code without its table."""

    def check(value, key, ctx):
        for code in value["order"]:
            if code not in value:
                ctx.fail(f"{key}.{code}", missing())
            entry(value[code], f"{key}.{code}", ctx)

    return table(
        {"order": list_of(str_(), min_len=1)},
        optional,
        values=lambda value, key, ctx: None,
        check=check,
    )


def class_set(extra: Dict[str, Callable] = None):
    """``order = [codes]`` plus one table per code with labels and colour."""
    return ordered_set(
        table({"label_zh": str_(), "label_en": str_(), "color": color()}),
        lambda: tr(
            "is missing: every code in 'order' needs a table with label_zh, label_en and color."
        ),
        dict(extra or {}, tag=str_()),
    )


def rules(classes: str):
    """Ordered threshold rules; the last one is a catch-all."""
    rule = table(
        {"class": class_ref(classes)}, {"op": one_of(">", ">=", "<", "<="), "value": num()}
    )

    def v(value, key, ctx):
        list_of(rule, min_len=1)(value, key, ctx)
        for i, r in enumerate(value):
            last = i == len(value) - 1
            if ("op" in r) != ("value" in r):
                ctx.fail(
                    f"{key}[{i}]",
                    tr("needs both 'op' and 'value', or neither (only the last rule)."),
                )
            if last and "op" in r:
                ctx.fail(
                    f"{key}[{i}]",
                    tr(
                        "is the last rule and must have no 'op': it "
                        "catches every value the rules above leave."
                    ),
                )
            if not last and "op" not in r:
                ctx.fail(
                    f"{key}[{i}]",
                    tr(
                        "has no 'op' but is not the last rule: the "
                        "rules after it could never apply."
                    ),
                )

    return v


def one_more_than_breaks(entries: list, breaks: list, key: str, ctx) -> None:
    """``entries`` (at ``key``) has one entry per class of ``breaks``: one
    more than there are breaks."""
    if len(entries) != len(breaks) + 1:
        ctx.fail(
            key,
            tr("must have one entry more than 'breaks' ({n}), found {m}.").format(
                n=len(breaks) + 1, m=len(entries)
            ),
        )


def distinct_codes(codes: list, key: str, ctx):
    """The ``(i, entry)`` of a list of ``{code, …}`` tables, in order; a code
    met a second time is reported at ``key[i].code``."""
    seen = set()
    for i, c in enumerate(codes):
        if c["code"] in seen:
            ctx.fail(f"{key}[{i}].code", tr("repeats code {code}.").format(code=c["code"]))
        seen.add(c["code"])
        yield i, c


def breaks_grading(levels_item: Callable = None, key_levels="levels"):
    """``breaks`` ascending, ``closed`` left/right, one more level than breaks."""
    levels_item = levels_item or num()

    def check(value, key, ctx):
        ascending(value["breaks"], f"{key}.breaks", ctx)
        one_more_than_breaks(value[key_levels], value["breaks"], f"{key}.{key_levels}", ctx)

    return {
        "breaks": list_of(num(), min_len=1),
        "closed": one_of("left", "right"),
        key_levels: list_of(levels_item, min_len=2),
    }, check


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


def one_of_color_or_empty():
    """A colour, or "" for none (no fill, no outline)."""

    def v(value, key, ctx):
        if value == "":
            return
        color()(value, key, ctx)

    return v


def ascending(value, key, ctx):
    if any(b2 <= b1 for b1, b2 in zip(value, value[1:])):
        ctx.fail(key, tr("must be strictly ascending, found {found}.").format(found=value))
