"""Special evaluations (专项评价) of the 2016 method by 主体功能区 type:
cc_warning:urban_black_grey (水气环境黑灰指数), cc_warning:cropland_quality
(耕地质量变化指数), cc_warning:grassland_balance (草原草畜平衡指数),
cc_warning:eco_function (生态系统功能指数) and cc_warning:special_evaluation,
which applies to each unit the one its type calls for."""

from ..core.i18n import label, tr
from ..core.indicators import field_title
from ..core.m2016 import special
from ..core.m2016.trend import check_years
from ..core.m2016.units import has_year_columns, join_units, period_year, resolve_periods
from ..core.profile import load_profile
from ..core.rules import rule_text
from .alg_pollutant_exceedance import add_standard_params, air_standard
from .base import user_errors
from .m2016_base import M2016Algorithm, MonitoringInputs


def rules_text(profile, kind: str) -> str:
    """The class rules of a special evaluation, e.g. "> 0.3 → 超载; …"."""
    parts = []
    for rule in profile.get(f"special.{kind}.rules"):
        cls = profile.class_label("load_classes", rule["class"])
        parts.append(f"{rule_text(rule) if 'op' in rule else tr('otherwise')} → {cls}")
    return "; ".join(parts)


def unverified_help(kind: str) -> str:
    profile = load_profile()
    return tr(
        "<p><b>Unverified rule.</b> The official thresholds of this index could not be "
        "checked; the method profile holds documented defaults ({rules}), marked "
        "unverified = true, and every result says so in its note. Edit special.{kind}.rules "
        "in a profile of your own to apply the official values.</p>").format(
        rules=rules_text(profile, kind), kind=kind)


def outputs_help() -> str:
    return tr(
        "<p>Outputs: special_type, special_index, special_class (overload / critical / none / "
        "not_evaluated; empty where the unit's 主体功能区 type calls for another special "
        "evaluation), special_label, special_note, special_zone, special_ref and special_value "
        "(the two values compared), and for the black-grey index special_bg_air, "
        "special_bg_water (grades light / moderate / heavy / severe), special_bg_den, "
        "special_bg_l and special_bg_days.</p>")


class SpecialAlgorithm(MonitoringInputs, M2016Algorithm):
    """Common part; ``KIND`` is the special type or None (by unit type)."""

    GROUP = "single_element"
    STYLE_FIELD = "special_class"
    KIND = None
    USES_BASE = False
    USES_AIR = False
    AIR_STANDARD = "AIR_STANDARD"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        self.add_indicators()
        if self.USES_BASE:
            self.add_base_indicators()
        if self.USES_AIR:
            self.add_air_params()
            add_standard_params(self, with_aggregation=False)
        self.add_partial()
        self.add_profile_parameter()
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback)
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        base_tables = self.read_tables(parameters, self.BASE_INDICATORS, context, feedback) \
            if self.USES_BASE else []
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        std = air_standard(self, parameters, context, profile, feedback) \
            if self.USES_AIR else None
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
            if self.USES_AIR:
                air = self.read_air(parameters, context, feedback, source, feats, units,
                                    profile, std, year, {})
            days = {code: d for code, d in (air.exceed_days.items() if air else [])
                    if air.stations.get(code)}
            feedback.setProgress(50)
            results = special.evaluate_special(units, profile, base=base, only=self.KIND,
                                               days=days, allow_partial=allow_partial)
        kinds = {r["special_type"] for r in results if r.get("special_class")}
        for kind in sorted(kinds):
            if profile.get(f"special.{kind}").get("unverified"):
                feedback.pushWarning(tr(
                    "{name}: the rule and thresholds are unverified defaults of the method "
                    "profile; check them against the official text.").format(
                    name=label(profile.get(f"special.{kind}"), "name")))
        feedback.setProgress(80)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.INDICATORS,
                                                      self.BASE_INDICATORS, self.AIR_STATIONS,
                                                      self.AIR_DAILY])
        extra = {"air_standard_used": std} if std else {}
        return self.finish(parameters, context, feedback, source, feats, results,
                           special.output_fields(), profile, inputs, units.codes, extra)


