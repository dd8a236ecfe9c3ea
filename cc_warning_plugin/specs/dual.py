"""Specs of the 双评价 grid algorithms (《资源环境承载能力和国土空间开发适宜性
评价指南（试行）》 and its drafts): single factors, suitability, areas and
carrying scale."""

from ..core.i18n import tr
from .base import N_, AlgorithmSpec, Param, Rule
from .shared import DEM, GRID, PROFILE, PROVENANCE, SILT
from .texts import dual_level_names, grading_rule, modifier_rules, num

LEVEL_RASTER_HELP = N_("Level raster (Byte, 1 = 高 … 5 = 低, 0 = nodata), tiled and "
                       "compressed, with the class labels, colours and provenance in its "
                       "metadata.")
SLOPE_OUTPUT = Param("SLOPE_OUTPUT", "raster_out", N_("Slope (degrees)"),
                     N_("Optional: the slope in degrees (Float32) the grading used."),
                     optional=True, create_by_default=False)


def _land_rules(dotted, inputs):
    def rules(profile):
        names = dual_level_names(profile, "levels")
        out = [grading_rule(profile, dotted, tr("slope"), "°", names)]
        out += modifier_rules(profile, dotted, inputs)
        return out
    return rules


def _urban_land_rules(profile):
    out = _land_rules("dual.land.urban_slope", {"elevation": (N_("elevation"), "m"),
                                                "relief": (N_("relief 地形起伏度"), "m")})(profile)
    windows = profile.get("dual.land.urban_slope.relief_windows")
    parts = [tr("{n} cells below {size} m").format(n=w["cells"], size=num(w["max_cell_size"]))
             for w in windows[:-1]]
    parts.append(tr("{n} cells otherwise").format(n=windows[-1]["cells"]))
    out.append(Rule(tr("The relief is the elevation range in a moving window of {windows}.")
                    .format(windows=", ".join(parts)),
                    profile.get("dual.land.urban_slope").get("tag", "")))
    return out


LAND_AGRI = AlgorithmSpec(
    id="dual_land_agri", group="dual_evaluation",
    name=N_("Agricultural land condition (农业耕作条件)"),
    summary=N_("土地资源 factor of the 双评价 for agriculture: the slope, computed in degrees "
               "from the DEM by Horn's method on the projected analysis grid, graded by the "
               "method profile, then lowered by the 粉砂含量 (silt) when a silt layer is "
               "given."),
    params=(DEM, SILT) + GRID + (
        PROFILE,
        Param("OUTPUT", "raster_out", N_("Agricultural land condition (农业耕作条件)"),
              LEVEL_RASTER_HELP, style="dual.classes.levels"),
        SLOPE_OUTPUT),
    outputs=(PROVENANCE,),
    rules=_land_rules("dual.land.agri_slope", {"silt": (N_("silt content"), "%")}),
    notes=(N_("A geographic DEM is reprojected to the analysis CRS (choose a projected one); "
              "degrees are never used as metres. Processing is block-wise: memory stays "
              "bounded whatever the raster size. The analysis grid is the DEM's unless you "
              "choose another."),),
    doc="dual_evaluation.md")

LAND_URBAN = AlgorithmSpec(
    id="dual_land_urban", group="dual_evaluation",
    name=N_("Urban land condition (城镇建设条件)"),
    summary=N_("土地资源 factor of the 双评价 for urban construction: the slope in degrees "
               "from the DEM graded by the method profile, then lowered by the elevation and "
               "by the relief (地形起伏度) in a moving window whose size follows the cell "
               "size."),
    params=(DEM,) + GRID + (
        PROFILE,
        Param("OUTPUT", "raster_out", N_("Urban land condition (城镇建设条件)"),
              LEVEL_RASTER_HELP, style="dual.classes.levels"),
        SLOPE_OUTPUT),
    outputs=(PROVENANCE,),
    rules=_urban_land_rules,
    notes=(N_("A geographic DEM is reprojected to the projected analysis CRS; the relief "
              "window is read across block edges (halo), so the result does not depend on "
              "the block size. The analysis grid is the DEM's unless you choose another."),),
    doc="dual_evaluation.md")
