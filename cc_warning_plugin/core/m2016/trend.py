"""过程评价 of the 2016 method: 资源环境耗损 (trend of resource and
environmental depletion) between a base year b and an evaluation year e,
Δt = e − b, every annual rate compared with the national rate of the same
period. Rates are in percent per year.

  资源利用效率 (efficiency)   r = [(X_b/GDP_b)/(X_e/GDP_e)]^(1/Δt) − 1
                              X = construction land (land), water use (water);
                              a component is worse when r < national
  污染物排放强度 (intensity)  r = [(E_e/GDP_e)/(E_b/GDP_b)]^(1/Δt) − 1
                              E = COD, NH3-N, SO2, NOx emissions;
                              worse when r > national
  生态质量 (cover)            r = (F_e/F_b)^(1/Δt) − 1, F = 林草覆盖率;
                              worse when r < national

A group is worse (趋差) when at least ``<group>_worse_min`` of its components
are (efficiency: both; emissions: 3 of 4; ecology: its component). The unit
is 加剧型 (``worsening``) when at least ``worsening_min`` (2) of the three
groups are worse, otherwise 趋缓型 (``easing``). A missing value leaves its
component unknown; the type is still given when the known components decide
it, otherwise the unit is ``not_evaluated`` with the reason.
"""

from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import label, tr
from ..indicators import field_title, normalize_header
from ..profile import Profile
from ..rules import round_sig, settled
from .common import NOT_EVALUATED, Field, join_notes
from ..table import make_table
from .units import SLOW, Units, checked_numbers

# component → (formula, field, output field)
COMPONENTS = {
    "land_efficiency": ("efficiency", "constr_land_area", "trend_r_land"),
    "water_efficiency": ("efficiency", "water_use", "trend_r_water"),
    "cod_intensity": ("intensity", "cod_emission", "trend_r_cod"),
    "nh3n_intensity": ("intensity", "nh3n_emission", "trend_r_nh3n"),
    "so2_intensity": ("intensity", "so2_emission", "trend_r_so2"),
    "nox_intensity": ("intensity", "nox_emission", "trend_r_nox"),
    "forest_grass_cover": ("cover", "forest_grass_cover", "trend_r_cover"),
}
GROUPS = (
    ("efficiency", "trend_eff_worse"),
    ("emission", "trend_emis_worse"),
    ("ecology", "trend_eco_worse"),
)
INPUT_FIELDS = ["gdp"] + [c[1] for c in COMPONENTS.values()]
WORSE, EASING = "worsening", "easing"


def output_fields() -> List[Field]:
    return (
        [("trend_type", "string"), ("trend_label", "string"), ("trend_note", "text")]
        + [(c[2], "double") for c in COMPONENTS.values()]
        + [(g[1], "int") for g in GROUPS]
        + [("trend_n_worse", "int"), ("trend_base_year", "int"), ("trend_eval_year", "int")]
    )


def trend_label(profile: Profile, code: Optional[str]) -> str:
    if not code:
        return ""
    if code == NOT_EVALUATED:
        return profile.class_label("load_classes", code)
    return profile.class_label("trend_types", code)


def used_components(profile: Profile) -> List[str]:
    t = profile.get("trend")
    return list(
        dict.fromkeys(
            t["efficiency_components"] + t["emission_components"] + t["ecology_components"]
        )
    )


def annual_rate(
    kind: str, base: float, current: float, gdp_b: float, gdp_e: float, years: int
) -> float:
    """Annual rate (%/a) of one component; see the module text."""
    if kind == "efficiency":
        ratio = (base / gdp_b) / (current / gdp_e)
    elif kind == "intensity":
        ratio = (current / gdp_e) / (base / gdp_b)
    elif kind == "cover":
        ratio = current / base
    else:
        raise ValueError(kind)
    return (ratio ** (1.0 / years) - 1.0) * 100.0


def is_worse(kind: str, rate: float, national: float, precision: int) -> bool:
    r, n = round_sig(rate, precision), round_sig(national, precision)
    return r > n if kind == "intensity" else r < n


def _decide(flags: List[Optional[bool]], need: int) -> Optional[bool]:
    """True/False when the known flags decide "at least ``need`` are True",
    else None."""
    yes = sum(f is True for f in flags)
    unknown = flags.count(None)
    if yes >= need:
        return True
    if yes + unknown < need:
        return False
    return None


