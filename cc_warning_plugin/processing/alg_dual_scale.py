"""cc_warning:dual_carrying_scale — 承载规模 per evaluation unit by the
short-board rule: the smaller of the land-constrained scale (area of the
suitable cells) and the water-constrained scale (available water over the
irrigation quota, or over the water use per person times the construction
land per person)."""

from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields,
                       QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer,
                       QgsWkbTypes)

from ..compat import FieldType
from ..core.dual import scale
from ..core.dual.zonal import M2_PER_MU
from ..core.i18n import tr
from ..core.provenance import to_json
from ..raster import Progress
from .alg_dual_base import DualAlgorithm, source_name
from .alg_dual_zonal import UNIT_CODE_DEFAULT, class_set_of_raster, unit_rows, write_table
from .alg_dual_zonal import ZonalSummaryAlgorithm
from .base import user_errors


class CarryingScaleAlgorithm(DualAlgorithm):
    ALG_ID = "dual_carrying_scale"
    UNITS = "UNITS"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    AGRI = "AGRI_SUITABILITY"
    URBAN = "URBAN_SUITABILITY"
    AGRI_WATER_FIELD = "AGRI_WATER_FIELD"
    AGRI_WATER_SHARE = "AGRI_WATER_SHARE"
    IRRIGATION_QUOTA = "IRRIGATION_QUOTA"
    URBAN_WATER_FIELD = "URBAN_WATER_FIELD"
    URBAN_WATER_SHARE = "URBAN_WATER_SHARE"
    WATER_PER_PERSON = "WATER_PER_PERSON"
    LAND_PER_PERSON = "LAND_PER_PERSON"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    PROVENANCE = "PROVENANCE"

    FIELDS = [("unit_code", "string"), ("unit_name", "string"),
              ("agri_land_km2", "double"), ("agri_water_km2", "double"),
              ("agri_scale_km2", "double"), ("agri_scale_mu", "double"),
              ("agri_binding", "string"),
              ("urban_land_km2", "double"), ("urban_water_km2", "double"),
              ("urban_scale_km2", "double"), ("urban_binding", "string")]

    def display_name(self):
        return tr("Carrying scale (承载规模)")

    def help_text(self):
        return tr(
            "<p>承载规模 per unit (2020 guide §5.2.4): for agriculture and for urban "
            "construction, the largest reasonable scale is the smaller of the constraints "
            "(short-board rule):</p><ul><li>land: the area of the unit's cells classed as "
            "the profile's land classes (default 适宜区 and 一般适宜区) in the suitability "
            "raster;</li><li>agricultural water: available agricultural water (10⁴ m³/a, a "
            "field × share) / 综合灌溉定额 (m³/亩), in 亩 → km²;</li><li>urban water: available "
            "urban water (10⁴ m³/a) / water use per person (m³/person/a) × construction "
            "land per person (m²/person).</li></ul><p>A constraint whose inputs are missing "
            "is left empty and the scale is the land constraint alone. The binding field "
            "says which constraint decides (land / water).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        p = QgsProcessingParameterFeatureSource(self.UNITS, tr("Evaluation units"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(tr("Counties (or townships) with the water fields."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.CODE_FIELD, tr("Unit code field"),
                                        defaultValue=UNIT_CODE_DEFAULT,
                                        parentLayerParameterName=self.UNITS, optional=True)
        p.setHelp(tr("Field identifying each unit."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.NAME_FIELD, tr("Unit name field (optional)"),
                                        parentLayerParameterName=self.UNITS, optional=True)
        p.setHelp(tr("Field with the unit's name."))
        self.addParameter(p)
        for name, text in ((self.AGRI, tr("Agricultural suitability raster (optional)")),
                           (self.URBAN, tr("Urban suitability raster (optional)"))):
            p = QgsProcessingParameterRasterLayer(name, text, optional=True)
            p.setHelp(tr("A suitability class raster written by the plugin."))
            self.addParameter(p)
        specs = [
            (self.AGRI_WATER_FIELD, tr("Available agricultural water field (10⁴ m³/a)"), None),
            (self.URBAN_WATER_FIELD, tr("Available urban water field (10⁴ m³/a)"), None)]
        for name, text, _ in specs:
            p = QgsProcessingParameterField(name, text, parentLayerParameterName=self.UNITS,
                                            optional=True)
            p.setHelp(tr("Water available to this use per unit, e.g. its share of the "
                         "用水总量控制指标."))
            self.addParameter(p)
        numbers = [
            (self.AGRI_WATER_SHARE, tr("Share of the agricultural water field that is "
                                       "available (0–1)"), 1.0, 0.0, 1.0),
            (self.URBAN_WATER_SHARE, tr("Share of the urban water field that is available "
                                        "(0–1)"), 1.0, 0.0, 1.0),
            (self.IRRIGATION_QUOTA, tr("综合灌溉定额 (m³/亩; 0 = no water constraint)"), 0.0,
             0.0, None),
            (self.WATER_PER_PERSON, tr("Urban water use per person (m³/person/a; 0 = no "
                                       "water constraint)"), 0.0, 0.0, None),
            (self.LAND_PER_PERSON, tr("Construction land per person (m²/person)"), 0.0, 0.0,
             None)]
        for name, text, default, lo, hi in numbers:
            p = QgsProcessingParameterNumber(name, text,
                                             type=QgsProcessingParameterNumber.Type.Double,
                                             defaultValue=default, minValue=lo,
                                             **({"maxValue": hi} if hi is not None else {}))
            p.setHelp(tr("A number applied to every unit."))
            self.addParameter(p)
        self.add_profile_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Carrying scale"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        p = QgsProcessingParameterFileDestination(
            self.TABLE, tr("Carrying scale table (xlsx or csv)"),
            fileFilter="Excel (*.xlsx);;CSV (*.csv)", optional=True, createByDefault=False)
        p.setHelp(tr("The same rows as a spreadsheet."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, tr("Provenance (JSON)")))

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        progress = Progress(feedback)
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.UNITS))
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        unit_list = unit_rows(units, code_field, name_field)
        land = {"agri": {}, "urban": {}}
        zonal = ZonalSummaryAlgorithm()
        with user_errors():
            for use, param, span in (("agri", self.AGRI, (0.0, 0.45)),
                                     ("urban", self.URBAN, (0.45, 0.9))):
                path, name = self.raster_path(parameters, param, context, optional=True)
                if not path:
                    continue
                cset = class_set_of_raster(path, profile, name)
                wanted = profile.get(f"dual.scale.land_classes_{use}")
                values = [cset.value_of(c) for c in wanted if c in cset.codes]
                rows, grid, counts = zonal.areas(path, name, units, code_field, name_field,
                                                 cset, context, progress.sub(*span))
                for i, u in enumerate(unit_list, start=1):
                    cells = sum(counts.get((i, v), 0) for v in values)
                    land[use][i] = cells * grid.cell_area_m2 / 1e6
            if not land["agri"] and not land["urban"]:
                raise QgsProcessingException(tr("Give at least one suitability raster."))
            water = {"agri": self.unit_values_opt(parameters, self.AGRI_WATER_FIELD, units,
                                                  progress, context),
                     "urban": self.unit_values_opt(parameters, self.URBAN_WATER_FIELD, units,
                                                   progress, context)}
        share_a = self.parameterAsDouble(parameters, self.AGRI_WATER_SHARE, context)
        share_u = self.parameterAsDouble(parameters, self.URBAN_WATER_SHARE, context)
        quota = self.parameterAsDouble(parameters, self.IRRIGATION_QUOTA, context) or None
        per_person = self.parameterAsDouble(parameters, self.WATER_PER_PERSON, context) or None
        land_pp = self.parameterAsDouble(parameters, self.LAND_PER_PERSON, context) or None
        fields = QgsFields()
        kinds = {"string": FieldType.String, "double": FieldType.Double}
        for fname, kind in self.FIELDS:
            fields.append(QgsField(fname, kinds[kind]))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          units.wkbType(), units.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = []
        for i, (u, feat) in enumerate(zip(unit_list, units.getFeatures(QgsFeatureRequest())),
                                      start=1):
            wa = water["agri"].get(i)
            wu = water["urban"].get(i)
            agri_w = scale.water_scale_agri(wa * share_a if wa is not None else None, quota)
            urban_w = scale.water_scale_urban(wu * share_u if wu is not None else None,
                                              per_person, land_pp)
            a = scale.short_board(land["agri"].get(i), agri_w) if land["agri"] else \
                {"scale_km2": None, "binding": ""}
            b = scale.short_board(land["urban"].get(i), urban_w) if land["urban"] else \
                {"scale_km2": None, "binding": ""}
            row = {"unit_code": u["code"], "unit_name": u["name"],
                   "agri_land_km2": land["agri"].get(i), "agri_water_km2": agri_w,
                   "agri_scale_km2": a["scale_km2"],
                   "agri_scale_mu": a["scale_km2"] * 1e6 / M2_PER_MU
                   if a["scale_km2"] is not None else None,
                   "agri_binding": a["binding"],
                   "urban_land_km2": land["urban"].get(i), "urban_water_km2": urban_w,
                   "urban_scale_km2": b["scale_km2"], "urban_binding": b["binding"]}
            rows.append(row)
            out = QgsFeature(fields)
            if units.wkbType() != QgsWkbTypes.Type.NoGeometry:
                out.setGeometry(feat.geometry())
            out.setAttributes([row[f] for f, _ in self.FIELDS])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            progress.info(tr("{unit}: agriculture {a} km² ({ab}), urban {b} km² ({bb})")
                          .format(unit=f"{u['code']} {u['name']}".strip(),
                                  a=_fmt(a["scale_km2"]), ab=a["binding"] or "—",
                                  b=_fmt(b["scale_km2"]), bb=b["binding"] or "—"))
        table = self.parameterAsFileOutput(parameters, self.TABLE, context)
        if table:
            write_table(rows, table, [(f, f) for f, _ in self.FIELDS])
        sources = {k: source_name(parameters.get(k), context)
                   for k in (self.UNITS, self.AGRI, self.URBAN) if parameters.get(k)}
        prov = self.provenance(parameters, context, profile, sources)
        progress.set(1.0)
        return {self.OUTPUT: dest, self.TABLE: table or None, self.PROVENANCE: to_json(prov)}

    def unit_values_opt(self, parameters, name, units, progress, context):
        field = self.parameterAsString(parameters, name, context)
        if not field:
            return {}
        return self.unit_values(units, field, progress)


def _fmt(v):
    return "—" if v is None else f"{v:.2f}"
