"""Parameters shared by many algorithms, declared once. An algorithm's spec
lists them by name; a variant is ``PARAM.but(label=…, optional=…)``."""

from .base import N_, Output, Param


# -- helpers of the enums ------------------------------------------------------------
def choice(name: str, label: str, help: str, *choices, **more) -> Param:
    """An enum of the ``choices``, each a (label, value) pair, the first the
    default (``more``: further attributes of the parameter)."""
    return Param(
        name,
        "enum",
        label,
        help,
        options=tuple(text for text, _ in choices),
        option_values=tuple(value for _, value in choices),
        default=0,
        **more,
    )


def profile_choice(name: str, label: str, help: str, *choices) -> Param:
    """An enum whose first option, the default, keeps what the method profile
    says (value ""); then the ``choices``, each a (label, value) pair."""
    return choice(name, label, help, (N_("As in the method profile"), ""), *choices)


#: a raster read only for its grid, where the values come from polygons or a table
REFERENCE = Param(
    "REFERENCE", "raster", N_("Reference raster for the grid (optional)"), optional=True
)

# -- every algorithm ---------------------------------------------------------------
PROFILE = Param(
    "PROFILE",
    "profile",
    N_("Method profile (TOML; empty = built-in default)"),
    N_(
        "A method profile holding thresholds, matrices, standard limits, labels and "
        "colours. Copy the built-in profile, edit it, and choose it here. A file may start "
        'with extends = "default" and list only what it changes. Empty: the active profile '
        "(chosen in the dock, or with the environment variable CC_WARNING_PROFILE), else the "
        "built-in default."
    ),
    optional=True,
    extension="toml",
)

PROVENANCE = Output(
    "PROVENANCE",
    "string",
    N_("Provenance (JSON)"),
    N_("Profile, parameters, inputs, software versions and time of the run."),
)

# -- the 2016 method on county units ------------------------------------------------
UNITS_2016 = Param(
    "INPUT",
    "vector",
    N_("Evaluation units (county polygons or a table)"),
    N_(
        "One feature or row per unit with its unit code (行政区划代码). County polygons are "
        "needed for inputs joined by location (stations, land use, degradation, rasters); a "
        "plain table (CSV, xlsx sheet) works otherwise. The result keeps these features and "
        "fields. The dialog preselects the first layer of the project that QGIS finds "
        "suitable, which need not be the unit layer: check the choice. A layer without a "
        "unit-code column is refused before the run, with the column names accepted."
    ),
    geometry="any",
    fields=("unit_code",),
    areas_with=(
        "LANDUSE",
        "SUITABILITY",
        "DEGRADATION",
        "DEGRADATION_RASTERS",
        "AIR_STATIONS",
        "SECTIONS",
    ),
)

INDICATORS = Param(
    "INDICATORS",
    "layers",
    N_("Indicator tables of the evaluation year (joined on the unit code)"),
    N_(
        "Workbook sheets or CSV files with one row per unit: the unit code and indicator "
        "columns, Chinese headers accepted (see the indicator dictionary). They are joined to "
        "the units on the unit code; no join is needed beforehand. A field given in several "
        "inputs must agree."
    ),
    optional=True,
    layer_type="vector",
)

BASE_INDICATORS = Param(
    "BASE_INDICATORS",
    "layers",
    N_("Indicator tables of the base year (optional)"),
    N_(
        "The same indicators for the base year, joined on the unit code. Instead, one table "
        "may hold both years as year-suffixed columns (e.g. 地区生产总值(可比价)2020 and "
        "地区生产总值(可比价)2025)."
    ),
    optional=True,
    layer_type="vector",
)

ALLOW_PARTIAL = Param(
    "ALLOW_PARTIAL",
    "bool",
    N_("Class units with missing values on the values present"),
    N_(
        "Off (default): a unit whose missing values could change its class is marked "
        "not_evaluated. On: it is classed on the values present and the note lists what was "
        "missing."
    ),
    default=False,
)

RESULT_2016 = Param("OUTPUT", "sink", N_("Result"), geometry="geometry")

