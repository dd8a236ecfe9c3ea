"""cc_warning:dual_carrying_scale — 承载规模 per evaluation unit by the
short-board rule: the smaller of the land-constrained scale (area of the
suitable cells) and the water-constrained scale (available water over the
irrigation quota, or over the water use per person times the construction
land per person)."""

from qgis.core import QgsProcessingException

from ...core.dual import scale
from ...core.dual.zonal import M2_PER_MU
from ...core.i18n import tr
from ...raster import Progress
from ...specs.dual import CARRYING_SCALE
from ..framework.common import run_results, source_name, user_errors
from .base import DualAlgorithm
from .zonal import (
    class_set_of_raster,
    read_units,
    unit_class_areas,
    units_without_cells,
    write_rows_table,
    write_units,
)

#: the fields of the result, in order
FIELDS = [
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("agri_land_km2", "double"),
    ("agri_water_km2", "double"),
    ("agri_scale_km2", "double"),
    ("agri_scale_mu", "double"),
    ("agri_binding", "string"),
    ("urban_land_km2", "double"),
    ("urban_water_km2", "double"),
    ("urban_scale_km2", "double"),
    ("urban_binding", "string"),
]


class CarryingScaleAlgorithm(DualAlgorithm):
    SPEC = CARRYING_SCALE
    AGRI = "AGRI_SUITABILITY"
    URBAN = "URBAN_SUITABILITY"
    FIELDS = FIELDS

    #: per use: its water field and the numbers its water constraint needs
    WATER = {
        "agri": ("AGRI_WATER_FIELD", ("IRRIGATION_QUOTA",)),
        "urban": ("URBAN_WATER_FIELD", ("WATER_PER_PERSON", "LAND_PER_PERSON")),
    }

    def check_inputs(self, parameters, context):
        """No suitability raster, or a water field the units do not have, is
        refused before any work."""
        if not any(parameters.get(p) not in (None, "") for p in (self.AGRI, self.URBAN)):
            raise QgsProcessingException(tr("Give at least one suitability raster."))
        self.check_unit_fields(parameters, context, [field for field, _ in self.WATER.values()])

    def water_inputs(self, parameters, context, feedback):
        """{use: (field, numbers)}; a water constraint given in part (the
        field without its numbers, or the other way round) is said in the log,
        naming what is missing: the scale of that use is then the land
        constraint alone."""
        out = {}
        for use, (field_param, number_params) in self.WATER.items():
            field = self.parameterAsString(parameters, field_param, context)
            numbers = [
                self.parameterAsDouble(parameters, n, context) or None for n in number_params
            ]
            missing = [
                self.parameterDefinition(n).description()
                for n, v in zip(number_params, numbers)
                if v is None
            ]
            if field and missing:
                feedback.pushWarning(
                    tr(
                        "{field} is given but not {missing}: the water constraint is not applied."
                    ).format(
                        field=self.parameterDefinition(field_param).description(),
                        missing="; ".join(missing),
                    )
                )
            elif not field and len(missing) < len(numbers):
                feedback.pushWarning(
                    tr(
                        "{numbers} given without {field}: the water constraint is not applied. "
                        "Choose the field of the units that holds the available water."
                    ).format(
                        numbers="; ".join(
                            self.parameterDefinition(n).description()
                            for n, v in zip(number_params, numbers)
                            if v
                        ),
                        field=self.parameterDefinition(field_param).description(),
                    )
                )
            out[use] = (field, numbers)
        return out

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        progress = Progress(feedback)
        units, unit_list = read_units(self, parameters, context)
        inputs = self.water_inputs(parameters, context, feedback)
        land = {"agri": {}, "urban": {}}
        with user_errors():
            for use, param, span in (
                ("agri", self.AGRI, (0.0, 0.45)),
                ("urban", self.URBAN, (0.45, 0.9)),
            ):
                path, name = self.raster_path(parameters, param, context, optional=True)
                if not path:
                    continue
                cset = class_set_of_raster(path, profile, name)
                wanted = profile.get(f"dual.scale.land_classes_{use}")
                values = [cset.value_of(c) for c in wanted if c in cset.codes]
                grid, counts = unit_class_areas(
                    self, path, name, units, cset, context, progress.sub(*span)
                )
                empty = units_without_cells(
                    counts,
                    unit_list,
                    name,
                    tr("Their land constraint and carrying scale are left empty."),
                    progress,
                )
                for i in range(1, len(unit_list) + 1):
                    cells = sum(counts.get((i, v), 0) for v in values)
                    land[use][i] = None if i in empty else cells * grid.cell_area_m2 / 1e6
            water = {
                use: self.unit_values(units, field, progress) if field else {}
                for use, (field, _) in inputs.items()
            }
        share_a = self.parameterAsDouble(parameters, "AGRI_WATER_SHARE", context)
        share_u = self.parameterAsDouble(parameters, "URBAN_WATER_SHARE", context)
        (quota,), (per_person, land_pp) = inputs["agri"][1], inputs["urban"][1]
        rows = []
        for i, u in enumerate(unit_list, start=1):
            wa = water["agri"].get(i)
            wu = water["urban"].get(i)
            agri_w = scale.water_scale_agri(wa * share_a if wa is not None else None, quota)
            urban_w = scale.water_scale_urban(
                wu * share_u if wu is not None else None, per_person, land_pp
            )
            # no land constraint (no raster, or no cell of it in the unit): no scale
            a = (
                scale.short_board(land["agri"][i], agri_w)
                if land["agri"].get(i) is not None
                else {"scale_km2": None, "binding": ""}
            )
            b = (
                scale.short_board(land["urban"][i], urban_w)
                if land["urban"].get(i) is not None
                else {"scale_km2": None, "binding": ""}
            )
            rows.append(
                {
                    "unit_code": u["code"],
                    "unit_name": u["name"],
                    "agri_land_km2": land["agri"].get(i),
                    "agri_water_km2": agri_w,
                    "agri_scale_km2": a["scale_km2"],
                    "agri_scale_mu": a["scale_km2"] * 1e6 / M2_PER_MU
                    if a["scale_km2"] is not None
                    else None,
                    "agri_binding": a["binding"],
                    "urban_land_km2": land["urban"].get(i),
                    "urban_water_km2": urban_w,
                    "urban_scale_km2": b["scale_km2"],
                    "urban_binding": b["binding"],
                }
            )
            progress.info(
                tr("{unit}: agriculture {a} km² ({ab}), urban {b} km² ({bb})").format(
                    unit=f"{u['code']} {u['name']}".strip(),
                    a=_fmt(a["scale_km2"]),
                    ab=a["binding"] or "—",
                    b=_fmt(b["scale_km2"]),
                    bb=b["binding"] or "—",
                )
            )
        dest = write_units(self, parameters, context, units, FIELDS, rows)
        table = self.parameterAsFileOutput(parameters, self.TABLE, context)
        if table:
            with user_errors():
                write_rows_table(table, rows, [(f, f) for f, _ in FIELDS], tr("Carrying scale"))
        sources = {
            k: source_name(parameters.get(k), context)
            for k in (self.UNITS, self.AGRI, self.URBAN)
            if parameters.get(k)
        }
        prov = self.provenance(parameters, context, profile, sources)
        progress.set(1.0)
        return run_results(prov, {self.OUTPUT: dest}, {self.TABLE: table})


def _fmt(v):
    return "—" if v is None else f"{v:.2f}"