def check_years(base_year: Optional[int], eval_year: Optional[int]) -> int:
    if base_year is None or eval_year is None:
        raise InputError(
            tr(
                "The years of the two periods are not known: give a year column (年份) in the "
                "indicator tables, or set the base and evaluation year parameters."
            )
        )
    if eval_year <= base_year:
        raise InputError(
            tr(
                "The base year ({base}) must be before the evaluation year ({eval}). Check that "
                "the base-year and evaluation-year tables are not swapped."
            ).format(base=base_year, eval=eval_year)
        )
    return eval_year - base_year


def check_national(profile: Profile, national: Dict[str, Optional[float]]) -> None:
    missing = [c for c in used_components(profile) if national.get(c) is None]
    if missing:
        codes = profile.get("trend.national_codes")
        raise InputError(
            tr(
                "National rates missing for: {names}. Give them in the national-rates table "
                "(codes {codes}) or as parameters, in percent per year."
            ).format(names=", ".join(missing), codes=", ".join(codes[c][0] for c in missing))
        )


def _read(unit, field: str, positive: bool) -> Optional[float]:
    if unit is None:
        return None
    return unit.positive(field) if positive else unit.non_negative(field)


def evaluate_trend(
    current: Units,
    base: Units,
    profile: Profile,
    national: Dict[str, float],
    base_year: int,
    eval_year: int,
) -> List[Dict]:
    """Trend of every unit of ``current``; ``base`` is joined on the same
    unit layer, ``national`` maps component → national rate (%/a)."""
    years = check_years(base_year, eval_year)
    check_national(profile, national)
    t = profile.get("trend")
    comps = used_components(profile)
    base_by_code = base.by_code()
    # the names of the values a component needs, as the notes give them
    names = {}
    for comp in comps:
        fld = COMPONENTS[comp][1]
        names[comp] = (
            field_title(fld),
            tr("{field} of the base year").format(field=field_title(fld)),
        )
    gdp_names = (
        field_title("gdp"),
        tr("{field} of the base year").format(field=field_title("gdp")),
    )
    # the national rates as is_worse rounds them, once
    precision = profile.precision
    nat = {c: round_sig(national[c], precision) for c in comps}
    # what every unit needs of the profile, looked up once
    specs = [
        (
            comp,
            kind,
            fld,
            out_field,
            kind == "efficiency",
            kind == "intensity",
            nat[comp],
            names[comp],
        )
        for comp in comps
        for kind, fld, out_field in [COMPONENTS[comp]]
    ]
    group_specs = []
    for group, out_field in GROUPS:
        members = t[f"{group}_components"]
        group_specs.append(
            (out_field, members, t[f"{group}_worse_min"] if group != "ecology" else len(members))
        )
    worsening_min = t["worsening_min"]
    empty = {c[2]: None for c in COMPONENTS.values()}
    labels: Dict[str, str] = {}
    # the values of all units read column by column (a value to parse or
    # refuse is read from its unit in the loop, in the order of the loop)
    bases = [base_by_code.get(u.code) for u in current.units]
    gdp_cols = (checked_numbers(current.units, "gdp", True), checked_numbers(bases, "gdp", True))
    cols = [
        (
            checked_numbers(current.units, spec[2], spec[4]),
            checked_numbers(bases, spec[2], not spec[4]),
        )
        + spec
        for spec in specs
    ]
    out = []
    for j, u in enumerate(current.units):
        b = bases[j]
        gdp_e, gdp_b = gdp_cols[0][j], gdp_cols[1][j]
        if gdp_e is SLOW:
            gdp_e = u.positive("gdp")
        if gdp_b is SLOW:
            gdp_b = _read(b, "gdp", True)
        row: Dict = dict(empty)
        flags: Dict[str, Optional[bool]] = {}
        missing: List[str] = []
        for (
            e_col,
            b_col,
            comp,
            kind,
            fld,
            out_field,
            efficiency,
            intensity,
            nat_c,
            (e_name, b_name),
        ) in cols:
            # the value divided by must be positive
            e_val = e_col[j]
            if e_val is SLOW:
                e_val = _read(u, fld, efficiency)
            b_val = b_col[j]
            if b_val is SLOW:
                b_val = _read(b, fld, not efficiency)
            if (
                e_val is None
                or b_val is None
                or (kind != "cover" and (gdp_e is None or gdp_b is None))
            ):
                need = [
                    (e_name, e_val),
                    (b_name, b_val),
                    (gdp_names[0], gdp_e),
                    (gdp_names[1], gdp_b),
                ]
                if kind == "cover":
                    need = need[:2]
                missing += [g for g in (n for n, v in need if v is None) if g not in missing]
                flags[comp] = None
                continue
            rate = annual_rate(kind, b_val, e_val, gdp_b, gdp_e, years)
            row[out_field] = rate
            # is_worse, national rounded once, the rate where it can matter
            r = rate if settled(rate, nat_c, precision) else round_sig(rate, precision)
            flags[comp] = r > nat_c if intensity else r < nat_c
        groups: List[Optional[bool]] = []
        for out_field, members, need in group_specs:
            g = _decide([flags[c] for c in members], need)
            row[out_field] = None if g is None else int(g)
            groups.append(g)
        decided = _decide(groups, worsening_min)
        row["trend_n_worse"] = sum(1 for g in groups if g)
        note = ""
        if decided is None:
            code = NOT_EVALUATED
            note = tr("missing values could change the trend type: {missing}").format(
                missing=", ".join(missing)
            )
        else:
            code = WORSE if decided else EASING
            if missing:
                note = tr("decided by the components present; missing: {missing}").format(
                    missing=", ".join(missing)
                )
        if b is None:
            note = join_notes(tr("no row for this unit in the base-year table"), note)
        if code not in labels:
            labels[code] = trend_label(profile, code)
        row.update(
            trend_type=code,
            trend_label=labels[code],
            trend_note=note,
            trend_base_year=base_year,
            trend_eval_year=eval_year,
        )
        out.append(row)
    return out


