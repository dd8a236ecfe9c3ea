"""生态环境状况指数 EI (HJ 192-2015, 生态环境状况评价技术规范) per unit.

    EI = w_b·生物丰度 + w_v·植被覆盖 + w_w·水网密度 + w_l·(100 − 土地胁迫)
         + w_p·(100 − 污染负荷), then the 环境限制指数 moves the grade

with every weight and normalisation coefficient from ``[eco_index]`` of
the method profile (docs/methods_extra.md section 2 lists which are
unverified):

* 生物丰度 = (BI′ + HQ)/2 when the biodiversity index BI′ (HJ 623) is
  given, else HQ; HQ = A_bio·Σ_g w_g·Σ_c w_c·area_c / area (land-cover
  areas in km², groups 林地 草地 水域湿地 耕地 建设用地 未利用地 and their
  sub-classes);
* 植被覆盖 = A_veg·NDVI_mean·ndvi_scale (or cover_scale·mean vegetation
  cover, a proxy), or the sub-index itself;
* 水网密度 = (A_riv·river length + A_lak·water area + A_res·water
  resources)/(3·area); with the long-term mean of the water resources, a
  wet year counts less (ratio r = this year/mean: r ≤ r_full → as is;
  r_full < r ≤ r_zero → mean·(r_zero − r); above → 0);
* 土地胁迫 = A_ero·(w·severe erosion + w·moderate erosion + w·construction
  land + w·other stress)/area;
* 污染负荷 = Σ_i w_i·A_i·load_i/D_i, D_i the annual precipitation volume
  (mm × km²) for COD and NH₃-N, the area (km²) for the others.

Each sub-index is capped at ``cap`` (100). A sub-index given directly in
the table (e.g. published by the provincial monitoring centre) is used as
is. Grades 优/良/一般/较差/差 and the change grades come from
``[eco_index.grading]`` (core/series/grading.py).
"""

import math
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import language, tr
from ..indicators import headers_by_name, matching_headers, normalize_header
from ..profile import Profile
from ..progress import as_progress
from ..rules import round_sig
from ..series.grading import Grading
from ..series.trend import cell_text, code_text, is_missing, parse_value
from ..table import row_id

#: sub-indices: key → (name_zh, name_en)
SUBINDICES = {
    "biological": ("生物丰度指数", "Biological richness index"),
    "vegetation": ("植被覆盖指数", "Vegetation cover index"),
    "water": ("水网密度指数", "Water network density index"),
    "land_stress": ("土地胁迫指数", "Land stress index"),
    "pollution": ("污染负荷指数", "Pollution load index"),
}

#: table inputs other than the land-cover classes and pollutants of the
#: profile: key → (name_zh, name_en, unit, aliases)
INPUTS = {
    "area": ("区域面积", "Area", "km²", ["area_km2", "面积", "行政区面积", "国土面积"]),
    "biodiversity_index": ("生物多样性指数", "Biodiversity index", "", ["bi_prime"]),
    "ndvi_mean": ("NDVI均值", "Mean NDVI", "", ["ndvi", "植被指数均值", "归一化植被指数"]),
    "vegetation_cover": ("植被覆盖度", "Vegetation cover", "0–1", ["fvc", "植被覆盖度均值"]),
    "river_length": ("河流长度", "River length", "km", ["river_length_km", "河流总长度"]),
    "water_area": (
        "水域面积",
        "Water area",
        "km²",
        ["lake_reservoir_area", "湖库面积", "水域面积（湖库河渠）"],
    ),
    "water_resources": ("水资源量", "Water resources", "10⁶ m³", ["水资源总量"]),
    "water_resources_mean": (
        "多年平均水资源量",
        "Long-term mean water resources",
        "10⁶ m³",
        ["水资源量多年平均"],
    ),
    "severe_erosion": (
        "重度及以上侵蚀面积",
        "Severe erosion area",
        "km²",
        ["重度侵蚀面积", "重度以上侵蚀面积"],
    ),
    "moderate_erosion": ("中度侵蚀面积", "Moderate erosion area", "km²", []),
    "construction_area": ("建设用地面积", "Construction land area", "km²", []),
    "other_stress": ("其他土地胁迫面积", "Other land stress area", "km²", ["其他胁迫面积"]),
    "precipitation": ("年降水量", "Annual precipitation", "mm", ["降水量", "年均降水量"]),
    "limit": ("环境限制", "Environmental limit", "", ["环境限制指数", "limit_code"]),
}
for _k, (_zh, _en) in SUBINDICES.items():
    INPUTS[f"{_k}_index"] = (_zh, _en, "", [])


