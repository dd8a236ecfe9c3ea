"""Construction-suitability screen (建设开发适宜性) for L₀ of the 2016 method's
土地资源压力指数, on blocks of the analysis grid.

Every factor of ``[construction_screen.factors]`` scores each cell from 0
(construction excluded) to ``max_score`` (no limitation):

* ``mask`` — an exclusion layer (生态保护红线, 重要湿地, 天然牧草地, 严重地面
  沉降区 …, rasterised): a cell inside (its value in ``codes``, or any
  non-zero value when ``codes`` is empty) scores ``score`` (0); outside it
  does not limit;
* ``codes`` — a class raster (地震基本烈度, 地质灾害易发性 …): the score of
  the cell's code;
* ``breaks`` — a continuous raster (耕地质量等别, 用水总量控制指标模数 …) cut
  by ascending ``breaks`` (``closed`` says which side holds a break) into
  ``scores``;
* ``slope`` — the slope of the DEM in degrees (Horn's method, read across
  block edges) cut the same way.

A cell where a factor has no data (or a code missing from its table) is
not limited by it when the factor says ``missing = "ignore"`` (the usual
case for exclusion layers: outside the polygons), and is nodata when it
says ``"nodata"``. The factor scores are combined by ``combine``:
``"minimum"`` (the limiting factor decides, 短板) or ``"product"`` (max_score
× Π score/max_score). The combined score is cut by ``class_breaks`` into
the classes of the 双评价 class set ``class_set`` (default
dual.classes.suitability_3: 1 适宜, 2 一般适宜, 3 不适宜), so the raster feeds
``land_pressure`` (``elements.land.overlay.suitable_values``) directly.

Outputs per cell: ``class`` (Byte, 0 = nodata), ``score`` (Float32,
−9999 = nodata) and ``cause`` (Byte: the 1-based number of the factor
with the lowest score, first in profile order on a tie; 0 = nothing
limits; 255 = nodata) — the raw index and the cause beside the class.
"""

from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Sequence, Tuple

import numpy as np

from ..dual import grading, terrain
from ..errors import InputError
from ..i18n import language, tr
from ..profile import Profile

CLASS_NODATA = 0
SCORE_NODATA = -9999.0
CAUSE_NODATA = 255
#: halo the screen needs (slope)
HALO = terrain.SLOPE_HALO
_LEVEL_NODATA = 255


@dataclass(frozen=True)
class Factor:
    key: str
    name_zh: str
    name_en: str
    kind: str  # mask | codes | breaks | slope
    input: str  # raster input name (the DEM for "slope")
    missing: str  # ignore | nodata
    required: bool
    codes: Tuple[Tuple[int, int], ...] = ()  # (code, score) for kind "codes"
    mask_codes: Tuple[int, ...] = ()  # codes inside an exclusion mask
    mask_score: int = 0
    breaks: Tuple[float, ...] = ()
    closed: str = "right"
    scores: Tuple[int, ...] = ()
    unit: str = ""

    @property
    def name(self) -> str:
        return self.name_zh if language() == "zh" else self.name_en

    @classmethod
    def of(cls, entry: Mapping) -> "Factor":
        kind = entry["kind"]
        kw = dict(
            key=entry["key"],
            name_zh=entry["name_zh"],
            name_en=entry["name_en"],
            kind=kind,
            input=entry["input"],
            missing=entry["missing"],
            required=bool(entry.get("required", False)),
            unit=entry.get("unit", ""),
        )
        if kind == "mask":
            kw.update(
                mask_codes=tuple(int(c) for c in entry.get("codes", [])),
                mask_score=int(entry.get("score", 0)),
            )
        elif kind == "codes":
            kw.update(codes=tuple((int(c["code"]), int(c["score"])) for c in entry["codes"]))
        else:
            kw.update(
                breaks=tuple(entry["breaks"]),
                closed=entry["closed"],
                scores=tuple(int(s) for s in entry["scores"]),
            )
        return cls(**kw)


@dataclass(frozen=True)
class Screen:
    """The rules of ``[construction_screen]`` and the factors in use."""

    factors: Tuple[Factor, ...]
    combine: str
    max_score: int
    class_breaks: Tuple[float, ...]
    class_closed: str
    class_values: Tuple[int, ...]
    precision: int

    @property
    def inputs(self) -> List[str]:
        """Raster inputs the screen reads (each once)."""
        return list(dict.fromkeys(f.input for f in self.factors))


def all_factors(profile: Profile) -> List[Factor]:
    return [Factor.of(e) for e in profile.get("construction_screen.factors")]


def class_values(profile: Profile) -> Tuple[int, ...]:
    """Raster values of the classes, lowest score first."""
    s = profile.get("construction_screen")
    cset = profile.get(f"dual.classes.{s['class_set']}")
    return tuple(cset["values"][cset["codes"].index(code)] for code in s["classes"])


def make_screen(profile: Profile, given: Iterable[str], feedback=None) -> Screen:
    """The screen over the factors whose input is ``given`` (raster input
    names). A required factor without its input raises InputError before
    any work; the factors left out are reported through ``feedback``."""
    given = set(given)
    s = profile.get("construction_screen")
    used, skipped = [], []
    for f in all_factors(profile):
        if f.input in given:
            used.append(f)
        elif f.required:
            raise InputError(
                tr(
                    "Construction-suitability screen: the factor {name} needs the raster "
                    "'{input}'. Give it, or set required = false for this factor in "
                    "[construction_screen.factors] of the method profile."
                ).format(name=f.name, input=f.input)
            )
        else:
            skipped.append(f.name)
    if not used:
        raise InputError(
            tr(
                "Construction-suitability screen: no factor raster given. Give "
                "at least the DEM (slope) or one of the factor layers."
            )
        )
    if skipped and feedback is not None:
        feedback.pushInfo(
            tr("Factors left out (no layer given): {names}").format(names=", ".join(skipped))
        )
    return Screen(
        tuple(used),
        s["combine"],
        s["max_score"],
        tuple(s["class_breaks"]),
        s["class_closed"],
        class_values(profile),
        profile.precision,
    )


