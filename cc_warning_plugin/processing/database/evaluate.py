"""cc_warning:db_evaluate_2016 — the 2016 chain on a period of the
database; the run record and every unit's result written back."""

import os
from typing import Dict, List, Optional

from qgis.core import QgsProcessingException

from ...core.errors import InputError
from ...core.i18n import tr, translated
from ...core.indicators import field_title, normalize_header, text_value
from ...core.m2016 import trend
from ...core.m2016.chain import Chain, chain_fields
from ...core.m2016.units import Source
from ...core.provenance import to_json
from ...specs.base import N_
from ...specs.database import DB_EVALUATE_2016
from ...specs.m2016 import NATIONAL_COMPONENTS
from ...store import evaluation
from ...store.db import utc_now
from ..framework.common import user_errors
from ..m2016.base import save_style_files
from .base import DatabaseAlgorithm

ALGORITHM = evaluation.ALGORITHM_2016
UNIT_FIELDS = (
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("period", "string"),
    ("base_period", "string"),
    ("run_id", "int"),
)
MISSING_FIELDS = (
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("period", "string"),
    ("missing", "int"),
    ("fields", "text"),
)
#: the columns of a 双评价 class-area table (dual_zonal_summary's TABLE):
#: key → its English heading (the translated heading is accepted too)
DUAL_COLUMNS = {
    "unit_code": N_("Unit code"),
    "class_value": N_("Class value"),
    "class_code": N_("Class code"),
    "class_label": N_("Class"),
    "cells": N_("Cells"),
    "area_km2": N_("Area (km²)"),
    "area_ha": N_("Area (ha)"),
    "area_mu": N_("Area (亩)"),
    "share_pct": N_("Share (%)"),
}
DUAL_REQUIRED = ("unit_code", "class_code", "cells", "area_km2", "area_ha", "area_mu", "share_pct")


def dual_rows(rows: List[dict], name: str) -> List[dict]:
    """The class-area rows of a dual_zonal_summary table, keyed as the store
    takes them."""
    if not rows:
        return []
    headers = list(rows[0].keys())
    by_norm = {normalize_header(h): h for h in headers}
    col = {}
    for key, title in DUAL_COLUMNS.items():
        for cand in (key, title, translated(title)):
            h = by_norm.get(normalize_header(cand))
            if h is not None:
                col[key] = h
                break
    missing = [k for k in DUAL_REQUIRED if k not in col]
    if missing:
        raise InputError(
            tr(
                "{table}: the columns {columns} are missing. Give the class-area table written by "
                "dual_zonal_summary (its TABLE output)."
            ).format(table=name, columns=", ".join(DUAL_COLUMNS[k] for k in missing))
        )
    out = []
    for i, r in enumerate(rows, start=1):
        item = {k: r.get(h) for k, h in col.items()}
        item["unit_code"] = text_value(item["unit_code"])
        item["class_code"] = text_value(item["class_code"])
        for k in ("cells", "area_km2", "area_ha", "area_mu", "share_pct"):
            try:
                item[k] = float(item[k])
            except (TypeError, ValueError):
                raise InputError(
                    tr("{table}, row {row}: {value!r} in {column} is not a number.").format(
                        table=name, row=i, value=item[k], column=col[k]
                    )
                ) from None
        item["cells"] = int(item["cells"])
        out.append(item)
    return out


