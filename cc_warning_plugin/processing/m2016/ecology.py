"""cc_warning:ecosystem_health — 生态系统健康度 (生态 element), and the
degraded-land overlay shared with the whole chain."""

from typing import Dict, Optional

from ...core.errors import InputError
from ...core.i18n import tr
from ...core.m2016 import ecology
from ...core.m2016.units import join_units
from ...specs.m2016 import ECOSYSTEM_HEALTH
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm, parse_values
from .spatial import check_raster_cover, degraded_areas, raster_counts, require_projected

DEGRADATION, DEGRADATION_RASTERS, RASTER_VALUES = (
    "DEGRADATION",
    "DEGRADATION_RASTERS",
    "RASTER_VALUES",
)


def has_degradation(alg, parameters, context) -> bool:
    """Whether degradation polygons or rasters are given."""
    return alg.parameterAsSource(parameters, DEGRADATION, context) is not None or bool(
        alg.parameterAsLayerList(parameters, DEGRADATION_RASTERS, context)
    )


def degradation_overlay(
    alg, parameters, context, feedback, source, feats, units, profile, span=(0.1, 0.8)
) -> Optional[Dict[str, Dict]]:
    """Degraded area per unit from the degradation polygons (overlaps
    dissolved) or rasters (a cell counts once), or None if neither is given.
    Checks the inputs before the heavy work."""
    polys = alg.parameterAsSource(parameters, DEGRADATION, context)
    rasters = alg.parameterAsLayerList(parameters, DEGRADATION_RASTERS, context) or []
    if polys is None and not rasters:
        return None
    if polys is not None and rasters:
        raise InputError(
            tr(
                "Give the degradation either as polygons or as rasters, not "
                "both (the same land would be counted from two sources)."
            )
        )
    geoms = alg.unit_geometries(source, feats, units, tr("the degraded land overlay"))
    require_projected(source.sourceCrs(), units.layer, tr("the degraded land area"))
    if polys is not None:
        name = alg.name_of(parameters, DEGRADATION, polys)
        out, warnings = degraded_areas(
            polys,
            name,
            geoms,
            profile.get("elements.ecology.counted_severities"),
            context,
            feedback,
            span,
        )
        for w in warnings:
            feedback.pushWarning(w)
        return out
    text = alg.parameterAsString(parameters, RASTER_VALUES, context)
    values = (
        parse_values(text, RASTER_VALUES)
        if text
        else profile.get("elements.ecology.raster_counted_values")
    )
    require_projected(rasters[0].crs(), rasters[0].name(), tr("the degraded land area"))
    counts = raster_counts(rasters, geoms, values, context, feedback, span)
    names = ", ".join(r.name() for r in rasters)
    check_raster_cover(
        counts,
        names,
        tr("Their degraded area counts only the cells with data and may be too low."),
        feedback,
    )
    out = {}
    for code in units.codes:
        valid = counts.valid[code]
        out[code] = {
            "degraded_area": counts.match[code] * counts.cell_area / 1e6 if valid else None,
            "by_type": {},
            "land_area": geoms.area_km2(code),
            "source": "raster",
        }
        if not valid:
            out[code]["missing"] = [tr("{layers} data").format(layers=names)]
    return out


class EcosystemHealthAlgorithm(M2016Algorithm):
    SPEC = ECOSYSTEM_HEALTH

    def evaluate(self, parameters, context, feedback, read):
        profile = read.profile
        with user_errors():
            units = join_units(read.units, read.tables, ecology.input_fields(profile))
            values = ecology.read_ecology(units, profile)
            self.warn_unmatched(units, feedback)
            overlay = degradation_overlay(
                self, parameters, context, feedback, read.source, read.feats, units, profile
            )
            if overlay is None:
                units.require(["eval_land_area"])
                types = profile.get("elements.ecology.degradation_types")
                if not any(units.has(t) for t in types):
                    units.require(
                        types[:1],
                        tr("or the other per-type areas, or degradation polygons or rasters"),
                    )
            results = ecology.evaluate_ecology(
                units, values, profile, overlay, self.partial(parameters, context)
            )
        feedback.setProgress(90)
        return Evaluation(results, ecology.output_fields(), units.codes)
