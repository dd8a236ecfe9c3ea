"""cc_warning:db_load_stations — air stations, water sections or pollution
sources of a point layer into the database, each with its county."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsCsException, QgsFeatureRequest, QgsGeometry,
                       QgsProcessingException)

from ...core.i18n import tr
from ...core.indicators import field_names, normalize_header, text_value
from ...specs.database import DB_LOAD_STATIONS
from ...store import stations
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

#: the fields looked for when none is chosen, by kind
CODE_NAMES = {"air": field_names("station_id"), "water": field_names("section_id"),
              "source": stations.ROLE_NAMES["enterprise"]}
NAME_NAMES = {"air": ["站点名称", "station_name", "名称"],
              "water": field_names("section_name") + ["名称"],
              "source": ["企业名称", "排污单位名称", "enterprise_name", "名称"]}


def pick(names, wanted):
    by_norm = {normalize_header(h): h for h in names}
    return next((by_norm[normalize_header(w)] for w in wanted
                 if w and normalize_header(w) in by_norm), None)


class LoadStationsAlgorithm(DatabaseAlgorithm):
    SPEC = DB_LOAD_STATIONS

    def records(self, parameters, context, feedback, srid):
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        kind = self.enum_value(parameters, "KIND", context)
        layer = self.layer_name(parameters, "INPUT", source)
        names = source.fields().names()

        def field(name, wanted=(), required=False):
            value = self.parameterAsString(parameters, name, context) \
                if parameters.get(name) not in (None, "") else ""
            if not value and wanted:
                value = pick(names, wanted) or ""
            if required and not value:
                raise QgsProcessingException(tr(
                    "{layer}: no field named {accepted}; fields: {fields}. Choose the field "
                    "({param}).").format(layer=layer, param=name,
                                         accepted=" / ".join(w for w in wanted if w),
                                         fields=", ".join(names)))
            if value and value not in names:
                raise QgsProcessingException(tr("{layer}: there is no field {field}.").format(
                    layer=layer, field=value))
            return value or None
        code_f = field("CODE_FIELD", CODE_NAMES[kind], True)
        name_f = field("NAME_FIELD", NAME_NAMES[kind], True)
        body_f = field("WATER_BODY_FIELD", field_names("water_body") if kind == "water"
                       else ())
        unit_f = field("UNIT_FIELD")
        department = self.enum_value(parameters, "DEPARTMENT", context) or None
        transform = None
        target = QgsCoordinateReferenceSystem(f"EPSG:{srid}") if srid else None
        if target is not None and source.sourceCrs().isValid() and \
                source.sourceCrs() != target:
            transform = QgsCoordinateTransform(source.sourceCrs(), target,
                                               context.transformContext())
        out = []
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            geom = feat.geometry()
            wkb = None
            if geom is not None and not geom.isNull():
                geom = QgsGeometry(geom)
                if transform is not None:
                    try:
                        geom.transform(transform)
                    except QgsCsException as exc:
                        raise QgsProcessingException(tr(
                            "{layer}, feature {n}: the point cannot be reprojected to "
                            "EPSG:{srid} ({error}).").format(layer=layer, n=i, srid=srid,
                                                            error=exc)) from None
                wkb = bytes(geom.asWkb())
            name = text_value(feat[name_f])
            out.append(stations.StationRecord(
                text_value(feat[code_f]), name, kind,
                text_value(feat[unit_f]) or None if unit_f else None,
                text_value(feat[body_f]) if body_f else "",
                enterprise=name if kind == "source" else "", department=department,
                wkb=wkb, row=tr("{layer}, feature {n}").format(layer=layer, n=i)))
        return out, layer

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback)
        records, layer = self.records(parameters, context, feedback, store.srid)
        feedback.setProgress(30)
        with user_errors():
            stations.locate_units(store, records)
            report = stations.add_stations(store, records, layer)
        outside = [r.code for r in records if not r.unit_code]
        summary = tr("{layer}: {added} station(s) added, {existing} already in the database "
                     "(left as they are), {outside} outside every county.").format(
            layer=layer, added=len(report["added"]), existing=len(report["existing"]),
            outside=len(outside))
        feedback.pushInfo(summary)
        if outside:
            feedback.pushWarning(tr("Stations outside every county (no unit; they count for "
                                    "no unit's coverage): {codes}.").format(
                codes=", ".join(outside[:20])))
        feedback.setProgress(100)
        return {"ADDED": len(report["added"]), "EXISTING": len(report["existing"]),
                "WITHOUT_UNIT": len(outside), "SUMMARY": summary}
