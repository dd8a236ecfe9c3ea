"""cc_warning:db_due_list — the units due for evaluation by the cadence rules
of the profile, from the latest results of the database."""

import datetime


from ...core.i18n import tr
from ...specs.database import DB_DUE_LIST
from ...store import monitoring
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

FIELDS = (
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("rule", "string"),
    ("rule_label", "string"),
    ("due_date", "date"),
    ("overdue_days", "int"),
    ("reason", "text"),
    ("period", "string"),
    ("load_type", "string"),
    ("load_label", "string"),
    ("warning_level", "string"),
    ("warning_label", "string"),
    ("evaluated_at", "datetime"),
)


class DueListAlgorithm(DatabaseAlgorithm):
    SPEC = DB_DUE_LIST

    def as_of(self, parameters, context) -> datetime.date:
        return self.date_value(
            parameters,
            "AS_OF",
            context,
            tr(
                "As of {value!r} is not a date. Write it as YYYY-MM-DD (e.g. 2026-03-01), or "
                "leave it empty for today."
            ),
        )

    def check_inputs(self, parameters, context):
        super().check_inputs(parameters, context)
        self.as_of(parameters, context)

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback, read_only=True)
        profile = self.profile(parameters, context)
        as_of = self.as_of(parameters, context)
        with user_errors():
            rows = monitoring.due(
                store,
                as_of,
                profile,
                self.parameterAsInt(parameters, "WITHIN_DAYS", context),
                self.enum_value(parameters, "LEVEL", context),
                self.parameterAsBool(parameters, "NEVER", context),
            )
        lines = monitoring.reminder_lines(rows)
        overdue = int((rows["overdue_days"] > 0).sum()) if len(rows) else 0
        feedback.pushInfo(
            tr("As of {date}: {n} unit(s) due, {k} overdue.").format(
                date=as_of.isoformat(), n=len(rows), k=overdue
            )
        )
        for line in lines:
            feedback.pushInfo(line)
        records = rows.to_dict("records")
        geoms = self.unit_geometries(store, [r["unit_code"] for r in records])
        for r in records:
            r["geom"] = geoms.get(r["unit_code"])
        dest = self.write_rows(parameters, "OUTPUT", context, FIELDS, records, store.srid, "geom")
        feedback.setProgress(100)
        return {
            "OUTPUT": dest,
            "COUNT": len(rows),
            "OVERDUE": overdue,
            "REMINDERS": "\n".join(lines),
        }
