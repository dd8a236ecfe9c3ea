"""cc_warning:rainfall_erosivity — R from daily rainfall (core/erosivity,
raster/erosivity.py), and :class:`DailyRain`, the same R on the blocks of
another algorithm (the R of dual_eco_soil_conservation and
dual_eco_vuln_soil_erosion taken from daily rainfall)."""

import os
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ...core.erosivity import daily, idw
from ...core.errors import InputError
from ...core.i18n import tr
from ...raster import OutputSet, Progress
from ...raster import erosivity as raster_erosivity
from ...specs.methods import RAINFALL_EROSIVITY
from ..dual.base import DualAlgorithm, report_log
from ..framework.common import run_results, source_name, user_errors
from .series import write_table
from .tables import Span, frame_of

R_NODATA = -9999.0
YEARS_NODATA = -1

#: parameter names (shared by every algorithm taking daily rainfall)
TABLE, STATIONS, RASTERS, SCALE = (
    "DAILY_RAIN",
    "RAIN_STATIONS",
    "DAILY_RAIN_RASTERS",
    "DAILY_RAIN_SCALE",
)


def _layer_paths(alg, parameters, name, context) -> List[str]:
    """File paths of a multiple-raster parameter (a path is used as is, a
    layer by its source)."""
    out = []
    for value in parameters.get(name) or []:
        if isinstance(value, str) and os.path.isfile(value):
            out.append(value)
            continue
        layer = QgsProcessingUtils.mapLayerFromString(str(value), context)
        if layer is None:
            raise QgsProcessingException(
                tr("{name}: the layer {value} cannot be read.").format(name=name, value=value)
            )
        out.append(layer.source().split("|")[0])
    return out


