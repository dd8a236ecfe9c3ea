"""Plumbing of the algorithms of the monitoring and warning mechanism: the
result of a period with its history (a history table and earlier result
layers), the issue date, the names of counties and regions, the document
formats, no-geometry output tables, the provenance a result keeps beside
it, and the cross-check's inputs. Their parameters are declared in
``specs/actions.py``; the rules are in ``core/actions``."""

import datetime
import json
import os
import xml.etree.ElementTree as ET
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core.actions import measures
from ...core.actions.common import columns, find_header, period_value, row_label
from ...core.actions.crosscheck import Record
from ...core.errors import InputError
from ...core.i18n import tr
from ...core.indicators import text_value
from ...report import layers as rl
from ...report.docmodel import docx_available, docx_missing_message
from ...report.files import check_writable
from ...specs.actions import FORMAT_VALUES
from ..framework.common import add_feature, flush_sink, user_errors
from ..m2016.base import M2016Algorithm


class ActionsAlgorithm(M2016Algorithm):
    """Base of the algorithms of the monitoring and warning mechanism. The
    unit-code columns the spec asks for are checked before the run by
    :meth:`M2016Algorithm.check_inputs`; a subclass adds its own checks in
    :meth:`check_more` (raising InputError), also before the run."""

    STYLE_SET = "warning_levels"
    PERIOD = "PERIOD"
    HISTORY = "HISTORY"
    EARLIER = "EARLIER"
    ISSUE_DATE = "ISSUE_DATE"
    ORG = "ORG"
    REGION_NAMES = "REGION_NAMES"
    FORMATS = "FORMATS"

    def check_inputs(self, parameters, context) -> None:
        super().check_inputs(parameters, context)
        with user_errors():
            self.check_more(parameters, context)

    def check_more(self, parameters, context) -> None:
        """Checks of the inputs and outputs before the run (InputError)."""

    # -- reading ---------------------------------------------------------------
    def table_rows(
        self, parameters, name, context, feedback=None
    ) -> Optional[Tuple[List[dict], List[str], str]]:
        """(rows, row labels, layer name) of a vector/table parameter, or
        None when it is not given."""
        source = self.optional_source(parameters, name, context)
        if source is None:
            return None
        rows, ids, _ = self.rows_of(source, feedback)
        return rows, ids, self.name_of(parameters, name, source)

    def period(self, parameters, context, rows: Sequence[dict], layer: str):
        """The PERIOD parameter, or None (the core reads the result's year
        field); a PERIOD contradicting the year field is an error."""
        given = (
            self.parameterAsInt(parameters, self.PERIOD, context)
            if self.SPEC.has(self.PERIOD)
            else 0
        )
        if not given:
            return None
        year = rl.year_of(list(rows))
        if year is not None and year != given:
            raise InputError(
                tr(
                    "{layer}: its year field says {year}, but the period given is "
                    "{period}. Leave the period at 0 or give {year}."
                ).format(layer=layer, year=year, period=given)
            )
        return given

    def history(self, parameters, context, profile, feedback=None) -> Tuple[List[dict], str]:
        """History rows (unit_code, period, warning_level, load_type) from the
        history table and the earlier result layers, each checked on its own
        so that a bad row is named with its layer; a period given twice is an
        error naming both places."""
        rows: List[dict] = []
        names: List[str] = []
        where: Dict[object, str] = {}
        if self.SPEC.has(self.HISTORY):
            table = self.table_rows(parameters, self.HISTORY, context, feedback)
            if table is not None:
                hrows, ids, name = table
                measures.history_levels(hrows, profile, name)
                if hrows:
                    cols = columns(hrows, name, ["unit_code", "period", "warning_level"])
                    for i, r in enumerate(hrows):
                        where.setdefault(
                            period_value(cols.get(r, "period"), row_label(i, ids), name), name
                        )
                rows += hrows
                names.append(name)
        if self.SPEC.has(self.EARLIER):
            for layer in self.parameterAsLayerList(parameters, self.EARLIER, context) or []:
                if not isinstance(layer, QgsVectorLayer):
                    raise InputError(
                        tr("Earlier result {layer} is not a vector layer or table.").format(
                            layer=layer.name()
                        )
                    )
                lrows, _, _ = rl.read_rows(layer, with_area=False)
                year = rl.year_of(lrows)
                if year is None:
                    raise InputError(
                        tr(
                            "Earlier result {layer}: no year field (年份 or trend_eval_year) "
                            "holding "
                            ""
                            "one year, so its period is unknown. Add the year to it, or give its "
                            "levels in the history table."
                        ).format(layer=layer.name())
                    )
                if year in where:
                    raise InputError(
                        tr(
                            "Period {period} is given twice: by {a} and by {b}. Keep one of them."
                        ).format(period=year, a=where[year], b=layer.name())
                    )
                where[year] = layer.name()
                hist = measures.history_from_results([(year, lrows)])
                measures.history_levels(hist, profile, layer.name())
                rows += hist
                names.append(layer.name())
        return rows, "; ".join(names)

    def unit_actions(
        self, parameters, context, profile, feedback=None, rows=None, ids=None, layer=None
    ):
        """Measures and incentives of every unit of the result (INPUT):
        (actions, rows, row labels, layer name, history name)."""
        if rows is None:
            table = self.table_rows(parameters, self.INPUT, context, feedback)
            if table is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
            rows, ids, layer = table
        history, history_name = self.history(parameters, context, profile, feedback)
        period = self.period(parameters, context, rows, layer)
        acts = measures.evaluate_actions(rows, profile, history, period, layer, history_name, ids)
        return acts, rows, ids, layer, history_name

    def issue_date(self, parameters, context) -> datetime.date:
        return self.date_value(
            parameters,
            self.ISSUE_DATE,
            context,
            tr("Issue date {value!r} is not a date. Write it as YYYY-MM-DD (e.g. 2026-03-01)."),
        )

    def region_names(self, parameters, context, feedback=None) -> Dict[str, str]:
        """unit code → name from the REGION_NAMES table (empty without it)."""
        table = self.table_rows(parameters, self.REGION_NAMES, context, feedback)
        if table is None:
            return {}
        rows, _, layer = table
        headers = list(rows[0].keys()) if rows else []
        code, name = find_header(headers, "unit_code"), find_header(headers, "unit_name")
        if rows and name is None:
            raise InputError(
                tr(
                    "{layer}: no name column (名称 or 评价单元名称). Give a table with "
                    "the unit code and the name."
                ).format(layer=layer)
            )
        return {
            text_value(r.get(code)): str(r.get(name) or "").strip()
            for r in rows
            if text_value(r.get(code))
        }

    def formats(self, parameters, context) -> List[str]:
        """The chosen document formats; Word without python-docx is an error."""
        chosen = [
            FORMAT_VALUES[i]
            for i in self.parameterAsEnums(parameters, self.FORMATS, context)
            if 0 <= i < len(FORMAT_VALUES)
        ]
        if not chosen:
            raise InputError(tr("Choose at least one format (HTML, PDF or Word)."))
        if "docx" in chosen and not docx_available():
            raise InputError(docx_missing_message())
        return chosen

    def output_path(self, parameters, name, context, extensions: Sequence[str]) -> str:
        """A file output's path ("" when not asked for), checked for its
        extension and folder."""
        path = self.parameterAsFileOutput(parameters, name, context)
        if path:
            check_writable(path, tuple(extensions))
        return path

    # -- writing ---------------------------------------------------------------
    def write_table(
        self,
        parameters,
        name,
        context,
        new_fields: Sequence[Tuple[str, str]],
        rows: Sequence[Sequence],
    ) -> Optional[str]:
        """A table output without geometry (None when not asked for)."""
        if parameters.get(name) in (None, ""):
            return None
        fields, _ = self.output_fields(QgsFields(), new_fields)
        sink, dest_id = self.parameterAsSink(
            parameters,
            name,
            context,
            fields,
            QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        output = self.parameterDefinition(name).description()
        for n, values in enumerate(rows, start=1):
            feat = QgsFeature(fields)
            feat.setAttributes(list(values))
            add_feature(sink, feat, output, tr("row {n}").format(n=n))
        flush_sink(sink, output)
        del sink
        return dest_id


def result_provenance(layer) -> Optional[dict]:
    """The provenance record an evaluation stored with its result: in the
    layer (custom property, metadata) when QGIS loaded its style, else in
    the .qml written beside the file."""
    prov = rl.layer_provenance(layer)
    if prov is not None:
        return prov
    path = (layer.source() if layer is not None else "").split("|")[0]
    qml = os.path.splitext(path)[0] + ".qml"
    if not path or not os.path.isfile(qml):
        return None
    try:
        tree = ET.parse(qml)
    except (OSError, ET.ParseError):
        return None
    for opt in tree.iter("Option"):
        if opt.get("name") == "cc_warning/provenance" and opt.get("value"):
            try:
                return json.loads(opt.get("value"))
            except ValueError:
                return None
    return None


def county_units(county_rows: Sequence[dict], city_rows: Sequence[dict]) -> List[dict]:
    """The rows of the city's result whose unit is in the county's result
    (a county assesses its own units)."""

    def code_field(rows):
        return find_header(list(rows[0].keys()), "unit_code") if rows else None

    cf, tf = code_field(county_rows), code_field(city_rows)
    if cf is None or tf is None:
        return list(city_rows)  # the core names the missing column
    codes = {text_value(r.get(cf)) for r in county_rows}
    return [r for r in city_rows if text_value(r.get(tf)) in codes]


def merge_consultation(template: Sequence[Record], earlier: Sequence[Record]) -> List[Record]:
    """The consultation record of this cross-check: one row per
    disagreement (values and inputs as found now) keeping the comment,
    agreed value, participants and date written earlier for it."""
    before = {(r.unit_code, r.item): r for r in earlier}
    out = []
    for r in template:
        old = before.get((r.unit_code, r.item))
        if old is not None:
            r.comment, r.agreed, r.who, r.when = old.comment, old.agreed, old.who, old.when
        out.append(r)
    return out