# -- every algorithm that reads polygons ---------------------------------------------
#: what happens to invalid input polygons (self-intersecting "bow-ties", rings
#: crossing themselves, overlapping parts): processing/framework/geometry.py
INVALID_GEOMETRY = choice(
    "INVALID_GEOMETRY",
    N_("Invalid polygons"),
    N_(
        "Input polygons that are not valid (a self-intersecting 'bow-tie', a ring crossing "
        "itself, overlapping parts) have no well-defined area and give wrong overlays. They "
        "are found before the run. Repair (default): they are made valid for the run (a "
        "bow-tie becomes its two triangles, overlapping parts their union), the log names "
        "them, and the layer is not changed. Stop: the run is refused, listing them. This "
        "replaces QGIS's 'Invalid features filtering' setting for these inputs."
    ),
    (N_("Repair them for the run and name them in the log"), "repair"),
    (N_("Stop the run and list them"), "refuse"),
    optional=True,
    advanced=True,
)

#: raw air monitoring data (环境 element and the 黑灰指数)
AIR_STATIONS = Param(
    "AIR_STATIONS",
    "vector",
    N_("Air quality stations (points, optional)"),
    N_(
        "Monitoring stations with a station code (站点编码). Each is joined to the unit polygon "
        "containing it (or, if the units are a table, by a unit-code column of the station "
        "layer). A station outside every unit stops the run."
    ),
    optional=True,
    geometry="point",
)

AIR_DAILY = Param(
    "AIR_DAILY",
    "vector",
    N_("Daily air quality values (table, optional)"),
    N_(
        "One row per station and day of one calendar year: station code, date (YYYY-MM-DD) "
        "and 24-h means of SO2, NO2, PM10, PM2.5, CO and the daily maximum 8-h mean of O3. "
        "Annual means, the CO 95th and O3 90th percentiles and the PM2.5 exceedance days are "
        "computed from them (HJ 663-2013 conventions); they replace the annual statistics of "
        "the tables for the units that have stations. Given as points at the stations, the "
        "values need no station layer."
    ),
    optional=True,
    geometry="any",
)

#: the edition of GB 3095 (value "" = the profile's elements.environment.air_standard)
AIR_STANDARD = Param(
    "AIR_STANDARD",
    "enum",
    N_("Air quality standard edition"),
    N_(
        "Use the edition in force in the evaluation year. GB 3095-2026 changes the PM2.5 "
        "limits; its final-phase PM10/SO2/NO2 limits are not verified and are reported as "
        "such."
    ),
    options=(
        N_("As in the method profile"),
        N_("GB 3095-2012"),
        N_("GB 3095-2026 transitional (2026–2030)"),
        N_("GB 3095-2026 final (from 2031)"),
    ),
    option_values=("", "gb3095_2012", "gb3095_2026_transitional", "gb3095_2026_final"),
    default=0,
)

# -- raster inputs of the 双评价 ----------------------------------------------------
DEM = Param(
    "DEM",
    "raster",
    N_("DEM (elevation, m)"),
    N_(
        "Digital elevation model in metres. Its grid is the analysis grid unless you choose "
        "another CRS, cell size or analysis area."
    ),
    unit="m",
)

SILT = Param(
    "SILT",
    "raster",
    N_("Silt content (粉砂含量, %) (optional)"),
    N_(
        "Silt content of the topsoil in percent (0–100); continuous, resampled bilinearly to "
        "the grid if needed."
    ),
    unit="%",
    optional=True,
)

PRECIPITATION = Param(
    "PRECIPITATION",
    "raster",
    N_("Annual precipitation (mm)"),
    N_("Mean annual precipitation in mm on a grid."),
    unit="mm",
)

# -- the analysis grid of the 双评价 -------------------------------------------------


