"""cc_warning:cross_check — a county's self-assessment against the city's
evaluation (协同校验, 纵向会商): differences table, consultation record and
report."""

from ...core.actions import crosscheck
from ...core.actions.common import find_header
from ...core.i18n import tr
from ...core.indicators import text_value
from ...core.provenance import to_json
from ...report.annual import cross_check_document
from ...report.outputs import write_document
from ...specs.actions import CROSS_CHECK
from ..framework.common import user_errors
from .base import ActionsAlgorithm, county_units, merge_consultation


DIFF_FIELDS = (
    ("check_key", "string"),
    ("行政区划代码", "string"),
    ("unit_name", "string"),
    ("item", "string"),
    ("item_label", "string"),
    ("county_class", "string"),
    ("city_class", "string"),
    ("county_index", "double"),
    ("city_index", "double"),
    ("index_diff", "double"),
    ("agrees", "int"),
    ("inputs", "text"),
)


class CrossCheckAlgorithm(ActionsAlgorithm):
    SPEC = CROSS_CHECK

    def _check(self, parameters, context, profile, feedback=None):
        county = self.table_rows(parameters, self.COUNTY, context, feedback)
        city = self.table_rows(parameters, self.CITY, context, feedback)
        c_name = self.parameterAsString(parameters, "COUNTY_NAME", context).strip() or tr(
            "County self-assessment"
        )
        t_name = self.parameterAsString(parameters, "CITY_NAME", context).strip() or tr(
            "City evaluation"
        )
        city_rows = city[0]
        a_label = crosscheck.side_label(c_name, county[2])
        b_label = crosscheck.side_label(t_name, city[2])
        if self.parameterAsBoolean(parameters, self.COUNTY_ONLY, context):
            # before the city's units are filtered to the county's: two results
            # without a common unit would leave the city's side empty
            crosscheck.require_common_units(
                unit_codes(county[0]), unit_codes(city_rows), a_label, b_label
            )
            city_rows = county_units(county[0], city_rows)
            left = len(city[0]) - len(city_rows)
            if left and feedback is not None:
                feedback.pushInfo(
                    tr("{n} unit(s) of {city} are not in {county} and are left out.").format(
                        n=left, city=city[2], county=county[2]
                    )
                )
        ins = [
            self.table_rows(parameters, n, context, feedback)
            for n in (self.COUNTY_INPUTS, self.CITY_INPUTS)
        ]
        check = crosscheck.cross_check(
            county[0],
            city_rows,
            profile,
            c_name,
            t_name,
            self.period(parameters, context, county[0], county[2]),
            ins[0][0] if ins[0] else None,
            ins[1][0] if ins[1] else None,
            county_layer=county[2],
            city_layer=city[2],
        )
        earlier = []
        path = self.parameterAsFile(parameters, self.CONSULTATION, context)
        if path:
            earlier = crosscheck.load_consultation(path, check)
        return check, earlier

    def check_more(self, parameters, context):
        profile = self.profile(parameters, context)
        self.output_path(parameters, self.OUTPUT_CONSULTATION, context, (".xlsx", ".csv"))
        self.output_path(parameters, self.OUTPUT_HTML, context, (".html", ".htm"))
        self.output_path(parameters, self.OUTPUT_PDF, context, (".pdf",))
        self._check(parameters, context, profile)

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        with user_errors():
            check, earlier = self._check(parameters, context, profile, feedback)
            records = merge_consultation(crosscheck.consultation_template(check, profile), earlier)
        tol = check.tolerance
        described = {(r.unit_code, r.item): r.inputs for r in records}
        rows = [
            [
                f"{ic.unit_code}/{ic.item}",
                ic.unit_code,
                ic.unit_name,
                ic.item,
                ic.item_label,
                ic.county_class,
                ic.city_class,
                ic.county_index,
                ic.city_index,
                ic.index_difference,
                int(ic.agrees(tol)),
                described.get((ic.unit_code, ic.item), ""),
            ]
            for ic in check.items
        ]
        results = {}
        dest = self.write_table(parameters, self.OUTPUT, context, DIFF_FIELDS, rows)
        if dest:
            results[self.OUTPUT] = dest
        feedback.setProgress(40)
        with user_errors():
            path = self.output_path(
                parameters, self.OUTPUT_CONSULTATION, context, (".xlsx", ".csv")
            )
            if path:
                crosscheck.write_consultation(path, records)
                results[self.OUTPUT_CONSULTATION] = path
            html = self.output_path(parameters, self.OUTPUT_HTML, context, (".html", ".htm"))
            pdf = self.output_path(parameters, self.OUTPUT_PDF, context, (".pdf",))
            if html or pdf:
                written = write_document(
                    cross_check_document(check, profile, records),
                    profile,
                    html=html or None,
                    pdf=pdf or None,
                )
                if html:
                    results[self.OUTPUT_HTML] = written["html"]
                if pdf:
                    results[self.OUTPUT_PDF] = written["pdf"]
        dis = check.disagreements
        feedback.pushInfo(
            tr(
                "{units} units and {items} items compared; {d} disagree (indices "
                "within {tol} count as equal)."
            ).format(units=len(check.units()), items=len(check.items), d=len(dis), tol=tol)
        )
        for ic in dis:
            feedback.pushInfo(
                f"{ic.unit_code} {ic.unit_name} · {ic.item_label}: "
                f"{crosscheck.class_text(profile, ic, 'county')} → "
                f"{crosscheck.class_text(profile, ic, 'city')}"
                + (f" ({described[(ic.unit_code, ic.item)]})" if ic.inputs else "")
            )
        inputs = self.inputs_of(
            parameters,
            context,
            [self.COUNTY, self.CITY, self.COUNTY_INPUTS, self.CITY_INPUTS, self.CONSULTATION],
        )
        prov = self.provenance(parameters, context, profile, inputs)
        results.update({"DISAGREEMENTS": len(dis), "PROVENANCE": to_json(prov)})
        feedback.setProgress(100)
        return results


def unit_codes(rows) -> list:
    """The unit codes of result rows (none when the unit-code column is
    missing: the core names it)."""
    field = find_header(list(rows[0].keys()), "unit_code") if rows else None
    if field is None:
        return []
    return [text_value(r.get(field)) for r in rows]
