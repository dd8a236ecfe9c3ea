"""Plumbing of the 双评价 raster algorithms: the analysis grid (CRS, cell
size, analysis area, block size), raster inputs and outputs, polygon export
for rasterising, styling and provenance of the results. Their parameters are
declared in ``specs/dual.py``. No method logic here: that lives in core/dual and runs through the
block engine in cc_warning_plugin/raster."""

import os
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterRasterLayer,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.dual import inputs as dual_inputs
from ...core.dual import grading
from ...core.dual.classes import ClassSet, class_set
from ...core.errors import InputError
from ...core.i18n import label, tr, translated
from ...core.profile import BUILTIN
from ...raster import (
    CATEGORICAL,
    CONTINUOUS,
    DEFAULT_BLOCK,
    Grid,
    OutputSet,
    Progress,
    RasterInput,
    RasterOutput,
    open_input,
    run_blocks,
)
from ...raster.grid import crs_name, same_crs, transform_bounds
from ...raster.vector import BurntInput
from ...styles.raster_styles import apply_raster_class_style
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import (
    add_feature,
    run_results,
    StylePostProcessor,
    source_name,
    user_errors,
)
from ...compat import FieldType
from ...report.geometry import valid_geometry

#: nodata of the Float32 value rasters (slope, accumulated temperature, service, index …)
FLOAT_NODATA = -9999.0


def as_output(arr: np.ndarray) -> np.ndarray:
    """NaN → the float nodata value."""
    return np.where(np.isnan(arr), FLOAT_NODATA, arr)


