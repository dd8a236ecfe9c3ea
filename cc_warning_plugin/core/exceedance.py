"""环境 element of the 2016 method: 污染物浓度超标指数 (pollutant
concentration exceedance index).

Air, unit j, pollutant i:     R_ij = C_ij / S_i − 1,   R_air,j = max_i R_ij
Water, section k:             R_ik = C_ik / S_i − 1   (DO: S / C − 1)
                              R_k  = max_i R_ik
Unit water index, by the profile's ``water_aggregation``:
  section_max_then_mean       R_water,j = mean_k R_k        (default, S1)
  mean_then_max               R_water,j = max_i mean_k R_ik
Element index                 R_j = max(R_air,j, R_water,j), classed by the
                              profile's rules.

A pollutant without a value cannot be ignored silently: when parts are
missing, a unit is classed only if the parts present already give the top
class (a maximum can only rise); otherwise it is ``not_evaluated`` with the
missing parts named — unless ``allow_partial`` is set, in which case the
class uses the parts present and the note says which were missing.
"""

from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Sequence

from .code_index import CodeIndex, RepeatedCodes
from .errors import InputError
from .i18n import label, tr
from .indicators import field_title, match_alias, match_headers
from .profile import Profile
from .rules import classify
from .m2016.rows import NOT_PLAIN, plain_number
from .table import Table, make_table, require_non_negative, unit_codes

#: rows of a water-section table read at a time (:func:`read_sections`)
SECTION_PART = 4096

NOT_EVALUATED = "not_evaluated"


@dataclass
class PartResult:
    """A maximum over components, some of which may be missing."""

    index: Optional[float] = None
    worst: str = ""
    values: Dict[str, float] = field(default_factory=dict)
    missing: List[str] = field(default_factory=list)


def max_part(values: Dict[str, Optional[float]]) -> PartResult:
    res = PartResult()
    for name, v in values.items():
        if v is None:
            res.missing.append(name)
            continue
        res.values[name] = v
        if res.index is None or v > res.index:
            res.index, res.worst = v, name
    return res


def air_limits(profile: Profile, standard: Optional[str] = None) -> Dict[str, float]:
    """Annual-statistic limits of the air standard edition (profile key)."""
    std = standard or profile.get("elements.environment.air_standard")
    try:
        return dict(profile.get(f"standards.air.{std}.limits"))
    except KeyError:
        raise InputError(
            tr("Air standard {std!r} is not in the method profile. Choose one of: {names}.").format(
                std=std, names=", ".join(profile.get("standards.air"))
            )
        ) from None


def unverified_limits(profile: Profile, standard: str) -> List[str]:
    """Limits of ``standard`` the profile marks as unverified."""
    return list(profile.get(f"standards.air.{standard}.unverified"))


def air_index(
    stats: Dict[str, Optional[float]], limits: Dict[str, float], pollutants: Sequence[str]
) -> PartResult:
    """R_air = max_i (C_i / S_i − 1) over the pollutants with a value."""
    return max_part(
        {p: (None if stats.get(p) is None else stats[p] / limits[p] - 1.0) for p in pollutants}
    )


def water_limits(
    profile: Profile, body: str, standard: Optional[str] = None, water_class: Optional[str] = None
) -> Dict[str, tuple]:
    """``{pollutant: (limit, direction)}`` for a river or lake section."""
    std_name = standard or profile.get("elements.environment.water_standard")
    std = profile.get(f"standards.water.{std_name}")
    cls = water_class or profile.get("elements.environment.water_class")
    k = std["classes"].index(cls)
    out = {}
    for name, par in std["parameters"].items():
        if body in par["applies_to"]:
            out[par.get("field", name)] = (par["limits"][k], par["direction"])
    return out


def section_ratios(
    conc: Dict[str, Optional[float]], limits: Dict[str, tuple], pollutants: Sequence[str]
) -> Dict[str, Optional[float]]:
    """Per-pollutant R_ik of one section (pollutants not applying to the
    water body are left out; DO inverted)."""
    out: Dict[str, Optional[float]] = {}
    for p in pollutants:
        if p not in limits:
            continue
        c = conc.get(p)
        if c is None:
            out[p] = None
            continue
        s, direction = limits[p]
        out[p] = (s / c - 1.0) if direction == "min" else (c / s - 1.0)
    return out


