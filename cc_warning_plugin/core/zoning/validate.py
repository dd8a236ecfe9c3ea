"""An official unit layer as given (most bureaus receive their units from
the province): read it into :class:`Unit` objects and check it — codes
present, unique and well formed (the profile's pattern, class digit agreeing
with the class), classes known, geometries valid (repaired with a note naming
the features, or refused with their ids), no overlaps, and, with a boundary
layer, no gaps and nothing outside it."""

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from ..progress import as_progress
from .config import ZoningConfig, cell_text
from .delineate import Unit
from .features import (
    FeatureSet,
    find_field,
    linear_unit_m,
    polygon_features,
    require_projected,
    transformed,
)
from .tiling import MAX_LISTED, Place, find_problems


@dataclass
class UnitFields:
    """Field names of a unit layer; None = the profile's name
    (``[zoning.fields]``), found case-insensitively."""

    code: Optional[str] = None
    name: Optional[str] = None
    cls: Optional[str] = None
    county: Optional[str] = None


@dataclass
class UnitLayer:
    units: List[Unit]
    srs: object
    name: str
    notes: List[str] = field(default_factory=list)
    places: List[Place] = field(default_factory=list)
    problems: List[str] = field(default_factory=list)


def _fields(fs: FeatureSet, config: ZoningConfig, fields: Optional[UnitFields]):
    fields = fields or UnitFields()
    names = list(fs.features[0].attrs) if fs.features else []
    out = {}
    for key, given, prof, required in (
        ("code", fields.code, "code", True),
        ("cls", fields.cls, "class", True),
        ("name", fields.name, "name", False),
        ("county", fields.county, "county", False),
    ):
        want = given or config.field(prof)
        found = find_field(names, [want])
        if found is None and (required or given):
            raise InputError(
                tr(
                    "{layer}: field {field} not found (fields: {fields}). Give the "
                    "name of the field that holds the {role}."
                ).format(
                    layer=fs.name,
                    field=want,
                    fields=", ".join(names),
                    role={
                        "code": tr("unit code"),
                        "cls": tr("unit class"),
                        "name": tr("unit name"),
                        "county": tr("county code"),
                    }[key],
                )
            )
        out[key] = found
    return out


def read_units(
    fs: FeatureSet,
    config: ZoningConfig,
    fields: Optional[UnitFields] = None,
    repair: bool = True,
    target_srs=None,
) -> UnitLayer:
    """Units of a layer, in ``target_srs`` if given (else the layer's CRS,
    which must be projected). Bad codes and classes are collected in
    ``problems``; invalid geometries are repaired (``notes``) or refused."""
    if not fs.features:
        raise InputError(tr("{layer} has no features.").format(layer=fs.name))
    if target_srs is not None:
        fs = transformed(fs, target_srs)
    require_projected(fs, tr("unit areas"))
    f = _fields(fs, config, fields)
    notes: List[str] = []
    fs = polygon_features(fs, repair, notes)
    factor = linear_unit_m(fs) ** 2
    problems: List[str] = []
    seen: Dict[str, str] = {}
    units = []
    pattern = config.code_pattern
    for feat in fs.features:
        code = cell_text(feat.attrs.get(f["code"]))
        raw_cls = feat.attrs.get(f["cls"])
        cls = config.parse_class(raw_cls)
        if not code:
            problems.append(tr("feature {fid}: the unit code is empty").format(fid=feat.fid))
        elif code in seen:
            problems.append(
                tr("unit code {code} appears in features {a} and {b}").format(
                    code=code, a=seen[code], b=feat.fid
                )
            )
        else:
            seen[code] = feat.fid
            m = pattern.match(code)
            if not m:
                problems.append(
                    tr(
                        "unit code {code} (feature {fid}) does not match the pattern {pattern}"
                    ).format(code=code, fid=feat.fid, pattern=pattern.pattern)
                )
            elif cls is not None and "cls" in m.groupdict() and m.group("cls") != cls:
                problems.append(
                    tr(
                        "unit code {code} (feature {fid}) says class {a} but the "
                        "class field says {b}"
                    ).format(code=code, fid=feat.fid, a=m.group("cls"), b=cls)
                )
        if cls is None:
            problems.append(
                tr(
                    "feature {fid} ({code}): class {value!r} is not a class of the "
                    "profile ({known})"
                ).format(
                    fid=feat.fid,
                    code=code,
                    value=raw_cls,
                    known=", ".join(f"{c} {config.class_label(c, 'zh')}" for c in config.classes),
                )
            )
        county = cell_text(feat.attrs.get(f["county"])) if f["county"] else ""
        county = county or config.code_admin(code) or ""
        name = cell_text(feat.attrs.get(f["name"])) if f["name"] else ""
        dims = {}
        for d in config.dimensions:
            key = find_field(feat.attrs, [config.dimension_field(d)])
            dims[d] = cell_text(feat.attrs.get(key)) if key else ""
        units.append(
            Unit(
                code or feat.fid,
                name,
                cls or "",
                county,
                "",
                feat.geom,
                feat.geom.GetArea() * factor,
                [],
                dims,
            )
        )
    return UnitLayer(units, fs.srs, fs.name, notes, [], problems)


def validate_units(
    fs: FeatureSet,
    config: ZoningConfig,
    fields: Optional[UnitFields] = None,
    boundary: Optional[FeatureSet] = None,
    repair: bool = True,
    raise_on_problems: bool = True,
    feedback=None,
) -> UnitLayer:
    """Read and check an official unit layer. Raises :class:`InputError`
    listing every problem (codes, classes, overlaps, gaps) unless
    ``raise_on_problems`` is false, in which case they are in ``problems``
    and ``places``."""
    st = as_progress(feedback)
    layer = read_units(fs, config, fields, repair)
    for n in layer.notes:
        st.warn(n)
    st.set(0.1)
    st.check()
    factor = linear_unit_m(fs) ** 2 if fs.srs is not None else 1.0
    bnd = None
    if boundary is not None:
        said = len(layer.notes)
        b = polygon_features(transformed(boundary, layer.srs), repair, layer.notes)
        for n in layer.notes[said:]:
            st.warn(n)
        bnd = [(f.fid, f.geom) for f in b.features]
    places = find_problems(
        [(u.code, u.geom) for u in layer.units],
        bnd,
        config.gap_overlap_tolerance,
        st.sub(0.1, 1.0),
        factor,
    )
    layer.places = places
    layer.problems += [p.describe() for p in places]
    if layer.problems and raise_on_problems:
        more = (
            tr(" … and {n} more").format(n=len(layer.problems) - MAX_LISTED)
            if len(layer.problems) > MAX_LISTED
            else ""
        )
        raise InputError(
            tr(
                "{layer}: the unit layer cannot be used as it is: {problems}{more}. "
                "Fix the layer (or the field names given) and run again."
            ).format(layer=fs.name, problems="; ".join(layer.problems[:MAX_LISTED]), more=more)
        )
    st.set(1.0)
    return layer