def read_national(
    src, profile: Profile, base_year: Optional[int] = None, eval_year: Optional[int] = None
) -> Dict[str, float]:
    """``{component: rate (%/a)}`` from a national-rates table (codes matched
    with ``trend.national_codes``; rows with other codes are ignored). Base
    and evaluation years stated in the table must be those of the units."""
    t = make_table(
        src.rows,
        src.name,
        required=["rate_code", "national_rate"],
        optional=["base_year", "eval_year"],
        row_ids=src.row_ids,
        headers=src.headers,
    )
    lookup = {}
    for comp, names in profile.get("trend.national_codes").items():
        for n in names:
            lookup[normalize_header(n)] = comp
    out: Dict[str, float] = {}
    seen: Dict[str, str] = {}
    for i in range(len(t)):
        where = f"{src.name}, {t.row_ids[i]}"
        comp = lookup.get(normalize_header(t.text(i, "rate_code")))
        if comp is None:
            continue
        for fld, expected in (("base_year", base_year), ("eval_year", eval_year)):
            stated = t.number(i, fld)
            if stated is not None and expected is not None and int(stated) != expected:
                raise InputError(
                    tr(
                        "Year mismatch: {where} gives the national rate for {field} {stated}, but "
                        "the indicator tables are of {expected}. Use national rates of the same "
                        "period."
                    ).format(
                        where=where, field=field_title(fld), stated=int(stated), expected=expected
                    )
                )
        if comp in seen:
            raise InputError(
                tr("National rates: {a} and {b} both give the rate of {name}. Keep one.").format(
                    a=seen[comp], b=where, name=comp
                )
            )
        seen[comp] = where
        rate = t.number(i, "national_rate")
        if rate is None:
            raise InputError(
                tr(
                    "National rates, {where}: the rate is empty. Enter the "
                    "national average annual rate in percent per year."
                ).format(where=where)
            )
        out[comp] = rate
    return out


def component_name(comp: str) -> str:
    names = {
        "land_efficiency": lambda: tr("land-use efficiency"),
        "water_efficiency": lambda: tr("water-use efficiency"),
        "cod_intensity": lambda: tr("COD emission intensity"),
        "nh3n_intensity": lambda: tr("NH3-N emission intensity"),
        "so2_intensity": lambda: tr("SO2 emission intensity"),
        "nox_intensity": lambda: tr("NOx emission intensity"),
        "forest_grass_cover": lambda: tr("forest and grass cover"),
    }
    return names[comp]() if comp in names else comp


def group_name(group: str) -> str:
    return {
        "efficiency": tr("resource-use efficiency"),
        "emission": tr("pollutant emission intensity"),
        "ecology": tr("ecological quality"),
    }.get(group, group)


def type_name(profile: Profile, code: str) -> str:
    return label(profile.get(f"trend_types.{code}")) if code in (WORSE, EASING) else code
