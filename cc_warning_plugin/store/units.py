"""Evaluation units of the monitoring database: counties and townships with
their code (行政区划代码), name, level, parent and geometry.

Codes are checked before anything is written (:func:`check_units`): digits
only, a length the profile accepts for the level (``database.
county_code_digits`` / ``township_code_digits``: 6 and 9 or 12 by default),
unique, and a township's code starting with the code of its county, which
must exist. :func:`read_units_layer` reads a layer with OGR (the sample
city's ``county`` and ``township`` layers), reprojected to the database's
CRS.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from ..core.errors import InputError
from ..core.i18n import tr
from .db import Store, profile_or_default, utc_now
from .errors import StoreError
from .gpkg import geometry_of, layer_rows

LEVELS = ("county", "township")
#: at most this many problems are listed in one message
MAX_LISTED = 20


@dataclass
class UnitRecord:
    code: str
    name: str
    level: str
    parent_code: Optional[str] = None
    name_en: str = ""
    wkb: Optional[bytes] = None
    row: str = ""


@dataclass
class UnitLoadReport:
    layer: str
    added: List[str] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    #: codes already in the database with another name or parent: not changed
    differing: List[str] = field(default_factory=list)


def _code_rules(profile) -> Dict[str, List[int]]:
    p = profile_or_default(profile)
    return {
        "county": list(p.get("database.county_code_digits")),
        "township": list(p.get("database.township_code_digits")),
    }


def check_units(
    records: Sequence[UnitRecord], layer: str, known_counties: Sequence[str] = (), profile=None
) -> None:
    """Raise :class:`InputError` listing every bad code (row, field, reason)."""
    rules = _code_rules(profile)
    problems: List[str] = []
    seen: Dict[str, str] = {}
    counties = set(known_counties) | {r.code for r in records if r.level == "county"}
    for r in records:
        where = r.row or r.code
        if r.level not in LEVELS:
            problems.append(
                tr("{row}: level {level!r} is not county or township").format(
                    row=where, level=r.level
                )
            )
            continue
        code = r.code
        if not code:
            problems.append(tr("{row}: the unit code is empty").format(row=where))
            continue
        if not code.isdigit() or not code.isascii():
            problems.append(
                tr("{row}: code {code!r} has characters other than digits").format(
                    row=where, code=code
                )
            )
        elif len(code) not in rules[r.level]:
            problems.append(
                tr("{row}: code {code} has {n} digits; a {level} code has {allowed}").format(
                    row=where,
                    code=code,
                    n=len(code),
                    level=r.level,
                    allowed=tr(" or ").join(str(n) for n in rules[r.level]),
                )
            )
        if code in seen:
            problems.append(
                tr("{row}: code {code} appears twice (also at {first})").format(
                    row=where, code=code, first=seen[code]
                )
            )
        seen.setdefault(code, where)
        if r.level == "township":
            parent = r.parent_code or ""
            if not parent:
                problems.append(
                    tr("{row}: township {code} has no county code").format(row=where, code=code)
                )
            elif not code.startswith(parent):
                problems.append(
                    tr(
                        "{row}: township code {code} does not start with the code "
                        "of its county {parent}"
                    ).format(row=where, code=code, parent=parent)
                )
            elif parent not in counties:
                problems.append(
                    tr(
                        "{row}: county {parent} of township {code} is not in the "
                        "database; load the counties first"
                    ).format(row=where, parent=parent, code=code)
                )
    if problems:
        more = len(problems) - MAX_LISTED
        text = "; ".join(problems[:MAX_LISTED])
        if more > 0:
            text += tr("; and {n} more").format(n=more)
        raise InputError(
            tr(
                "{layer}: {n} unit code problem(s): {problems}. Correct the codes (行政区划代码) "
                "in "
                ""
                "the layer and load it again; nothing was written."
            ).format(layer=layer, n=len(problems), problems=text)
        )


def load_units(
    store: Store, records: Sequence[UnitRecord], layer: str = "", profile=None
) -> UnitLoadReport:
    """Add the units of ``records`` (one transaction). Codes already in the
    database are left as they are and reported (unchanged, or differing)."""
    store.require_current()
    layer = layer or tr("units")
    report = UnitLoadReport(layer)
    rows = store.query("SELECT code, name, parent_code, level FROM units")
    known = {r[0]: (r[1], r[2] or None) for r in rows}
    known_counties = [r[0] for r in rows if r[3] == "county"]
    check_units(records, layer, known_counties, profile)
    now = utc_now()
    with store.transaction(tr("loading units into table units")):
        for r in sorted(records, key=lambda r: LEVELS.index(r.level)):
            if r.code in known:
                name, parent = known[r.code]
                (
                    report.unchanged
                    if (name, parent) == (r.name, r.parent_code or None)
                    else report.differing
                ).append(r.code)
                continue
            store.execute(
                f"INSERT INTO units (code, name, name_en, level, parent_code, added_at, geom) "
                f"VALUES (?, ?, ?, ?, ?, ?, {store.geom_in()})",
                (
                    r.code,
                    r.name,
                    r.name_en,
                    r.level,
                    r.parent_code or None,
                    now,
                    store.geom_value(r.wkb),
                ),
            )
            report.added.append(r.code)
    return report


def read_units_layer(
    path: str,
    layer_name: str,
    level: str,
    code_field: str,
    name_field: str,
    parent_field: Optional[str] = None,
    name_en_field: Optional[str] = None,
    target_srid: Optional[int] = None,
) -> List[UnitRecord]:
    """Unit records from a vector layer (OGR), geometry as MultiPolygon WKB
    in ``target_srid``."""
    from osgeo import ogr

    fields = (code_field, name_field, parent_field, name_en_field)
    out = []
    for i, values, geom, row in layer_rows(path, layer_name, fields, target_srid):
        wkb = None
        if geom is not None:
            flat = ogr.GT_Flatten(geom.GetGeometryType())
            if flat == ogr.wkbPolygon:
                geom = ogr.ForceToMultiPolygon(geom)
            elif flat != ogr.wkbMultiPolygon:
                raise InputError(
                    tr(
                        "{path}|{layer}, feature {n}: the geometry is not a "
                        "polygon. Units must be polygons."
                    ).format(path=path, layer=layer_name, n=i)
                )
            wkb = bytes(geom.ExportToIsoWkb())
        out.append(
            UnitRecord(
                code=values[code_field],
                name=values[name_field],
                level=level,
                parent_code=values.get(parent_field),
                name_en=values.get(name_en_field, ""),
                wkb=wkb,
                row=row,
            )
        )
    return out


def units(store: Store, level: Optional[str] = None, with_geometry: bool = False) -> List[dict]:
    geom = f", {store.geom_out('geom')} AS geom" if with_geometry else ""
    sql = f"SELECT code, name, name_en, level, parent_code{geom} FROM units"
    params: tuple = ()
    if level:
        sql += " WHERE level = ?"
        params = (level,)
    rows = store.query_dicts(sql + " ORDER BY code", params)
    if with_geometry:
        for r in rows:
            r["geom"] = store.wkb(r["geom"])
    return rows


def unit_polygons(store: Store, level: str) -> list:
    """(code, OGR geometry) of every unit of ``level`` that has a geometry,
    to find the unit containing a point."""

    polys = []
    for u in store.query_dicts(
        f"SELECT code, {store.geom_out('geom')} AS geom FROM units "
        f"WHERE level = ? AND geom IS NOT NULL",
        (level,),
    ):
        wkb = store.wkb(u["geom"])
        if wkb is not None:
            polys.append((u["code"], geometry_of(wkb, tr("unit {code}").format(code=u["code"]))))
    return polys


__all__ = [
    "UnitRecord",
    "UnitLoadReport",
    "check_units",
    "load_units",
    "read_units_layer",
    "units",
    "unit_polygons",
    "StoreError",
]