@dataclass(frozen=True)
class Field:
    key: str
    name_zh: str
    name_en: str
    unit: str
    aliases: Tuple[str, ...]

    @property
    def title(self) -> str:
        name = self.name_zh if language() == "zh" else self.name_en
        return f"{name} ({self.unit})" if self.unit else name


def fields(profile: Profile) -> Dict[str, Field]:
    """Every input the EI reads: the fixed inputs, the land-cover classes of
    ``[eco_index.habitat_quality]`` and the pollutants of
    ``[eco_index.pollution]``."""
    out = {k: Field(k, zh, en, unit, tuple(al)) for k, (zh, en, unit, al) in INPUTS.items()}
    for group in profile.get("eco_index.habitat_quality.groups"):
        for c in group["classes"]:
            out[c["key"]] = Field(
                c["key"], c["name_zh"], c["name_en"], "km²", tuple(c.get("aliases", []))
            )
    for key, p in profile.get("eco_index.pollution.pollutants").items():
        out[key] = Field(key, p["name_zh"], p["name_en"], "t", tuple(p.get("aliases", [])))
    return out


def match_columns(columns: Sequence, profile: Profile, layer: str) -> Dict[str, object]:
    """``{input key: column}`` for every column that names an input (by key,
    Chinese or English name or alias; a bracketed unit is ignored)."""
    by_norm = headers_by_name(columns)
    found = {}
    for key, f in fields(profile).items():
        hits = matching_headers(by_norm, (key, f.name_zh, f.name_en) + f.aliases)
        if len(hits) > 1:
            raise InputError(
                tr(
                    "{layer}: the columns {columns} all match '{field}'. Keep one of them or "
                    "rename the others."
                ).format(layer=layer, columns=", ".join(map(repr, hits)), field=f.title)
            )
        if hits:
            found[key] = hits[0]
    return found


# -- sub-indices ---------------------------------------------------------------------


def _cap(value: float, cap: float) -> float:
    return min(max(value, 0.0), cap)


def habitat_quality(
    areas: Mapping[str, Optional[float]], area: float, section: Mapping
) -> Tuple[float, List[str]]:
    """HQ = A_bio·Σ_g w_g·Σ_c w_c·area_c / area, and the classes that were
    not given (counted as 0 km²)."""
    total, missing = 0.0, []
    for group in section["groups"]:
        part = 0.0
        for c in group["classes"]:
            a = areas.get(c["key"])
            if a is None:
                missing.append(c["key"])
                continue
            part += c["weight"] * a
        total += group["weight"] * part
    return section["coefficient"] * total / area, missing


def water_resources_used(current: float, mean: Optional[float], rule: Mapping) -> float:
    """Water resources counted in 水网密度: a wet year counts less when the
    long-term mean is known (ratio rules in the module text)."""
    if mean is None or mean <= 0:
        return current
    r = current / mean
    if r <= rule["wet_year_full"]:
        return current
    if r <= rule["wet_year_zero"]:
        return mean * (rule["wet_year_zero"] - r)
    return 0.0


def _construction_area(v: Mapping[str, Optional[float]], section: Mapping) -> Optional[float]:
    if v.get("construction_area") is not None:
        return v["construction_area"]
    keys = section["construction_classes"]
    vals = [v.get(k) for k in keys]
    if all(x is None for x in vals):
        return None
    return sum(x for x in vals if x is not None)


