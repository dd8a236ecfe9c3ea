"""The public edition of the warning results (政务发布): a self-contained
folder of static pages for a government website —

- ``index.html``: the warning map as inline SVG built here from the unit
  geometries (OGR), each unit a link to its page; the legend; a list of
  the units;
- ``units/<code>.html``: one page per unit with what the profile's
  ``report.public.items`` allow (level, overload type, the elements causing
  it, measures, rewards and penalties);
- ``style.css``.

No JavaScript, no web fonts, nothing fetched from anywhere; nothing the
profile marks as internal (``report.public.internal``: raw indicator
values, indices, the cause text that quotes them, draft results, 会商
comments, remediation plans). Units whose result is a draft
(``report.public.draft_fields`` holding one of ``draft_values``) are shown
grey as 暂未发布 and get no page. Pure Python (OGR)."""

import datetime
import html
import math
import os
import shutil
import uuid
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from ..core.actions.common import code_label
from ..core.actions.measures import UnitActions, driver_labels
from ..core.errors import InputError
from ..core.gdal_open import open_vector, transform_geometry
from ..core.i18n import language, tr
from ..core.indicators import normalize_header
from ..core.profile import Profile

MARKER = ".cc_warning_public"
CSS = """
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei",
       "PingFang SC", "SimHei", sans-serif; margin: 1.5em auto; max-width: 960px;
       color: #222; line-height: 1.6; padding: 0 1em; }
h1 { font-size: 1.6em; border-bottom: 2px solid #b2182b; padding-bottom: .3em; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
.meta { color: #555; }
svg.map { width: 100%; height: auto; border: 1px solid #ddd; background: #fbfbfb; }
svg.map a path { stroke: #444; stroke-width: 0.8; }
svg.map a:hover path, svg.map a:focus path { stroke: #000; stroke-width: 2.5; }
svg.map text { font-size: 13px; fill: #111; pointer-events: none; paint-order: stroke;
               stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.legend span, .level span { display: inline-block; width: 1.1em; height: .9em;
  border: 1px solid #777; vertical-align: middle; margin-right: .3em; }
.legend li { display: inline-block; margin-right: 1.2em; }
.legend { list-style: none; padding: 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: .25em .7em; text-align: left; }
th { background: #f0f0f0; }
footer { margin-top: 2em; font-size: .85em; color: #666; }
"""


@dataclass
class UnitShape:
    code: str
    name: str
    wkb: bytes
    geographic: bool = False  # coordinates in degrees (x is scaled by cos φ)
    area_m2: Optional[float] = None  # planar in a projected CRS, equal-area in a geographic one


def read_units(
    path: str,
    layer: Optional[str] = None,
    code_field: Optional[str] = None,
    name_field: Optional[str] = None,
) -> List[UnitShape]:
    """Unit geometries (WKB) with code and name from a vector file (OGR).
    Code and name fields are found by the indicator dictionary's names
    (行政区划代码, 名称 …) unless given."""
    from ..core.actions.common import find_header

    ds = open_vector(path)
    if ds is None:
        raise InputError(tr("Cannot open the unit layer {path}.").format(path=path))
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    if lyr is None:
        raise InputError(tr("{path} has no layer {layer!r}.").format(path=path, layer=layer))
    srs = lyr.GetSpatialRef()
    geographic = bool(srs and srs.IsGeographic())
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    code_field = code_field or find_header(names, "unit_code")
    name_field = name_field or find_header(names, "unit_name")
    if not code_field:
        raise InputError(
            tr(
                "Layer {layer} of {path} has no unit-code field (行政区划代码). Fields: {fields}."
            ).format(layer=lyr.GetName(), path=path, fields=", ".join(names))
        )
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        if g is None or g.IsEmpty():
            continue
        code = str(f.GetField(code_field) or "").strip()
        area = _area_m2(g, srs)
        if area is not None and math.isnan(area):
            raise InputError(
                tr(
                    "Unit {code} of layer {layer} ({path}) has coordinates beyond what its "
                    "geographic CRS allows (latitude beyond ±90°), so its area cannot be "
                    "measured. Check the layer's CRS (its coordinates may be metres of a "
                    "projected CRS) and run again."
                ).format(code=code, layer=lyr.GetName(), path=path)
            )
        out.append(
            UnitShape(
                code,
                str(f.GetField(name_field) or "") if name_field else code,
                bytes(g.ExportToWkb()),
                geographic,
                area,
            )
        )
    return out