class DualAlgorithm(SpecAlgorithm):
    """Base of the 双评价 raster algorithms."""

    GRID_REFERENCE = "GRID_REFERENCE"
    GRID_CRS = "GRID_CRS"
    CELL_SIZE = "CELL_SIZE"
    MASK = "MASK"
    BLOCK_SIZE = "BLOCK_SIZE"

    def validateInputCrs(self, parameters, context):  # noqa: N802 (QGIS API)
        """Inputs in other CRSs are reprojected to the analysis grid on purpose
        (and reported), so mixed CRSs are fine. Not loading the layers here
        also keeps QGIS from writing statistics (.aux.xml) beside input files."""
        return True

    def qgis_checks(self, parameters, context):
        """As QGIS checks them, except that a raster given as an existing file
        path is not loaded as a layer here (loading would make QGIS write
        statistics beside the input); GDAL checks it when the run starts. The
        method profile may also be a built-in preset's name."""
        for param in self.parameterDefinitions():
            value = parameters.get(param.name())
            if (
                isinstance(param, QgsProcessingParameterRasterLayer)
                and isinstance(value, str)
                and os.path.isfile(value)
            ):
                continue
            if param.name() == self.PROFILE and value in BUILTIN:
                continue  # a built-in preset by name: dual_2019_draft
            if not param.checkValueIsAcceptable(value, context):
                return False, tr("Incorrect parameter value for {description} ({name}).").format(
                    description=param.description(), name=param.name()
                )
        return True, ""

    # -- inputs --------------------------------------------------------------
    def raster_path(self, parameters, name, context, optional=False) -> Tuple[str, str]:
        """(path, display name) of a raster-layer parameter. A file path is used
        as is: loading it as a QGIS layer would make QGIS compute statistics
        and write them beside the input (an .aux.xml), and inputs are never
        touched."""
        value = parameters.get(name)
        if isinstance(value, str) and value and os.path.isfile(value):
            return value, os.path.splitext(os.path.basename(value))[0]
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            if optional:
                return "", ""
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        return gdal_file(layer)

    def check_unit_fields(self, parameters, context, field_params) -> None:
        """A field parameter of ``field_params`` naming a field the UNITS layer
        does not have is refused before any work (nothing without UNITS)."""
        units = self.parameterAsSource(parameters, "UNITS", context)
        if units is None:
            return
        names = units.fields().names()
        for name in field_params:
            field = self.parameterAsString(parameters, name, context)
            if field and field not in names:
                raise QgsProcessingException(
                    tr(
                        "{parameter}: layer {layer} has no field {field}. Choose one of: {fields}."
                    ).format(
                        parameter=self.parameterDefinition(name).description(),
                        layer=units.sourceName(),
                        field=field,
                        fields=", ".join(names),
                    )
                )

    @staticmethod
    def input_range(key: str) -> Tuple[float, float]:
        """The plausible range of the raster input ``key`` (core/dual/inputs.py)."""
        return dual_inputs.valid_range(key)

    def continuous(self, path, name, key, grid, log, band: int = 1) -> RasterInput:
        """Band ``band`` of the continuous raster ``path`` on the grid; values
        outside the plausible range of ``key`` are nodata."""
        return open_input(
            path, grid, CONTINUOUS, name, band=band, valid_range=self.input_range(key), log=log
        )

    def categorical(self, path, name, grid, log) -> RasterInput:
        return open_input(path, grid, CATEGORICAL, name, log=log)

    def block_size(self, parameters, context) -> int:
        return self.parameterAsInt(parameters, self.BLOCK_SIZE, context) or DEFAULT_BLOCK

    def prepare_grid(
        self,
        parameters,
        context,
        ref_path: str,
        ref_name: str,
        outs: OutputSet,
        progress: Progress,
        why: str,
    ) -> Tuple[Grid, Optional[RasterInput]]:
        """The analysis grid and the analysis-area mask (or None)."""
        mask_source = self.parameterAsSource(parameters, self.MASK, context)
        fixed_path, fixed_name = self.raster_path(
            parameters, self.GRID_REFERENCE, context, optional=True
        )
        if fixed_path:
            grid = Grid.from_raster(fixed_path, fixed_name)
            return self._finish_grid(grid, mask_source, outs, context, progress, why)
        ref = Grid.from_raster(ref_path, ref_name)
        crs = self.parameterAsCrs(parameters, self.GRID_CRS, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        wkt = (
            crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL)
            if crs.isValid()
            else ref.crs_wkt
        )
        same = same_crs(wkt, ref.crs_wkt)
        if same and not cell:
            cell = ref.cell_x
        if not cell:
            bounds = transform_bounds(ref.bounds, ref.crs_wkt, wkt)
            if bounds is None:
                raise InputError(
                    tr("Layer {layer} cannot be transformed to {crs}. Check its CRS.").format(
                        layer=ref_name, crs=crs_name(wkt)
                    )
                )
            estimate = (bounds[2] - bounds[0]) / ref.width
            cell = float(f"{estimate:.2g}")
            progress.info(
                tr(
                    "Cell size not given: {cell:g} (CRS units), about the cell of {ref} in {crs}."
                ).format(cell=cell, ref=ref_name, crs=crs_name(wkt))
            )
        if (
            mask_source is None
            and same
            and abs(cell - ref.cell_x) <= 1e-9 * cell
            and abs(ref.cell_x - ref.cell_y) <= 1e-9 * cell
        ):
            grid = ref
        else:
            if mask_source is not None:
                extent = self._mask_extent(mask_source, wkt, context)
            else:
                extent = transform_bounds(ref.bounds, ref.crs_wkt, wkt)
                if extent is None:
                    raise InputError(
                        tr("Layer {layer} cannot be transformed to {crs}.").format(
                            layer=ref_name, crs=crs_name(wkt)
                        )
                    )
            origin = (
                (ref.x0, ref.y0) if same and abs(cell - ref.cell_x) < 1e-9 * cell else (0.0, 0.0)
            )
            grid = grid_on(wkt, cell, extent, origin)
        return self._finish_grid(grid, mask_source, outs, context, progress, why)

    def _finish_grid(self, grid, mask_source, outs, context, progress, why):
        grid.require_projected(why)
        progress.info(tr("Analysis grid: {grid}").format(grid=grid.describe()))
        mask = None
        if mask_source is not None:
            mask = self.rasterize_source(
                mask_source, grid, outs, "mask", context, progress, burn=1, name=tr("analysis area")
            )
            grid = grid.with_area(mask)  # inputs' cover is measured inside it
        return grid, mask

    def _mask_extent(self, source, wkt, context):
        crs = QgsCoordinateReferenceSystem.fromWkt(wkt)
        ext = source.sourceExtent()
        if source.sourceCrs().isValid() and source.sourceCrs() != crs:
            ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            ext = ct.transformBoundingBox(ext)
        if ext.isEmpty():
            raise InputError(tr("The analysis area layer has no features (empty extent)."))
        return (ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum())

    def export_polygons(
        self,
        source,
        grid: Grid,
        path: str,
        context,
        fields: Optional[Dict[str, object]] = None,
        progress=None,
        attrs=None,
    ) -> str:
        """Write the features of ``source`` in the grid CRS to a GeoPackage
        with ``cc_id`` = 1, 2, … in feature order and the ``fields`` (name →
        QVariant type) filled by ``attrs(index, feature) -> dict`` (``None``
        leaves the feature out)."""
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        if not source.sourceCrs().isValid():
            raise InputError(
                tr("Layer {layer} has no CRS. Set its CRS and run again.").format(
                    layer=source.sourceName()
                )
            )
        qfields = QgsFields()
        qfields.append(QgsField("cc_id", FieldType.Int))
        for name, kind in (fields or {}).items():
            qfields.append(QgsField(name, kind))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "polygons"
        writer = QgsVectorFileWriter.create(
            path, qfields, QgsWkbTypes.Type.MultiPolygon, crs, context.transformContext(), options
        )
        if writer.hasError():
            raise InputError(
                tr("Cannot write a temporary file {path}: {detail}").format(
                    path=path, detail=writer.errorMessage()
                )
            )
        ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
            if progress is not None:
                progress.check()
            row = attrs(i, feat) if attrs is not None else {}
            geom = feat.geometry()
            if row is None or geom is None or geom.isEmpty():
                continue
            geom = valid_geometry(geom)
            geom.transform(ct)
            out = QgsFeature(qfields)
            out.setGeometry(geom)
            out.setAttributes([i] + [row.get(name) for name in (fields or {})])
            add_feature(writer, out, path, tr("feature {fid}").format(fid=feat.id()))
        del writer
        return path

    def rasterize_source(
        self,
        source,
        grid: Grid,
        outs: OutputSet,
        tag: str,
        context,
        progress: Progress,
        burn=None,
        attribute=None,
        fields=None,
        attrs=None,
        data_type="Byte",
        nodata=0,
        name: str = "",
        kind: str = CATEGORICAL,
    ) -> BurntInput:
        """Polygons of ``source`` as an input burnt onto the grid window by
        window when read (the polygons are exported once, in the grid CRS, to
        a GeoPackage in the run's work folder; no raster is written)."""
        gpkg = os.path.join(outs.work_dir(), f"{tag}.gpkg")
        self.export_polygons(source, grid, gpkg, context, fields, progress, attrs)
        return BurntInput(
            gpkg,
            grid,
            layer_name="polygons",
            attribute=attribute,
            burn=burn,
            data_type=data_type,
            nodata=nodata,
            name=name or source.sourceName(),
            kind=kind,
        )

    def raster_or_units(self, parameters, context, missing: str, no_reference: str):
        """The INPUT raster, or UNITS with the FIELD to burn onto the grid of the
        REFERENCE raster: ``(in_path, in_name, ref_path, ref_name, units, field)``.
        ``missing`` / ``no_reference`` are the messages when neither is given /
        when units come without a reference raster."""
        in_path, in_name = self.raster_path(parameters, "INPUT", context, True)
        ref_path, ref_name = self.raster_path(parameters, "REFERENCE", context, True)
        units = self.parameterAsSource(parameters, "UNITS", context)
        field = self.parameterAsString(parameters, "FIELD", context)
        if not in_path and (units is None or not field):
            raise QgsProcessingException(missing)
        if not in_path and not ref_path:
            raise QgsProcessingException(no_reference)
        return in_path, in_name, ref_path, ref_name, units, field

    def unit_values(
        self,
        source,
        field: str,
        progress: Progress,
        divide_by_area: bool = False,
        crs_wkt: Optional[str] = None,
        context=None,
        valid_range: Optional[Tuple[float, float, str]] = None,
    ) -> Dict[int, Optional[float]]:
        """{feature number (1-based, feature order): number} of ``field``;
        text that is not a number is refused naming the feature. With
        ``divide_by_area`` the value is divided by the feature's area in km²
        (measured in the projected ``crs_wkt``). ``valid_range`` (low, high,
        unit) is the possible range of the value (after the division): a unit
        outside it is refused, naming the feature, the field and the value."""
        idx = field_index(source, field)
        ct = None
        if divide_by_area:
            crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
            ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        out = {}
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
            progress.check()
            raw = feat.attributes()[idx]
            if raw is None or (isinstance(raw, QVariant) and raw.isNull()) or raw == "":
                out[i] = None
                continue
            try:
                value = float(str(raw).replace(",", ""))
            except ValueError:
                raise InputError(
                    tr(
                        "Layer {layer}, feature {fid}: field {field} holds "
                        "'{value}', which is not a number. Correct the value or "
                        "leave it empty (missing)."
                    ).format(layer=source.sourceName(), fid=feat.id(), field=field, value=raw)
                ) from None
            if divide_by_area:
                geom = valid_geometry(feat.geometry())
                geom.transform(ct)
                area_km2 = geom.area() / 1e6
                if area_km2 <= 0:
                    raise InputError(
                        tr("Layer {layer}, feature {fid} has no area.").format(
                            layer=source.sourceName(), fid=feat.id()
                        )
                    )
                value /= area_km2
            if valid_range is not None and not valid_range[0] <= value <= valid_range[1]:
                lo, hi, unit = valid_range
                raise InputError(
                    tr(
                        "Layer {layer}, feature {fid}: field {field} gives {value:g} {unit}, "
                        "outside the possible range {lo:g} … {hi:g} {unit}. Check the value, the "
                        "field chosen and its unit (and whether it is per km²)."
                    ).format(
                        layer=source.sourceName(),
                        fid=feat.id(),
                        field=field,
                        value=value,
                        unit=unit,
                        lo=lo,
                        hi=hi,
                    )
                )
            out[i] = value
        return out

    def values_raster(
        self,
        source,
        values: Dict[int, Optional[float]],
        grid: Grid,
        outs: OutputSet,
        tag: str,
        context,
        progress: Progress,
        name: str,
    ) -> BurntInput:
        """Per-feature numbers burnt onto the grid as a continuous input
        (cells of features without a value are nodata)."""
        return self.rasterize_source(
            source,
            grid,
            outs,
            tag,
            context,
            progress,
            attribute="v",
            fields={"v": FieldType.Double},
            attrs=lambda i, f: None if values.get(i) is None else {"v": values[i]},
            data_type="Float64",
            nodata=float("nan"),
            name=name,
            kind=CONTINUOUS,
        )

    # -- outputs -------------------------------------------------------------
    def output_path(self, parameters, name, context) -> str:
        return self.parameterAsOutputLayer(parameters, name, context) or ""

    def output_paths(self, parameters, names: Sequence[str], context) -> Dict[str, str]:
        """The path of each output in ``names`` ("" when not asked for)."""
        return {name: self.output_path(parameters, name, context) for name in names}

    def class_output(
        self, outs: OutputSet, path: str, grid: Grid, cset: ClassSet, description: str
    ) -> RasterOutput:
        return outs.add(
            RasterOutput(
                path, grid, "Byte", 0, name=description, class_set=cset, description=description
            )
        )

    def value_output(
        self,
        outs: OutputSet,
        path: str,
        grid: Grid,
        description: str,
        unit: str = "",
        *,
        name: str = "",
        data_type: str = "Float32",
        nodata: float = FLOAT_NODATA,
    ) -> RasterOutput:
        """A raster of values (not classes) among ``outs``, named ``name``
        (by default its description)."""
        return outs.add(
            RasterOutput(
                path,
                grid,
                data_type,
                nodata,
                name=name or description,
                description=description,
                unit=unit,
            )
        )

    def style_raster(self, context, path: str, profile, prov: dict):
        """Paletted style (from the raster's class set) and provenance when the
        result is loaded into the project."""
        self.post_process(
            context,
            path,
            StylePostProcessor(lambda layer: apply_raster_class_style(layer, profile), prov),
        )

    def record(
        self, parameters, context, profile, inputs: Dict[str, str], grid: Grid, reports: List[str]
    ) -> dict:
        prov = self.provenance(parameters, context, profile, inputs)
        prov["grid"] = grid.describe()
        prov["alignment"] = list(reports)
        return prov

    def run_grid(
        self,
        parameters,
        context,
        progress: Progress,
        grid: Grid,
        mask: Optional[RasterInput],
        inputs: Dict[str, RasterInput],
        outputs: Dict[str, RasterOutput],
        func,
        *,
        halo: int = 0,
        span: Tuple[float, float] = (0.05, 0.97),
    ) -> None:
        """Run ``func`` block by block over ``grid`` (``inputs`` → ``outputs``,
        inside ``mask``, in blocks of the BLOCK_SIZE parameter, over the
        ``span`` of the progress bar), then warn about the inputs' cells
        dropped as implausible values."""
        run_blocks(
            grid,
            inputs,
            outputs,
            func,
            halo=halo,
            mask=mask,
            block_size=self.block_size(parameters, context),
            feedback=progress.sub(*span),
        )
        report_inputs(inputs.values(), progress)

    @staticmethod
    def sources(parameters, context, names) -> Dict[str, str]:
        """{parameter: the layer given} of the parameters ``names`` given."""
        return {
            n: source_name(parameters.get(n), context)
            for n in names
            if parameters.get(n) not in (None, "")
        }

    def show_result(self, context, out: RasterOutput, path: str, profile, prov, progress):
        """After the run: the class shares of ``out`` in the log, its style
        (and provenance) once loaded from ``path``, the progress at its end."""
        level_summary(out, progress)
        self.style_raster(context, path, profile, prov)
        progress.set(1.0)