class UrbanBlackGreyAlgorithm(SpecialAlgorithm):
    ALG_ID = "urban_black_grey"
    KIND = "black_grey"
    USES_AIR = True

    def display_name(self):
        return tr("Water-air black-grey index, urbanised areas (水气环境黑灰指数)")

    def help_text(self):
        return tr(
            "<p>Special evaluation of 城市化地区 (优化开发 and 重点开发 zones) in the 2016 "
            "method.</p>"
            "<p>Water part (黑): black-odorous water density Den = measured length (m) / "
            "built-up area (km²) and the severe share L = severe length / measured length "
            "(L = 0 without black-odorous water). Bands by Den: 优化开发 &lt; 100, 100–500, "
            "≥ 500; 重点开发 &lt; 300, 300–800, ≥ 800 (lower bound inclusive); within a band L "
            "gives 轻度 / 中度 / 重度 (breaks 0.25 and 0.5 for 优化开发, 0.33 and 0.66 for 重点开发, "
            "a value on a break falling in the higher grade).</p>"
            "<p>Air part (灰): PM2.5 exceedance days graded 轻度 / 中度 / 重度 / 严重 with the "
            "breaks of the zone type and core-city status (e.g. 优化开发 core city 30 / 90 / 180 "
            "days, lower bound inclusive). The days come from the table ({days}) or are "
            "counted from the daily station values against the 24-h PM2.5 limit of the chosen "
            "GB 3095 edition (75 µg/m³ in 2012, 60 transitional, 50 final).</p>"
            "<p>Combination: air 严重, or air 重度 and water 重度 → overloaded; air 重度, or "
            "water 重度, or both 中度 → critical; otherwise not overloaded. A missing part is "
            "tolerated when no value of it could change the class.</p>"
            "<p>Inputs: {mfz}, {core}, {built}, {length}, {severe}.</p>").format(
            days=field_title("pm25_exceed_days"), mfz=field_title("mfz_type"),
            core=field_title("core_city"), built=field_title("builtup_area"),
            length=field_title("black_water_length"),
            severe=field_title("severe_black_water_length")) + outputs_help()


class CroplandQualityAlgorithm(SpecialAlgorithm):
    ALG_ID = "cropland_quality"
    KIND = "cropland_quality"
    USES_BASE = True

    def display_name(self):
        return tr("Cropland quality change index, crop areas (耕地质量变化指数)")

    def help_text(self):
        return tr(
            "<p>Special evaluation of 农产品主产区 (种植业) in the 2016 method: index = "
            "(grade of the evaluation year − grade of the base year) / grade of the base year, "
            "from the mean cropland quality grade ({grade}; a higher 等别 number is a worse "
            "grade, so a positive index is a decline). Give the base year as a second table "
            "or as year-suffixed columns.</p>").format(
            grade=field_title("cropland_quality_grade")) + unverified_help(self.KIND) + \
            outputs_help()


class GrasslandBalanceAlgorithm(SpecialAlgorithm):
    ALG_ID = "grassland_balance"
    KIND = "grassland_balance"

    def display_name(self):
        return tr("Grassland livestock-balance index, pasture areas (草原草畜平衡指数)")

    def help_text(self):
        return tr(
            "<p>Special evaluation of 农产品主产区 (牧业) in the 2016 method: I = actual "
            "livestock / rated livestock capacity − 1 ({actual}, {rated}; sheep units, rated "
            "capacity per NY/T 635).</p>").format(
            actual=field_title("actual_livestock"), rated=field_title("rated_livestock")) + \
            unverified_help(self.KIND) + outputs_help()


class EcoFunctionAlgorithm(SpecialAlgorithm):
    ALG_ID = "eco_function"
    KIND = "eco_function"
    USES_BASE = True

    def display_name(self):
        return tr("Ecosystem function index, key ecological function zones (生态系统功能指数)")

    def help_text(self):
        return tr(
            "<p>Special evaluation of 重点生态功能区 in the 2016 method: the relative change "
            "of the ecosystem function index ({index}) between the base and the evaluation "
            "year, (F_eval − F_base) / F_base; a decline is a negative index.</p>").format(
            index=field_title("eco_function_index")) + unverified_help(self.KIND) + \
            outputs_help()


class SpecialEvaluationAlgorithm(SpecialAlgorithm):
    ALG_ID = "special_evaluation"
    KIND = None
    USES_BASE = True
    USES_AIR = True

    def display_name(self):
        return tr("Special evaluation by main functional zone type (专项评价)")

    def help_text(self):
        return tr(
            "<p>Applies to each unit the special evaluation its 主体功能区 type calls for "
            "(function_zones of the method profile): 优化/重点开发区域 → 水气环境黑灰指数; "
            "农产品主产区 → 耕地质量变化指数 (种植业) or 草原草畜平衡指数 (牧业, from the "
            "农产品主产区类型 field); 重点生态功能区 → 生态系统功能指数. The result feeds "
            "cc_warning:integrated_warning. See the single algorithms for the rules; the last "
            "three are unverified profile defaults.</p>"
            "<p>Inputs: {mfz} (and {agri}) plus the indicators of each evaluation; a base-year "
            "table for the two change indices; optionally air stations with daily values for "
            "the PM2.5 exceedance days.</p>").format(
            mfz=field_title("mfz_type"), agri=field_title("agri_type")) + outputs_help()
