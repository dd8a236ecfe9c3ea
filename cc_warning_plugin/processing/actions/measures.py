"""cc_warning:unit_measures — the measures and 奖惩 of every unit of a
warning result, with the level change from its history."""

from qgis.core import QgsProcessingException

from ...core.actions.measures import action_fields
from ...core.i18n import tr
from ...specs.actions import UNIT_MEASURES
from ..framework.common import user_errors
from .base import ActionsAlgorithm


class UnitMeasuresAlgorithm(ActionsAlgorithm):
    SPEC = UNIT_MEASURES

    def check_more(self, parameters, context):
        profile = self.profile(parameters, context)
        self.unit_actions(parameters, context, profile)

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        rows, ids, feats = self.rows_of(source, feedback, (0, 20))
        layer = self.name_of(parameters, self.INPUT, source)
        with user_errors():
            acts, *_ = self.unit_actions(parameters, context, profile, feedback, rows, ids, layer)
        feedback.setProgress(50)
        records = [a.record(profile) for a in acts]
        labels, counts = {}, {}
        for r in records:
            labels[r["act_change"]] = r["act_change_label"]
            counts[r["act_change"]] = counts.get(r["act_change"], 0) + 1
        for change, n in counts.items():
            feedback.pushInfo(tr("{label}: {n} unit(s)").format(label=labels[change], n=n))
        unverified = sum(r["act_unverified"] for r in records)
        if unverified:
            feedback.pushWarning(
                tr(
                    "{n} unit(s) get measures or rewards/penalties whose "
                    "profile entry cites no source document (act_unverified = "
                    "1): check them against the implementing rules."
                ).format(n=unverified)
            )
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.HISTORY, self.EARLIER])
        return self.finish(
            parameters,
            context,
            feedback,
            source,
            feats,
            records,
            action_fields(),
            profile,
            inputs,
            [a.unit_code for a in acts],
            summary_field="act_level",
            summary_set="warning_levels",
        )
