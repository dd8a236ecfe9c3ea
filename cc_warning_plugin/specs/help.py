"""Help and reference text of an algorithm, generated from its spec and a
method profile: what it does, the rule with the profile's thresholds and
their evidence tags, the inputs with their units, the outputs and the
notes. The same content renders as HTML (the Processing help panel,
``qgis_process help``, the bundled offline pages) and as Markdown
(``docs/algorithms/<id>.md``).

Every sentence goes through ``tr`` on its own, with placeholders for the
numbers: a translation never holds a number that belongs to the profile.
"""

import html
from typing import List, Optional

from ..core.i18n import tr, translated
from .base import GROUPS, AlgorithmSpec, Param, Rule, shown

#: The word for each parameter kind in the input list (translated when shown)
_KIND_WORDS = {
    "raster": lambda: tr("raster"),
    "vector": lambda: tr("vector layer"),
    "layer": lambda: tr("layer"),
    "vector_layer": lambda: tr("vector layer"),
    "layers": lambda: tr("layers"),
    "table": lambda: tr("table"),
    "field": lambda: tr("field"),
    "number": lambda: tr("number"),
    "integer": lambda: tr("whole number"),
    "bool": lambda: tr("yes / no"),
    "string": lambda: tr("text"),
    "enum": lambda: tr("choice"),
    "crs": lambda: tr("CRS"),
    "file": lambda: tr("file"),
    "profile": lambda: tr("method profile"),
    "sink": lambda: tr("vector output"),
    "raster_out": lambda: tr("raster output"),
    "file_out": lambda: tr("file output"),
    "folder_out": lambda: tr("folder"),
}


def kind_word(param: Param) -> str:
    return _KIND_WORDS[param.kind]()


def rules_of(spec: AlgorithmSpec, profile) -> List[Rule]:
    if spec.rules is None or profile is None:
        return []
    return list(spec.rules(profile))


def _param_line(p: Param) -> str:
    bits = [kind_word(p)]
    if p.unit:
        bits.append(p.unit)
    if p.optional:
        bits.append(tr("optional"))
    if p.advanced:
        bits.append(tr("advanced"))
    if p.minimum is not None or p.maximum is not None:
        lo = "−∞" if p.minimum is None else f"{p.minimum:g}"
        hi = "∞" if p.maximum is None else f"{p.maximum:g}"
        bits.append(f"{lo} … {hi}")
    return ", ".join(bits)


def to_html(spec: AlgorithmSpec, profile, page_url: Optional[str] = None) -> str:
    """The help of the Processing panel and of ``qgis_process help``."""
    e = html.escape
    out = [f"<p>{e(translated(spec.summary))}</p>"]
    rules = rules_of(spec, profile)
    if rules:
        out.append(
            "<p><b>{}</b> ({})</p><ul>".format(
                e(tr("Rule")),
                e(
                    tr("method profile {id} {version}").format(
                        id=profile.id, version=profile.version
                    )
                ),
            )
        )
        for r in rules:
            tag = f" <i>[{e(r.tag)}]</i>" if r.tag else ""
            out.append(f"<li>{e(r.text)}{tag}</li>")
        out.append("</ul>")
    for note in spec.notes:
        out.append(f"<p>{e(translated(note))}</p>")
    out.append("<p><b>{}</b></p><ul>".format(e(tr("Inputs"))))
    for p in spec.inputs:
        text = f"<li><b>{e(shown(p.label))}</b> <code>{p.name}</code> ({e(_param_line(p))})"
        if p.help:
            text += f": {e(shown(p.help))}"
        out.append(text + "</li>")
    out.append("</ul><p><b>{}</b></p><ul>".format(e(tr("Outputs"))))
    for p in spec.destinations:
        text = f"<li><b>{e(shown(p.label))}</b> <code>{p.name}</code> ({e(kind_word(p))})"
        if p.help:
            text += f": {e(shown(p.help))}"
        if _sidecar(p):
            text += " " + e(_sidecar(p))
        out.append(text + "</li>")
    for o in spec.outputs:
        out.append(f"<li><b>{e(translated(o.label))}</b> <code>{o.name}</code></li>")
    out.append("</ul>")
    if spec.result_fields:
        out.append("<p><b>{}</b></p><ul>".format(e(tr("Result fields"))))
        for name, meaning in spec.result_fields:
            out.append(f"<li><code>{name}</code>: {e(translated(meaning))}</li>")
        out.append("</ul>")
    out.append(
        "<p>{}</p>".format(
            e(
                tr(
                    "Thresholds, standard limits and labels come from the method profile; the "
                    "evidence tag of each rule says how sure its source is (V-off: official text, "
                    "V-paper: the method authors' paper, V-impl: an implementation, V-std: a "
                    "standard, MEM: not verified)."
                )
            )
        )
    )
    if page_url:
        out.append(
            '<p><a href="{}">{}</a></p>'.format(e(page_url), e(tr("Full reference page (offline)")))
        )
    return "\n".join(out)


