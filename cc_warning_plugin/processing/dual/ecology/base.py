"""Shared plumbing of the 双评价 ecology algorithms (生态系统服务功能重要性,
生态脆弱性, 生态保护重要性): factor inputs given as a raster or a constant,
the grading of a service raster (cumulative share or manual breaks), the
service and importance outputs. The models live in core/dual/ecology*.py."""

import math
import os
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QVariant

from ....core.dual import ecology
from ....core.dual.classes import class_set
from ....core.errors import InputError
from ....core.i18n import label, tr
from ....raster import (
    CONTINUOUS,
    OutputSet,
    Progress,
    RasterInput,
    open_input,
    run_blocks,
)
from ....raster.stats import cumulative_share_breaks
from ...framework.common import run_results, user_errors
from ..base import (
    FLOAT_NODATA,
    DualAlgorithm,
    as_output,
    report_log,
)


class Factor:
    """A factor input: a raster (``path``) or a constant (``value``)."""

    def __init__(self, key: str, name: str, path: str = "", value: Optional[float] = None):
        self.key = key
        self.name = name
        self.path = path
        self.value = value

    @property
    def is_raster(self) -> bool:
        return bool(self.path)

    def describe(self) -> str:
        return self.name if self.is_raster else f"{self.value:g}"


class EcoAlgorithm(DualAlgorithm):
    """Base of the ecology algorithms (specs in specs/ecology.py)."""

    @staticmethod
    def input_range(key: str) -> Tuple[float, float]:
        """The plausible range of the ecology input ``key`` (core/dual/ecology.py)."""
        return ecology.valid_range(key)

    # -- factor inputs: a raster or a constant ---------------------------------
    def number_or_none(self, parameters, name, context) -> Optional[float]:
        v = parameters.get(name)
        if v is None or v == "" or (isinstance(v, QVariant) and v.isNull()):
            return None
        value = self.parameterAsDouble(parameters, name, context)
        return None if math.isnan(value) else value

    def factor(
        self, parameters, name: str, key: str, description: str, context, required: bool = True
    ) -> Optional[Factor]:
        path, layer_name = self.raster_path(parameters, name, context, optional=True)
        if path:
            return Factor(key, layer_name, path=path)
        value = self.number_or_none(parameters, f"{name}_VALUE", context)
        if value is not None:
            return Factor(key, description, value=value)
        if required:
            raise InputError(
                tr(
                    "{factor}: give a raster or a constant value (parameters {name} or "
                    "{name}_VALUE)."
                ).format(factor=description, name=name)
            )
        return None

    def open_factors(self, factors: List[Factor], grid, log) -> Dict[str, RasterInput]:
        inputs = {}
        for f in factors:
            if f.is_raster:
                inputs[f.key] = self.continuous(f.path, f.name, f.key, grid, log)
            else:
                log(
                    tr("{factor}: the constant {value:g} for every cell.").format(
                        factor=f.name, value=f.value
                    )
                )
        return inputs

    @staticmethod
    def factor_values(block, f: Factor) -> np.ndarray:
        """The factor on the block's core (float64, NaN = nodata)."""
        if f.is_raster:
            return block.core(block.values[f.key])
        return np.full(block.shape, float(f.value))


