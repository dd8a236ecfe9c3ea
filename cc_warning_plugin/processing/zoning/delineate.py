"""cc_warning:zoning_delineate — control units from the priority and
key-control layers fitted to the township boundaries (core.zoning.delineate)."""

from osgeo import ogr
from qgis.core import QgsWkbTypes

from ...core.errors import InputError
from ...core.i18n import tr
from ...core.zoning.access_list import fill_dimensions
from ...core.zoning.delineate import BoundaryFields, ZoneLayer, delineate, unit_fields
from ...core.zoning.features import FeatureSet, find_field
from ...core.zoning.progress import Steps
from ...specs.zoning import DELINEATE
from ..framework.common import run_results, user_errors
from .base import ZoningAlgorithm, feature_set, layer_name

#: fields the boundary layer's roles are looked for in, first found wins
TOWNSHIP_CODE = ("乡镇代码", "XZDM", "乡镇编码", "township_code", "code")
TOWNSHIP_NAME = ("乡镇名称", "XZMC", "township_name", "name")
COUNTY_CODE = ("行政区划代码", "XZQHDM", "县级行政区划代码", "county_code", "county")
COUNTY_NAME = ("名称", "XZQMC", "县级行政区名称", "county_name", "name")
ENV_CLASS = ("env_class", "环境评价结果", "环境")

SUMMARY_FIELDS = (
    ("county", "string"),
    ("class", "string"),
    ("class_label", "string"),
    ("units", "integer"),
    ("area_km2", "real"),
    ("share", "real"),
)
MERGE_FIELDS = (
    ("township", "string"),
    ("part_class", "string"),
    ("part_class_label", "string"),
    ("area_m2", "real"),
    ("mean_width_m", "real"),
    ("reason", "string"),
    ("into_unit", "string"),
    ("into_class", "string"),
    ("shared_boundary_m", "real"),
)


