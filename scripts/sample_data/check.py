"""The self-check: the plugin's core (``core.m2016.chain``) evaluates the tables exactly as they are
about to be written, with the rules of the method profile, and every county must come out as
designed (:mod:`.design`), also under the alternative conventions the sample is built to be robust
to, and with every index a margin away from every threshold of its rule. No rule is restated here:
the thresholds the margins are measured from are read from the profile too."""

from __future__ import annotations

from cc_warning_plugin.core.m2016 import water as water_element
from cc_warning_plugin.core.m2016.chain import Chain
from cc_warning_plugin.core.m2016.trend import COMPONENTS
from cc_warning_plugin.core.m2016.units import Source
from cc_warning_plugin.core.profile import Profile

from .counties import CODES, COUNTIES
from .design import (
    CLASS_CODE,
    DESIGN,
    MARGIN,
    MARGIN_FLOOR,
    NO,
    QUIET,
    RATE_MARGIN,
    SEVERITY_CODE,
    TREND_CODE,
    WARNING_CODE,
)
from .method import profile, profile_tn_on_rivers, special_kind
from .outputs import indicator_table, national_table, sections_table


def _source(name: str, table: tuple[list[str], list[list]]) -> Source:
    header, rows = table
    rows = [dict(zip(header, [str(v) for v in r], strict=True)) for r in rows]
    return Source(name, rows, headers=header)


def _eco_overlay(s) -> dict[str, dict]:
    """Dissolved moderate-or-worse degradation per county (overlaps between types counted once),
    as the algorithm's polygon overlay hands it to the core."""
    out = {}
    for code in CODES:
        u = s.deg_union.get(code)
        by_type = {f: a for f, a in s.deg_area[code].items() if a > 0}
        out[code] = {
            "degraded_area": u.Area() / 1e6 if u is not None else 0.0,
            "land_area": None,
            "by_type": by_type,
            "source": "polygons",
        }
    return out


def evaluate(
    s, prof: Profile, water_aggregation: str | None = None, dissolved: bool = True
) -> tuple[dict[str, dict], dict[str, float]]:
    """Results of the whole 2016 chain per county code, and the national rates it used."""
    chain = Chain(
        prof,
        _source("indicators_2025.csv", indicator_table(s, "t25")),
        [],
        [_source("indicators_2020.csv", indicator_table(s, "t20"))],
        water_aggregation=water_aggregation,
    )
    chain.prepare(
        national_table=_source("national_rates.csv", national_table()),
        sections=_source("water_sections_2025.csv", sections_table(s)),
    )
    rows = chain.run(eco_overlay=_eco_overlay(s) if dissolved else None)
    return dict(zip(chain.units.codes, rows, strict=True)), chain.national


def _rule_values(rules) -> list[float]:
    return [r["value"] for r in rules if "value" in r]


def _thresholds(prof: Profile) -> dict[str, list[float]]:
    return {
        "D": _rule_values(prof.get("elements.land.rules")),
        "W": _rule_values(water_element.ratio_rules(prof)),
        "R": _rule_values(prof.get("elements.environment.rules")),
        "H": _rule_values(prof.get("elements.ecology.rules")),
    }


def _near(v: float, breaks, what: str, code: str) -> list[str]:
    return [
        f"{code} {what}={v:.4f} within {MARGIN:.0%} of threshold {t}"
        for t in breaks
        if abs(v - t) < MARGIN * max(abs(t), MARGIN_FLOOR)
    ]


def _special_margins(prof: Profile, c: dict, r: dict) -> list[str]:
    code, kind = c["code"], r["special_type"]
    if kind == "black_grey":
        zone = r["special_zone"]
        air = prof.get(f"special.black_grey.air.{zone}_{'core' if c['core'] else 'other'}")
        water = prof.get(f"special.black_grey.water.{zone}")
        l_breaks = sorted({b for band in water["bands"] for b in band["l_breaks"]})
        return (
            _near(r["special_bg_days"], air["breaks"], "days", code)
            + _near(r["special_bg_den"], water["den_breaks"], "Den", code)
            + _near(r["special_bg_l"], l_breaks, "L", code)
        )
    # the cropland-quality index of 平原县 is 0 by design (grade unchanged), on the break of the
    # unverified default rule: no margin is asked of that index
    if kind == "cropland_quality":
        return []
    return _near(r["special_index"], _rule_values(prof.get(f"special.{kind}.rules")), kind, code)


