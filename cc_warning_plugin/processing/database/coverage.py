"""cc_warning:db_station_coverage — the units where the monitoring network
must be extended (加密布点), as a map layer and a table."""

import pandas as pd
from qgis.core import QgsProcessingException

from ...core.i18n import tr
from ...core.actions.common import find_header
from ...core.indicators import text_value
from ...report.tables import write_table
from ...specs.database import DB_STATION_COVERAGE
from ...store import monitoring
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

FIELDS = (
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("station_type", "string"),
    ("type_label", "string"),
    ("required", "int"),
    ("stations", "int"),
    ("qualified", "int"),
    ("missing", "int"),
    ("reason", "text"),
)


class StationCoverageAlgorithm(DatabaseAlgorithm):
    SPEC = DB_STATION_COVERAGE

    def unit_fields(self, parameters, context, feedback):
        table = self.table_rows(parameters, "UNIT_FIELDS", context, feedback)
        if table is None:
            return None
        rows, name = table
        if not rows:
            raise QgsProcessingException(
                tr(
                    "{layer}: the table has no rows (only a header). Give the table with one "
                    "row per unit (the unit code and the yes/no fields), or leave it out."
                ).format(layer=name)
            )
        code = find_header(list(rows[0].keys()), "unit_code")
        if code is None:
            raise QgsProcessingException(
                tr(
                    "{layer}: no unit-code column (行政区划代码). Give a table with the unit code "
                    "and "
                    ""
                    "the yes/no fields."
                ).format(layer=name)
            )
        frame = pd.DataFrame(rows)
        frame["unit_code"] = [text_value(v) for v in frame[code]]
        return frame

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback, read_only=True)
        profile = self.profile(parameters, context)
        year = self.parameterAsInt(parameters, "PERIOD", context)
        level = self.enum_value(parameters, "LEVEL", context)
        flags = self.unit_fields(parameters, context, feedback)
        with user_errors():
            rows, notes = monitoring.coverage(store, year, profile, level, flags, feedback)
        for n in notes:
            feedback.pushWarning(n)
        rows = rows.rename(columns={"label": "type_label"})
        records = rows.to_dict("records")
        geoms = self.unit_geometries(store, [r["unit_code"] for r in records])
        for r in records:
            r["geom"] = geoms.get(r["unit_code"])
        feedback.pushInfo(
            tr("{n} unit(s) where the network must be extended ({year}, {rows} row(s)).").format(
                n=rows["unit_code"].nunique(), year=year, rows=len(rows)
            )
        )
        for r in records[:30]:
            feedback.pushInfo(f"{r['unit_code']} {r['unit_name']}: {r['reason']}")
        results = {"COUNT": len(records)}
        dest = self.write_rows(parameters, "OUTPUT", context, FIELDS, records, store.srid, "geom")
        if dest:
            results["OUTPUT"] = dest
        out = self.parameterAsFileOutput(parameters, "TABLE", context)
        if out:
            with user_errors():
                write_table(out, rows[[f for f, _ in FIELDS]], tr("Station coverage"))
            results["TABLE"] = out
        feedback.setProgress(100)
        return results
