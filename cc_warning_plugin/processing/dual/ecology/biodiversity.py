"""cc_warning:dual_eco_biodiversity — 生物多样性维护 (NPP-based index and/or
habitat layers) and its importance classes."""

import math
import os

import numpy as np

from ....core.dual import ecology
from ....core.dual.classes import class_set
from ....core.errors import InputError
from ....core.i18n import label, tr
from ....core.provenance import to_json
from ....raster import OutputSet, Progress, reduce_blocks, run_blocks
from ..base import level_summary, report_log
from .base import ServiceAlgorithm
from ...framework.common import user_errors
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
        imp = profile.get("dual.ecology.importance")
        cset = class_set(profile, imp["class_set"])
        class_values = [cset.value_of(c) for c in imp["classes"]]
        rank = np.full(256, 255, dtype=np.uint8)  # class value → rank (0 = 极重要)
        for i, v in enumerate(class_values):
            rank[v] = i

        burnt = {}

        def burn_habitats(grid, outs, log):
            """Habitat polygons on the grid (done while the inputs are checked,
            before the heavy work)."""
            for n, src in habitats.items():
                burnt[n] = self.rasterize_source(
                    src,
                    grid,
                    outs,
                    n.lower(),
                    context,
                    Progress(feedback),
                    burn=1,
                    name=src.sourceName(),
                )
                log(
                    tr("{layer}: polygons burnt onto the grid (cell centres).").format(
                        layer=src.sourceName()
                    )
                )
            return burnt

        def classify_inputs(grid, outs, mask, log):
            return burnt

        def classify_extra(block, cls):
            for n, target in (
                (self.IMPORTANT_HABITAT, class_values[1]),
                (self.VERY_IMPORTANT_HABITAT, class_values[0]),
            ):
                if n in block.values:
                    inside = block.valid[n] & (block.values[n] == 1) & (cls != 0)
                    cls[inside & (rank[cls] > rank[target])] = target
            return cls

        if not given:
            return self._habitats_only(
                parameters,
                context,
                feedback,
                profile,
                dem_path,
                dem_name,
                cset,
                class_values,
                burn_habitats,
                classify_extra,
            )
        stats = {}

        def prepare(grid, outs, log, progress, mask):
            inputs = {"dem": self.continuous(dem_path, dem_name, "dem", grid, log)}
            for n, key in (
                (self.NPP, "npp"),
                (self.PRECIPITATION, "precipitation"),
                (self.TEMPERATURE, "temperature"),
            ):
                inputs[key] = self.continuous(*npp_paths[n], key, grid, log)
            burn_habitats(grid, outs, log)
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
            classify_inputs=classify_inputs if habitats else None,
            classify_extra=classify_extra if habitats else None,
            input_paths=[dem_path] + [p for p, _ in npp_paths.values()],
            source_params=[self.DEM, self.NPP, self.PRECIPITATION, self.TEMPERATURE]
            + list(habitats),
            notes={
                "method": tr("NPP-based index and habitat polygons")
                if habitats
                else tr("NPP-based index")
            },
        )

    def _habitats_only(
        self,
        parameters,
        context,
        feedback,
        profile,
        dem_path,
        dem_name,
        cset,
        class_values,
        burn_habitats,
        classify_extra,
    ):
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
            inputs.update(burn_habitats(grid, outs, log))
            imp_out = self.class_output(
                outs,
                out_path,
                grid,
                cset,
                tr("{service} importance").format(service=label(section, "name")),
            )
            outs.check_space()

            def func(block):
                cls = np.where(block.valid["dem"], class_values[-1], 0).astype(np.uint8)
                return {"importance": classify_extra(block, cls)}

            run_blocks(
                grid,
                inputs,
                {"importance": imp_out},
                func,
                mask=mask,
                block_size=self.block_size(parameters, context),
                feedback=progress.sub(0.1, 0.98),
            )
            sources = self.sources(
                parameters, context, [self.DEM, self.VERY_IMPORTANT_HABITAT, self.IMPORTANT_HABITAT]
            )
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["method"] = tr("habitat polygons")
            imp_out.provenance = prov
            outs.commit()
        level_summary(imp_out, progress)
        self.style_raster(context, out_path, profile, prov)
        progress.set(1.0)
        return {
            self.SERVICE: None,
            self.OUTPUT: out_path,
            self.TOTAL: None,
            self.BREAKS: "",
            self.PROVENANCE: to_json(prov),
        }