def to_markdown(spec: AlgorithmSpec, profile) -> str:
    """The reference page ``docs/algorithms/<id>.md``."""
    lines = [
        f"# {translated(spec.name)}",
        "",
        f"`cc_warning:{spec.id}` — {translated(GROUPS[spec.group])}",
        "",
        translated(spec.summary),
        "",
    ]
    rules = rules_of(spec, profile)
    if rules:
        lines += [
            "## " + tr("Rule"),
            "",
            tr("With the method profile {id} {version}:").format(
                id=profile.id, version=profile.version
            ),
            "",
        ]
        for r in rules:
            lines.append(f"- {r.text}" + (f" *[{r.tag}]*" if r.tag else ""))
        lines.append("")
    for note in spec.notes:
        lines += [translated(note), ""]
    lines += [
        "## " + tr("Inputs"),
        "",
        "| " + " | ".join([tr("Parameter"), tr("Name"), tr("Kind"), tr("Description")]) + " |",
        "|---|---|---|---|",
    ]
    for p in spec.inputs:
        lines.append(
            f"| {_md(shown(p.label))} | `{p.name}` | {_md(_param_line(p))} | {_md(shown(p.help))} |"
        )
    lines += [
        "",
        "## " + tr("Outputs"),
        "",
        "| " + " | ".join([tr("Output"), tr("Name"), tr("Kind"), tr("Description")]) + " |",
        "|---|---|---|---|",
    ]
    for p in spec.destinations:
        more = f" {_sidecar(p)}" if _sidecar(p) else ""
        lines.append(
            f"| {_md(shown(p.label))} | `{p.name}` | {_md(kind_word(p))} | "
            f"{_md(shown(p.help) + more)} |"
        )
    for o in spec.outputs:
        lines.append(
            f"| {_md(translated(o.label))} | `{o.name}` | {o.kind} | {_md(translated(o.help))} |"
        )
    if spec.result_fields:
        lines += ["", "## " + tr("Result fields"), ""]
        for name, meaning in spec.result_fields:
            lines.append(f"- `{name}`: {translated(meaning)}")
    if spec.children:
        lines += ["", "## " + tr("Steps"), ""]
        for child in spec.children:
            lines.append(f"- [`cc_warning:{child}`]({child}.md)")
    if spec.doc:
        lines += ["", tr("More: [{page}](../{page}).").format(page=spec.doc)]
    return "\n".join(lines).rstrip() + "\n"


def _sidecar(p: Param) -> str:
    """The note on the file written beside a class raster (GeoTIFF has no place
    for category names; GDAL keeps them in a .tif.aux.xml)."""
    if p.kind == "raster_out" and p.style.startswith("dual.classes."):
        return tr(
            "A .tif.aux.xml file beside the raster holds its class names: keep the "
            "two files together."
        )
    return ""


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
