"""cc_warning:dual_eco_biodiversity — 生物多样性维护 (NPP-based index and/or
habitat layers) and its importance classes."""

import math
import os

import numpy as np

from ....core.dual import ecology
from ....core.dual.classes import class_set
from ....core.errors import InputError
from ....core.i18n import label, tr
from ....raster import OutputSet, Progress, reduce_blocks
from ..base import report_log
from .base import ServiceAlgorithm
from ...framework.common import run_results, user_errors
from ....specs.ecology import BIODIVERSITY


class BiodiversityAlgorithm(ServiceAlgorithm):
    SPEC = BIODIVERSITY
    SECTION = "dual.ecology.biodiversity"

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        dem_path, dem_name = self.raster_path(parameters, self.DEM, context)
        npp_paths = {
            n: self.raster_path(parameters, n, context, optional=True)
            for n in (self.NPP, self.PRECIPITATION, self.TEMPERATURE)
        }
        habitats = {
            n: self.parameterAsSource(parameters, n, context)
            for n in (self.VERY_IMPORTANT_HABITAT, self.IMPORTANT_HABITAT)
        }
        habitats = {n: s for n, s in habitats.items() if s is not None}
        given = [n for n, (p, _) in npp_paths.items() if p]
        with user_errors():
            if given and len(given) < 3:
                raise InputError(
                    tr(
                        "The NPP-based index needs NPP, precipitation and temperature; missing: "
                        "{names}."
                    ).format(names=", ".join(n for n in npp_paths if n not in given))
                )
            if not given and not habitats:
                raise InputError(
                    tr(
                        "生物多样性维护 needs the NPP, precipitation and temperature rasters, or "
                        "habitat polygons, or both."
                    )
                )
        hab = _Habitats(self, habitats, profile, context, feedback)
        if not given:
            return self._habitats_only(parameters, context, feedback, profile, hab)
        stats = {}

        def prepare(grid, outs, log, progress, mask):
            inputs = {"dem": self.continuous(dem_path, dem_name, "dem", grid, log)}
            for n, key in (
                (self.NPP, "npp"),
                (self.PRECIPITATION, "precipitation"),
                (self.TEMPERATURE, "temperature"),
            ):
                inputs[key] = self.continuous(*npp_paths[n], key, grid, log)
            hab.burn(grid, outs, log)
            names = ("precipitation", "temperature", "dem")

            def minmax(block):
                out = []
                for k in names:
                    v = block.core(block.values[k])[block.inside]
                    v = v[~np.isnan(v)]
                    out.append(
                        (float(v.min()), float(v.max())) if v.size else (math.inf, -math.inf)
                    )
                return out

            def combine(acc, mm):
                return [(min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(acc, mm)]

            ranges = reduce_blocks(
                grid,
                {k: inputs[k] for k in names},
                minmax,
                combine,
                [(math.inf, -math.inf)] * 3,
                mask=mask,
                block_size=self.block_size(parameters, context),
                feedback=progress,
            )
            for k, (lo, hi) in zip(names, ranges):
                stats[k] = (lo, hi)
                log(tr("{factor}: normalised over {lo:g} … {hi:g}.").format(factor=k, lo=lo, hi=hi))
            return inputs

        def compute(block):
            f = {
                k: ecology.normalise(block.values[k], *stats[k])
                for k in ("precipitation", "temperature", "dem")
            }
            return {
                "service": ecology.npp_biodiversity(
                    block.values["npp"], f["precipitation"], f["temperature"], f["dem"]
                )
            }

        return self.run_service(
            parameters,
            context,
            feedback,
            profile,
            ref=(dem_path, dem_name),
            prepare=prepare,
            compute=compute,
            classify_inputs=hab.classify_inputs if habitats else None,
            classify_extra=hab.classify if habitats else None,
            input_paths=[dem_path] + [p for p, _ in npp_paths.values()],
            source_params=[self.DEM, self.NPP, self.PRECIPITATION, self.TEMPERATURE]
            + list(habitats),
            notes={
                "method": tr("NPP-based index and habitat polygons")
                if habitats
                else tr("NPP-based index")
            },
        )

    def _habitats_only(self, parameters, context, feedback, profile, hab: "_Habitats"):
        dem_path, dem_name = self.raster_path(parameters, self.DEM, context)
        progress = Progress(feedback)
        out_path = self.output_path(parameters, self.OUTPUT, context)
        service_path = self.output_path(parameters, self.SERVICE, context)
        section = profile.get(self.SECTION)
        reports, log = report_log(progress)

        if service_path:
            progress.warn(
                tr(
                    "No NPP index is computed from habitat polygons alone: the "
                    "service raster is not written."
                )
            )
        with (
            user_errors(),
            OutputSet(inputs=[dem_path], work_near=os.path.dirname(out_path)) as outs,
        ):
            grid, mask = self.prepare_grid(
                parameters, context, dem_path, dem_name, outs, progress, tr("the cell area")
            )
            inputs = {"dem": self.continuous(dem_path, dem_name, "dem", grid, log)}
            inputs.update(hab.burn(grid, outs, log))
            imp_out = self.class_output(
                outs,
                out_path,
                grid,
                hab.cset,
                tr("{service} importance").format(service=label(section, "name")),
            )
            outs.check_space()

            def func(block):
                cls = np.where(block.valid["dem"], hab.class_values[-1], 0).astype(np.uint8)
                return {"importance": hab.classify(block, cls)}

            self.run_grid(
                parameters,
                context,
                progress,
                grid,
                mask,
                inputs,
                {"importance": imp_out},
                func,
                span=(0.1, 0.98),
            )
            sources = self.sources(
                parameters, context, [self.DEM, self.VERY_IMPORTANT_HABITAT, self.IMPORTANT_HABITAT]
            )
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["method"] = tr("habitat polygons")
            outs.commit(prov)
        self.show_result(context, imp_out, out_path, profile, prov, progress)
        return run_results(
            prov, {self.SERVICE: None, self.OUTPUT: out_path, self.TOTAL: None, self.BREAKS: ""}
        )


class _Habitats:
    """The habitat polygons of 生物多样性维护 and the importance classes
    (from ``[dual.ecology.importance]``) they raise their cells to: at least
    the first class in very important habitats, the second in important ones."""

    def __init__(self, algorithm: BiodiversityAlgorithm, sources: dict, profile, context, feedback):
        imp = profile.get("dual.ecology.importance")
        self.cset = class_set(profile, imp["class_set"])
        self.class_values = [self.cset.value_of(c) for c in imp["classes"]]
        self.rank = np.full(256, 255, dtype=np.uint8)  # class value → rank (0 = 极重要)
        for i, v in enumerate(self.class_values):
            self.rank[v] = i
        self.sources = sources
        self.burnt = {}
        self._algorithm, self._context, self._feedback = algorithm, context, feedback

    def burn(self, grid, outs, log) -> dict:
        """Habitat polygons on the grid (done while the inputs are checked,
        before the heavy work)."""
        for n, src in self.sources.items():
            self.burnt[n] = self._algorithm.rasterize_source(
                src,
                grid,
                outs,
                n.lower(),
                self._context,
                Progress(self._feedback),
                burn=1,
                name=src.sourceName(),
            )
            log(
                tr("{layer}: polygons burnt onto the grid (cell centres).").format(
                    layer=src.sourceName()
                )
            )
        return self.burnt

    def classify_inputs(self, grid, outs, mask, log) -> dict:
        """The polygons burnt while the inputs were checked."""
        return self.burnt

    def classify(self, block, cls):
        """``cls`` (the block's class values) raised inside the habitats."""
        alg = self._algorithm
        for n, target in (
            (alg.IMPORTANT_HABITAT, self.class_values[1]),
            (alg.VERY_IMPORTANT_HABITAT, self.class_values[0]),
        ):
            if n in block.values:
                inside = block.valid[n] & (block.values[n] == 1) & (cls != 0)
                cls[inside & (self.rank[cls] > self.rank[target])] = target
        return cls
