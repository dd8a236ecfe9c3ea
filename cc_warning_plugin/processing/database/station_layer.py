"""cc_warning:db_load_stations — air stations, water sections or pollution
sources of a point layer into the database, each with its county."""

from ...core.i18n import tr
from ...core.indicators import field_names, text_value
from ...specs.database import DB_LOAD_STATIONS
from ...store import stations
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

#: the fields looked for when none is chosen, by kind
CODE_NAMES = {
    "air": field_names("station_id"),
    "water": field_names("section_id"),
    "source": stations.ROLE_NAMES["enterprise"],
}
NAME_NAMES = {
    "air": ["站点名称", "station_name", "名称"],
    "water": field_names("section_name") + ["名称"],
    "source": ["企业名称", "排污单位名称", "enterprise_name", "名称"],
}


class LoadStationsAlgorithm(DatabaseAlgorithm):
    SPEC = DB_LOAD_STATIONS

    def records(self, parameters, context, feedback, srid):
        source, layer, names = self.input_layer(parameters, context)
        kind = self.enum_value(parameters, "KIND", context)

        def field(name, wanted=(), required=False):
            return self.layer_field(parameters, name, context, layer, names, wanted, required)

        code_f = field("CODE_FIELD", CODE_NAMES[kind], True)
        name_f = field("NAME_FIELD", NAME_NAMES[kind], True)
        body_f = field("WATER_BODY_FIELD", field_names("water_body") if kind == "water" else ())
        unit_f = field("UNIT_FIELD")
        department = self.enum_value(parameters, "DEPARTMENT", context) or None
        out = []
        for i, feat, wkb in self.features_wkb(source, srid, context, feedback, layer, points=True):
            name = text_value(feat[name_f])
            out.append(
                stations.StationRecord(
                    text_value(feat[code_f]),
                    name,
                    kind,
                    text_value(feat[unit_f]) or None if unit_f else None,
                    text_value(feat[body_f]) if body_f else "",
                    enterprise=name if kind == "source" else "",
                    department=department,
                    wkb=wkb,
                    row=tr("{layer}, feature {n}").format(layer=layer, n=i),
                )
            )
        return out, layer

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback)
        records, layer = self.records(parameters, context, feedback, store.srid)
        feedback.setProgress(30)
        with user_errors():
            stations.locate_units(store, records)
            report = stations.add_stations(store, records, layer)
        outside = [r.code for r in records if not r.unit_code]
        summary = tr(
            "{layer}: {added} station(s) added, {existing} already in the database "
            "(left as they are), {outside} outside every county."
        ).format(
            layer=layer,
            added=len(report["added"]),
            existing=len(report["existing"]),
            outside=len(outside),
        )
        feedback.pushInfo(summary)
        if outside:
            feedback.pushWarning(
                tr(
                    "Stations outside every county (no unit; they count for "
                    "no unit's coverage): {codes}."
                ).format(codes=", ".join(outside[:20]))
            )
        feedback.setProgress(100)
        return {
            "ADDED": len(report["added"]),
            "EXISTING": len(report["existing"]),
            "WITHOUT_UNIT": len(outside),
            "SUMMARY": summary,
        }