@dataclass
class Grading:
    """A single factor as :class:`GradingAlgorithm` grades it: its profile
    section (``class_set``, ``name`` and, unless ``levels`` is given,
    ``breaks``, ``levels`` and ``closed``); ``open_raster(path, name, grid,
    log)`` opens the INPUT raster and ``open_units(units, field, grid, outs,
    log)`` burns the UNITS' FIELD onto the grid; ``levels(values, valid)``
    gives the level of every cell (by default the section's breaks);
    ``check(input, grid, from_raster)``, if given, checks the input before
    the run; ``provenance``: items added to the provenance's parameters."""

    section: dict
    open_raster: Callable
    open_units: Callable
    levels: Optional[Callable] = None
    check: Optional[Callable] = None
    provenance: Optional[Dict[str, object]] = None


class GradingAlgorithm(DualAlgorithm):
    """A single-factor grading whose input is the INPUT raster or UNITS with
    a FIELD burnt onto the grid of the REFERENCE raster
    (:meth:`DualAlgorithm.raster_or_units`), graded into the level raster
    OUTPUT. ``TEXTS`` are the messages (N_) when neither input is given and
    when units come without a reference raster, and what the grid is for;
    :meth:`grading` says what the factor is and how to read and grade it."""

    TEXTS: Tuple[str, str, str] = ("", "", "")

    # grading(self, parameters, context, profile, progress) -> Grading: what the
    # algorithm grades; every subclass defines it (checked when the class is made)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "grading", None)):
            raise TypeError(
                f"{cls.__name__} is a GradingAlgorithm that does not say what it grades: "
                "define grading(parameters, context, profile, progress) -> Grading"
            )

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        progress = Progress(feedback)
        g = self.grading(parameters, context, profile, progress)
        cset = class_set(profile, g.section["class_set"])
        name = label(g.section, "name")
        levels = g.levels or self._breaks(g.section, profile.precision)
        missing, no_reference, why = (translated(t) for t in self.TEXTS)
        in_path, in_name, ref_path, ref_name, units, field = self.raster_or_units(
            parameters, context, missing, no_reference
        )
        out_path = self.output_path(parameters, "OUTPUT", context)
        reports, log = report_log(progress)
        grid_path, grid_name = (in_path, in_name) if in_path else (ref_path, ref_name)
        with (
            user_errors(),
            OutputSet(inputs=[in_path, ref_path], work_near=os.path.dirname(out_path)) as outs,
        ):
            grid, mask = self.prepare_grid(
                parameters, context, grid_path, grid_name, outs, progress, why
            )
            inp = (
                g.open_raster(in_path, in_name, grid, log)
                if in_path
                else g.open_units(units, field, grid, outs, log)
            )
            if g.check is not None:
                g.check(inp, grid, bool(in_path))
            out = self.class_output(outs, out_path, grid, cset, name)
            outs.check_space()

            def func(block):
                return {"level": levels(block.values["v"], block.valid["v"])}

            inputs, outputs = {"v": inp}, {"level": out}
            self.run_grid(
                parameters, context, progress, grid, mask, inputs, outputs, func, span=(0.1, 0.97)
            )
            sources = self.sources(parameters, context, ("INPUT", "UNITS", "REFERENCE"))
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"].update(g.provenance or {})
            outs.commit(prov)
        self.show_result(context, out, out_path, profile, prov, progress)
        return run_results(prov, {"OUTPUT": out_path})

    @staticmethod
    def _breaks(section, precision) -> Callable:
        """``levels(values, valid)`` by the breaks of ``section``."""

        def levels(values, valid):
            return grading.grade(
                values, section["breaks"], section["levels"], section["closed"], precision
            )

        return levels