def _class_problems(c: dict, d: dict, r: dict) -> list[str]:
    code = c["code"]
    want = {
        "land_class": CLASS_CODE[d["land"]],
        "water_class": CLASS_CODE[d["water"]],
        "env_class": CLASS_CODE[d["env"]],
        "eco_class": CLASS_CODE[d["eco"]],
        "special_class": CLASS_CODE[d["special"]],
        "special_type": special_kind(c["mfz"], c["agri"]),
        "trend_eff_worse": int(d["eff"]),
        "trend_emis_worse": int(d["emis"]),
        "trend_eco_worse": int(d["ecoq"]),
        "trend_type": TREND_CODE[d["trend"]],
        "load_type": CLASS_CODE[d["load"]],
        "warning_level": WARNING_CODE[d["warn"]],
    }
    if d["bg_air"]:
        want.update(
            special_bg_air=SEVERITY_CODE[d["bg_air"]], special_bg_water=SEVERITY_CODE[d["bg_water"]]
        )
    return [f"{code} {k}: designed {v}, computed {r[k]}" for k, v in want.items() if r[k] != v]


def _quiet_problems(c: dict, d: dict, r: dict) -> list[str]:
    """The 不超载 counties keep wider margins than the thresholds ask."""
    code, out = c["code"], []
    if d["land"] == NO and r["land_index"] > QUIET["D"]:
        out.append(f"{code} D={r['land_index']:.3f} should be <= {QUIET['D']}")
    if d["env"] == NO and r["env_index"] > QUIET["R"]:
        out.append(f"{code} R={r['env_index']:.3f} should be <= {QUIET['R']}")
    if d["eco"] == NO and r["eco_index"] > QUIET["H"]:
        out.append(f"{code} H={r['eco_index']:.3f} should be <= {QUIET['H']}")
    if d["water"] == NO and (r["water_r_total"] > QUIET["W"] or r["water_r_gw"] > QUIET["G"]):
        out.append(f"{code} W or G above {QUIET['W']} of quota")
    return out


def check_design(s) -> dict[str, dict]:
    """Evaluate the sample with the core and raise SystemExit listing every county or index that
    misses its design. Returns the chain results per county code."""
    prof = profile()
    main, national = evaluate(s, prof)
    typed, _ = evaluate(s, prof, dissolved=False)
    mean_then_max, _ = evaluate(s, prof, water_aggregation="mean_then_max")
    tn_rivers, _ = evaluate(s, profile_tn_on_rivers())
    breaks = _thresholds(prof)
    problems = []
    for c in COUNTIES:
        code, d, r = c["code"], DESIGN[c["code"]], main[c["code"]]
        problems += _class_problems(c, d, r)
        for name, other in (
            ("from the per-type area fields", typed),
            ("with mean-then-max water aggregation", mean_then_max),
            ("with TN applied to rivers", tn_rivers),
        ):
            k = "eco_class" if other is typed else "env_class"
            if other[code][k] != r[k]:
                problems.append(f"{code} {k} {name}: {other[code][k]}, not {r[k]}")
        problems += _near(r["land_index"], breaks["D"], "D", code)
        problems += _near(r["water_r_total"], breaks["W"], "W", code)
        problems += _near(r["water_r_gw"], breaks["W"], "G", code)
        problems += _near(r["env_index"], breaks["R"], "R", code)
        problems += _near(r["env_water_index"], breaks["R"], "R_water", code)
        problems += _near(r["eco_index"], breaks["H"], "H", code)
        problems += _near(typed[code]["eco_index"], breaks["H"], "H_fields", code)
        problems += _special_margins(prof, c, r)
        for comp, (_kind, _field, out_field) in COMPONENTS.items():
            if abs(r[out_field] - national[comp]) < RATE_MARGIN:
                problems.append(
                    f"{code} {out_field}={r[out_field]:.2f} too close to national {national[comp]}"
                )
        problems += _quiet_problems(c, d, r)
    if problems:
        raise SystemExit("design check failed:\n  " + "\n  ".join(problems))
    return main