class EvaluateAlgorithm(DatabaseAlgorithm):
    SPEC = DB_EVALUATE_2016

    def base_period(self, store, parameters, context, period: str) -> Optional[str]:
        given = self.parameterAsInt(parameters, "BASE_PERIOD", context)
        if given:
            if str(given) >= period:
                raise QgsProcessingException(
                    tr(
                        "The base period {base} is not before the period {period}. Give an "
                        "earlier year, or 0 for the latest earlier period with values."
                    ).format(base=given, period=period)
                )
            return str(given)
        earlier = [
            r[0]
            for r in store.query(
                "SELECT DISTINCT period_code FROM observations WHERE period_code < ? ORDER BY "
                "period_code",
                (period,),
            )
        ]
        return earlier[-1] if earlier else None

    def national(self, parameters, context, feedback, profile, base, period):
        rates = {}
        for name, comp in NATIONAL_COMPONENTS.items():
            if parameters.get(name) not in (None, ""):
                rates[comp] = self.parameterAsDouble(parameters, name, context)
        table = self.table_rows(parameters, "NATIONAL_RATES", context, feedback)
        national = {}
        path = ""
        if table is not None:
            rows, name = table
            src = Source(
                name,
                rows,
                [tr("row {n}").format(n=i + 2) for i in range(len(rows))],
                list(rows[0].keys()) if rows else [],
            )
            national = trend.read_national(src, profile, int(base) if base else None, int(period))
            value = parameters.get("NATIONAL_RATES")
            path = value.split("|")[0] if isinstance(value, str) else ""
        national.update(rates)
        return national, (path if path and os.path.isfile(path) else "")

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback)
        profile = self.profile(parameters, context)
        period = str(self.parameterAsInt(parameters, "PERIOD", context))
        started = utc_now()
        with user_errors():
            store.require_current()
            base = self.base_period(store, parameters, context, period)
            national, rates_file = self.national(
                parameters, context, feedback, profile, base, period
            )
            std = self.enum_value(parameters, "AIR_STANDARD", context) or None
            inputs = evaluation.chain_inputs(
                store,
                period,
                base,
                profile,
                stations=self.parameterAsBool(parameters, "USE_STATIONS", context),
            )
            chain = Chain(
                profile,
                **inputs["chain"],
                air_standard=std,
                allow_partial=self.parameterAsBool(parameters, "ALLOW_PARTIAL", context),
            )
            chain.prepare(national_params=national, **inputs["prepare"])
            if base is None:
                feedback.pushWarning(
                    tr(
                        "No earlier period with values: the depletion trend "
                        "cannot be evaluated, so overloaded and critical units "
                        "get no warning colour."
                    )
                )
            else:
                feedback.pushInfo(
                    tr("Period {period}, base period {base}.").format(period=period, base=base)
                )
            if "air_daily" in inputs["prepare"]:
                feedback.pushInfo(
                    tr("Air stations: the valid daily values of {year} in the database.").format(
                        year=period
                    )
                )
            if "sections" in inputs["prepare"]:
                feedback.pushInfo(
                    tr("Water sections: the valid values of {year} in the database.").format(
                        year=period
                    )
                )
            for element, names in chain.absent_columns().items():
                feedback.pushWarning(
                    tr(
                        "{element}: no value of {names} in the period; units "
                        "that need them are not evaluated."
                    ).format(element=element, names=", ".join(field_title(n) for n in names))
                )
            feedback.setProgress(20)
            out = chain.run(progress=lambda f: feedback.setProgress(20 + 50 * f))
            results = [dict(r, unit_code=u.code) for u, r in zip(chain.units.units, out)]
            dual = {}
            for layer in self.parameterAsLayerList(parameters, "DUAL_SUMMARIES", context) or []:
                rows, _, _ = self.rows_of(layer)
                dual[layer.name()] = dual_rows(rows, layer.name())
        missing = {u: f for u, f in inputs["missing"].items() if f}
        for code, fields in list(missing.items())[:30]:
            feedback.pushWarning(
                tr("Unit {code}: no value for {fields} in {period}.").format(
                    code=code, fields=", ".join(field_title(f) for f in fields), period=period
                )
            )
        record_params = {
            k: v for k, v in self.provenance(parameters, context, profile, {})["parameters"].items()
        }
        record_params.update(
            {
                "algorithm": f"cc_warning:{self.SPEC.id}",
                "source": "database",
                "national_rates_used": national,
            }
        )
        run = evaluation.make_run(
            ALGORITHM,
            profile,
            record_params,
            [rates_file] if rates_file else [],
            period,
            base,
            started,
        )
        earlier = len(evaluation.runs(store, period, ALGORITHM))
        with user_errors():
            run_id = evaluation.write_run(store, run, results, dual)
        feedback.pushInfo(
            tr("Run {id} written: {n} unit(s) of period {period}.").format(
                id=run_id, n=len(results), period=period
            )
        )
        if earlier:
            feedback.pushInfo(
                tr(
                    "It supersedes {n} earlier run(s) of the period; they stay in the database."
                ).format(n=earlier)
            )
        self.summarise(feedback, results, profile)
        feedback.setProgress(80)
        names = dict(store.query("SELECT code, name FROM units"))
        geoms = self.unit_geometries(store, [r["unit_code"] for r in results])
        columns = list(UNIT_FIELDS) + [
            f for f in chain_fields(profile) if f[0] not in dict(UNIT_FIELDS)
        ]
        rows = [
            dict(
                r,
                unit_name=names.get(r["unit_code"], ""),
                period=period,
                base_period=base or "",
                run_id=run_id,
                geom=geoms.get(r["unit_code"]),
            )
            for r in results
        ]
        inputs_of = self.inputs_of(parameters, context, ["DATABASE", "NATIONAL_RATES"])
        if self.connection_name(parameters, context):
            inputs_of["CONNECTION"] = self.connection_name(parameters, context)
        prov = self.provenance(parameters, context, profile, inputs_of)
        prov["parameters"].update(
            {
                "run_id": run_id,
                "period": period,
                "base_period": base,
                "national_rates_used": national,
            }
        )
        dest = self.write_rows(parameters, "OUTPUT", context, columns, rows, store.srid, "geom")
        out = {"RUN_ID": run_id, "SUPERSEDED": earlier, "PROVENANCE": to_json(prov)}
        if dest:
            self.style_output(context, dest, "warning_level", profile, "warning_levels", prov)
            save_style_files(dest, "warning_level", profile, "warning_levels", prov, feedback)
            out["OUTPUT"] = dest
        dest = self.write_rows(
            parameters,
            "MISSING",
            context,
            MISSING_FIELDS,
            [
                {
                    "unit_code": u,
                    "unit_name": names.get(u, ""),
                    "period": period,
                    "missing": len(f),
                    "fields": ", ".join(f),
                }
                for u, f in missing.items()
            ],
        )
        if dest:
            out["MISSING"] = dest
        feedback.setProgress(100)
        return out

    @staticmethod
    def summarise(feedback, results: List[Dict], profile) -> None:
        counts: Dict[str, int] = {}
        for r in results:
            counts[r.get("warning_level") or ""] = counts.get(r.get("warning_level") or "", 0) + 1
        for code in profile.class_codes("warning_levels"):
            if counts.get(code):
                feedback.pushInfo(
                    tr("{label}: {n} unit(s)").format(
                        label=profile.class_label("warning_levels", code), n=counts[code]
                    )
                )