def unknown_codes(factor: Factor, codes_present: Iterable[int]) -> List[int]:
    """Codes of a class raster that its ``codes`` table does not list (for
    a check before the run)."""
    if factor.kind != "codes":
        return []
    known = {c for c, _ in factor.codes}
    return sorted(int(c) for c in codes_present if int(c) not in known)


# -- scoring -------------------------------------------------------------------------


def factor_scores(
    factor: Factor,
    values: np.ndarray,
    valid: np.ndarray,
    precision: int,
    cell_size: Tuple[float, float] = (1.0, 1.0),
    halo: int = 0,
) -> Tuple[np.ndarray, np.ndarray]:
    """Scores of one factor on a block: (scores int16 with −1 where the
    factor does not limit, no-data mask). ``values``/``valid`` include
    ``halo``; the results are core-sized."""
    h = halo
    core = (slice(h, values.shape[0] - h or None), slice(h, values.shape[1] - h or None))
    if factor.kind == "slope":
        dem = np.where(valid, values, np.nan).astype(np.float64)
        tan2 = terrain.gradient_squared(dem, cell_size[0], cell_size[1], halo)
        lev = grading.grade(
            tan2,
            factor.breaks,
            factor.scores,
            factor.closed,
            precision,
            nodata=_LEVEL_NODATA,
            scale=grading.slope_tan2,
        )
        missing = np.isnan(tan2)
    else:
        v = values[core]
        ok = valid[core]
        if factor.kind == "breaks":
            vf = np.where(ok, v, np.nan).astype(np.float64)
            lev = grading.grade(
                vf, factor.breaks, factor.scores, factor.closed, precision, nodata=_LEVEL_NODATA
            )
            missing = ~ok
        elif factor.kind == "codes":
            lev = np.full(v.shape, _LEVEL_NODATA, dtype=np.uint8)
            c = np.where(ok, v, 0).astype(np.int64)
            for code, score in factor.codes:
                lev[ok & (c == code)] = score
            missing = lev == _LEVEL_NODATA
        elif factor.kind == "mask":
            c = np.where(ok, v, 0)
            inside = ok & (np.isin(c, factor.mask_codes) if factor.mask_codes else (c != 0))
            out = np.full(v.shape, -1, dtype=np.int16)
            out[inside] = factor.mask_score
            return out, np.zeros(v.shape, dtype=bool)
        else:
            raise ValueError(factor.kind)
    out = lev.astype(np.int16)
    out[missing] = -1
    if factor.missing == "nodata":
        return out, missing
    return out, np.zeros(missing.shape, dtype=bool)


def combine(scores: Sequence[np.ndarray], screen: Screen) -> Tuple[np.ndarray, np.ndarray]:
    """Combined score (float64) and cause (uint8, 1-based factor number; 0
    = no factor limits) of factor scores (−1 = does not limit)."""
    stack = np.stack([np.where(s < 0, screen.max_score, s) for s in scores]).astype(np.float64)
    limits = np.stack([s >= 0 for s in scores])
    if screen.combine == "minimum":
        score = stack.min(axis=0)
    elif screen.combine == "product":
        score = screen.max_score * np.prod(stack / screen.max_score, axis=0)
    else:
        raise ValueError(screen.combine)
    # the cause: the first factor with the lowest score that limits the cell
    masked = np.where(limits, stack, np.inf)
    first = np.argmin(masked, axis=0)
    cause = (first + 1).astype(np.uint8)
    lowest = np.take_along_axis(masked, first[None], axis=0)[0]
    cause[~np.isfinite(lowest) | (lowest >= screen.max_score)] = 0
    return score, cause


def screen_arrays(
    screen: Screen,
    values: Mapping[str, np.ndarray],
    valid: Mapping[str, np.ndarray],
    cell_size: Tuple[float, float],
    halo: int,
) -> Dict[str, np.ndarray]:
    """``class``, ``score`` and ``cause`` of a block (inputs with ``halo``)."""
    scores, nodata = [], None
    for f in screen.factors:
        s, nd = factor_scores(f, values[f.input], valid[f.input], screen.precision, cell_size, halo)
        scores.append(s)
        nodata = nd if nodata is None else (nodata | nd)
    score, cause = combine(scores, screen)
    cls = grading.grade(
        score,
        screen.class_breaks,
        screen.class_values,
        screen.class_closed,
        screen.precision,
        nodata=CLASS_NODATA,
    )
    cls[nodata] = CLASS_NODATA
    score = score.astype(np.float32)
    score[nodata] = SCORE_NODATA
    cause[nodata] = CAUSE_NODATA
    return {"class": cls, "score": score, "cause": cause}


def block_function(screen: Screen, cell_size: Tuple[float, float]):
    """A block function for ``raster.engine.run_blocks`` (halo
    :data:`HALO`) with the outputs ``class``, ``score`` and ``cause``."""

    def func(block):
        return screen_arrays(screen, block.values, block.valid, cell_size, block.halo)

    return func


def cause_names(screen: Screen) -> Dict[int, str]:
    """Cause code → factor name (for the legend and the report)."""
    out = {0: tr("no limiting factor")}
    out.update({i + 1: f.name for i, f in enumerate(screen.factors)})
    return out
