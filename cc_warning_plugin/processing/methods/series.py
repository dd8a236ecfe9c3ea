"""cc_warning:series_trend — the trend of a yearly series per unit and
indicator (core/series/trend.py)."""

from qgis.core import QgsFeature, QgsFields, QgsProcessingException, QgsWkbTypes

from ...compat import parameter_as_strings
from ...core.i18n import tr
from ...core.provenance import to_json
from ...core.series import trend
from ...specs.methods import SERIES_TREND
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import add_feature, source_name, user_errors
from .tables import Span, frame_of, warn_unread_years

#: the core's field kinds → output field kinds
_KINDS = {"bool": "int"}


def output_kinds(fields):
    return [(name, _KINDS.get(kind, kind)) for name, kind in fields]


def write_table(
    alg, parameters, context, name: str, fields, records, feedback, geometry=None, crs=None
):
    """Write ``records`` (dicts) to the sink ``name`` as a table (or with the
    geometries ``geometry[i]``); returns the destination id."""
    qfields, _ = alg.output_fields(QgsFields(), fields)
    wkb = QgsWkbTypes.Type.NoGeometry if geometry is None else QgsWkbTypes.Type.Point
    args = (crs,) if crs is not None else ()
    sink, dest = alg.parameterAsSink(parameters, name, context, qfields, wkb, *args)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    output = alg.parameterDefinition(name).description()
    for i, rec in enumerate(records):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        feat = QgsFeature(qfields)
        if geometry is not None and geometry[i] is not None:
            feat.setGeometry(geometry[i])
        values = []
        for field, _ in fields:
            v = rec.get(field)
            if isinstance(v, bool):
                v = int(v)
            values.append(v)
        feat.setAttributes(values)
        add_feature(sink, feat, output, tr("row {n}").format(n=i + 1))
    del sink
    return dest


class SeriesTrendAlgorithm(SpecAlgorithm):
    SPEC = SERIES_TREND

    def check_inputs(self, parameters, context) -> None:
        layout = self.enum_value(parameters, "LAYOUT", context)
        given = {
            n
            for n in ("YEAR_FIELD", "INDICATOR_FIELD", "VALUE_FIELD")
            if self.parameterAsString(parameters, n, context)
        }
        values = parameter_as_strings(self, parameters, "VALUE_FIELDS", context)
        if layout == "long":
            if "YEAR_FIELD" not in given:
                raise QgsProcessingException(
                    tr("Series table, long layout: choose the year column (YEAR_FIELD).")
                )
            if not values and not {"INDICATOR_FIELD", "VALUE_FIELD"} <= given:
                raise QgsProcessingException(
                    tr(
                        "Series table, long layout: choose the indicator columns (VALUE_FIELDS), "
                        "or an indicator column (INDICATOR_FIELD) and a value column "
                        "(VALUE_FIELD)."
                    )
                )
            if values and given & {"INDICATOR_FIELD", "VALUE_FIELD"}:
                raise QgsProcessingException(
                    tr(
                        "Series table, long layout: give either indicator columns (VALUE_FIELDS) "
                        "or an indicator column with a value column, not both."
                    )
                )

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, frame, layer = frame_of(self, parameters, "INPUT", context, feedback, (0, 20))
        layout = self.enum_value(parameters, "LAYOUT", context)
        unit = self.parameterAsString(parameters, "UNIT_FIELD", context)
        year = self.parameterAsString(parameters, "YEAR_FIELD", context) or None
        values = parameter_as_strings(self, parameters, "VALUE_FIELDS", context) or None
        ind_col = self.parameterAsString(parameters, "INDICATOR_FIELD", context) or None
        val_col = self.parameterAsString(parameters, "VALUE_FIELD", context) or None
        indicator = self.parameterAsString(parameters, "INDICATOR", context).strip() or None
        with user_errors():
            if layout == "long":
                series = trend.series_from_long(frame, unit, year, values, ind_col, val_col, layer)
            else:
                series = trend.series_from_wide(frame, unit, indicator, ind_col, layer)
                warn_unread_years(frame, layer, feedback, (unit, ind_col))
            feedback.pushInfo(
                tr("{n} series of {u} unit(s) read from {layer}.").format(
                    n=len(series), u=len({s.unit for s in series}), layer=layer
                )
            )
            records = trend.trend_table(series, profile, Span(feedback, 20, 90))
        ok = [r for r in records if r["status"] == trend.OK]
        for r in records:
            if r["status"] != trend.OK:
                feedback.pushWarning(
                    tr("Unit {unit}, {indicator}: no trend — {note}.").format(
                        unit=r["unit"], indicator=r["indicator"], note=r["note"]
                    )
                )
        ungraded = sorted({r["indicator"] for r in records if r.get("indicator_key") is None})
        if ungraded:
            feedback.pushInfo(
                tr(
                    "No grading in [series_trend.indicators] for {names}: their "
                    "trends have no classes."
                ).format(names=", ".join(ungraded))
            )
        fields = output_kinds(trend.FIELDS)
        dest = write_table(self, parameters, context, "OUTPUT", fields, records, feedback)
        prov = self.provenance(
            parameters, context, profile, {"INPUT": source_name(parameters.get("INPUT"), context)}
        )
        feedback.setProgress(100)
        return {
            "OUTPUT": dest,
            "EVALUATED": len(ok),
            "NOT_EVALUATED": len(records) - len(ok),
            "PROVENANCE": to_json(prov),
        }