def _area_m2(g, srs) -> Optional[float]:
    """Area in m²: planar in a projected CRS (by its linear unit), in a
    Lambert azimuthal equal-area projection centred on the unit in a
    geographic one (never in square degrees); ``None`` without a CRS, NaN
    for coordinates the geographic CRS cannot hold (GDAL's exceptions off
    or on)."""
    from osgeo import osr

    if srs is None:
        return None
    if not srs.IsGeographic():
        return g.GetArea() * srs.GetLinearUnits() ** 2
    c = g.Centroid()
    src = srs.Clone()
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    laea = osr.SpatialReference()
    h = g.Clone()
    try:
        err = laea.ImportFromProj4(
            f"+proj=laea +lat_0={c.GetY()} +lon_0={c.GetX()} +ellps=GRS80 +units=m +no_defs"
        )
        transform = osr.CoordinateTransformation(src, laea) if err == 0 else None
    except RuntimeError:  # GDAL's Python exceptions on: |lat_0| beyond 90°
        transform = None
    if transform is None or not transform_geometry(h, transform):
        return float("nan")
    return h.GetArea()


def _rings(geom) -> List[List[tuple]]:
    from osgeo import ogr

    out = []
    gtype = ogr.GT_Flatten(geom.GetGeometryType())
    if gtype == ogr.wkbPolygon:
        for i in range(geom.GetGeometryCount()):
            out.append(geom.GetGeometryRef(i).GetPoints() or [])
    elif gtype in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            out += _rings(geom.GetGeometryRef(i))
    return out


def svg_map(
    shapes: Sequence[UnitShape],
    fills: Dict[str, str],
    links: Dict[str, str],
    titles: Dict[str, str],
    labels: Dict[str, str],
    width: int = 800,
    aria: str = "",
) -> str:
    """An SVG map of the units: each a path filled with its colour, wrapped
    in a link when it has one, with a tooltip title and a label."""
    from osgeo import ogr

    geoms = [(s, ogr.CreateGeometryFromWkb(s.wkb)) for s in shapes]
    env = [g.GetEnvelope() for _, g in geoms]
    minx, maxx = min(e[0] for e in env), max(e[1] for e in env)
    miny, maxy = min(e[2] for e in env), max(e[3] for e in env)
    kx = math.cos(math.radians((miny + maxy) / 2)) if any(s.geographic for s in shapes) else 1.0
    margin = 10
    scale = (width - 2 * margin) / max((maxx - minx) * kx, 1e-12)
    height = int(round((maxy - miny) * scale + 2 * margin))

    def xy(x, y):
        return (f"{margin + (x - minx) * kx * scale:.1f}", f"{margin + (maxy - y) * scale:.1f}")

    esc = html.escape
    out = [
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{esc(aria)}">'
    ]
    tolerance = 0.6 / scale
    text = []
    for s, g in geoms:
        simple = g.SimplifyPreserveTopology(tolerance) or g
        d = []
        for ring in _rings(simple):
            if len(ring) < 3:
                continue
            pts = [xy(p[0], p[1]) for p in ring]
            d.append("M" + " L".join(f"{a} {b}" for a, b in pts) + " Z")
        path = (
            f'<path d="{" ".join(d)}" fill="{esc(fills.get(s.code, "#ffffff"))}" '
            f'fill-rule="evenodd"><title>{esc(titles.get(s.code, s.name))}</title></path>'
        )
        if s.code in links:
            out.append(f'<a href="{esc(links[s.code])}" aria-label="{esc(s.name)}">{path}</a>')
        else:
            out.append(path)
        if labels.get(s.code):
            pt = g.PointOnSurface()
            x, y = xy(pt.GetX(), pt.GetY())
            text.append(f'<text x="{x}" y="{y}" text-anchor="middle">{esc(labels[s.code])}</text>')
    out += text
    out.append("</svg>")
    return "\n".join(out)


def _page(title: str, body: str, css_href: str) -> str:
    lang = "zh-CN" if language() == "zh" else "en"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title>"
        f'<link rel="stylesheet" href="{css_href}"></head><body>\n{body}\n</body></html>\n'
    )