#: GRID_REFERENCE, GRID_CRS, CELL_SIZE, MASK, BLOCK_SIZE: the analysis grid
#: follows the algorithm's main input (its help says which) unless set here.
GRID = (
    Param(
        "GRID_REFERENCE",
        "raster",
        N_("Analysis grid from this raster (optional)"),
        N_(
            "Put the result exactly on the grid (CRS, cells, extent) of another raster, "
            "e.g. an earlier result, so that the rasters of an evaluation line up cell "
            "for cell. Overrides the CRS and cell size below."
        ),
        optional=True,
        advanced=True,
        group="grid",
    ),
    Param(
        "GRID_CRS",
        "crs",
        N_("Analysis CRS (empty = that of the main input)"),
        N_(
            "Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 "
            "Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are reprojected "
            "to it. A geographic CRS is refused: slope and areas need metres."
        ),
        optional=True,
        advanced=True,
        group="grid",
    ),
    Param(
        "CELL_SIZE",
        "number",
        N_("Cell size of the analysis grid (CRS units; 0 = that of the main input)"),
        N_(
            "Every input is aligned to one grid: categorical inputs by nearest "
            "neighbour, continuous ones by bilinear interpolation (or the average of the "
            "covered cells where the grid is coarser). The run log says what was done "
            "to each input."
        ),
        default=0.0,
        minimum=0.0,
        advanced=True,
        group="grid",
    ),
    Param(
        "MASK",
        "vector",
        N_("Analysis area (polygons; empty = the whole main input)"),
        N_(
            "Cells whose centre lies outside these polygons are left out (nodata); the "
            "grid covers their extent."
        ),
        optional=True,
        geometry="polygon",
        group="grid",
    ),
    Param(
        "BLOCK_SIZE",
        "integer",
        N_("Block size (cells per side)"),
        N_(
            "Rasters are processed in square blocks of this many cells a side; memory "
            "use grows with the block, not with the raster. The default suits a desktop "
            "with 8 GB."
        ),
        default=1024,
        minimum=64,
        maximum=8192,
        advanced=True,
        group="grid",
    ),
    INVALID_GEOMETRY,
)


def on_grid(inputs, *outputs: Param) -> tuple:
    """The parameters of an algorithm on the analysis grid, in their order:
    its ``inputs``, the grid (:data:`GRID`), the method profile, then its
    ``outputs``."""
    return tuple(inputs) + GRID + (PROFILE,) + outputs


# -- daily rainfall for the rainfall erosivity R (rainfall_erosivity and the R of the
#    soil-conservation and soil-erosion algorithms) -------------------------------
DAILY_RAIN = Param(
    "DAILY_RAIN",
    "table",
    N_("Daily rainfall of the stations (table, optional)"),
    N_(
        "One row per station and day: a station code, the date (YYYY-MM-DD, or year, month "
        "and day columns) and the day's precipitation. Columns are recognised by their "
        "headers (站号 / station, 日期 / date, 年 / 月 / 日, 日降水量 / precipitation). An empty "
        "cell is a missing day; a negative value (a station file's special code) stops the "
        "run: clean such codes first."
    ),
    optional=True,
    geometry="any",
)
RAIN_STATIONS = Param(
    "RAIN_STATIONS",
    "vector",
    N_("Rain gauge stations (points, optional)"),
    N_(
        "The stations of the daily rainfall table, as points with the same station code "
        "(站号 / station). Their R is interpolated to the analysis grid by inverse-distance "
        "weighting."
    ),
    optional=True,
    geometry="point",
)
DAILY_RAIN_RASTERS = Param(
    "DAILY_RAIN_RASTERS",
    "layers",
    N_("Daily rainfall rasters (optional)"),
    N_(
        "One raster per day, on the analysis grid (same CRS, cells and extent), the date in "
        "the file name as YYYYMMDD or YYYY-MM-DD (e.g. rain_20150601.tif). A day without a "
        "file counts as missing."
    ),
    optional=True,
    layer_type="raster",
)
DAILY_RAIN_SCALE = Param(
    "DAILY_RAIN_SCALE",
    "number",
    N_("Millimetres per unit of the daily rainfall"),
    N_(
        "1 for values in mm; 0.1 for values stored in tenths of a millimetre, as in many "
        "station files."
    ),
    default=1.0,
    minimum=0.0001,
    maximum=1000.0,
    advanced=True,
)


# -- helpers ---------------------------------------------------------------------------
#: the file filter of a table written as a workbook or CSV
TABLE_FILTER = N_("Excel workbook (*.xlsx);;CSV (*.csv)")


def table_file(name: str, label: str, help: str = "", create_by_default: bool = False) -> Param:
    """An optional table file (xlsx or CSV) beside an algorithm's result, not
    created unless asked for (or ``create_by_default``)."""
    return Param(
        name,
        "file_out",
        label,
        help,
        optional=True,
        file_filter=TABLE_FILTER,
        create_by_default=create_by_default,
    )


def table_sink(name: str, label: str, help: str = "", **more) -> Param:
    """An optional output of rows that need no geometry (a report, a list)."""
    return Param(name, "sink", label, help, geometry="any", optional=True, **more)


#: county boundaries drawn over the results of a report's maps
COUNTY_BOUNDARIES = Param(
    "COUNTY",
    "vector_layer",
    N_("County boundaries for the maps (optional)"),
    N_("Drawn over the result in the report's maps."),
    optional=True,
    geometry=("polygon", "line"),
)
