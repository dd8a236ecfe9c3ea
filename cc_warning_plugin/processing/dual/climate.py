"""cc_warning:dual_climate_heat — 光热条件 (≥ 0 °C accumulated temperature) and
cc_warning:dual_climate_comfort — 舒适度 (温湿指数 THI), the 气候 single
factors of the 双评价."""

import math
import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingException,
)

from ...core.dual import climate, grading
from ...core.dual.classes import class_set
from ...core.errors import InputError
from ...core.i18n import label, tr
from ...specs.dual import COMFORT, HEAT
from ...raster import CONTINUOUS, OutputSet, Progress, Window, open_input
from ..framework.common import run_results, user_errors
from .base import DualAlgorithm, as_output, field_index, report_log


def _number(raw, layer, fid, field):
    try:
        return float(str(raw).replace(",", ""))
    except (TypeError, ValueError):
        raise InputError(
            tr(
                "Layer {layer}, feature {fid}: field {field} holds '{value}', "
                "which is not a number. Correct the value."
            ).format(layer=layer, fid=fid, field=field, value=raw)
        ) from None


def _is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull()) or v == ""


class HeatAlgorithm(DualAlgorithm):
    SPEC = HEAT

    def _series(self, parameters, context, progress):
        table = self.parameterAsSource(parameters, self.TABLE, context)
        t_field = self.parameterAsString(parameters, self.TEMPERATURE_FIELD, context)
        if not t_field:
            raise QgsProcessingException(tr("Choose the mean temperature field of the table."))
        s_field = self.parameterAsString(parameters, self.STATION_FIELD, context)
        station = self.parameterAsString(parameters, self.STATION, context)
        m_field = self.parameterAsString(parameters, self.MONTH_FIELD, context)
        layer = table.sourceName()
        ti = field_index(table, t_field)
        si = field_index(table, s_field) if s_field else None
        mi = field_index(table, m_field) if m_field else None
        means, days = [], []
        for feat in table.getFeatures(QgsFeatureRequest()):
            progress.check()
            attrs = feat.attributes()
            if si is not None and station and str(attrs[si]) != station:
                continue
            if _is_null(attrs[ti]):
                raise InputError(
                    tr(
                        "Layer {layer}, feature {fid}: no temperature. A "
                        "reference series must be complete."
                    ).format(layer=layer, fid=feat.id())
                )
            means.append(_number(attrs[ti], layer, feat.id(), t_field))
            if mi is not None:
                month = int(_number(attrs[mi], layer, feat.id(), m_field))
                if not 1 <= month <= 12:
                    raise InputError(
                        tr("Layer {layer}, feature {fid}: month {month} is not 1–12.").format(
                            layer=layer, fid=feat.id(), month=month
                        )
                    )
                days.append(month)
        if not means:
            raise InputError(
                tr("Layer {layer} has no rows for station '{station}'.").format(
                    layer=layer, station=station
                )
            )
        if mi is not None:
            if sorted(days) != list(range(1, 13)):
                raise InputError(
                    tr(
                        "Layer {layer}: the monthly means of station '{station}' "
                        "must cover the months 1–12 once each, found {months}."
                    ).format(layer=layer, station=station, months=", ".join(map(str, sorted(days))))
                )
            weights = climate.days_of_months(days)
        else:
            if not 360 <= len(means) <= 366:
                progress.warn(
                    tr("{n} daily rows: a year has 365 or 366 days.").format(n=len(means))
                )
            weights = np.ones(len(means))
        return means, weights

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        g = profile.get("dual.climate.accumulated_temperature")
        cset = class_set(profile, g["class_set"])
        progress = Progress(feedback)
        at_path, at_name = self.raster_path(parameters, self.ACCUM_TEMP, context, True)
        dem_path, dem_name = self.raster_path(parameters, self.DEM, context, True)
        has_table = self.parameterAsSource(parameters, self.TABLE, context) is not None
        if not at_path and not (has_table and dem_path):
            raise QgsProcessingException(
                tr(
                    "Give either an accumulated-temperature raster, or a reference station's "
                    "temperatures together with a DEM."
                )
            )
        out_path = self.output_path(parameters, self.OUTPUT, context)
        acc_path = self.output_path(parameters, self.ACCUM_OUTPUT, context)
        reports, log = report_log(progress)

        table_mode = not at_path
        with (
            user_errors(),
            OutputSet(inputs=[at_path, dem_path], work_near=os.path.dirname(out_path)) as outs,
        ):
            ref_path, ref_name = (dem_path, dem_name) if table_mode else (at_path, at_name)
            grid, mask = self.prepare_grid(
                parameters, context, ref_path, ref_name, outs, progress, tr("the evaluation")
            )
            if table_mode:
                means, weights = self._series(parameters, context, progress)
                z_ref = self.parameterAsDouble(parameters, self.REF_ELEVATION, context)
                acc = climate.LapsedAccumulation(
                    means, weights, z_ref, g["lapse_rate"], g["base_temperature"]
                )
                log(
                    tr(
                        "Reference series: {n} means at {z:g} m, moved to each cell's "
                        "elevation at {rate:g} °C per 100 m; at the station's elevation the "
                        "accumulated temperature is {at:.0f} °C·d."
                    ).format(
                        n=len(means),
                        z=z_ref,
                        rate=100 * g["lapse_rate"],
                        at=float(acc.at(np.array([z_ref]))[0]),
                    )
                )
                inp = self.continuous(dem_path, dem_name, "dem", grid, log)
            else:
                inp = self.continuous(at_path, at_name, "accumulated_temperature", grid, log)
            out = self.class_output(outs, out_path, grid, cset, label(g, "name"))
            outputs = {"level": out}
            if acc_path:
                outputs["acc"] = self.value_output(
                    outs,
                    acc_path,
                    grid,
                    tr("Accumulated temperature ≥ 0 °C (°C·d)"),
                    "degC day",
                    name=tr("Accumulated temperature"),
                )
            outs.check_space()
            precision = profile.precision

            def func(block):
                v = block.values["v"]
                at = acc.at(v) if table_mode else v
                res = {"level": grading.grade(at, g["breaks"], g["levels"], g["closed"], precision)}
                if "acc" in outputs:
                    res["acc"] = as_output(at)
                return res

            self.run_grid(parameters, context, progress, grid, mask, {"v": inp}, outputs, func)
            sources = self.sources(parameters, context, (self.ACCUM_TEMP, self.DEM, self.TABLE))
            prov = self.record(parameters, context, profile, sources, grid, reports)
            outs.commit(prov)
        self.show_result(context, out, out_path, profile, prov, progress)
        return run_results(prov, {self.OUTPUT: out_path}, {self.ACCUM_OUTPUT: acc_path})