def gdal_file(layer) -> Tuple[str, str]:
    """(path, name) of a raster layer; a layer of a provider other than GDAL
    is refused (the evaluations read files)."""
    if layer.providerType() != "gdal":
        raise QgsProcessingException(
            tr(
                "Layer {layer} is served by the '{provider}' provider; the evaluations read "
                "files through GDAL. Save it as a GeoTIFF first (Export ▸ Save As)."
            ).format(layer=layer.name(), provider=layer.providerType())
        )
    return layer.source(), layer.name()


def field_index(source, field: str) -> int:
    """The index of ``field`` in ``source``; refused, naming the fields there
    are, when it has no such field."""
    idx = source.fields().indexOf(field)
    if idx < 0:
        raise InputError(
            tr("Layer {layer} has no field {field}. Choose one of: {fields}.").format(
                layer=source.sourceName(), field=field, fields=", ".join(source.fields().names())
            )
        )
    return idx


def grid_on(wkt: str, cell: float, extent, origin=(0.0, 0.0)) -> Grid:
    """A grid of ``cell`` over ``extent`` whose lines fall on ``origin`` +
    multiples of the cell (so a raster with that origin is read as is)."""
    ox, oy = origin
    xmin, ymin, xmax, ymax = extent
    g = Grid.from_extent(wkt, cell, xmin - ox, ymin - oy, xmax - ox, ymax - oy)
    return Grid(g.crs_wkt, g.x0 + ox, g.y0 + oy, g.cell_x, g.cell_y, g.width, g.height)