class DelineateAlgorithm(ZoningAlgorithm):
    SPEC = DELINEATE

    def check_inputs(self, parameters, context):
        with user_errors():
            _, cfg = self.zoning_config(parameters, context)
            if len(cfg.precedence) < 3 and self.parameterAsLayerList(
                parameters, "KEY_LAYERS", context
            ):
                raise_key_class(cfg)
            boundary = self.source_of(parameters, "BOUNDARY", context)
            self.boundary_fields(parameters, context, boundary)
            self.env_result(parameters, context)
            self.access_list(parameters, context, cfg)

    def boundary_fields(self, parameters, context, source) -> BoundaryFields:
        code = self.field_choice(
            parameters, "BOUNDARY_CODE", context, source, TOWNSHIP_CODE, what=tr("township code")
        )
        name = self.field_choice(
            parameters, "BOUNDARY_NAME", context, source, TOWNSHIP_NAME, required=False
        )
        county = self.field_choice(
            parameters, "COUNTY_FIELD", context, source, COUNTY_CODE, required=False
        )
        if county == code:
            county = None  # a county-level boundary layer: the code is the county's
        return BoundaryFields(code, name, county)

    def env_result(self, parameters, context):
        """The 2016 result (ENV_RESULT) and its environment-class field, or
        (None, None) when it is not given."""
        env = self.source_of(parameters, "ENV_RESULT", context, required=False)
        if env is None:
            return None, None
        field = self.field_choice(
            parameters,
            "ENV_FIELD",
            context,
            env,
            ENV_CLASS,
            what=tr("environment class of the 2016 result"),
        )
        return env, field

    def county_names(self, parameters, context, feedback) -> dict:
        fs = self.read_set(parameters, "COUNTIES", context, feedback, required=False)
        if fs is None or not fs.features:
            return {}
        names = list(fs.features[0].attrs)
        code, name = find_field(names, COUNTY_CODE), find_field(names, COUNTY_NAME)
        if code is None or name is None:
            raise InputError(
                tr(
                    "{layer}: the county names need a code field ({codes}) and a "
                    "name field ({names}); the fields are {fields}."
                ).format(
                    layer=fs.name,
                    codes=", ".join(COUNTY_CODE),
                    names=", ".join(COUNTY_NAME),
                    fields=", ".join(names),
                )
            )
        return {
            str(f.attrs[code]).strip(): str(f.attrs[name] or "").strip()
            for f in fs.features
            if f.attrs.get(code) not in (None, "")
        }

    def zones(self, parameters, context, cfg, profile, feedback):
        zones = []
        prec = cfg.precedence
        for param, cls in (("PRIORITY_LAYERS", prec[0]), ("KEY_LAYERS", prec[1])):
            what = self.parameterDefinition(param).description()
            for layer in self.vector_layers(
                self.parameterAsLayerList(parameters, param, context), what
            ):
                if cls == cfg.remainder_class:
                    raise_key_class(cfg)
                name = layer_name(layer)
                zones.append(ZoneLayer(name, cls, feature_set(layer, name, feedback=feedback)))
        env, field = self.env_result(parameters, context)
        if env is not None:
            wanted = set()
            for code in cfg.env_key_classes:
                wanted.update(
                    {
                        code,
                        profile.class_label("load_classes", code),
                        profile.get(f"load_classes.{code}")["label_zh"],
                        profile.get(f"load_classes.{code}")["label_en"],
                    }
                )
            name = self.layer_label(parameters, "ENV_RESULT", env)
            every = feature_set(env, name, feedback=feedback)
            if not every.features:
                feedback.pushWarning(
                    tr(
                        "{layer} has no features: no 2016 result adds key-control areas. "
                        "Give the result layer of the 2016 evaluation of this area, or "
                        "leave the parameter empty."
                    ).format(layer=name)
                )
            fs = FeatureSet(
                every.name,
                every.srs,
                [f for f in every.features if str(f.attrs.get(field) or "").strip() in wanted],
            )
            classes = ", ".join(profile.class_label("load_classes", c) for c in cfg.env_key_classes)
            feedback.pushInfo(
                tr(
                    "{layer}: {n} unit(s) whose environment element is {classes} "
                    "are key-control areas."
                ).format(layer=name, n=len(fs), classes=classes)
            )
            if fs.features:
                if prec[1] == cfg.remainder_class:
                    raise_key_class(cfg)
                label = tr("{layer} (environment {classes})").format(layer=name, classes=classes)
                zones.append(ZoneLayer(label, prec[1], fs))
        return zones

    def process_algorithm(self, parameters, context, feedback):
        with user_errors():
            profile, cfg = self.zoning_config(parameters, context)
            source = self.source_of(parameters, "BOUNDARY", context)
            fields = self.boundary_fields(parameters, context, source)
            boundary = feature_set(
                source, self.layer_label(parameters, "BOUNDARY", source), feedback=feedback
            )
            county_names = self.county_names(parameters, context, feedback)
            zones = self.zones(parameters, context, cfg, profile, feedback)
            al = self.access_list(parameters, context, cfg)
            repair = self.parameterAsBoolean(parameters, "REPAIR", context)
            feedback.setProgress(5)
            d = delineate(
                boundary,
                fields,
                zones,
                cfg,
                county_names,
                repair=repair,
                check=True,
                feedback=Steps(feedback, (5.0, 90.0)),
            )
            if al is not None:
                fill_dimensions(d.units, al, cfg)
                codes = {u.code for u in d.units}
                for c in al.clauses:
                    if c.scope_kind == "unit" and c.scope not in codes:
                        feedback.pushWarning(
                            tr(
                                "{list}, {row}: unit {code} is not among the delineated units; the "
                                "clause is not written into any unit."
                            ).format(list=al.source, row=c.row, code=c.scope)
                        )
            lang = self.lang()
            crs = source.sourceCrs()
            units = d.unit_records(lang)
            dest = self.write_records(
                parameters,
                "OUTPUT",
                context,
                unit_fields(cfg),
                units,
                QgsWkbTypes.Type.MultiPolygon,
                crs,
                feedback,
            )
            summary = d.summary()
            for r in summary:
                r["class_label"] = (
                    cfg.class_label(r["class"], lang) if r["class"] else r["class_label"]
                )
            summary_dest = self.write_records(
                parameters,
                "SUMMARY",
                context,
                SUMMARY_FIELDS,
                summary,
                QgsWkbTypes.Type.NoGeometry,
                crs,
                feedback,
            )
            merges = d.merge_records()
            for m, rec in zip(d.merges, merges):
                rec["part_class_label"] = cfg.class_label(m.part_class, lang)
                rec["geometry"] = _point(m.x, m.y)
            merge_dest = self.write_records(
                parameters,
                "MERGES",
                context,
                MERGE_FIELDS,
                merges,
                QgsWkbTypes.Type.Point,
                crs,
                feedback,
            )
        total = [
            r for r in summary if r["county"] == tr("all") and r["class"] == cfg.priority_class
        ]
        share = total[0]["share"] if total else 0.0
        feedback.pushInfo(
            tr("{n} units; 优先保护 takes {share:.1%} of the area; {m} parts merged.").format(
                n=len(d.units), share=share, m=len(d.merges)
            )
        )
        inputs = self.inputs_of(
            parameters,
            context,
            ["BOUNDARY", "COUNTIES", "PRIORITY_LAYERS", "KEY_LAYERS", "ENV_RESULT", "ACCESS_LIST"],
        )
        prov = self.provenance(parameters, context, profile, inputs)
        self.style(context, dest, cfg.field("class"), profile, "zoning.classes", prov, feedback)
        feedback.setProgress(100)
        return run_results(
            prov,
            {
                "OUTPUT": dest,
                "UNIT_COUNT": len(d.units),
                "MERGE_COUNT": len(d.merges),
                "PRIORITY_SHARE": share,
            },
            {"SUMMARY": summary_dest, "MERGES": merge_dest},
            leave_out=True,
        )


def _point(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(x, y)
    return p


def raise_key_class(cfg):
    raise InputError(
        tr(
            "The method profile's precedence ({classes}) has no key-control class "
            "between the priority class and the remainder: key-control layers "
            "cannot be used with it."
        ).format(classes=" > ".join(cfg.precedence))
    )
