"""cc_warning:db_import_stations — station and pollution-source records
into the database through the quality control of ``core/monitoring``, with
the QC report, exceedance alerts, outlet alarms and Spearman trends."""

import os

import pandas as pd

from ...core.i18n import tr
from ...specs.base import N_
from ...specs.database import DB_IMPORT_STATIONS
from ...store import monitoring, stations
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

FINDING_FIELDS = (
    ("station_id", "string"),
    ("outlet_id", "string"),
    ("pollutant", "string"),
    ("qc_code", "string"),
    ("label", "string"),
    ("period", "string"),
    ("count", "int"),
    ("start", "datetime"),
    ("end", "datetime"),
    ("detail", "text"),
)
ALERT_FIELDS = (
    ("kind", "string"),
    ("station_id", "string"),
    ("outlet_id", "string"),
    ("pollutant", "string"),
    ("period", "string"),
    ("start", "datetime"),
    ("end", "datetime"),
    ("value", "double"),
    ("limit", "double"),
    ("ratio", "double"),
    ("steps", "int"),
    ("alarm", "int"),
    ("standard", "string"),
    ("reason", "text"),
)


def trend_fields(levels):
    return (
        ("station_id", "string"),
        ("pollutant", "string"),
        ("n", "int"),
        ("first_year", "int"),
        ("last_year", "int"),
        ("rs", "double"),
        ("method", "string"),
        ("level", "double"),
        ("trend", "string"),
        ("change", "string"),
        ("label", "string"),
    ) + tuple((critical_name(lv), "double") for lv in levels)


def critical_name(level: float) -> str:
    """``critical_05`` for the 0.05 level (a field name without a dot)."""
    return "critical_" + f"{level:g}".split(".")[-1]


def alert_rows(found: pd.DataFrame, alarms: pd.DataFrame) -> list:
    """Alerts of ambient values and alarms of outlets as rows of one table."""
    out = []
    for r in found.to_dict("records"):
        out.append(
            {
                "kind": r["kind"],
                "station_id": r["station_id"],
                "outlet_id": "",
                "pollutant": r["pollutant"],
                "period": r["period"],
                "start": r["time"],
                "end": r["time"],
                "value": r["value"],
                "limit": r["limit"],
                "ratio": r["ratio"],
                "steps": 1,
                "alarm": 1,
                "standard": r["standard"],
                "reason": r["reason"],
            }
        )
    for r in alarms.to_dict("records"):
        out.append(
            {
                "kind": "source",
                "station_id": r["station_id"],
                "outlet_id": r["outlet_id"],
                "pollutant": r["pollutant"],
                "period": f"{pd.Timestamp(r['start']):%Y-%m-%d %H:%M} – "
                f"{pd.Timestamp(r['end']):%Y-%m-%d %H:%M}",
                "start": r["start"],
                "end": r["end"],
                "value": r["max_value"],
                "limit": r["limit"],
                "ratio": r["max_ratio"],
                "steps": r["steps"],
                "alarm": int(bool(r["alarm"])),
                "standard": tr("permit limit"),
                "reason": r["reason"],
            }
        )
    return out


class ImportStationsAlgorithm(DatabaseAlgorithm):
    SPEC = DB_IMPORT_STATIONS
    TABLE_FILE_ERROR = N_(
        "{path}: station records are an Excel workbook (.xlsx) or a CSV file (.csv)."
    )

    def process_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        dry = self.parameterAsBool(parameters, "DRY_RUN", context)
        store = self.open_store(parameters, context, feedback, read_only=dry)
        profile = self.profile(parameters, context)
        fmt = self.enum_value(parameters, "FORMAT", context)
        year = self.parameterAsInt(parameters, "YEAR", context) or None
        std = self.enum_value(parameters, "AIR_STANDARD", context) or None
        sheet = self.parameterAsString(parameters, "SHEET", context).strip() or None
        department = self.enum_value(parameters, "DEPARTMENT", context) or None
        trends_asked = parameters.get("TRENDS") not in (None, "")
        name = os.path.basename(path)
        alerts, alarms, annual = [], [], []

        def on_records(records):
            # each group of whole stations, checked: its alerts and annual values
            found, alarm = monitoring.alerts(records, profile, store, std, name)
            alerts.append(found)
            alarms.append(alarm)
            if trends_asked:
                codes = sorted(set(records.loc[records["kind"] != "source", "station_id"]))
                if codes:
                    annual.append(monitoring.annual_values(store, profile, codes, extra=records))

        qc = monitoring.MonitoringQC(
            profile,
            self.parameterAsBool(parameters, "WHOLE_YEAR", context),
            year,
            std,
            name,
            feedback,
            on_records=on_records,
            keep_records=False,
        )
        with user_errors():
            report = stations.import_station_observations(
                store,
                path,
                fmt,
                qc,
                year=year,
                sheet=sheet,
                dry_run=dry,
                department=department,
                profile=profile,
                feedback=feedback,
            )
        feedback.pushInfo(report.summary())
        for r in report.rejections[:20]:
            feedback.pushWarning(r.text())
        for c in report.conflict_items[:10]:
            feedback.pushWarning(
                tr(
                    "Conflict: row {row}, {station} {pollutant} {time}: {value} "
                    "here, {stored} stored; not written."
                ).format(station=c["station_id"], **c)
            )
        findings = monitoring.findings_table(qc.findings)
        for code, n in findings["qc_code"].value_counts().sort_index().items():
            label = findings.loc[findings["qc_code"] == code, "label"].iloc[0]
            feedback.pushInfo(
                tr("QC: {label} ({code}): {n} finding(s)").format(label=label, code=code, n=n)
            )
        found = pd.concat(alerts, ignore_index=True) if alerts else pd.DataFrame()
        alarm = pd.concat(alarms, ignore_index=True) if alarms else pd.DataFrame()
        rows = alert_rows(found, alarm)
        feedback.pushInfo(
            tr("{n} exceedance alert(s) and {m} outlet alarm(s).").format(
                n=len(found), m=int(alarm["alarm"].sum()) if len(alarm) else 0
            )
        )
        feedback.setProgress(90)
        results = {
            "RECORDS": report.records,
            "ADDED": report.added,
            "UNCHANGED": report.unchanged,
            "CONFLICTS": report.conflicts,
            "INVALID": report.invalid,
            "FINDINGS": len(findings),
            "ALERT_COUNT": len(rows),
            "IMPORT_ID": report.import_id or 0,
            "SUMMARY": report.summary(),
        }
        dest = self.write_rows(
            parameters, "QC_REPORT", context, FINDING_FIELDS, findings.to_dict("records")
        )
        if dest:
            results["QC_REPORT"] = dest
        dest = self.write_rows(parameters, "ALERTS", context, ALERT_FIELDS, rows)
        if dest:
            results["ALERTS"] = dest
        if trends_asked:
            with user_errors():
                values = (
                    pd.concat(annual, ignore_index=True)
                    if annual
                    else monitoring.annual_values(store, profile, [])
                )
                trends = monitoring.station_trends(values, profile)
            levels = profile.get("monitoring.trend.levels")
            out = trends.rename(
                columns={f"critical_{lv:g}": critical_name(lv) for lv in levels}
            ).to_dict("records")
            results["TRENDS"] = self.write_rows(
                parameters, "TRENDS", context, trend_fields(levels), out
            )
            sig = trends[trends["trend"].isin(["rising", "falling"])]
            feedback.pushInfo(
                tr("Spearman trends: {n} series, {k} with a significant change.").format(
                    n=len(trends), k=len(sig)
                )
            )
        feedback.setProgress(100)
        return results