def report_log(progress: Progress):
    """The lines for the provenance's report, and a ``log(text)`` that adds a
    line and shows it in the algorithm's log (``log.warn(text)``: as a
    warning)."""
    reports: List[str] = []

    def log(text: str) -> None:
        reports.append(text)
        progress.info(text)

    def warn(text: str) -> None:
        reports.append(text)
        progress.warn(text)

    log.warn = warn  # open_input's warnings (an input mostly nodata)
    return reports, log


def report_inputs(inputs, progress: Progress) -> None:
    """Warn about cells dropped as implausible values."""
    for inp in inputs:
        if inp is not None and inp.out_of_range:
            progress.warn(
                tr(
                    "{layer}: {n:,} cells held values outside the plausible range "
                    "{lo:g} … {hi:g} and were treated as nodata."
                ).format(
                    layer=inp.name, n=inp.out_of_range, lo=inp.valid_range[0], hi=inp.valid_range[1]
                )
            )


def level_summary(out: RasterOutput, progress: Progress) -> None:
    """Log the share of every class of a class raster."""
    cs = out.class_set
    if cs is None:
        return
    shares = out.percentages()
    parts = [f"{cs.label_of(v)} {pct:.1f} %" for v, pct in shares.items() if v in cs.values]
    if parts:
        progress.info(tr("{name}: {shares}").format(name=out.name, shares=", ".join(parts)))
