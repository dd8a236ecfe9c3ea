"""The raster inputs of the 双评价 algorithms: unit and plausible range.

A value outside the range in a layer's sampled statistics stops the run
before any work (it is usually an undeclared nodata marker such as −9999 or
−3.4e38, or a layer in another unit); cells outside it met during the run
are treated as nodata and counted in the log. The ranges are sanity bounds
of the physical quantity, not method thresholds.
"""

#: name → (unit, low, high)
RASTER_INPUTS = {
    "dem": ("m", -500.0, 9000.0),
    "silt": ("%", 0.0, 100.0),
    "precipitation": ("mm", 0.0, 12000.0),
    "aridity": ("", 0.0, 1000.0),
    "quota_modulus": ("1e4 m3/km2", 0.0, 100000.0),
    "resource_modulus": ("1e4 m3/km2", 0.0, 100000.0),
    "accumulated_temperature": ("degC day", 0.0, 12000.0),
    "temperature": ("degC", -60.0, 60.0),
    "humidity": ("%", 0.0, 100.0),
    "travel_time": ("h", 0.0, 1000.0),
}


def valid_range(name: str):
    unit, lo, hi = RASTER_INPUTS[name]
    return lo, hi


def unit_of(name: str) -> str:
    return RASTER_INPUTS[name][0]