def draft_units(rows: Sequence[dict], profile: Profile) -> set:
    """Codes of the units whose result is a draft (by the profile's draft
    fields and values)."""
    from ..core.actions.common import find_header

    if not rows:
        return set()
    pub = profile.get("report.public")
    headers = list(dict.fromkeys(k for r in rows for k in r))
    fields = [
        h
        for h in headers
        if normalize_header(h) in {normalize_header(n) for n in pub["draft_fields"]}
    ]
    values = {normalize_header(v) for v in pub["draft_values"]}
    code_f = find_header(headers, "unit_code")
    out = set()
    for r in rows:
        if any(normalize_header(r.get(f) or "") in values for f in fields):
            out.add(str(r.get(code_f) or "").strip())
    return out


def _unit_body(
    a: UnitActions, profile: Profile, items: Sequence[str], title: str, period, org: str
) -> str:
    esc = html.escape
    s = a.state
    out = [
        f'<p><a href="../index.html">{esc(tr("Back to the overview"))}</a></p>',
        f"<h1>{esc(s.unit_name or s.unit_code)}</h1>",
        f'<p class="meta">{esc(title)} · {esc(str(period))}</p>',
        "<table>",
    ]
    if "warning_level" in items:
        color = profile.class_color("warning_levels", s.warning_level)
        out.append(
            f'<tr><th>{esc(tr("Warning level"))}</th><td class="level">'
            f'<span style="background:{esc(color)}"></span>'
            f"{esc(code_label(profile, 'warning_levels', s.warning_level))}</td></tr>"
        )
    if "load_type" in items:
        out.append(
            f"<tr><th>{esc(tr('Overload type'))}</th>"
            f"<td>{esc(code_label(profile, 'load_classes', s.load_type))}</td></tr>"
        )
    if "trend_type" in items and s.trend_type:
        out.append(
            f"<tr><th>{esc(tr('Depletion trend'))}</th>"
            f"<td>{esc(code_label(profile, 'trend_types', s.trend_type))}</td></tr>"
        )
    out.append("</table>")
    if "cause_elements" in items:
        drivers = [
            tr("{element}: {cls}").format(element=e, cls=c) for e, c in driver_labels(s, profile)
        ]
        out.append(f"<h2>{esc(tr('Causes'))}</h2>")
        out.append(
            "<ul>" + "".join(f"<li>{esc(d)}</li>" for d in drivers) + "</ul>"
            if drivers
            else f"<p>{esc(tr('No element is overloaded or critical.'))}</p>"
        )
    if "cause_text" in items and s.cause:
        out.append(f"<p>{esc(s.cause)}</p>")
    if "measures" in items:
        out.append(f"<h2>{esc(tr('Measures'))}</h2>")
        out.append(
            "<ul>" + "".join(f"<li>{esc(m.text)}</li>" for m in a.measures) + "</ul>"
            if a.measures
            else f"<p>{esc(tr('None.'))}</p>"
        )
    if "incentives" in items and a.incentives:
        out.append(
            f"<h2>{esc(tr('Rewards and penalties'))}</h2><ul>"
            + "".join(
                f"<li>{esc(m.kind_label)}：{esc(m.text)}</li>"
                if language() == "zh"
                else f"<li>{esc(m.kind_label)}: {esc(m.text)}</li>"
                for m in a.incentives
            )
            + "</ul>"
        )
    out.append(f"<footer>{esc(org)}</footer>")
    return "\n".join(out)


def check_edition_folder(folder: str) -> None:
    """Refuse a folder holding files that are not an earlier public edition
    (the edition would mix with them)."""
    if (
        os.path.exists(folder)
        and os.listdir(folder)
        and not os.path.exists(os.path.join(folder, MARKER))
    ):
        raise InputError(
            tr(
                "{path} exists and is not an earlier public edition: choose an empty "
                "or new folder (nothing was written)."
            ).format(path=folder)
        )