@dataclass(slots=True)
class Section:
    section_id: str
    unit_code: str
    body: str
    ratios: Dict[str, Optional[float]]

    @property
    def part(self) -> PartResult:
        return max_part(self.ratios)


def water_unit_index(sections: Sequence[Section], aggregation: str) -> PartResult:
    """Unit water index from its sections; ``worst`` is ``"section:pollutant"``.

    Missing pollutant values make the section's max uncertain; they are
    listed in ``missing`` as ``"section:pollutant"``.
    """
    res = PartResult()
    if not sections:
        res.missing.append("sections")
        return res
    for s in sections:
        res.missing += [f"{s.section_id}:{p}" for p, v in s.ratios.items() if v is None]
    if aggregation == "section_max_then_mean":
        parts = [(s, s.part) for s in sections]
        usable = [(s, p) for s, p in parts if p.index is not None]
        if not usable:
            return res
        res.index = sum(p.index for _, p in usable) / len(usable)
        s_worst, p_worst = max(usable, key=lambda sp: sp[1].index)
        res.worst = f"{s_worst.section_id}:{p_worst.worst}"
        res.values = {s.section_id: p.index for s, p in usable}
    elif aggregation == "mean_then_max":
        pollutants = []
        for s in sections:
            pollutants += [p for p in s.ratios if p not in pollutants]
        best = None
        for p in pollutants:
            vals = [s.ratios[p] for s in sections if s.ratios.get(p) is not None]
            if not vals:
                continue
            mean = sum(vals) / len(vals)
            res.values[p] = mean
            if best is None or mean > best[1]:
                best = (p, mean)
        if best is None:
            return res
        res.index = best[1]
        worst_section = max(
            (s for s in sections if s.ratios.get(best[0]) is not None),
            key=lambda s: s.ratios[best[0]],
        )
        res.worst = f"{worst_section.section_id}:{best[0]}"
    else:
        raise ValueError(aggregation)
    return res


def classify_with_missing(
    index: Optional[float], missing: Sequence[str], rules, precision: int, allow_partial: bool
):
    """(class, note) for an index that may rest on incomplete parts."""
    if index is None:
        return NOT_EVALUATED, tr("no value to evaluate ({missing} missing)").format(
            missing=", ".join(missing) or "-"
        )
    cls = classify(index, rules, precision)
    if missing:
        top = rules[0]["class"]
        if cls == top:
            return cls, tr("classed on the values present; missing: {missing}").format(
                missing=", ".join(missing)
            )
        if not allow_partial:
            return NOT_EVALUATED, tr("missing values could change the class: {missing}").format(
                missing=", ".join(missing)
            )
        return cls, tr("partial: classed without {missing}").format(missing=", ".join(missing))
    return cls, ""


def present_pollutants(table: Table, pollutants: Sequence[str], layer: str) -> List[str]:
    """The ``pollutants`` that ``table`` (of ``layer``) has a column for;
    InputError naming the layer and the expected columns when it has none."""
    present = [p for p in pollutants if table.has(p)]
    if not present:
        raise InputError(
            tr("{layer}: no pollutant columns found. Expected columns such as: {names}.").format(
                layer=layer, names=", ".join(field_title(p) for p in pollutants)
            )
        )
    return present


def read_sections(*args, **kwargs) -> List[Section]:
    """Water sections with annual means per pollutant, validated: the
    sections of :func:`iter_sections` (the same arguments), all checked
    before the list is returned."""
    return list(iter_sections(*args, **kwargs))