class _SubIndices:
    """The sub-indices of one unit computed from its inputs ``v`` by the
    formulas of the module text: one method per key of :data:`SUBINDICES`.
    The names of what is missing and the notes are collected on the way."""

    def __init__(self, v: Mapping[str, Optional[float]], section: Mapping, f: Dict[str, Field]):
        self.v, self.s, self.f = v, section, f
        self.cap = section["cap"]
        self.area = v.get("area")
        self.notes: List[str] = []
        self.missing: List[str] = []
        self.habitat_quality: Optional[float] = None

    def need(self, *keys) -> bool:
        """Are the inputs ``keys`` given? Those that are not join the missing."""
        gone = [self.f[k].title for k in keys if self.v.get(k) is None]
        self.missing.extend(g for g in gone if g not in self.missing)
        return not gone

    def biological(self) -> Optional[float]:
        """生物丰度"""
        v, section = self.v, self.s["habitat_quality"]
        if not self.need("area"):
            return None
        hq, absent = habitat_quality(v, self.area, section)
        if len(absent) == sum(len(g["classes"]) for g in section["groups"]):
            self.missing.append(tr("land-cover areas"))
            return None
        hq = self.habitat_quality = _cap(hq, self.cap)
        if v.get("biodiversity_index") is not None:
            return (v["biodiversity_index"] + hq) / 2.0
        return hq

    def vegetation(self) -> Optional[float]:
        """植被覆盖"""
        v, veg = self.v, self.s["vegetation"]
        if v.get("ndvi_mean") is not None:
            return _cap(veg["coefficient"] * v["ndvi_mean"] * veg["ndvi_scale"], self.cap)
        if v.get("vegetation_cover") is not None:
            self.notes.append(
                tr(
                    "vegetation cover index from the mean vegetation cover (a proxy, not "
                    "the standard's NDVI formula)"
                )
            )
            return _cap(veg["cover_scale"] * v["vegetation_cover"], self.cap)
        self.missing.append(self.f["ndvi_mean"].title)
        return None

    def water(self) -> Optional[float]:
        """水网密度"""
        v, w = self.v, self.s["water_network"]
        if not self.need("area", "river_length", "water_area", "water_resources"):
            return None
        wr = water_resources_used(v["water_resources"], v.get("water_resources_mean"), w)
        if wr != v["water_resources"]:
            self.notes.append(
                tr("wet year: water resources counted as {used:.4g} of {given:.4g}").format(
                    used=wr, given=v["water_resources"]
                )
            )
        raw = (
            w["river"] * v["river_length"]
            + w["water_area"] * v["water_area"]
            + w["water_resources"] * wr
        ) / (3.0 * self.area)
        return _cap(raw, self.cap)

    def land_stress(self) -> Optional[float]:
        """土地胁迫"""
        v, ls = self.v, self.s["land_stress"]
        constr = _construction_area(v, ls)
        if constr is None:
            self.missing.append(self.f["construction_area"].title)
        ok = self.need("area", "severe_erosion", "moderate_erosion")
        if not ok or constr is None:
            return None
        raw = (
            ls["coefficient"]
            * (
                ls["severe_erosion"] * v["severe_erosion"]
                + ls["moderate_erosion"] * v["moderate_erosion"]
                + ls["construction"] * constr
                + ls["other"] * (v.get("other_stress") or 0.0)
            )
            / self.area
        )
        return _cap(raw, self.cap)

    def pollution(self) -> Optional[float]:
        """污染负荷"""
        v, area = self.v, self.area
        total, ok = 0.0, self.need("area")
        for key, p in self.s["pollution"]["pollutants"].items():
            load = v.get(key)
            if load is None:
                self.missing.append(self.f[key].title)
                ok = False
                continue
            if p["per"] == "precipitation":
                if not self.need("precipitation") or not area:
                    ok = False
                    continue
                denom = v["precipitation"] * area
            else:
                denom = area
            if ok and denom > 0:
                total += p["weight"] * p["coefficient"] * load / denom
        return _cap(total, self.cap) if ok else None


def eco_index(
    v: Mapping[str, Optional[float]], profile: Profile, limit: str = ""
) -> Dict[str, object]:
    """EI of one unit from its inputs ``v`` (keys of :func:`fields`;
    ``None`` = not given). Returns the sub-indices, EI, its grade before and
    after the environmental limit, and a note; a sub-index that cannot be
    computed leaves EI empty with the note naming what is missing."""
    s = profile.get("eco_index")
    grading = Grading.from_profile(s["grading"], profile.precision)
    calc = _SubIndices(v, s, fields(profile))
    sub: Dict[str, Optional[float]] = {}
    for key in SUBINDICES:
        # a sub-index given in the table is used as is
        given = v.get(f"{key}_index")
        sub[key] = given if given is not None else getattr(calc, key)()
    notes, missing = calc.notes, calc.missing
    decimals = s["subindex_decimals"]
    for key in SUBINDICES:
        if sub.get(key) is not None and decimals >= 0:
            sub[key] = round(sub[key], decimals)
    out: Dict[str, object] = {f"{k}_index": sub.get(k) for k in SUBINDICES}
    out["habitat_quality"] = calc.habitat_quality
    if any(sub.get(k) is None for k in SUBINDICES):
        out.update(
            ei=None,
            grade=None,
            grade_label="",
            grade_raw=None,
            limit="",
            note="; ".join(
                [
                    tr("not evaluated: missing {names}").format(
                        names=", ".join(dict.fromkeys(missing))
                    )
                ]
                + notes
            ),
        )
        return out
    wts = s["weights"]
    ei = (
        wts["biological"] * sub["biological"]
        + wts["vegetation"] * sub["vegetation"]
        + wts["water"] * sub["water"]
        + wts["land_stress"] * (100.0 - sub["land_stress"])
        + wts["pollution"] * (100.0 - sub["pollution"])
    )
    raw_grade = grading.level(ei)
    final, limit_code, limit_note = apply_limit(raw_grade, limit, profile)
    if limit_note:
        notes.append(limit_note)
    out.update(
        ei=ei,
        grade_raw=raw_grade.code,
        grade=final.code,
        grade_label=final.label,
        limit=limit_code,
        note="; ".join(notes),
    )
    return out


