"""cc_warning:compare_periods — which units' warning level (or overload type,
or an element's class) rose or fell between two evaluation results."""

from qgis.core import QgsFeature, QgsField, QgsFields, QgsProcessingException

from ...core.errors import InputError
from ...core.i18n import tr
from ...layouts.mapping import choose_view
from ...report import layers as rl
from ...report.files import check_writable
from ...report.results import change_view, class_set, find_field, require_views
from ...report.stats import RAISED, LOWERED, check_years, compare_periods
from ...report.tables import changes_frame, write_table
from ...styles.result_styles import apply_view_style
from ...specs.maps import COMPARE_PERIODS, VIEW_KEYS
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import add_feature, StylePostProcessor, source_name, user_errors
from ...compat import FieldType

CHANGE_FIELDS = (
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("class_before", "string"),
    ("class_after", "string"),
    ("label_before", "string"),
    ("label_after", "string"),
    ("change", "string"),
    ("change_label", "string"),
    ("change_steps", "int"),
    ("change_note", "string"),
)


class ComparePeriodsAlgorithm(SpecAlgorithm):
    SPEC = COMPARE_PERIODS

    @staticmethod
    def _key(fields, wanted, layer):
        names = fields.names()
        if wanted:
            for n in names:
                if n.lower() == wanted.lower():
                    return n
            raise InputError(
                tr(
                    "Layer '{layer}' has no field '{field}' to match the units "
                    "by. Choose a field both results have."
                ).format(layer=layer, field=wanted)
            )
        found = rl.unit_key_field(names)
        if not found:
            raise InputError(
                tr(
                    "Layer '{layer}' has no unit code field (行政区划代码 or an "
                    "accepted alias). Choose the field that identifies the "
                    "units."
                ).format(layer=layer)
            )
        return found

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        earlier = self.parameterAsSource(parameters, self.EARLIER, context)
        later = self.parameterAsSource(parameters, self.LATER, context)
        if earlier is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.EARLIER))
        if later is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LATER))
        n1 = earlier.sourceName() or tr("Earlier result")
        n2 = later.sourceName() or tr("Later result")
        wanted = self.parameterAsString(parameters, self.KEY_FIELD, context)
        key_view = VIEW_KEYS[self.parameterAsEnum(parameters, self.VIEW, context)]
        out_table = self.parameterAsFileOutput(parameters, self.OUTPUT_TABLE, context)
        with user_errors():
            if out_table:
                check_writable(out_table, (".xlsx", ".csv"))
            for src, name in ((earlier, n1), (later, n2)):
                if src.featureCount() == 0:
                    raise InputError(
                        tr("Layer '{layer}' has no features: there is nothing to compare.").format(
                            layer=name
                        )
                    )
            v2 = choose_view(require_views(later.fields().names(), profile, n2), key_view, n2)
            v1 = choose_view(require_views(earlier.fields().names(), profile, n1), v2.key, n1)
            k1 = self._key(earlier.fields(), wanted, n1)
            k2 = self._key(later.fields(), wanted, n2)
            rows1, ids1, _ = rl.read_source_rows(
                earlier,
                earlier.fields(),
                earlier.sourceCrs(),
                False,
                earlier.featureCount(),
                feedback.isCanceled,
                with_area=False,
            )
            feedback.setProgress(20)
            rows2, ids2, _ = rl.read_source_rows(
                later,
                later.fields(),
                later.sourceCrs(),
                False,
                later.featureCount(),
                feedback.isCanceled,
                with_area=False,
            )
            feedback.setProgress(40)
            check_years(rl.year_of(rows1), rl.year_of(rows2), n1, n2)
            cset = class_set(profile, v2.set_key)
            changes = compare_periods(
                [(i, r.get(k1), r.get(v1.field)) for i, r in zip(ids1, rows1)],
                [(i, r.get(k2), r.get(v2.field)) for i, r in zip(ids2, rows2)],
                cset,
                profile.get("maps.unranked"),
                n1,
                n2,
                k2,
            )
            change_set = class_set(profile, "maps.change_classes")
        feedback.setProgress(60)

        name_field = find_field(later.fields().names(), "unit_name")
        names = {
            str(r.get(k2)).strip(): str(r.get(name_field) or "") if name_field else ""
            for r in rows2
        }
        fields = QgsFields()
        types = {"string": FieldType.String, "int": FieldType.Int}
        for fname, kind in CHANGE_FIELDS:
            fields.append(QgsField(fname, types[kind]))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, later.wkbType(), later.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        geoms = {}
        for f in later.getFeatures():
            geoms[str(f[k2]).strip()] = f.geometry()

        def lab(v):
            e = cset.entry(v)
            return e.label if e is not None else ("" if v is None else str(v))

        counts = {}
        output = self.parameterDefinition(self.OUTPUT).description()
        for c in changes:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            out = QgsFeature(fields)
            if c.key in geoms:
                out.setGeometry(geoms[c.key])
            out.setAttributes(
                [
                    c.key,
                    names.get(c.key, ""),
                    None if c.before is None else str(c.before),
                    None if c.after is None else str(c.after),
                    lab(c.before) if c.before is not None else None,
                    lab(c.after) if c.after is not None else None,
                    c.change,
                    change_set.entry(c.change).label,
                    c.steps,
                    c.reason or None,
                ]
            )
            add_feature(sink, out, output, tr("unit {code}").format(code=c.key))
            counts[c.change] = counts.get(c.change, 0) + 1
        for e in change_set.entries:
            if counts.get(e.code):
                feedback.pushInfo(
                    tr("{label}: {n} unit(s)").format(label=e.label, n=counts[e.code])
                )
        for c in changes:
            if c.change == "not_compared":
                feedback.pushWarning(
                    tr("Unit {key}: not compared — {why}").format(key=c.key, why=c.reason)
                )
        results = {
            self.OUTPUT: dest_id,
            self.RAISED: counts.get(RAISED, 0),
            self.LOWERED: counts.get(LOWERED, 0),
        }
        if out_table:
            with user_errors():
                write_table(
                    out_table,
                    changes_frame(changes, cset, change_set, names, n1, n2),
                    tr("Period changes"),
                )
            results[self.OUTPUT_TABLE] = out_table
        prov = self.provenance(
            parameters,
            context,
            profile,
            {
                self.EARLIER: source_name(parameters.get(self.EARLIER), context),
                self.LATER: source_name(parameters.get(self.LATER), context),
            },
        )
        if context.willLoadLayerOnCompletion(dest_id):
            self.post_process(
                context,
                dest_id,
                StylePostProcessor(
                    lambda layer: apply_view_style(
                        layer, change_view(), profile, opacity=1.0, named=False
                    ),
                    prov,
                ),
            )
        feedback.setProgress(100)
        return results
