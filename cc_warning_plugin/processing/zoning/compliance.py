"""cc_warning:zoning_compliance — the 符合性分析 of project sites against the
control units, their 准入清单 and the 三区三线 (core.zoning.compliance): the
verdict table, the sites with their conclusion, the site pieces by unit and
one report per site (HTML and PDF) with a map drawn by the layout code."""

import datetime
import os
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsProcessingException,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core.errors import InputError
from ...core.i18n import tr
from ...core.zoning.compliance import ComplianceContext, SiteFields, analyse, county_results
from ...core.zoning.features import FeatureSet
from ...core.zoning.progress import Steps
from ...core.zoning.validate import read_units
from ...layouts.mapping import render_png
from ...report.compliance import report_stem, site_document
from ...report.docmodel import write_html
from ...report.pdf import write_pdf
from ...specs.zoning import COMPLIANCE, THREE_LINES
from ...styles import apply_class_style
from ...styles.basemap import apply_basemap_style
from ...styles.fonts import cjk_family
from ..framework.common import add_features, run_results, user_errors
from .base import (
    ZoningAlgorithm,
    feature_set,
    field_values,
    layer_name,
    qgis_fields,
    to_qgis,
    unique_ids,
)

SITE_ID = ("项目编号", "编号", "site_id", "id")
SITE_NAME = ("项目名称", "名称", "site_name", "name")

VERDICT_FIELDS = (
    ("site_id", "string"),
    ("site_name", "string"),
    ("clause_id", "string"),
    ("scope", "string"),
    ("dimension", "string"),
    ("clause", "string"),
    ("condition", "string"),
    ("units", "string"),
    ("verdict", "string"),
    ("verdict_label", "string"),
    ("reason", "string"),
)
SITE_FIELDS = (
    ("site_id", "string"),
    ("site_name", "string"),
    ("area_m2", "real"),
    ("verdict", "string"),
    ("verdict_label", "string"),
    ("causes", "string"),
    ("units", "string"),
    ("outside_units_m2", "real"),
    ("outside_units_share", "real"),
    ("eco_redline_m2", "real"),
    ("eco_redline_share", "real"),
    ("farmland_m2", "real"),
    ("farmland_share", "real"),
    ("urban_boundary_m2", "real"),
    ("urban_boundary_share", "real"),
    ("counties", "string"),
    ("warning_level", "string"),
    ("load_type", "string"),
    ("list", "string"),
    ("notes", "string"),
)
PIECE_FIELDS = (
    ("site_id", "string"),
    ("site_name", "string"),
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("class", "string"),
    ("class_label", "string"),
    ("county", "string"),
    ("area_m2", "real"),
    ("share", "real"),
)
#: the report map shows the site at the middle of a square this many times its size,
#: and at least MAP_MIN_SPAN map units (m) wide
MAP_ZOOM = 6.0
MAP_MIN_SPAN = 2000.0


def layer_key(name: str, config) -> Optional[str]:
    """The key of ``[zoning.layers]`` a layer name stands for: the key itself
    or one of its labels (any case); None if none."""
    low = name.strip().lower()
    for key, entry in config.layers.items():
        names = {key.lower(), entry.get("label_zh", "").lower(), entry.get("label_en", "").lower()}
        if low in names:
            return key
    return None