def limit_level(text: str, profile: Profile) -> str:
    """The ``[eco_index.limit.levels]`` key a table cell names (by key or
    alias); "" for an empty cell. Unknown text raises ValueError."""
    if text is None or cell_text(text) == "":
        return ""
    norm = normalize_header(text)
    for key, entry in profile.get("eco_index.limit.levels").items():
        names = [key] + list(entry.get("aliases", [])) + [entry["label_zh"], entry["label_en"]]
        if any(norm == normalize_header(n) for n in names):
            return key
    raise ValueError(text)


def apply_limit(grade, limit: str, profile: Profile):
    """The grade after the 环境限制指数: ``down_grades`` classes lower and at
    most ``max_grade``. Returns (class entry, limit key, note)."""
    if not limit:
        return grade, "", ""
    entry = profile.get(f"eco_index.limit.levels.{limit}")
    classes = Grading.from_profile(
        profile.get("eco_index.grading"), profile.precision
    ).level_classes
    codes = [c.code for c in classes]
    idx = codes.index(grade.code) - int(entry.get("down_grades", 0))
    if entry.get("max_grade"):
        idx = min(idx, codes.index(entry["max_grade"]))
    idx = max(idx, 0)
    final = classes[idx]
    label = entry["label_zh"] if language() == "zh" else entry["label_en"]
    if final.code == grade.code:
        return final, limit, ""
    return (
        final,
        limit,
        tr("environmental limit ({limit}): grade {before} → {after}").format(
            limit=label, before=grade.label, after=final.label
        ),
    )


def ei_change(
    ei_base: Optional[float], ei_eval: Optional[float], profile: Profile
) -> Dict[str, object]:
    """ΔEI = EI_eval − EI_base and its change grade (无明显变化 / 略微 /
    明显 / 显著 变好 or 变差)."""
    if ei_base is None or ei_eval is None:
        return {"ei_delta": None, "change": None, "change_label": ""}
    grading = Grading.from_profile(profile.get("eco_index.grading"), profile.precision)
    delta = round_sig(ei_eval - ei_base, profile.precision)
    cls = grading.change(delta)
    return {"ei_delta": delta, "change": cls.code, "change_label": cls.label}


def range_key(key: str) -> str:
    """The ``[eco_index.ranges]`` key giving the possible range of input
    ``key`` (a sub-index given in the table: ``subindex``)."""
    if key.endswith("_index") and key[: -len("_index")] in SUBINDICES:
        return "subindex"
    return key


def possible_range(key: str, profile: Profile) -> Optional[Tuple[float, float]]:
    """(lowest, highest) possible value of input ``key`` from
    ``[eco_index.ranges]``; None for an input without one (areas, lengths
    and loads are only checked for being ≥ 0)."""
    bounds = profile.get("eco_index.ranges").get(range_key(key))
    if not isinstance(bounds, list):
        return None
    return float(bounds[0]), float(bounds[1])


def _check_land_cover(
    values: Mapping[str, Optional[float]],
    cols: Mapping[str, object],
    profile: Profile,
    layer: str,
    where: str,
    unit: str,
) -> None:
    """Refuse land-cover areas that add up to more than the unit's area
    (beyond ``[eco_index.ranges] land_cover_excess`` of it, for rounding),
    naming the sum, the area and the parts."""
    area = values.get("area")
    if area is None:
        return
    keys = [c["key"] for g in profile.get("eco_index.habitat_quality.groups") for c in g["classes"]]
    parts = [(cols[k], values[k]) for k in keys if values.get(k) is not None]
    total = math.fsum(v for _, v in parts)
    excess = profile.get("eco_index.ranges.land_cover_excess")
    if total - area <= excess * area:
        return
    raise InputError(
        tr(
            "{layer}, {row}: unit {unit}: the land-cover areas add up to {total:g} km², more "
            "than the unit's area of {area:g} km² (column '{area_column}'). Parts: {parts}. "
            "Correct the areas (all in km², each class counted once)."
        ).format(
            layer=layer,
            row=where,
            unit=unit,
            total=total,
            area=area,
            area_column=cols["area"],
            parts=", ".join(f"{c} {v:g}" for c, v in parts),
        )
    )


