"""cc_warning:zoning_access_list — reads and checks a 生态环境准入清单
(core.zoning.access_list) and writes the checked clauses."""

import os

from qgis.core import QgsCoordinateReferenceSystem, QgsWkbTypes

from ...core.errors import InputError
from ...core.i18n import tr
from ...core.zoning.access_list import save_access_list
from ...specs.zoning import ACCESS_LIST_IMPORT
from ..framework.common import run_results, user_errors
from .base import LIST_EXTENSIONS, ZoningAlgorithm, field_values, read_list

CLAUSE_FIELDS = (
    ("clause_id", "string"),
    ("row", "string"),
    ("scope", "string"),
    ("scope_kind", "string"),
    ("dimension", "string"),
    ("text", "string"),
    ("condition", "string"),
    ("checkable", "integer"),
    ("attributes", "string"),
    ("layers", "string"),
)
OUT_EXTENSIONS = (".xlsx", ".csv", ".toml")


class AccessListAlgorithm(ZoningAlgorithm):
    SPEC = ACCESS_LIST_IMPORT

    def check_inputs(self, parameters, context):
        with user_errors():
            self.read(parameters, context)

    def read(self, parameters, context):
        profile, cfg = self.zoning_config(parameters, context)
        path = self.parameterAsFile(parameters, "INPUT", context)
        if os.path.splitext(path)[1].lower() not in LIST_EXTENSIONS:
            raise InputError(
                tr("{path}: an access list is read from {extensions} files.").format(
                    path=path, extensions=", ".join(LIST_EXTENSIONS)
                )
            )
        out = self.parameterAsFileOutput(parameters, "OUTPUT_FILE", context)
        if out and os.path.splitext(out)[1].lower() not in OUT_EXTENSIONS:
            raise InputError(
                tr("{path}: the checked list is written as {extensions}.").format(
                    path=out, extensions=", ".join(OUT_EXTENSIONS)
                )
            )
        codes = None
        units = self.source_of(parameters, "UNITS", context, required=False)
        if units is not None:
            field = self.field_choice(
                parameters,
                "UNIT_CODE_FIELD",
                context,
                units,
                [cfg.field("code")],
                what=tr("unit code"),
            )
            codes = field_values(units, field)
        al = read_list(path, cfg, codes)
        for key in ("NAME", "VERSION", "DATE"):
            value = self.parameterAsString(parameters, key, context)
            if value:
                setattr(al, key.lower(), value)
        return profile, cfg, al, out

    def process_algorithm(self, parameters, context, feedback):
        with user_errors():
            profile, cfg, al, out = self.read(parameters, context)
            lang = self.lang()
            scope_words = cfg.overall_scope_words
            records = []
            for c in al.clauses:
                if c.scope_kind == "overall":
                    scope = scope_words[0]
                elif c.scope_kind == "class":
                    scope = cfg.class_label(c.scope, lang)
                else:
                    scope = c.scope
                cond = c.condition
                records.append(
                    {
                        "clause_id": c.id,
                        "row": c.row,
                        "scope": scope,
                        "scope_kind": c.scope_kind,
                        "dimension": cfg.dimension_label(c.dimension, lang),
                        "text": c.text,
                        "condition": c.condition_text,
                        "checkable": 1 if cond is not None else 0,
                        "attributes": ", ".join(cond.attributes()) if cond is not None else "",
                        "layers": ", ".join(cond.layers()) if cond is not None else "",
                    }
                )
            dest = self.write_records(
                parameters,
                "OUTPUT",
                context,
                CLAUSE_FIELDS,
                records,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
                feedback,
            )
            if out:
                save_access_list(al, out, cfg)
        checkable = sum(1 for c in al.clauses if c.condition is not None)
        feedback.pushInfo(
            tr("{list}: {n} clauses, {k} with a machine-checkable condition.").format(
                list=al.describe(), n=len(al.clauses), k=checkable
            )
        )
        inputs = self.inputs_of(parameters, context, ["INPUT", "UNITS"])
        prov = self.provenance(parameters, context, profile, inputs)
        return run_results(
            prov,
            {
                "OUTPUT": dest,
                "CLAUSE_COUNT": len(al.clauses),
                "CHECKABLE_COUNT": checkable,
                "LIST": al.describe(),
            },
            {"OUTPUT_FILE": out},
            leave_out=True,
        )