class ServiceAlgorithm(EcoAlgorithm):
    """A 生态系统服务 algorithm: a continuous service raster graded into the
    importance classes (cumulative share of the total or manual breaks)."""

    SECTION = ""  # dual.ecology.<service>
    #: factor turning Σ service × cell area (m²) into the total; None = no total
    TOTAL_SCALE: Optional[float] = None
    TOTAL_UNIT = ""

    GRADINGS = ("profile", "cumulative", "breaks")

    def grading_choice(
        self, parameters, context, profile, section
    ) -> Tuple[str, Optional[Tuple[float, float]]]:
        """("cumulative", None) or ("breaks", (important_from, very_from))."""
        choice = self.GRADINGS[self.parameterAsEnum(parameters, self.GRADING, context)]
        method = profile.get("dual.ecology.importance.method") if choice == "profile" else choice
        if method == "cumulative":
            return method, None
        text = self.parameterAsString(parameters, self.MANUAL_BREAKS, context)
        if text and text.strip():
            try:
                return method, ecology.parse_breaks(text)
            except ValueError as exc:
                raise InputError(
                    tr(
                        'Manual breaks "{text}" cannot be used ({why}). Give two ascending '
                        'numbers separated by a comma, e.g. "100, 300".'
                    ).format(text=text, why=str(exc))
                ) from None
        a, b = section["manual_breaks"]
        return method, (float(a), float(b))

    def run_service(
        self,
        parameters,
        context,
        feedback,
        profile,
        *,
        ref: Tuple[str, str],
        prepare: Callable,
        compute: Callable,
        halo: int = 0,
        extra_outputs: Optional[Callable] = None,
        classify_inputs: Optional[Callable] = None,
        classify_extra: Optional[Callable] = None,
        input_paths: Optional[List[str]] = None,
        source_params: Optional[List[str]] = None,
        notes: Optional[Dict[str, str]] = None,
        service_span: Tuple[float, float] = (0.02, 0.55),
    ) -> dict:
        """The body of a service algorithm.

        ``prepare(grid, outs, log, progress, mask)`` opens and checks the
        inputs (before any heavy work) and returns ``{name: RasterInput}``;
        ``compute(block)`` returns ``{"service": array (NaN = nodata), ...}``;
        ``extra_outputs(outs, grid)`` optional further float outputs
        ``{name: RasterOutput}`` filled from the same keys of ``compute``;
        ``classify_inputs(grid, outs)`` further inputs of the classifying pass
        and ``classify_extra(block, classes)`` adjusting the classes there
        (habitat layers). ``service_span`` is the part of the progress bar the
        service pass takes (``prepare`` may take the part before it, e.g. for
        the flow accumulation). Returns the algorithm's result dict.
        """
        section = profile.get(self.SECTION)
        imp = profile.get("dual.ecology.importance")
        cset = class_set(profile, imp["class_set"])
        class_values = [cset.value_of(c) for c in imp["classes"]]
        progress = Progress(feedback)
        service_path = self.output_path(parameters, self.SERVICE, context)
        out_path = self.output_path(parameters, self.OUTPUT, context)
        block_size = self.block_size(parameters, context)
        name = label(section, "name")
        unit = section["unit"]
        reports, log = report_log(progress)

        with user_errors():
            method, manual = self.grading_choice(parameters, context, profile, section)
        work_near = os.path.dirname(out_path or service_path)
        with user_errors(), OutputSet(inputs=list(input_paths or []), work_near=work_near) as outs:
            grid, mask = self.prepare_grid(
                parameters, context, ref[0], ref[1], outs, progress, tr("the cell area")
            )
            inputs = prepare(grid, outs, log, progress, mask)
            progress.check()
            if service_path:
                svc_out = self.value_output(outs, service_path, grid, name, unit)
            else:
                svc_out = outs.temp("service.tif", grid, "Float32", FLOAT_NODATA)
            extras = extra_outputs(outs, grid) if extra_outputs else {}
            imp_out = self.class_output(
                outs, out_path, grid, cset, tr("{service} importance").format(service=name)
            )
            outs.check_space()
            totals: List[float] = []

            def func(block):
                res = compute(block)
                svc = res["service"]
                ok = ~np.isnan(svc)
                if mask is not None:
                    ok &= block.inside
                totals.append(math.fsum(svc[ok].tolist()) if ok.any() else 0.0)
                out = {"service": as_output(svc)}
                for key in extras:
                    out[key] = as_output(res[key])
                return out

            outputs = dict({"service": svc_out}, **extras)
            self.run_grid(
                parameters,
                context,
                progress,
                grid,
                mask,
                inputs,
                outputs,
                func,
                halo=halo,
                span=service_span,
            )
            sources = self.sources(parameters, context, source_params or [])
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["service"] = self.SECTION
            for key, text in (notes or {}).items():
                prov["parameters"][key] = text
            svc_out.provenance = prov  # finished now, to be graded; the others at the commit
            svc_out.finish()
            svc_in = open_input(svc_out.tmp_path, grid, CONTINUOUS, name, check_data=False)
            if method == "cumulative":
                shares = imp["cumulative"]
                t_very, t_imp = cumulative_share_breaks(
                    grid, svc_in, shares, block_size=block_size, feedback=progress.sub(0.55, 0.75)
                )
                precision = None
                grading_text = tr(
                    "cumulative share: first {a:g} % of the total service value → 极重要 "
                    "(value ≥ {t1}), up to {b:g} % → 重要 (value ≥ {t2})"
                ).format(a=100 * shares[0], b=100 * shares[1], t1=_fmt(t_very), t2=_fmt(t_imp))
            else:
                t_imp, t_very = manual
                precision = profile.precision
                grading_text = tr(
                    "manual breaks: ≥ {t1:g} → 极重要, ≥ {t2:g} → 重要 ({unit})"
                ).format(t1=t_very, t2=t_imp, unit=unit)
            log(tr("Grading: {text}.").format(text=grading_text))
            prov["parameters"]["grading"] = grading_text
            cinputs = {"service": svc_in}
            if classify_inputs:
                cinputs.update(classify_inputs(grid, outs, mask, log))

            def classify(block):
                v = block.values["service"]
                cls = ecology.classify_service(v, (t_very, t_imp), class_values, precision)
                if classify_extra:
                    cls = classify_extra(block, cls)
                return {"importance": cls}

            run_blocks(
                grid,
                cinputs,
                {"importance": imp_out},
                classify,
                mask=mask,
                block_size=block_size,
                feedback=progress.sub(0.75, 0.98),
            )
            svc_in.close()
            outs.commit(prov)
        total = math.fsum(totals)
        result_total = None
        if self.TOTAL_SCALE is not None:
            result_total = total * grid.cell_area_m2 * self.TOTAL_SCALE
            progress.info(
                tr("Total {service} of the area: {total:,.6g} {unit}.").format(
                    service=name, total=result_total, unit=self.TOTAL_UNIT
                )
            )
        self.show_result(context, imp_out, out_path, profile, prov, progress)
        return run_results(
            prov,
            {
                self.OUTPUT: out_path,
                self.TOTAL: result_total,
                self.BREAKS: f"{_fmt(t_very)}, {_fmt(t_imp)}",
            },
            {self.SERVICE: service_path},
        )


def _fmt(v: float) -> str:
    return "inf" if math.isinf(v) else f"{v:.6g}"