class DailyRain:
    """R from daily rainfall, ready for the block engine: the stations' R
    (computed once, before the grid) interpolated on each block by
    inverse-distance weighting, or the daily rasters summed on each block."""

    def __init__(self, settings: daily.Settings, section: dict, scale: float):
        self.settings = settings
        self.section = section
        self.scale = scale
        self.records: List[Dict] = []  # station records (stations mode)
        self.locations: Dict[str, QgsPointXY] = {}
        self.stations_crs = None
        self.files: List[Tuple] = []  # (date, path) (rasters mode)
        self.points = None  # (xs, ys, values) in the grid CRS
        self.note = ""
        self.input_paths: List[str] = []

    @property
    def from_rasters(self) -> bool:
        return bool(self.files)

    # -- reading (before the grid) --------------------------------------------------
    @classmethod
    def from_parameters(
        cls,
        alg,
        parameters,
        context,
        feedback,
        profile,
        fields: Optional[Dict[str, str]] = None,
        span=(0, 0),
    ) -> Optional["DailyRain"]:
        """The daily rainfall of ``parameters`` (None when none is given).
        ``fields`` names explicit columns (station, date, precipitation,
        station_id). Reads the table and computes every station's R now, so
        bad input stops the run before any grid work."""
        has_table = parameters.get(TABLE) not in (None, "")
        rasters = _layer_paths(alg, parameters, RASTERS, context)
        if not has_table and not rasters:
            if parameters.get(STATIONS) not in (None, ""):
                raise InputError(
                    tr(
                        "Rain gauge stations were given without their daily "
                        "rainfall table: give the table too."
                    )
                )
            return None
        if has_table and rasters:
            raise InputError(
                tr(
                    "Give the daily rainfall either as a station table or as "
                    "daily rasters, not both."
                )
            )
        scale = (
            alg.parameterAsDouble(parameters, SCALE, context)
            if parameters.get(SCALE) not in (None, "")
            else 1.0
        )
        out = cls(daily.Settings.from_profile(profile), profile.get("erosivity"), scale or 1.0)
        if rasters:
            out.files = raster_erosivity.dates_from_names(rasters)
            out.input_paths = rasters
            first, last = out.files[0][0], out.files[-1][0]
            out.note = tr("R from {n} daily rasters, {a} – {b}").format(
                n=len(out.files), a=first.isoformat(), b=last.isoformat()
            )
            return out
        out._read_stations(alg, parameters, context, feedback, fields or {}, span)
        return out

    def _read_stations(self, alg, parameters, context, feedback, fields, span):
        _, frame, layer = frame_of(alg, parameters, TABLE, context, feedback, span)
        cols = daily.daily_columns(
            list(frame.columns),
            layer,
            fields.get("station"),
            fields.get("date"),
            fields.get("precipitation"),
        )
        sub = Span(feedback, span[1], span[1] + 10) if feedback is not None else None
        self.records = daily.station_erosivity(
            frame,
            cols["station"],
            cols["precipitation"],
            self.settings,
            date_column=cols.get("date"),
            ymd_columns=cols.get("ymd"),
            scale=self.scale,
            layer=layer,
            feedback=sub,
        )
        src = alg.parameterAsSource(parameters, STATIONS, context)
        if src is None:
            raise InputError(
                tr(
                    "{layer}: the stations' locations are needed to interpolate "
                    "their R: give the rain gauge stations (points)."
                ).format(layer=layer)
            )
        st_layer = src.sourceName() or STATIONS
        names = src.fields().names()
        id_field = fields.get("station_id") or daily.find_column(names, "station")
        if id_field is None:
            raise InputError(
                tr(
                    "{layer}: no station code field. The layer has: {have}. Choose the field, or "
                    "head it with one of: {accepted}."
                ).format(
                    layer=st_layer,
                    have=", ".join(names),
                    accepted=", ".join(daily.HEADERS["station"]),
                )
            )
        idx = names.index(id_field)
        for feat in src.getFeatures():
            code = feat.attributes()[idx]
            code = (
                ""
                if code is None
                else (
                    str(int(code))
                    if isinstance(code, float) and code.is_integer()
                    else str(code).strip()
                )
            )
            geom = feat.geometry()
            if not code or geom is None or geom.isEmpty():
                continue
            if code in self.locations:
                raise InputError(
                    tr(
                        "{layer}: station {station} is given twice. Keep one point per station."
                    ).format(layer=st_layer, station=code)
                )
            if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
                raise InputError(tr("{layer}: the stations must be points.").format(layer=st_layer))
            self.locations[code] = QgsGeometry(geom).centroid().asPoint()
        if not src.sourceCrs().isValid():
            raise InputError(
                tr("Layer {layer} has no CRS. Set its CRS and run again.").format(layer=st_layer)
            )
        self.stations_crs = src.sourceCrs()
        used = [r for r in self.records if r["r"] is not None and r["station"] in self.locations]
        for r in self.records:
            if r["r"] is None:
                feedback.pushWarning(
                    tr("Station {station}: no R — {note}.").format(
                        station=r["station"], note=r["note"]
                    )
                )
            elif r["station"] not in self.locations:
                feedback.pushWarning(
                    tr(
                        "Station {station} of {table} is not in {layer}: it "
                        "takes no part in the interpolation."
                    ).format(station=r["station"], table=layer, layer=st_layer)
                )
        if not used:
            raise InputError(
                tr(
                    "{table}: no station has both a mean R (at least {min} complete years) and a "
                    "location in {layer}."
                ).format(table=layer, min=self.settings.min_years, layer=st_layer)
            )
        self.note = tr("R of {n} station(s) from {table}, inverse-distance weighting").format(
            n=len(used), table=layer
        )

    # -- on the grid ------------------------------------------------------------------
    def prepare(self, grid, context, log) -> None:
        """Check the daily rasters against the grid, or put the stations in the
        grid's CRS."""
        if self.from_rasters:
            raster_erosivity.check_daily_rasters(grid, self.files)
            log(self.note)
            return
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        ct = QgsCoordinateTransform(self.stations_crs, crs, context.transformContext())
        xs, ys, vs = [], [], []
        for r in self.records:
            if r["r"] is None or r["station"] not in self.locations:
                continue
            p = ct.transform(self.locations[r["station"]])
            xs.append(p.x())
            ys.append(p.y())
            vs.append(r["r"])
        self.points = (np.array(xs), np.array(ys), np.array(vs))
        log(self.note)

    def values(self, block) -> Tuple[np.ndarray, Optional[np.ndarray]]:
        """(R on the block's cells, NaN = no R; complete years per cell or
        None)."""
        if self.from_rasters:
            res = raster_erosivity.block_function(self.files, self.settings, self.scale)(block)
            r = np.where(res["r"] == raster_erosivity.R_NODATA, np.nan, res["r"])
            return r, res["years"]
        xs, ys = block.cell_centres()
        e = self.section
        px, py, pv = self.points
        if e["idw_max_points"] <= 0:
            r = idw.idw_grid(xs, ys, px, py, pv, e["idw_power"], e["idw_radius"])
        else:
            x, y = np.meshgrid(xs, ys)
            r = idw.idw(x, y, px, py, pv, e["idw_power"], e["idw_max_points"], e["idw_radius"])
        return r, None


