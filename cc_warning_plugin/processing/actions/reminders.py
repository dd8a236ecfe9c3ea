"""cc_warning:warning_reminders — reminders (书面通知, 约谈, 公告) by the
profile's rules, one letter per county, and the proposed remediation plan."""

from ...core.actions import reminders
from ...core.i18n import tr
from ...core.provenance import to_json
from ...report.outputs import write_letters
from ...specs.actions import WARNING_REMINDERS
from ..framework.common import user_errors
from .base import ActionsAlgorithm

REMINDER_FIELDS = (
    ("rem_key", "string"),
    ("行政区划代码", "string"),
    ("unit_name", "string"),
    ("rem_code", "string"),
    ("rem_kind", "string"),
    ("rem_kind_label", "string"),
    ("requirement", "text"),
    ("reason", "text"),
    ("issued", "string"),
    ("deadline", "string"),
    ("unverified", "int"),
)


class WarningRemindersAlgorithm(ActionsAlgorithm):
    SPEC = WARNING_REMINDERS

    def check_more(self, parameters, context):
        profile = self.profile(parameters, context)
        self.issue_date(parameters, context)
        self.formats(parameters, context)
        self.output_path(parameters, self.PLAN, context, (".xlsx", ".csv"))
        self.region_names(parameters, context)
        self.unit_actions(parameters, context, profile)

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        with user_errors():
            issued = self.issue_date(parameters, context)
            formats = self.formats(parameters, context)
            plan_path = self.output_path(parameters, self.PLAN, context, (".xlsx", ".csv"))
            names = self.region_names(parameters, context, feedback)
            acts, *_ = self.unit_actions(parameters, context, profile, feedback)
            feedback.setProgress(20)
            items = reminders.reminders(acts, profile, issued)
            letters = reminders.letters(
                acts,
                items,
                profile,
                self.parameterAsString(parameters, self.ORG, context),
                issued,
                names,
            )
            plan = reminders.plan_tasks(acts, profile, issued)
        results = {}
        dest = self.write_table(
            parameters,
            self.OUTPUT,
            context,
            REMINDER_FIELDS,
            [
                [
                    f"{r.unit_code}/{r.code}",
                    r.unit_code,
                    r.unit_name,
                    r.code,
                    r.kind,
                    r.kind_label,
                    r.text,
                    r.why,
                    r.issued.isoformat(),
                    r.deadline.isoformat(),
                    int(not r.verified),
                ]
                for r in items
            ],
        )
        if dest:
            results[self.OUTPUT] = dest
        feedback.setProgress(40)
        folder = self.parameterAsFileOutput(parameters, self.LETTERS, context)
        with user_errors():
            written = write_letters(folder, letters, profile, formats) if folder else []
            feedback.setProgress(85)
            if plan_path:
                reminders.write_plan(plan_path, plan, profile)
                results[self.PLAN] = plan_path
        if folder:
            results[self.LETTERS] = folder
        for letter in letters:
            feedback.pushInfo(
                tr("Letter to {county}: {title} (deadline {deadline})").format(
                    county=letter.county_name,
                    title=letter.title,
                    deadline=letter.deadline.isoformat(),
                )
            )
        if not letters:
            feedback.pushInfo(tr("No unit gets a reminder: no letter written."))
        feedback.pushInfo(
            tr("{n} reminder(s), {m} letter file(s), {k} remediation task(s).").format(
                n=len(items), m=len(written), k=len(plan)
            )
        )
        if any(not r.verified for r in items):
            feedback.pushWarning(
                tr(
                    "Reminder rules applied without a cited source document: the "
                    "letters say they are drafts. Check the rules before "
                    "sending."
                )
            )
        inputs = self.inputs_of(
            parameters, context, [self.INPUT, self.HISTORY, self.EARLIER, self.REGION_NAMES]
        )
        prov = self.provenance(parameters, context, profile, inputs)
        results.update({"LETTER_COUNT": len(letters), "PROVENANCE": to_json(prov)})
        feedback.setProgress(100)
        return results