def eco_index_table(
    frame, profile: Profile, unit_column: str, layer: str = "", base=None, feedback=None
) -> List[Dict[str, object]]:
    """EI of every row of ``frame`` (one row per unit; columns matched with
    :func:`match_columns`). With ``base`` (a frame of the base year, same
    unit column) every unit also gets ΔEI and its change grade; units not
    in ``base`` get a note. Negative areas or loads raise InputError naming
    the row and column."""
    layer = layer or tr("EI inputs")
    if unit_column not in frame.columns:
        raise InputError(
            tr("{layer}: unit column '{column}' not found. The table has: {have}.").format(
                layer=layer, column=unit_column, have=", ".join(map(str, frame.columns))
            )
        )
    cols = match_columns([c for c in frame.columns if c != unit_column], profile, layer)
    if "area" not in cols and not all(f"{k}_index" in cols for k in SUBINDICES):
        raise InputError(
            tr(
                "{layer}: no area column. Add the area of every unit in km² (column 区域面积), "
                "or give all five sub-indices."
            ).format(layer=layer)
        )
    base_ei: Dict[str, Optional[float]] = {}
    if base is not None:
        for rec in eco_index_table(
            base, profile, unit_column, tr("{layer} (base year)").format(layer=layer)
        ):
            base_ei[rec["unit"]] = rec["ei"]
    records = frame.to_dict("records")
    progress = as_progress(feedback)
    out = []
    seen: Dict[str, str] = {}
    for i, rec in enumerate(records):
        where = row_id(i)
        unit = rec[unit_column]
        if is_missing(unit):
            raise InputError(
                tr("{layer}, {row}: the unit column '{column}' is empty.").format(
                    layer=layer, row=where, column=unit_column
                )
            )
        unit = code_text(unit)
        if unit in seen:
            raise InputError(
                tr(
                    "{layer}: unit {unit} is given twice ({a} and {b}). Keep one row per unit."
                ).format(layer=layer, unit=unit, a=seen[unit], b=where)
            )
        seen[unit] = where
        values: Dict[str, Optional[float]] = {}
        limit = ""
        for key, col in cols.items():
            if key == "limit":
                try:
                    limit = limit_level(rec[col], profile)
                except ValueError:
                    names = ", ".join(profile.get("eco_index.limit.levels"))
                    raise InputError(
                        tr(
                            "{layer}, {row}: column '{column}' holds {value!r}, which is not an "
                            "environmental-limit level ({names}). Leave it empty when there is "
                            "none."
                        ).format(
                            layer=layer, row=where, column=col, value=str(rec[col]), names=names
                        )
                    ) from None
                continue
            x = parse_value(rec[col], layer, where, str(col))
            bounds = possible_range(key, profile)
            if x is not None and bounds is not None and not bounds[0] <= x <= bounds[1]:
                raise InputError(
                    tr(
                        "{layer}, {row}: unit {unit}, column '{column}' holds {value:g}, outside "
                        "its possible range {low:g} … {high:g} ([eco_index.ranges] {key} of the "
                        "method profile). Correct the value or leave the cell empty."
                    ).format(
                        layer=layer,
                        row=where,
                        unit=unit,
                        column=col,
                        value=x,
                        low=bounds[0],
                        high=bounds[1],
                        key=range_key(key),
                    )
                )
            if x is not None and bounds is None and x < 0:
                raise InputError(
                    tr(
                        "{layer}, {row}: column '{column}' is negative ({value:g}). Areas, "
                        "lengths, loads and indices cannot be negative."
                    ).format(layer=layer, row=where, column=col, value=x)
                )
            values[key] = x
        if values.get("area") is not None and values["area"] <= 0:
            raise InputError(
                tr("{layer}, {row}: the area must be above 0 km².").format(layer=layer, row=where)
            )
        _check_land_cover(values, cols, profile, layer, where, unit)
        r = eco_index(values, profile, limit)
        r["unit"] = unit
        if base is not None:
            r.update(ei_change(base_ei.get(unit), r["ei"], profile))
            if unit not in base_ei:
                r["note"] = "; ".join(
                    x for x in [r["note"], tr("no row for this unit in the base-year table")] if x
                )
        out.append(r)
        progress.check()
        progress.set((i + 1) / max(1, len(records)))
    return out
