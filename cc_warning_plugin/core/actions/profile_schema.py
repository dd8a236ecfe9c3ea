"""Profile sections of what follows a warning (``core/actions``):

- ``actions``: the measures catalogue and 奖惩 (control measures, penalties,
  rewards, 生态补偿) by element, overload type, warning level and level
  change; the "treated as" rules for units whose overload type moved;
  reminders (书面通知 / 约谈 / 公告) and the letter texts; remediation-plan
  task templates and statuses;
- ``targets``: the indicators a targets table may name;
- ``cross_check``: tolerances of the county/city cross-check (协同校验);
- ``report``: rounding of the reports and what the public edition must
  leave out.

Every entry carries ``tag`` (evidence, see spec/methods.md) and ``source``
(the document it comes from; empty = not verified). Conditions refer to
the codes of ``warning_levels``, ``load_classes``, ``trend_types`` and
``maps.change_classes``; a code none of them knows is reported with the
dotted key of the entry.
"""

from ..i18n import tr
from ..m2016.common import BASIC
from ..profile.vocab import (
    Ctx,
    check_code,
    check_in,
    check_template,
    color,
    expect,
    get_path,
    list_of,
    num,
    one_of,
    str_,
    table,
)

#: Element prefixes a measure may name (the 2016-method result fields).
ELEMENTS = BASIC + ("special",)
#: Kinds of catalogue entries.
KINDS = ("control", "penalty", "reward", "compensation")
#: Level-change codes besides those of ``maps.change_classes``.
PERSISTENT = "persistent"
#: Reminder kinds: 书面通知, 约谈, 公告.
REMINDER_KINDS = ("notice", "interview", "public")
#: Items of a county page of the public edition, and what may be internal.
PUBLIC_ITEMS = (
    "warning_level",
    "load_type",
    "trend_type",
    "cause_elements",
    "cause_text",
    "measures",
    "incentives",
    "reminders",
)
INTERNAL_ITEMS = (
    "indicator_values",
    "indices",
    "cause_text",
    "draft_results",
    "consultation",
    "remediation",
)
#: Placeholders the letter texts may use.
LETTER_FIELDS = ("county", "period", "org", "date", "kind", "deadline")


def _codes(ctx: Ctx, set_path: str):
    return list((get_path(ctx.root, set_path) or {}).get("order", []))


def refs(set_path: str, extra=()):
    """A list of class codes of the class set at ``set_path`` (plus ``extra``)."""

    def v(value, key, ctx):
        list_of(str_(), min_len=1)(value, key, ctx)
        known = _codes(ctx, set_path) + list(extra)
        for i, code in enumerate(value):
            check_code(
                code, known, f"{key}[{i}]", ctx, tr("a code of '{set}' ({codes})"), set=set_path
            )

    return v


def _ref(set_path: str):
    def v(value, key, ctx):
        str_()(value, key, ctx)
        known = _codes(ctx, set_path)
        check_code(value, known, key, ctx, tr("a code of '{set}' ({codes})"), set=set_path)

    return v


CONDITION_KEYS = (
    "levels",
    "load_types",
    "trend_types",
    "element",
    "element_classes",
    "changes",
    "persistent_min",
)


def _conditions():
    """The optional condition keys shared by measures, reminders and tasks."""
    return {
        "levels": refs("warning_levels"),
        "load_types": refs("load_classes"),
        "trend_types": refs("trend_types"),
        "element": one_of(*ELEMENTS),
        "element_classes": refs("load_classes"),
        "changes": refs("maps.change_classes", (PERSISTENT,)),
        "persistent_min": num(2, 20, integer=True),
    }


def _check_conditions(value, key, ctx):
    if not any(k in value for k in CONDITION_KEYS):
        ctx.fail(
            key,
            tr("has no condition: give at least one of {keys}.").format(
                keys=", ".join(CONDITION_KEYS)
            ),
        )
    if ("element" in value) != ("element_classes" in value):
        ctx.fail(
            key,
            tr(
                "needs both 'element' and 'element_classes' (the classes of "
                "that element the entry applies to), or neither."
            ),
        )


def _evidence():
    return {"tag": str_(), "source": str_()}


def _conditional(required):
    """An entry applying under conditions (a measure, reminder or task):
    ``required`` keys plus the condition keys and evidence, with at least
    one condition."""
    return table(required, dict(_conditions(), **_evidence()), check=_check_conditions)


def _measure():
    return _conditional(
        {"code": str_(), "kind": one_of(*KINDS), "text_zh": str_(), "text_en": str_()}
    )


def _treat_as():
    return table(
        {
            "from_load": refs("load_classes"),
            "to_load": refs("load_classes"),
            "level": _ref("warning_levels"),
            "scope": one_of("all", "incentives"),
        },
        _evidence(),
    )


def _reminder():
    return _conditional(
        {
            "code": str_(),
            "kind": one_of(*REMINDER_KINDS),
            "deadline_days": num(1, 3650, integer=True),
            "text_zh": str_(),
            "text_en": str_(),
        }
    )


def _labels():
    return table({"label_zh": str_(), "label_en": str_()})


