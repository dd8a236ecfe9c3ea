"""cc_warning:target_tracking — targets against observations: attainment,
progress, on/off track by linear projection, and charts."""

import os

from ...core.actions import targets
from ...core.i18n import label, tr
from ...core.provenance import to_json
from ...report import action_charts
from ...report.files import atomic_write
from ...specs.actions import TARGET_TRACKING
from ..framework.common import user_errors
from .base import ActionsAlgorithm

TARGET_FIELDS = (
    ("indicator", "string"),
    ("indicator_name", "string"),
    ("unit", "string"),
    ("region", "string"),
    ("region_name", "string"),
    ("baseline_year", "int"),
    ("baseline_value", "double"),
    ("target_year", "int"),
    ("target_value", "double"),
    ("direction", "string"),
    ("latest_year", "int"),
    ("latest_value", "double"),
    ("attained", "int"),
    ("progress", "double"),
    ("status", "string"),
    ("status_label", "string"),
    ("projected", "double"),
    ("slope", "double"),
    ("source", "text"),
    ("note", "text"),
)
YEAR_FIELDS = (
    ("indicator", "string"),
    ("region", "string"),
    ("target_year", "int"),
    ("year", "int"),
    ("value", "double"),
    ("attained", "int"),
    ("progress", "double"),
)


class TargetTrackingAlgorithm(ActionsAlgorithm):
    SPEC = TARGET_TRACKING

    def _read(self, parameters, context, profile):
        tl = targets.load_targets(self.parameterAsFile(parameters, self.TARGETS, context), profile)
        obs = targets.load_observations(
            self.parameterAsFile(parameters, self.OBSERVATIONS, context), profile
        )
        return tl, obs, self.parameterAsInt(parameters, self.AS_OF, context) or None

    def check_more(self, parameters, context):
        self._read(parameters, context, self.profile(parameters, context))
        self.region_names(parameters, context)

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        with user_errors():
            tl, obs, as_of = self._read(parameters, context, profile)
            names = self.region_names(parameters, context, feedback)
            statuses = targets.track(tl, obs, profile, as_of)
        wanted = {(t.indicator, t.region) for t in tl}
        for ind, region in sorted(set(obs) - wanted):
            feedback.pushInfo(
                tr(
                    "Observations of {indicator} in {region} belong to no target and are not used."
                ).format(
                    indicator=label(profile.get(f"targets.indicators.{ind}"), "name"), region=region
                )
            )
        rows, years = [], []
        for s in statuses:
            t, p = s.target, s.latest
            rows.append(
                [
                    t.indicator,
                    t.name(profile),
                    t.unit(profile),
                    t.region,
                    names.get(t.region, ""),
                    t.baseline_year,
                    t.baseline_value,
                    t.target_year,
                    t.target_value,
                    t.direction,
                    p.year if p else None,
                    p.value if p else None,
                    int(p.attained) if p else None,
                    p.progress if p else None,
                    s.status,
                    targets.status_label(s.status),
                    s.projected,
                    s.slope,
                    t.source,
                    tr("; ").join(s.notes),
                ]
            )
            years += [
                [t.indicator, t.region, t.target_year, q.year, q.value, int(q.attained), q.progress]
                for q in s.points
            ]
        results = {}
        dest = self.write_table(parameters, self.OUTPUT, context, TARGET_FIELDS, rows)
        if dest:
            results[self.OUTPUT] = dest
        dest = self.write_table(parameters, self.OUTPUT_YEARS, context, YEAR_FIELDS, years)
        if dest:
            results[self.OUTPUT_YEARS] = dest
        feedback.setProgress(50)
        folder = (
            self.parameterAsFileOutput(parameters, self.CHARTS, context)
            if parameters.get(self.CHARTS) not in (None, "")
            else ""
        )
        if folder:
            with user_errors():
                n = self._charts(folder, statuses, profile, names, feedback)
            feedback.pushInfo(
                tr("{n} chart(s) written to {folder}.").format(
                    n=n, folder=self.final_destination(self.CHARTS, folder)
                )
            )
            results[self.CHARTS] = folder
        tally = {k: sum(1 for s in statuses if s.status == k) for k in targets.STATUSES}
        for k, n in tally.items():
            if n:
                feedback.pushInfo(
                    tr("{label}: {n} target(s)").format(label=targets.status_label(k), n=n)
                )
        inputs = self.inputs_of(
            parameters, context, [self.TARGETS, self.OBSERVATIONS, self.REGION_NAMES]
        )
        prov = self.provenance(parameters, context, profile, inputs)
        results.update(
            {
                "ATTAINED": tally["attained"],
                "MISSED": tally["missed"],
                "ON_TRACK": tally["on_track"],
                "OFF_TRACK": tally["off_track"],
                "PROVENANCE": to_json(prov),
            }
        )
        feedback.setProgress(100)
        return results

    @staticmethod
    def _charts(folder, statuses, profile, names, feedback):
        os.makedirs(folder, exist_ok=True)
        pngs = {}
        png = action_charts.progress_chart(statuses, profile, names)
        if png:
            pngs["progress.png"] = png
        for s in statuses:
            if feedback.isCanceled():
                return 0
            if s.points:
                t = s.target
                name = f"series_{t.indicator}_{_safe(t.region)}_{t.target_year}.png"
                pngs[name] = action_charts.series_chart(s, profile, names)
        for name, data in pngs.items():

            def write(tmp, data=data):
                with open(tmp, "wb") as fh:
                    fh.write(data)

            atomic_write(os.path.join(folder, name), write, ".png")
        return len(pngs)


def _safe(text: str) -> str:
    return "".join(ch for ch in text if ch not in '\\/:*?"<>| ') or "region"
