"""cc_warning:db_load_units — counties or townships of a polygon layer into
the database, every code checked before anything is written."""

from ...core.i18n import tr
from ...core.indicators import field_names, text_value
from ...specs.database import DB_LOAD_UNITS
from ...store import units
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

#: the fields a township layer names its code and name with (as in the sample city)
TOWNSHIP_CODE = ("乡镇代码", "乡镇街道代码", "township_code")
TOWNSHIP_NAME = ("乡镇名称", "乡镇街道名称", "township_name")


class LoadUnitsAlgorithm(DatabaseAlgorithm):
    SPEC = DB_LOAD_UNITS

    def records(self, parameters, context, feedback, srid):
        source, layer, names = self.input_layer(parameters, context)
        level = self.enum_value(parameters, "LEVEL", context)

        def field(name, accepted=()):
            return self.layer_field(
                parameters, name, context, layer, names, accepted, required=bool(accepted)
            )

        county_code = [n for n in field_names("unit_code") if n]
        if level == "township":
            code_f = field("CODE_FIELD", TOWNSHIP_CODE)
            name_f = field("NAME_FIELD", TOWNSHIP_NAME)
            parent_f = field("PARENT_FIELD", county_code)
        else:
            code_f = field("CODE_FIELD", county_code)
            name_f = field("NAME_FIELD", [n for n in field_names("unit_name") if n])
            parent_f = field("PARENT_FIELD")
        en_f = field("NAME_EN_FIELD")
        out = []
        total = source.featureCount() or 1
        for i, feat, wkb in self.features_wkb(source, srid, context, feedback, layer):
            out.append(
                units.UnitRecord(
                    code=text_value(feat[code_f]),
                    name=text_value(feat[name_f]),
                    level=level,
                    parent_code=text_value(feat[parent_f]) if parent_f else None,
                    name_en=text_value(feat[en_f]) if en_f else "",
                    wkb=wkb,
                    row=tr("{layer}, feature {n}").format(layer=layer, n=i),
                )
            )
            feedback.setProgress(40 * i / total)
        return out, layer

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback)
        profile = self.profile(parameters, context) if self.SPEC.has("PROFILE") else None
        records, layer = self.records(parameters, context, feedback, store.srid)
        with user_errors():
            report = units.load_units(store, records, layer, profile)
        summary = tr(
            "{layer}: {added} unit(s) added, {unchanged} already in the database, "
            "{differing} in the database with another name or county (left as "
            "they are)."
        ).format(
            layer=layer,
            added=len(report.added),
            unchanged=len(report.unchanged),
            differing=len(report.differing),
        )
        feedback.pushInfo(summary)
        if report.differing:
            feedback.pushWarning(
                tr(
                    "Units in the database with another name or county: "
                    "{codes}. They were not changed."
                ).format(codes=", ".join(report.differing[:20]))
            )
        feedback.setProgress(100)
        return {
            "ADDED": len(report.added),
            "UNCHANGED": len(report.unchanged),
            "DIFFERING": len(report.differing),
            "SUMMARY": summary,
        }
