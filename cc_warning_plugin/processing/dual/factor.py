"""cc_warning:dual_factor_grading — environment and hazard factors of the 双评价
(土壤环境, 大气/水环境容量, 气象灾害, 地质灾害, 风暴潮, 区位优势度 …) as
configurable reclassifications of the user's layers: class codes mapped to
levels, or a continuous value graded by breaks, all from
``[dual.factors.<name>]`` of the method profile."""

import numpy as np
from qgis.core import QgsProcessingException

from ...core.dual import grading
from ...core.errors import InputError
from ...core.i18n import label, tr
from ...specs.base import N_
from ...specs.dual import FACTOR_GRADING
from ...raster import CATEGORICAL, CONTINUOUS, open_input
from ..framework.active import active_profile
from .base import Grading, GradingAlgorithm


class FactorGradingAlgorithm(GradingAlgorithm):
    SPEC = FACTOR_GRADING
    #: messages: no input, polygons without a reference raster, what the grid is for
    TEXTS = (
        N_("Give either a factor raster, or polygons and the field holding the code or value."),
        N_(
            "The factor comes from polygons: give a reference raster (e.g. the DEM) for the "
            "analysis grid."
        ),
        N_("the evaluation"),
    )

    def grading(self, parameters, context, profile, progress) -> Grading:
        # the choice lists the factors of the active profile (what the dialog showed)
        name = self.parameterAsString(
            parameters, self.FACTOR_NAME, context
        ).strip() or self.enum_value(parameters, self.FACTOR, context, active_profile())
        try:
            f = profile.get(f"dual.factors.{name}")
        except KeyError:
            raise QgsProcessingException(
                tr(
                    "The method profile has no factor '{name}' under [dual.factors] (it has: "
                    "{names})."
                ).format(name=name, names=", ".join(profile.get("dual.factors")))
            ) from None
        codes = f["kind"] == "codes"
        table = grading.code_table(f["codes"]) if codes else None

        def open_raster(path, in_name, grid, log):
            return open_input(path, grid, CATEGORICAL if codes else CONTINUOUS, in_name, log=log)

        def open_units(units, field, grid, outs, log):
            values = self.unit_values(units, field, progress)
            if codes:
                bad = sorted(
                    {
                        v
                        for v in values.values()
                        if v is not None and (v != int(v) or int(v) not in table)
                    }
                )
                if bad:
                    raise InputError(
                        tr(
                            "Layer {layer}: field {field} holds codes the profile does not "
                            "know for {factor}: {codes}. Known codes: {known}."
                        ).format(
                            layer=units.sourceName(),
                            field=field,
                            factor=label(f, "name"),
                            codes=", ".join(f"{b:g}" for b in bad),
                            known=", ".join(map(str, table)),
                        )
                    )
            inp = self.values_raster(
                units, values, grid, outs, "factor", context, progress, units.sourceName()
            )
            log(
                tr("{layer}: field {field} burnt onto the grid (cell centre).").format(
                    layer=units.sourceName(), field=field
                )
            )
            return inp

        def check(inp, grid, from_raster):
            if codes and from_raster:
                inp.require_codes(
                    grid,
                    list(table),
                    label(f, "name"),
                    block_size=self.block_size(parameters, context),
                    cancelled=progress.cancelled,
                )

        def code_levels(v, ok):
            level = np.zeros(v.shape, dtype=np.uint8)
            vv = np.where(ok, v, 0).astype(np.int64)
            for code, lev in table.items():
                level[ok & (vv == code)] = lev
            return level

        levels = code_levels if codes else None
        return Grading(f, open_raster, open_units, levels, check, provenance={"factor": name})
