"""Special evaluations (专项评价) of the 2016 method by 主体功能区 type:
cc_warning:urban_black_grey (水气环境黑灰指数), cc_warning:cropland_quality
(耕地质量变化指数), cc_warning:grassland_balance (草原草畜平衡指数),
cc_warning:eco_function (生态系统功能指数) and cc_warning:special_evaluation,
which applies to each unit the one its type calls for."""

from typing import Optional

from ...core.i18n import label, tr
from ...core.m2016 import special
from ...core.m2016.trend import check_years
from ...core.m2016.units import has_year_columns, join_units, period_year, resolve_periods
from ...specs import m2016 as specs
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm, MonitoringInputs
from .environment import air_standard


#: algorithm id → the special evaluation it applies (special_evaluation: by
#: the unit's 主体功能区 type)
KINDS = {
    "urban_black_grey": "black_grey",
    "cropland_quality": "cropland_quality",
    "grassland_balance": "grassland_balance",
    "eco_function": "eco_function",
}


class SpecialAlgorithm(MonitoringInputs, M2016Algorithm):
    """Common part of the special evaluations. Base-year tables and air
    stations are read when the spec has them."""

    @property
    def KIND(self) -> Optional[str]:  # noqa: N802 (constant of the class, from its spec)
        """The special type, or None to choose it by the unit's type."""
        return KINDS.get(self.SPEC.id)

    def evaluate(self, parameters, context, feedback, read):
        uses_base = self.SPEC.has(self.BASE_INDICATORS)
        uses_air = self.SPEC.has(self.AIR_DAILY)
        profile, source, unit_src, feats, tables = read
        base_tables = (
            self.read_tables(parameters, self.BASE_INDICATORS, context, feedback)
            if uses_base
            else []
        )
        std = air_standard(self, parameters, context, profile, feedback) if uses_air else None
        fields = special.all_input_fields() + ["year"]
        with user_errors():
            if has_year_columns(unit_src):
                tables.insert(0, unit_src)
            ev, bs = resolve_periods(tables, base_tables)
            units = join_units(unit_src, ev, fields)
            year = period_year([unit_src] + ev, tr("evaluation-year tables"))
            base = None
            if bs:
                base = join_units(unit_src, bs, fields, unit_values=False)
                base_year = period_year(bs, tr("base-year tables"))
                if year is not None and base_year is not None:
                    check_years(base_year, year)
            if self.KIND is None:
                units.require(["mfz_type"], tr("it chooses the special evaluation"))
            self.warn_unmatched(units, feedback)
            air = None
            if uses_air:
                air = self.read_air(
                    parameters, context, feedback, source, feats, units, profile, std, year, {}
                )
            days = {
                code: d
                for code, d in (air.exceed_days.items() if air else [])
                if air.stations.get(code)
            }
            feedback.setProgress(50)
            results = special.evaluate_special(
                units,
                profile,
                base=base,
                only=self.KIND,
                days=days,
                allow_partial=self.partial(parameters, context),
            )
        kinds = {r["special_type"] for r in results if r.get("special_class")}
        for kind in sorted(kinds):
            if profile.get(f"special.{kind}").get("unverified"):
                feedback.pushWarning(
                    tr(
                        "{name}: the rule and thresholds are unverified defaults of the method "
                        "profile; check them against the official text."
                    ).format(name=label(profile.get(f"special.{kind}"), "name"))
                )
        feedback.setProgress(80)
        extra = {"air_standard_used": std} if std else {}
        return Evaluation(results, special.output_fields(), units.codes, extra)


def _special(name: str, spec) -> type:
    """An algorithm class of one special evaluation: only its spec differs."""
    return type(
        name,
        (SpecialAlgorithm,),
        {"SPEC": spec, "__module__": __name__, "__doc__": f"cc_warning:{spec.id}"},
    )


UrbanBlackGreyAlgorithm = _special("UrbanBlackGreyAlgorithm", specs.URBAN_BLACK_GREY)
CroplandQualityAlgorithm = _special("CroplandQualityAlgorithm", specs.CROPLAND_QUALITY)
GrasslandBalanceAlgorithm = _special("GrasslandBalanceAlgorithm", specs.GRASSLAND_BALANCE)
EcoFunctionAlgorithm = _special("EcoFunctionAlgorithm", specs.ECO_FUNCTION)
SpecialEvaluationAlgorithm = _special("SpecialEvaluationAlgorithm", specs.SPECIAL_EVALUATION)
