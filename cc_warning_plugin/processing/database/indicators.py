"""cc_warning:db_import_indicators — a department's workbook into the
database: a dry run that reports every row, then the import in one
transaction."""

import pandas as pd

from ...core.i18n import tr
from ...report.tables import write_table
from ...specs.base import N_
from ...specs.database import DB_IMPORT_INDICATORS
from ...store import importer
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

REPORT_COLUMNS = [
    "status",
    "row",
    "column",
    "unit_code",
    "indicator",
    "period",
    "value",
    "stored_value",
    "version",
    "stored_department",
    "stored_source",
    "reason",
]
#: the statuses as the report writes them (translated)
STATUS_LABELS = {
    "rejected": lambda: tr("rejected"),
    "conflict": lambda: tr("conflict"),
    "changed": lambda: tr("changed"),
    "added": lambda: tr("added"),
    "unchanged": lambda: tr("unchanged"),
}


def report_frame(report: importer.ImportReport) -> pd.DataFrame:
    rows = report.item_rows()
    for r in rows:
        r["status"] = STATUS_LABELS[r["status"]]()
    frame = pd.DataFrame(rows, columns=REPORT_COLUMNS)
    for col in ("row", "version"):  # whole numbers, empty where there is none
        frame[col] = frame[col].astype("Int64")
    return frame


class ImportIndicatorsAlgorithm(DatabaseAlgorithm):
    SPEC = DB_IMPORT_INDICATORS
    TABLE_FILE_ERROR = N_(
        "{path}: an indicator file is an Excel workbook (.xlsx) or a CSV file (.csv). "
        "Save the sheet in one of them."
    )

    def process_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        dry = self.parameterAsBool(parameters, "DRY_RUN", context)
        store = self.open_store(parameters, context, feedback, read_only=dry)
        profile = self.profile(parameters, context) if self.SPEC.has("PROFILE") else None
        department = self.enum_value(parameters, "DEPARTMENT", context) or None
        sheet = self.parameterAsString(parameters, "SHEET", context).strip() or None
        period = self.parameterAsInt(parameters, "PERIOD", context) or None
        with user_errors():
            report = importer.import_indicators(
                store,
                path,
                department,
                source=self.parameterAsString(parameters, "SOURCE", context).strip(),
                period=period,
                sheet=sheet,
                dry_run=dry,
                skip_blank=self.parameterAsBool(parameters, "SKIP_BLANK", context),
                profile=profile,
                feedback=feedback,
            )
        feedback.pushInfo(report.summary())
        for note in report.notes:
            feedback.pushInfo(note)
        for r in report.rejections[:20]:
            feedback.pushWarning(r.text())
        if report.rejected > 20:
            feedback.pushWarning(
                tr("… and {n} more rejection(s): see the report.").format(n=report.rejected - 20)
            )
        for c in report.conflict_items[:10]:
            feedback.pushWarning(
                tr(
                    "Conflict: row {row}, {unit_code} {indicator} {period}: {value} here, "
                    "{old_value} stored from {stored_department} ({stored_source}); not written."
                ).format(**dict(vars(c), stored_source=c.stored_source or "—"))
            )
        if not report.listed_all():
            feedback.pushWarning(
                tr("The report lists the first {n} rows of each kind.").format(n=report.max_details)
            )
        results = {
            "ADDED": report.added,
            "CHANGED": report.changed,
            "UNCHANGED": report.unchanged,
            "CONFLICTS": report.conflicts,
            "REJECTED": report.rejected,
            "IMPORT_ID": report.import_id or 0,
            "SUMMARY": report.summary(),
        }
        out = self.parameterAsFileOutput(parameters, "REPORT", context)
        if out:
            with user_errors():
                write_table(out, report_frame(report), tr("Import report"))
            results["REPORT"] = out
        feedback.setProgress(100)
        return results