class ComplianceAlgorithm(ZoningAlgorithm):
    SPEC = COMPLIANCE

    # -- checks before the run ------------------------------------------------
    def check_inputs(self, parameters, context):
        with user_errors():
            profile, cfg = self.zoning_config(parameters, context)
            self.extra_layers(parameters, context, cfg)
            if (
                self.parameterAsString(parameters, "REPORT_FOLDER", context)
                and cjk_family(profile) is None
            ):
                raise InputError(
                    tr(
                        "No font for Chinese text is installed (the method profile's maps.fonts: "
                        "{fonts}); the PDF reports would show empty boxes. Install one of them "
                        "(Debian: fonts-wqy-microhei) or leave the report folder empty."
                    ).format(fonts=", ".join(profile.get("maps.fonts")))
                )
            sites = self.source_of(parameters, "SITES", context)
            self.field_choice(parameters, "SITE_ID_FIELD", context, sites, SITE_ID, required=False)
            if self.parameterAsFile(parameters, "ACCESS_LIST", context):
                self.access_list(
                    parameters, context, cfg, self.unit_codes(parameters, context, cfg)
                )

    def unit_codes(self, parameters, context, cfg) -> List[str]:
        units = self.source_of(parameters, "UNITS", context)
        field = self.field_choice(
            parameters, "UNIT_CODE_FIELD", context, units, [cfg.field("code")], what=tr("unit code")
        )
        return field_values(units, field)

    def extra_layers(self, parameters, context, cfg) -> List[Tuple[str, QgsVectorLayer]]:
        """The LAYERS with the key each stands for; an error naming a layer
        whose name is no key, or a key given twice."""
        given = {key for name, key in THREE_LINES if parameters.get(name) not in (None, "")}
        out = []
        what = self.parameterDefinition("LAYERS").description()
        for layer in self.vector_layers(
            self.parameterAsLayerList(parameters, "LAYERS", context), what
        ):
            key = layer_key(layer_name(layer), cfg)
            if key is None:
                raise InputError(
                    tr(
                        "Layer {layer} ({what}): its name is not a layer of the method profile "
                        "({keys}). Rename the layer to the key or the Chinese name its conditions "
                        "use (e.g. drinking_water or 饮用水水源保护区)."
                    ).format(
                        layer=layer_name(layer),
                        what=what,
                        keys=", ".join(
                            f"{k} {e.get('label_zh', '')}" for k, e in cfg.layers.items()
                        ),
                    )
                )
            if key in given:
                raise InputError(
                    tr(
                        "Layer {layer} stands for {key}, which is given twice: leave one out."
                    ).format(layer=layer_name(layer), key=key)
                )
            given.add(key)
            out.append((key, layer))
        return out

    # -- the run -----------------------------------------------------------------
    def process_algorithm(self, parameters, context, feedback):
        with user_errors():
            return self._run(parameters, context, feedback)

    def _run(self, parameters, context, feedback):
        profile, cfg = self.zoning_config(parameters, context)
        repair = self.parameterAsBoolean(parameters, "REPAIR", context)
        units_src = self.source_of(parameters, "UNITS", context)
        units_fs = feature_set(
            units_src, self.layer_label(parameters, "UNITS", units_src), feedback=feedback
        )
        units = read_units(units_fs, cfg, self.unit_fields(parameters, context), repair)
        if units.problems:
            raise InputError(
                tr(
                    "{layer}: {problems}. Check the unit layer (cc_warning:"
                    "zoning_validate_units lists every problem) and run "
                    "again."
                ).format(layer=units.name, problems="; ".join(units.problems[:20]))
            )
        al = self.access_list(parameters, context, cfg, [u.code for u in units.units])
        layers: Dict[str, FeatureSet] = {}
        crs_of: Dict[str, object] = {}
        for name, key in THREE_LINES:
            src = self.source_of(parameters, name, context, required=False)
            if src is not None:
                layers[key] = feature_set(
                    src, self.layer_label(parameters, name, src), feedback=feedback
                )
                crs_of[key] = src.sourceCrs()
        for key, layer in self.extra_layers(parameters, context, cfg):
            layers[key] = feature_set(layer, layer_name(layer), feedback=feedback)
        warnings = self.warning_results(parameters, context, profile, feedback)
        feedback.setProgress(5)
        ctx = ComplianceContext(
            units, cfg, al, layers, warnings, repair=repair, feedback=Steps(feedback, (5.0, 25.0))
        )
        sites_src = self.source_of(parameters, "SITES", context)
        id_field = self.field_choice(
            parameters, "SITE_ID_FIELD", context, sites_src, SITE_ID, required=False
        )
        name_field = self.field_choice(
            parameters, "SITE_NAME_FIELD", context, sites_src, SITE_NAME, required=False
        )
        sites = feature_set(
            sites_src, self.layer_label(parameters, "SITES", sites_src), id_field, feedback
        )
        if id_field:
            unique_ids(sites, id_field)
        buffer_m = self.parameterAsDouble(parameters, "BUFFER", context) or None
        result = analyse(
            sites,
            ctx,
            SiteFields(name=name_field),
            buffer_m=buffer_m,
            repair=repair,
            feedback=Steps(feedback, (25.0, 55.0)),
        )
        lang = self.lang()
        crs = units_src.sourceCrs()
        verdicts = self.write_records(
            parameters,
            "OUTPUT",
            context,
            VERDICT_FIELDS,
            result.verdict_records(lang),
            QgsWkbTypes.Type.NoGeometry,
            crs,
            feedback,
        )
        site_rows = result.site_records(lang)
        for rec, s in zip(site_rows, result.sites):
            rec["geometry"] = s.geom
        sites_dest = self.write_records(
            parameters,
            "SITES_OUTPUT",
            context,
            SITE_FIELDS,
            site_rows,
            QgsWkbTypes.Type.MultiPolygon,
            crs,
            feedback,
        )
        pieces = self.write_records(
            parameters,
            "PIECES",
            context,
            PIECE_FIELDS,
            result.piece_records(lang),
            QgsWkbTypes.Type.MultiPolygon,
            crs,
            feedback,
        )
        feedback.setProgress(60)
        inputs = self.inputs_of(
            parameters,
            context,
            ["SITES", "UNITS", "ACCESS_LIST"]
            + [n for n, _ in THREE_LINES]
            + ["LAYERS", "WARNING_RESULT"],
        )
        prov = self.provenance(parameters, context, profile, inputs)
        folder = self.parameterAsString(parameters, "REPORT_FOLDER", context)
        if folder:
            self.write_reports(
                folder,
                result,
                units.units,
                sites,
                layers,
                crs_of,
                crs,
                profile,
                prov,
                context,
                feedback,
            )
        conclusions = "; ".join(
            f"{r['site_id']}: {r['verdict_label'] or tr('no verdict')}" for r in site_rows
        )
        feedback.pushInfo(tr("Conclusions: {text}").format(text=conclusions))
        self.style(context, sites_dest, "verdict", profile, "zoning.verdicts", prov, feedback)
        self.style(context, pieces, "class", profile, "zoning.classes", prov, feedback)
        feedback.setProgress(100)
        return run_results(
            prov,
            {
                "OUTPUT": verdicts,
                "SITES_OUTPUT": sites_dest,
                "SITE_COUNT": len(result.sites),
                "CONCLUSIONS": conclusions,
            },
            {"PIECES": pieces, "REPORT_FOLDER": folder},
            leave_out=True,
        )

    def warning_results(self, parameters, context, profile, feedback) -> Optional[dict]:
        fs = self.read_set(parameters, "WARNING_RESULT", context, feedback, required=False)
        if fs is None:
            return None
        labels = {}
        for set_name in ("warning_levels", "load_classes"):
            for code in profile.class_codes(set_name):
                labels[code] = profile.class_label(set_name, code)
        return county_results([f.attrs for f in fs.features], labels=labels, source=fs.name)

    # -- reports -------------------------------------------------------------------
    def write_reports(
        self,
        folder,
        result,
        units,
        sites: FeatureSet,
        layers,
        crs_of,
        crs,
        profile,
        prov,
        context,
        feedback,
    ):
        """One HTML and one PDF report per site, each with its map."""
        units_layer = memory_layer(
            "MultiPolygon",
            crs,
            tr("Control units"),
            [("code", "string"), ("class", "string")],
            [{"code": u.code, "class": u.cls, "geometry": u.geom} for u in units],
        )
        apply_class_style(units_layer, "class", profile, "zoning.classes")
        units_layer.setOpacity(profile.get("maps.result_opacity"))
        base = {}
        for key, fs in layers.items():
            if key not in crs_of:
                continue
            lyr = memory_layer(
                "MultiPolygon",
                crs_of[key],
                fs.name,
                [],
                [{"geometry": f.geom} for f in fs.features],
            )
            apply_basemap_style(lyr, key, profile, named=False)
            base[key] = lyr
        attrs = {f.fid: f.attrs for f in sites.features}
        date = datetime.date.today().isoformat()
        stems = {}
        n = len(result.sites)
        for i, site in enumerate(result.sites):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(60 + 40 * i / max(1, n))
            stem = report_stem(site.fid)
            if stem in stems:
                raise InputError(
                    tr(
                        "Sites {a} and {b} would write the same report file "
                        "{name}: give them ids that differ in letters or "
                        "digits."
                    ).format(a=stems[stem], b=site.fid, name=stem)
                )
            stems[stem] = site.fid
            png = self.site_map(site, units_layer, base, crs, profile, context)
            shown = [
                (k, str(v))
                for k, v in attrs.get(site.fid, {}).items()
                if v not in (None, "") and k.lower() != "fid"
            ]
            doc = site_document(site, result, profile, png, date, shown, prov)
            write_html(os.path.join(folder, stem + ".html"), doc)
            write_pdf(os.path.join(folder, stem + ".pdf"), doc, profile)
        feedback.pushInfo(
            tr("{n} reports written to {folder}.").format(
                n=n, folder=self.final_destination("REPORT_FOLDER", folder)
            )
        )

    @staticmethod
    def site_map(site, units_layer, base, crs, profile, context) -> bytes:
        site_layer = memory_layer("MultiPolygon", crs, site.fid, [], [{"geometry": site.geom}])
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "style": "no",
                "outline_color": "0,0,0,255",
                "outline_width": "0.8",
                "outline_width_unit": "MM",
            }
        )
        site_layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        x0, x1, y0, y1 = site.geom.GetEnvelope()
        half = max(MAP_MIN_SPAN, MAP_ZOOM * max(x1 - x0, y1 - y0)) / 2.0
        cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        extent = QgsRectangle(cx - half, cy - half, cx + half, cy + half)
        return render_png(
            None,
            units_layer,
            base,
            profile,
            context.transformContext(),
            width_px=1200,
            height_px=900,
            above=[site_layer],
            extent=extent,
            margin=0.0,
        )


def memory_layer(geometry: str, crs, name: str, fields, records) -> QgsVectorLayer:
    """A memory layer holding ``records`` (OGR geometries under ``geometry``)."""
    layer = QgsVectorLayer(
        f"{geometry}?crs={crs.authid()}" if crs.authid() else geometry, name, "memory"
    )
    if not crs.authid():
        layer.setCrs(crs)
    qfields = qgis_fields(fields)
    layer.dataProvider().addAttributes(list(qfields))
    layer.updateFields()
    feats = []
    for rec in records:
        f = QgsFeature(layer.fields())
        f.setGeometry(to_qgis(rec.get("geometry"), multi=True))
        f.setAttributes([rec.get(n) for n, _ in fields])
        feats.append(f)
    add_features(layer.dataProvider(), feats, name)
    layer.updateExtents()
    return layer