class ComfortAlgorithm(DualAlgorithm):
    SPEC = COMFORT

    def _stations(self, parameters, context, grid, months, progress):
        """[(code, x, y, T[12], RH[12])] in grid coordinates."""
        table = self.parameterAsSource(parameters, self.TABLE, context)
        points = self.parameterAsSource(parameters, self.STATIONS, context)
        if points is None:
            raise QgsProcessingException(tr("The climate table needs the station points."))
        f = {
            k: self.parameterAsString(parameters, k, context)
            for k in (
                self.TABLE_STATION,
                self.MONTH_FIELD,
                self.TEMPERATURE_FIELD,
                self.HUMIDITY_FIELD,
                self.STATION_ID,
            )
        }
        layer = table.sourceName()
        si, mi = (
            field_index(table, f[self.TABLE_STATION]),
            field_index(table, f[self.MONTH_FIELD]),
        )
        ti, hi = (
            field_index(table, f[self.TEMPERATURE_FIELD]),
            field_index(table, f[self.HUMIDITY_FIELD]),
        )
        data = {}
        for feat in table.getFeatures(QgsFeatureRequest()):
            progress.check()
            a = feat.attributes()
            if _is_null(a[si]):
                continue
            code = str(a[si])
            month = int(_number(a[mi], layer, feat.id(), f[self.MONTH_FIELD]))
            t = _number(a[ti], layer, feat.id(), f[self.TEMPERATURE_FIELD])
            rh = _number(a[hi], layer, feat.id(), f[self.HUMIDITY_FIELD])
            if not 0 <= rh <= 100:
                raise InputError(
                    tr(
                        "Layer {layer}, feature {fid}: relative humidity {value} "
                        "is not a percentage (0–100)."
                    ).format(layer=layer, fid=feat.id(), value=rh)
                )
            data.setdefault(code, {})[month] = (t, rh)
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        ct = QgsCoordinateTransform(points.sourceCrs(), crs, context.transformContext())
        pi = field_index(points, f[self.STATION_ID])
        stations = []
        for feat in points.getFeatures(QgsFeatureRequest()):
            code = str(feat.attributes()[pi])
            if code not in data:
                progress.warn(
                    tr("Station {code} has no rows in {layer}; it is not used.").format(
                        code=code, layer=layer
                    )
                )
                continue
            missing = [m for m in months if m not in data[code]]
            if missing:
                raise InputError(
                    tr("Layer {layer}: station {code} has no row for month(s) {months}.").format(
                        layer=layer, code=code, months=", ".join(map(str, missing))
                    )
                )
            pt = feat.geometry().asPoint()
            pt = ct.transform(pt)
            stations.append(
                (
                    code,
                    pt.x(),
                    pt.y(),
                    np.array([data[code][m][0] for m in months]),
                    np.array([data[code][m][1] for m in months]),
                )
            )
        if not stations:
            raise InputError(
                tr(
                    "No station of {points} has rows in {layer}: check the station code fields."
                ).format(points=points.sourceName(), layer=layer)
            )
        return stations

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        g = profile.get("dual.climate.comfort")
        lapse = profile.get("dual.climate.accumulated_temperature")["lapse_rate"]
        cset = class_set(profile, g["class_set"])
        months = list(g["months"])
        progress = Progress(feedback)
        t_path, t_name = self.raster_path(parameters, self.TEMPERATURE, context, True)
        h_path, h_name = self.raster_path(parameters, self.HUMIDITY, context, True)
        ref_path, ref_name = self.raster_path(parameters, self.REFERENCE, context, True)
        dem_path, dem_name = self.raster_path(parameters, self.DEM, context, True)
        table_mode = not t_path
        if table_mode and self.parameterAsSource(parameters, self.TABLE, context) is None:
            raise QgsProcessingException(
                tr(
                    "Give either the monthly temperature and humidity "
                    "rasters, or the climate table with the station "
                    "points."
                )
            )
        if not table_mode and not h_path:
            raise QgsProcessingException(
                tr("The temperature raster needs the humidity raster too.")
            )
        grid_path, grid_name = (
            (t_path, t_name)
            if not table_mode
            else ((ref_path, ref_name) if ref_path else (dem_path, dem_name))
        )
        if not grid_path:
            raise QgsProcessingException(
                tr("In table mode give a reference raster (or a DEM) for the analysis grid.")
            )
        out_path = self.output_path(parameters, self.OUTPUT, context)
        reports, log = report_log(progress)

        with (
            user_errors(),
            OutputSet(
                inputs=[t_path, h_path, ref_path, dem_path], work_near=os.path.dirname(out_path)
            ) as outs,
        ):
            grid, mask = self.prepare_grid(
                parameters, context, grid_path, grid_name, outs, progress, tr("the evaluation")
            )
            inputs = {}
            if table_mode:
                stations = self._stations(parameters, context, grid, months, progress)
                log(
                    tr("{n} stations; every cell takes its nearest station.").format(
                        n=len(stations)
                    )
                )
                inputs["ref"] = open_input(grid_path, grid, CONTINUOUS, grid_name, log=log)
                if dem_path:
                    dem = self.continuous(dem_path, dem_name, "dem", grid, log)
                    inputs["dem"] = dem
                    z_st = []
                    for code, x, y, _, _ in stations:
                        col = int(math.floor((x - grid.x0) / grid.cell_x))
                        row = int(math.floor((grid.y0 - y) / grid.cell_y))
                        v, ok = dem.read(Window(col, row, 1, 1))
                        if not ok[0, 0]:
                            raise InputError(
                                tr(
                                    "Station {code} lies outside the DEM or on a "
                                    "nodata cell: its elevation is unknown."
                                ).format(code=code)
                            )
                        z_st.append(float(v[0, 0]))
                    log(
                        tr(
                            "Temperatures moved to each cell's elevation at {rate:g} °C per "
                            "100 m from the station elevations read from the DEM."
                        ).format(rate=100 * lapse)
                    )
                sx = np.array([s[1] for s in stations])
                sy = np.array([s[2] for s in stations])
                st_t = np.stack([s[3] for s in stations])  # (stations, months)
                st_h = np.stack([s[4] for s in stations])
            else:
                for m in months:
                    inputs[f"t{m}"] = self.continuous(t_path, t_name, "temperature", grid, log, m)
                    inputs[f"h{m}"] = self.continuous(h_path, h_name, "humidity", grid, log, m)
            out = self.class_output(outs, out_path, grid, cset, label(g, "name"))
            outs.check_space()
            precision = profile.precision

            def func(block):
                if table_mode:
                    xs, ys = block.cell_centres()
                    xx, yy = np.meshgrid(xs, ys)
                    best = np.full(xx.shape, np.inf)
                    idx = np.zeros(xx.shape, dtype=np.intp)
                    for k in range(len(sx)):
                        d = (xx - sx[k]) ** 2 + (yy - sy[k]) ** 2
                        closer = d < best
                        idx[closer] = k
                        best[closer] = d[closer]
                    shift = 0.0
                    if "dem" in block.values:
                        z = block.values["dem"]
                        shift = lapse * (z - np.asarray(z_st)[idx])
                    temps = [st_t[idx, j] + shift for j in range(len(months))]
                    hums = [st_h[idx, j] for j in range(len(months))]
                    level = climate.comfort_level(temps, hums, g, precision)
                    level[~block.valid["ref"]] = 0
                    if "dem" in block.values:
                        level[np.isnan(block.values["dem"])] = 0
                    return {"level": level}
                temps = [block.values[f"t{m}"] for m in months]
                hums = [block.values[f"h{m}"] for m in months]
                level = climate.comfort_level(temps, hums, g, precision)
                return {"level": level}

            self.run_grid(parameters, context, progress, grid, mask, inputs, {"level": out}, func)
            sources = self.sources(
                parameters,
                context,
                (
                    self.TEMPERATURE,
                    self.HUMIDITY,
                    self.TABLE,
                    self.STATIONS,
                    self.REFERENCE,
                    self.DEM,
                ),
            )
            prov = self.record(parameters, context, profile, sources, grid, reports)
            outs.commit(prov)
        self.show_result(context, out, out_path, profile, prov, progress)
        return run_results(prov, {self.OUTPUT: out_path})