def _template_text():
    def v(value, key, ctx):
        check_template(
            value,
            key,
            ctx,
            LETTER_FIELDS,
            lambda exc: tr(
                "is not a valid text template ({detail}); write placeholders "
                "as {{county}} and a literal brace as {{{{."
            ).format(detail=exc),
            lambda name, allowed: expect(
                tr("placeholders among {names}").format(names=allowed), "{" + name + "}"
            ),
        )

    return v


def _letters():
    texts = {
        f"{part}_{lang}": _template_text()
        for part in ("title", "opening", "closing")
        for lang in ("zh", "en")
    }
    return table(dict(texts, group_digits=num(0, 12, integer=True)), {"tag": str_()})


def _task():
    return _conditional(
        {
            "task_zh": str_(),
            "task_en": str_(),
            "department_zh": str_(),
            "department_en": str_(),
            "months": num(1, 120, integer=True),
        }
    )


def _remediation():
    def check(value, key, ctx):
        for i, s in enumerate(value["done"]):
            check_in(
                s,
                value["statuses"],
                f"{key}.done[{i}]",
                ctx,
                tr("a key of statuses ({names})").format(names=", ".join(value["statuses"])),
            )

    return table(
        {
            "statuses": table(values=_labels()),
            "done": list_of(str_(), 1),
            "tasks": list_of(_task(), 1),
        },
        {"tag": str_()},
        check=check,
    )


def _actions():
    def check(value, key, ctx):
        for group in ("measures",):
            seen = {}
            for i, m in enumerate(value[group]):
                if m["code"] in seen:
                    ctx.fail(
                        f"{key}.{group}[{i}].code",
                        tr(
                            "repeats the code {code!r} of {group}[{first}]: codes must be unique."
                        ).format(code=m["code"], group=group, first=seen[m["code"]]),
                    )
                seen[m["code"]] = i
        seen = {}
        for i, r in enumerate(value["reminders"]["rules"]):
            if r["code"] in seen:
                ctx.fail(
                    f"{key}.reminders.rules[{i}].code",
                    tr("repeats the code {code!r} of rules[{first}]: codes must be unique.").format(
                        code=r["code"], first=seen[r["code"]]
                    ),
                )
            seen[r["code"]] = i
        for kind in REMINDER_KINDS:
            if kind not in value["reminders"]["kinds"]:
                ctx.fail(f"{key}.reminders.kinds.{kind}", tr("is missing."))

    reminders = table(
        {"kinds": table(values=_labels()), "rules": list_of(_reminder()), "letters": _letters()},
        {"tag": str_()},
    )
    kinds = table({k: _labels() for k in KINDS})
    return table(
        {
            "persistent_levels": refs("warning_levels"),
            "kinds": kinds,
            "treat_as": list_of(_treat_as()),
            "measures": list_of(_measure(), 1),
            "reminders": reminders,
            "remediation": _remediation(),
        },
        {"tag": str_()},
        check=check,
    )


def _targets():
    indicator = table(
        {"name_zh": str_(), "name_en": str_(), "unit": str_()},
        {"aliases": list_of(str_()), "tag": str_(), "note": str_()},
    )
    return table(
        {"indicators": table(values=indicator)},
        {"tag": str_(), "directions": table(values=list_of(str_(), 1))},
        check=_check_directions,
    )


def _check_directions(value, key, ctx):
    directions = value.get("directions", {})
    for name in directions:
        check_in(
            name, ("at_least", "at_most"), f"{key}.directions.{name}", ctx, "at_least / at_most"
        )


def _cross_check():
    return table({"index_tolerance": num(0, 1), "input_rel_tolerance": num(0, 1)}, {"tag": str_()})


def _report():
    def check(value, key, ctx):
        pub = value["public"]
        for i, item in enumerate(pub["items"]):
            if item in pub["internal"]:
                ctx.fail(
                    f"{key}.public.items[{i}]",
                    tr(
                        "{item!r} is also listed in public.internal: an internal item cannot be "
                        "published. Remove it from one of the two lists."
                    ).format(item=item),
                )
            if item == "cause_text" and "indices" in pub["internal"]:
                ctx.fail(
                    f"{key}.public.items[{i}]",
                    tr(
                        "'cause_text' quotes the element indices, which public.internal lists "
                        "as 'indices': publish 'cause_elements' instead, or remove 'indices' "
                        "from public.internal."
                    ),
                )

    public = table(
        {
            "items": list_of(one_of(*PUBLIC_ITEMS), 1),
            "internal": list_of(one_of(*INTERNAL_ITEMS)),
            "draft_fields": list_of(str_()),
            "draft_values": list_of(str_()),
        },
        {"tag": str_(), "unpublished_color": color()},
    )
    return table(
        {
            "area_km2_digits": num(0, 6, integer=True),
            "share_digits": num(0, 6, integer=True),
            "index_digits": num(0, 10, integer=True),
            "wrap_width": num(4, 200, integer=True),
            "public": public,
        },
        {"tag": str_(), "page_size": one_of("A4", "A3")},
        check=check,
    )


def optional_sections():
    """Sections a profile may lack (filled from the built-in default)."""
    return {
        "actions": _actions(),
        "targets": _targets(),
        "cross_check": _cross_check(),
        "report": _report(),
    }
