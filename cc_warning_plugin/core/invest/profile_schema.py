"""Profile section ``[invest]``: the InVEST-compatible LS factor from flow
accumulation and the Budyko annual water yield (core/invest/,
docs/methods_extra.md section 5)."""

import re

from ..i18n import tr
from ..profile.vocab import ascending, bool_, expect, list_of, num, one_of, str_, table


def _ls_check(value, key, ctx):
    ascending(value["m_breaks"], f"{key}.m_breaks", ctx)
    if len(value["m_values"]) != len(value["m_breaks"]):
        ctx.fail(
            f"{key}.m_values",
            tr(
                "must have one entry per break ({n}) — the steepest "
                "interval takes m_steep — found {m}."
            ).format(n=len(value["m_breaks"]), m=len(value["m_values"])),
        )
    steep = value["m_steep"]
    if steep != "beta" and (
        isinstance(steep, bool) or not isinstance(steep, (int, float)) or not 0 <= steep <= 1
    ):
        ctx.fail(f"{key}.m_steep", expect(tr('"beta" or a number 0–1'), steep))


def _biophysical_key(value, key, ctx):
    if not re.fullmatch(r"-?\d+", key.rsplit(".", 1)[-1]):
        ctx.fail(key, tr("is not a land-cover code: the keys of this table are integer codes."))
    table(
        {"kc": num(0, 3), "root_depth": num(0, 100000), "vegetated": bool_()},
        {"name_zh": str_(), "name_en": str_()},
    )(value, key, ctx)


def _wy_check(value, key, ctx):
    if not value["omega_max"] > value["omega_min"]:
        ctx.fail(
            f"{key}.omega_max", tr("must be above omega_min ({v:g}).").format(v=value["omega_min"])
        )


def _invest():
    ls = table(
        {
            "variant": one_of("desmet_govers", "invest_3_14"),
            "flow": one_of("d8"),
            "edge": one_of("normal", "outward"),
            "m_breaks": list_of(num(0), min_len=1),
            "m_closed": one_of("left", "right"),
            "m_values": list_of(num(0, 1), min_len=1),
            "m_steep": lambda v, k, c: None,
            "s_break": num(0),
            "s_low": list_of(num(), 2, 2),
            "s_high": list_of(num(), 2, 2),
            "l_max": num(0),
            "unit_length": num(0.01),
        },
        {"tag": str_()},
        check=_ls_check,
    )
    wy = table(
        {
            "z": num(0, 100),
            "omega_min": num(1, 10),
            "omega_max": num(1, 100),
            "biophysical": table(optional={"tag": str_()}, values=_biophysical_key),
        },
        {"tag": str_()},
        check=_wy_check,
    )
    return table(
        {"ls": ls, "water_yield": wy}, {"tag": str_(), "name_zh": str_(), "name_en": str_()}
    )


def optional_sections():
    """Top-level tables added after profiles were first written: a profile
    without them gets the built-in default's."""
    return {"invest": _invest()}