def iter_sections(
    rows: Sequence[dict],
    layer: str,
    profile: Profile,
    known_units: Sequence[str],
    row_ids: Optional[Sequence[str]] = None,
    standard: Optional[str] = None,
    water_class: Optional[str] = None,
) -> Iterator[Section]:
    """The sections of :func:`read_sections` one by one, each checked when
    it is reached."""
    pollutants = profile.get("elements.environment.water_pollutants")
    table = make_table(
        rows,
        layer,
        required=["section_id", "unit_code", "water_body"],
        optional=pollutants,
        row_ids=row_ids,
    )
    present = present_pollutants(table, pollutants, layer)
    bodies = profile.get("water_bodies")
    # codes checked by hash (not a set of units and a dict of every section
    # code: 38,000 townships' sections)
    known = known_units if isinstance(known_units, CodeIndex) else CodeIndex(known_units)
    seen = RepeatedCodes(lambda r: table.texts("section_id", r, r + 1)[0])
    body_of: Dict[str, Optional[str]] = {}  # water body of a type text
    limits_of: Dict[str, Dict[str, tuple]] = {}  # limits of a water body
    a = 0
    for i in range(len(table)):
        if i % SECTION_PART == 0:
            # read column by column, a part of the rows at a time (the values
            # of a large table are not all made at once)
            a, b = i, min(len(table), i + SECTION_PART)
            columns = [(p, table.column(p, a, b)) for p in present]
            sids, units, body_texts = (
                table.texts(n, a, b) for n in ("section_id", "unit_code", "water_body")
            )
            repeats = seen.add(sids, a)
            unit_at = known.positions(units)
        sid = sids[i - a]
        if not sid:
            raise InputError(
                tr("{layer}, {row}: the section code is empty.").format(
                    layer=layer, row=table.row_ids[i]
                )
            )
        if i in repeats:
            raise InputError(
                tr(
                    "{layer}: section code {code!r} appears twice ({first} and {second}). "
                    "Give every section a unique code."
                ).format(
                    layer=layer, code=sid, first=table.row_ids[repeats[i]], second=table.row_ids[i]
                )
            )
        unit = units[i - a]
        if unit_at[i - a] < 0:
            raise InputError(
                tr(
                    "{layer}, section {section}: unit code {code!r} is not among the evaluation "
                    "units. Correct the code or add the unit."
                ).format(layer=layer, section=sid, code=unit)
            )
        body_text = body_texts[i - a]
        if body_text not in body_of:
            body_of[body_text] = match_alias(body_text, bodies)
        body = body_of[body_text]
        if body is None:
            raise InputError(
                tr(
                    "{layer}, section {section}: water body type {value!r} is not known. Use "
                    "one of: {names}."
                ).format(
                    layer=layer,
                    section=sid,
                    value=body_text,
                    names=", ".join(sorted({a for e in bodies.values() for a in e["aliases"]})),
                )
            )
        conc = {}
        for p, column in columns:
            v = plain_number(column[i - a])
            if v is NOT_PLAIN:
                v = table.number(i, p)
            if v is not None and v < 0:
                require_non_negative(v, table, i, p)
            conc[p] = v
        if body not in limits_of:
            limits_of[body] = water_limits(profile, body, water_class=water_class)
        limits = limits_of[body]
        for p, (_, direction) in limits.items():
            if direction == "min" and conc.get(p) == 0:
                raise InputError(
                    tr(
                        "{layer}, section {section}: {field} is 0, so its inverted index S/C − 1 "
                        "is infinite. Check the measurement (use the detection limit if it was "
                        "below it)."
                    ).format(layer=layer, section=sid, field=field_title(p))
                )
        # pollutants of the profile without a column count as missing values
        full = {p: conc.get(p) for p in pollutants}
        yield Section(sid, unit, body, section_ratios(full, limits, pollutants))


def _number(table: Table, i: int, name: str) -> Optional[float]:
    """``table.number(i, name)``, without building the row label for a
    plain number (the label is for the error message of a value that is no
    number)."""
    if not table.has(name):
        return None
    v = plain_number(table.raw(i, name))
    return table.number(i, name) if v is NOT_PLAIN else v


def missing_columns(unit_rows: Sequence[dict], profile: Profile) -> List[str]:
    """Air pollutants of the profile that have no column in the units table."""
    headers = list(unit_rows[0].keys()) if unit_rows else []
    pollutants = profile.get("elements.environment.air_pollutants")
    found = match_headers(headers, pollutants)
    return [p for p in pollutants if p not in found]