def write_public_edition(
    folder: str,
    actions: Sequence[UnitActions],
    shapes: Sequence[UnitShape],
    profile: Profile,
    title: str,
    period,
    org: str = "",
    rows: Sequence[dict] = (),
    date: Optional[datetime.date] = None,
) -> List[str]:
    """Write the public edition into ``folder`` (created, or replaced when
    it holds an earlier edition; any other non-empty folder is refused).
    Returns the files written (relative paths)."""
    esc = html.escape
    folder = os.path.abspath(folder)
    parent = os.path.dirname(folder)
    if not os.path.isdir(parent):
        raise InputError(
            tr("Cannot write {path}: the folder {folder} does not exist.").format(
                path=folder, folder=parent
            )
        )
    check_edition_folder(folder)
    pub = profile.get("report.public")
    items = [i for i in pub["items"] if i not in pub["internal"]]
    drafts = draft_units(rows, profile) if "draft_results" in pub["internal"] else set()
    by_code = {a.unit_code: a for a in actions}
    missing = [s.code for s in shapes if s.code not in by_code]
    if missing:
        raise InputError(
            tr(
                "The unit layer has units without a result: {codes}. Give the "
                "boundaries of the evaluated units only."
            ).format(codes=", ".join(missing))
        )
    published = [a for a in actions if a.unit_code not in drafts]
    when = date or datetime.date.today()
    fills, links, titles, labels = {}, {}, {}, {}
    for s in shapes:
        a = by_code[s.code]
        labels[s.code] = s.name or s.code
        if s.code in drafts:
            fills[s.code] = pub.get("unpublished_color", "#d9d9d9")
            titles[s.code] = tr("{name}: not yet published").format(name=s.name)
        else:
            fills[s.code] = profile.class_color("warning_levels", a.state.warning_level)
            links[s.code] = f"units/{s.code}.html"
            titles[s.code] = (
                f"{s.name} {code_label(profile, 'warning_levels', a.state.warning_level)}"
            )
    svg = svg_map(shapes, fills, links, titles, labels, aria=title)
    legend = [
        (code_label(profile, "warning_levels", c), profile.class_color("warning_levels", c))
        for c in profile.class_codes("warning_levels")
        if any(a.state.warning_level == c for a in published)
    ]
    if drafts:
        legend.append((tr("Not yet published"), pub.get("unpublished_color", "#d9d9d9")))
    body = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{esc(tr("Monitoring period: {period}").format(period=period))}'
        + (f" · {esc(org)}" if org else "")
        + "</p>",
        "<p>"
        + esc(
            tr(
                "Select a unit on the map or in the list for its warning level, "
                "causes and measures."
            )
        )
        + "</p>",
        svg,
        '<ul class="legend">'
        + "".join(
            f'<li><span style="background:{esc(c)}"></span>{esc(lab)}</li>' for lab, c in legend
        )
        + "</ul>",
        f"<h2>{esc(tr('Units'))}</h2><table><tr><th>{esc(tr('Unit'))}</th>"
        f"<th>{esc(tr('Warning level'))}</th></tr>",
    ]
    for a in actions:
        name = esc(a.state.unit_name or a.unit_code)
        if a.unit_code in drafts:
            body.append(f"<tr><td>{name}</td><td>{esc(tr('Not yet published'))}</td></tr>")
        else:
            lv = a.state.warning_level
            body.append(
                f'<tr><td><a href="units/{esc(a.unit_code)}.html">{name}</a></td>'
                f'<td class="level"><span style="background:'
                f'{esc(profile.class_color("warning_levels", lv))}"></span>'
                f"{esc(code_label(profile, 'warning_levels', lv))}</td></tr>"
            )
    body.append("</table>")
    body.append(
        f"<footer>{esc(tr('Published {date}').format(date=when.isoformat()))}"
        + (f" · {esc(org)}" if org else "")
        + "</footer>"
    )
    pages = {
        "index.html": _page(title, "\n".join(body), "style.css"),
        "style.css": CSS,
        MARKER: "cc_warning_plugin public edition\n",
    }
    for a in published:
        pages[f"units/{a.unit_code}.html"] = _page(
            f"{a.state.unit_name or a.unit_code} · {title}",
            _unit_body(a, profile, items, title, period, org),
            "../style.css",
        )
    tmp = os.path.join(parent, f".{os.path.basename(folder)}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        for rel, text in pages.items():
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        old = None
        if os.path.exists(folder):
            old = f"{tmp}.old"
            os.replace(folder, old)
        os.replace(tmp, folder)
        if old:
            shutil.rmtree(old)
    finally:
        if os.path.exists(tmp):
            shutil.rmtree(tmp)
    return sorted(p for p in pages if p != MARKER)