class RainfallErosivityAlgorithm(DualAlgorithm):
    SPEC = RAINFALL_EROSIVITY

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        progress = Progress(feedback)
        reports, log = report_log(progress)
        fields = {
            k: self.parameterAsString(parameters, p, context) or None
            for k, p in (
                ("station", "STATION_FIELD"),
                ("date", "DATE_FIELD"),
                ("precipitation", "PRECIPITATION_FIELD"),
                ("station_id", "STATION_ID_FIELD"),
            )
        }
        with user_errors():
            rain = DailyRain.from_parameters(
                self, parameters, context, feedback, profile, fields, span=(0, 20)
            )
            if rain is None:
                raise InputError(
                    tr(
                        "Give the daily rainfall: a station table with the "
                        "stations, or daily rasters."
                    )
                )
        ref_path, ref_name = self.raster_path(parameters, "REFERENCE", context, optional=True)
        grid_ref = self.raster_path(parameters, self.GRID_REFERENCE, context, optional=True)
        if not ref_path:
            if rain.from_rasters:
                ref_path = rain.files[0][1]
                ref_name = os.path.splitext(os.path.basename(ref_path))[0]
            elif grid_ref[0]:
                ref_path, ref_name = grid_ref
            else:
                raise QgsProcessingException(
                    tr(
                        "The stations' R needs a grid: give the raster giving the analysis grid "
                        "(REFERENCE, e.g. the DEM)."
                    )
                )
        out_path = self.output_path(parameters, "OUTPUT", context)
        years_path = self.output_path(parameters, "YEARS", context)
        if years_path and not rain.from_rasters:
            progress.warn(
                tr(
                    "The complete years per cell are written for daily rasters only; "
                    "with stations see the R of the stations."
                )
            )
            years_path = ""
        totals = []
        with (
            user_errors(),
            OutputSet(
                inputs=[ref_path] + rain.input_paths, work_near=os.path.dirname(out_path)
            ) as outs,
        ):
            grid, mask = self.prepare_grid(
                parameters,
                context,
                ref_path,
                ref_name,
                outs,
                progress,
                tr("the interpolation distances"),
            )
            rain.prepare(grid, context, log)
            unit = profile.get("erosivity")["unit"]
            r_out = self.value_output(
                outs, out_path, grid, tr("Rainfall erosivity R"), unit, nodata=R_NODATA
            )
            outputs = {"r": r_out}
            if years_path:
                outputs["years"] = self.value_output(
                    outs,
                    years_path,
                    grid,
                    tr("Complete years"),
                    data_type="Int16",
                    nodata=YEARS_NODATA,
                )
            outs.check_space()

            def func(block):
                r, years = rain.values(block)
                ok = ~np.isnan(r)
                if mask is not None:
                    ok &= block.inside
                totals.append((float(r[ok].sum()), int(ok.sum())))
                res = {"r": np.where(np.isnan(r), R_NODATA, r)}
                if "years" in outputs:
                    res["years"] = np.where(np.isnan(r) & (years == 0), YEARS_NODATA, years)
                return res

            self.run_grid(
                parameters, context, progress, grid, mask, {}, outputs, func, span=(0.3, 0.95)
            )
            sources = self.sources_of(parameters, context)
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["R"] = rain.note
            outs.commit(prov)
        total = sum(t for t, _ in totals)
        n = sum(c for _, c in totals)
        mean = total / n if n else None
        if mean is not None:
            progress.info(tr("Mean R of the grid: {r:,.1f} {unit}.").format(r=mean, unit=unit))
        station_dest = None
        if not rain.from_rasters and parameters.get("STATION_OUTPUT") not in (None, ""):
            station_dest = self.write_stations(parameters, context, feedback, rain)
        progress.set(1.0)
        return run_results(
            prov,
            {"OUTPUT": out_path, "STATION_OUTPUT": station_dest, "MEAN_R": mean},
            {"YEARS": years_path},
        )

    @staticmethod
    def sources_of(parameters, context) -> Dict[str, str]:
        out = {}
        for n in (TABLE, STATIONS, RASTERS, "REFERENCE"):
            v = parameters.get(n)
            if v in (None, "", []):
                continue
            out[n] = (
                "; ".join(source_name(x, context) for x in v)
                if isinstance(v, list)
                else source_name(v, context)
            )
        return out

    def write_stations(self, parameters, context, feedback, rain: DailyRain):
        fields = [
            ("station", "string"),
            ("r", "double"),
            ("n_years", "int"),
            ("years_used", "text"),
            ("years_left_out", "text"),
            ("erosive_days", "double"),
            ("note", "text"),
        ]
        rows, geoms = [], []
        for r in rain.records:
            rows.append(
                {
                    "station": r["station"],
                    "r": r["r"],
                    "n_years": len(r["years_used"]),
                    "years_used": ", ".join(map(str, r["years_used"])),
                    "years_left_out": ", ".join(
                        f"{y} ({n})" for y, n in r["years_left_out"].items()
                    ),
                    "erosive_days": r["erosive_days"],
                    "note": r["note"],
                }
            )
            p = rain.locations.get(r["station"])
            geoms.append(QgsGeometry.fromPointXY(p) if p is not None else None)
        return write_table(
            self,
            parameters,
            context,
            "STATION_OUTPUT",
            fields,
            rows,
            feedback,
            geometry=geoms,
            crs=rain.stations_crs,
        )