def evaluate_environment(
    unit_rows: Sequence[dict],
    profile: Profile,
    *,
    section_rows: Optional[Sequence[dict]] = None,
    unit_layer: str = "",
    section_layer: str = "",
    unit_row_ids=None,
    section_row_ids=None,
    air_standard: Optional[str] = None,
    water_aggregation: Optional[str] = None,
    allow_partial: bool = False,
    sections_by_unit: Optional[Dict[str, List["Section"]]] = None,
) -> List[dict]:
    """Evaluate the 环境 element for every unit row.

    ``sections_by_unit``: the sections already read (:func:`read_sections`)
    by unit code, in place of ``section_rows`` (a caller evaluating the units
    a part at a time reads and checks them once).

    Returns one dict per unit, in input order, with the output fields
    ``env_index``, ``env_class``, ``env_label``, ``env_air_index``,
    ``env_air_worst``, ``env_water_index``, ``env_water_worst``,
    ``env_note`` and ``env_r_<pollutant>`` for each air pollutant.
    """
    env = profile.get("elements.environment")
    pollutants = env["air_pollutants"]
    limits = air_limits(profile, air_standard)
    aggregation = water_aggregation or env["water_aggregation"]
    unit_layer = unit_layer or tr("Units")
    table = make_table(
        unit_rows, unit_layer, required=["unit_code"], optional=pollutants, row_ids=unit_row_ids
    )
    codes = unit_codes(table)
    air_present = [p for p in pollutants if table.has(p)]
    given = sections_by_unit is not None
    if not air_present and section_rows is None and not given:
        raise InputError(
            tr(
                "{layer}: no air pollutant columns found and no water sections given. Add "
                "columns such as {names}, or give the water sections table."
            ).format(layer=unit_layer, names=", ".join(field_title(p) for p in pollutants))
        )

    if not given:
        sections_by_unit = {}
    if section_rows is not None and not given:
        for s in read_sections(
            section_rows, section_layer or tr("Water sections"), profile, codes, section_row_ids
        ):
            sections_by_unit.setdefault(s.unit_code, []).append(s)

    # the air values by column; a value that is no plain number is read
    # (and refused) through the table, in the order of the units
    air_columns = [(p, table.column(p) if table.has(p) else None) for p in pollutants]
    labels: Dict[str, str] = {}
    results = []
    for i, code in enumerate(codes):
        stats = {}
        for p, column in air_columns:
            if column is None:
                stats[p] = None
                continue
            v = column[i]
            if type(v) is not float or not v >= 0:
                v = _number(table, i, p)
                require_non_negative(v, table, i, p)
            stats[p] = v
        # absent columns count as missing values: never silently air-free
        air = air_index(stats, limits, pollutants)
        water = (
            water_unit_index(sections_by_unit.get(code, []), aggregation)
            if section_rows is not None or given
            else None
        )
        parts = {}
        missing = []
        if air is not None:
            parts["air"] = air.index
            missing += air.missing
        if water is not None:
            parts["water"] = water.index
            if water.index is None:
                missing.append(tr("water sections"))
            else:
                missing += water.missing
        overall = max_part(parts)
        cls, note = classify_with_missing(
            overall.index, missing, env["rules"], profile.precision, allow_partial
        )
        row = {
            "env_index": overall.index,
            "env_class": cls,
            "env_label": labels[cls]
            if cls in labels
            else labels.setdefault(cls, profile.class_label("load_classes", cls)),
            "env_air_index": air.index if air else None,
            "env_air_worst": air.worst if air else "",
            "env_water_index": water.index if water else None,
            "env_water_worst": water.worst if water else "",
            "env_worst": (
                air.worst
                if overall.worst == "air"
                else water.worst
                if overall.worst == "water"
                else ""
            ),
            "env_note": note,
        }
        for p in pollutants:
            row[f"env_r_{p}"] = air.values.get(p) if air else None
        results.append(row)
    return results


ENV_FIELDS = (
    "env_index",
    "env_class",
    "env_label",
    "env_air_index",
    "env_air_worst",
    "env_water_index",
    "env_water_worst",
    "env_worst",
    "env_note",
)


def env_output_fields(profile: Profile) -> List[tuple]:
    """(name, type) of the output fields; type is "double" or "string"."""
    out = []
    for name in ENV_FIELDS:
        out.append((name, "double" if name.endswith("_index") else "string"))
    for p in profile.get("elements.environment.air_pollutants"):
        out.append((f"env_r_{p}", "double"))
    return out


def standard_label(profile: Profile, standard: str) -> str:
    return label(profile.get(f"standards.air.{standard}"), "name")
