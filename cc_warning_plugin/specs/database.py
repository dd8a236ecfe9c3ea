"""Specs of the algorithms of the monitoring database (监测预警数据库): create,
open and upgrade a database; load units; import indicators and station
records (with the quality control, exceedance alerts and Spearman trends);
station coverage; the 2016 chain evaluated from the database; the history
of every unit's level for the temporal controller; the due list of the
cadence; backup and restore.

A database is a GeoPackage (``DATABASE``) or a saved QGIS PostgreSQL
connection (``CONNECTION``; the credentials come from the QGIS
authentication database through its ``authcfg`` and are never written
anywhere). The rules in the help are read from the method profile's
``[database]`` and ``[monitoring]`` sections with their tags
(docs/database.md, docs/monitoring.md)."""

from typing import List

from ..core.i18n import label, tr
from .base import N_, Output, Param, Rule
from .m2016 import NATIONAL_RATES, NATIONAL_VALUES
from .factories import group_spec, reported_numbers
from .shared import AIR_STANDARD, ALLOW_PARTIAL, PROFILE, table_file, table_sink
from .texts import num, section_rule, tag_of

#: a spec of this group, documented on its page
database_spec = group_spec("database", "database.md")

# -- the database ---------------------------------------------------------------------
DATABASE = Param(
    "DATABASE",
    "file",
    N_("Monitoring database (GeoPackage)"),
    N_(
        "The .gpkg file of the monitoring database. Leave it empty and choose a PostgreSQL "
        "connection instead for a shared PostGIS database."
    ),
    optional=True,
    extension="gpkg",
)
CONNECTION = Param(
    "CONNECTION",
    "string",
    N_("Or: saved PostgreSQL connection"),
    N_(
        "The name of a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL) whose "
        "database holds the monitoring tables in the schema cc_warning. Its user name and "
        "password come from the QGIS authentication database (the connection's "
        "authentication configuration) and are never written into a project, a log, a run "
        "record or a report."
    ),
    optional=True,
)
#: the database an algorithm works on: a GeoPackage or a saved PostgreSQL connection
STORE = (DATABASE, CONNECTION)
DRY_RUN = Param(
    "DRY_RUN",
    "bool",
    N_("Dry run: check and report, write nothing"),
    N_(
        "On (default): every row is read, checked and classified, and the report lists what "
        "an import would add, change, leave unchanged, hold as a conflict or reject; the "
        "database is not changed. Off: the same, then everything is written in one "
        "transaction — all rows or, if any is rejected, none."
    ),
    default=True,
)
LEVELS = ("county", "township")
LEVEL = Param(
    "LEVEL",
    "enum",
    N_("Unit level"),
    N_("Counties (6-digit codes) or townships (9 or 12 digits)."),
    options=(N_("Counties"), N_("Townships")),
    option_values=LEVELS,
    default=0,
)


def _departments():
    from ..store.catalog import default_departments

    deps = default_departments()
    return [("", N_("Combined table: each value by its indicator's department"))] + [
        (code, f"{d['name_zh']} ({code})") for code, d in deps.items()
    ]


_DEPARTMENTS = _departments()
DEPARTMENT = Param(
    "DEPARTMENT",
    "enum",
    N_("Supplying department"),
    N_(
        "The department that sent the file. On PostgreSQL its editors may write only the "
        "indicators it supplies (row-level security). A combined table counts each value as "
        "supplied by its indicator's department; only a role that may write all of them (the "
        "administrator) can import one."
    ),
    options=tuple(lbl for _, lbl in _DEPARTMENTS),
    option_values=tuple(v for v, _ in _DEPARTMENTS),
    default=0,
)
SOURCE = Param(
    "SOURCE",
    "string",
    N_("Source of the values (e.g. 水资源公报)"),
    N_(
        "Where the numbers come from. A different value for the same cell from another "
        "department or source is a conflict (listed, not written)."
    ),
    optional=True,
)
SHEET = Param(
    "SHEET", "string", N_("Sheet (xlsx; empty = the first)"), optional=True, advanced=True
)
PERIOD = Param(
    "PERIOD",
    "integer",
    N_("Period (year)"),
    N_("The period of the evaluation, e.g. 2025."),
    default=2025,
    minimum=1800,
    maximum=2200,
)

#: outputs several algorithms give
SUMMARY = Output("SUMMARY", "string", N_("Summary"))
IMPORT_ID = Output("IMPORT_ID", "number", N_("Import id (0: nothing written)"))
TABLE_ROWS = Output("TABLES", "string", N_("Rows per table (JSON)"))


def input_field(name: str, label: str, help: str = "", **more) -> Param:
    """An optional field of the ``INPUT`` layer (empty: found by its header)."""
    return Param(name, "field", label, help, parent="INPUT", optional=True, **more)


def zero_period(name: str, label: str, help: str = "") -> Param:
    """A period (year) where 0 leaves it to the data; the label says how."""
    return PERIOD.but(name=name, label=label, help=help, default=0, minimum=0)


# -- sentences of the rules ------------------------------------------------------------


def unit_rules(profile) -> List[Rule]:
    db = profile.get("database")
    return [
        Rule(
            tr(
                "A county code has {county} digits, a township code {township} and "
                "starts with the code of its county; codes are unique and digits "
                "only."
            ).format(
                county=tr(" or ").join(str(n) for n in db["county_code_digits"]),
                township=tr(" or ").join(str(n) for n in db["township_code_digits"]),
            ),
            db.get("tag", ""),
        )
    ]


def import_rules(profile) -> List[Rule]:
    db = profile.get("database")
    return [
        Rule(
            tr(
                "Each cell (unit × indicator × period) is added, changed (a new version "
                "superseding the stored one, which is kept), unchanged (the same value to "
                "{n} significant digits), a conflict (another department or source supplied "
                "a different value: listed, not written) or rejected (the whole import is "
                "refused)."
            ).format(n=12),
            "",
        ),
        Rule(
            tr("A period is a year from {first} to the current year.").format(
                first=db["earliest_year"]
            ),
            db.get("tag", ""),
        ),
    ]


def qc_rules(profile) -> List[Rule]:
    m = profile.get("monitoring")
    codes = m["codes"]
    order = tr(", ").join(f"{label(codes[c])} ({c})" for c in m["codes"]["record_order"])
    flat = m["flat_line"]["records"]
    air = m["pollutants"]["air"]
    out = [
        Rule(
            tr(
                "Each record gets the first fault it has, in this order: {order}; else "
                "{ok}. Invalid: {invalid}."
            ).format(
                order=order,
                ok=label(codes["ok"]),
                invalid=tr(", ").join(
                    label(codes[c]) for c in m["codes"]["record_order"] if not codes[c]["valid"]
                ),
            ),
            tag_of(profile, "monitoring.codes"),
        ),
        Rule(
            tr(
                "Flat line: the same value in at least {hour} consecutive hourly or {day} "
                "daily records."
            ).format(hour=flat["hour"], day=flat["day"]),
            tag_of(profile, "monitoring.flat_line"),
        ),
    ]
    out.append(
        Rule(
            tr(
                "Above the instrument range / jump (a change larger than the step and "
                "the ratio times the previous value): {items}."
            ).format(
                items=tr("; ").join(
                    f"{code} {num(e['range_max'])} {e['unit']} / "
                    f"{num(e['jump_step'])}, ×{num(e['jump_ratio'])}"
                    for code, e in air.items()
                )
            ),
            tag_of(profile, "monitoring.pollutants"),
        )
    )
    out += [
        section_rule(
            N_(
                "A daily mean needs {daily_min_hours} valid hourly values; the O3 daily "
                "maximum 8-h mean {o3_min_windows} valid 8-h means; an annual statistic "
                "{month_min_days} valid days a month ({february_min_days} in February) and "
                "{min_valid_days} in the year; a water section's annual mean a valid value in "
                "{water_min_months} months."
            ),
            m["validity"],
            min_valid_days=profile.get("elements.environment.stations.min_valid_days"),
        ),
        Rule(
            tr(
                "Tampering signs per series and month: one value in at least {share} % of "
                "the records; at least {below} % of the values within {band} % below the "
                "limit."
            ).format(
                share=num(100 * m["tamper"]["repeated_share"]),
                below=num(100 * m["tamper"]["just_below_share"]),
                band=num(100 * m["tamper"]["just_below_band"]),
            ),
            tag_of(profile, "monitoring.tamper"),
        ),
        Rule(
            tr(
                "Alerts: valid daily air values above the 24-h limit of the GB 3095 edition; "
                "water values worse than the limit of class {cls} of GB 3838."
            ).format(cls=profile.get("elements.environment.water_class")),
            tag_of(profile, "monitoring.alerts"),
        ),
        Rule(
            tr(
                "Outlet alarm: at least {n} consecutive hour(s) above the permit limit of "
                "the record."
            ).format(n=m["source_alarms"]["min_hours"]),
            tag_of(profile, "monitoring.source_alarms"),
        ),
        Rule(
            tr(
                "Spearman trend of the annual values of at least {n} years: rs = 1 − 6Σd² / "
                "(n³ − n), significant at {levels} when |rs| reaches the critical value for "
                "n."
            ).format(
                n=m["trend"]["min_years"],
                levels=tr(" / ").join(num(x) for x in m["trend"]["levels"]),
            ),
            tag_of(profile, "monitoring.trend"),
        ),
    ]
    return out


def coverage_rules(profile) -> List[Rule]:
    out = []
    for req in profile.get("monitoring.coverage.requirements"):
        where = (
            tr("units whose {field} is yes").format(field=req["applies_if"])
            if req.get("applies_if")
            else tr("every unit")
        )
        out.append(
            Rule(
                tr(
                    "{type}: at least {n} per unit with at least {records} valid "
                    "records in the period ({where})."
                ).format(
                    type=label(req),
                    n=req["min_stations"],
                    records=req["min_valid_records"],
                    where=where,
                ),
                tag_of(profile, "monitoring.coverage"),
            )
        )
    return out


def cadence_rules(profile) -> List[Rule]:
    out = []
    for rule in profile.get("monitoring.cadence.rules"):
        who = (
            tr(" / ").join(profile.class_label("load_classes", c) for c in rule["load_types"])
            if rule["load_types"]
            else tr("every unit")
        )
        if "every_months" in rule:
            text = tr("{rule}: {who}, due {months} months after the latest evaluation.")
        else:
            text = tr(
                "{rule}: {who}, due at the first observation newer than the latest evaluation."
            )
        out.append(
            Rule(
                text.format(rule=label(rule), who=who, months=rule.get("every_months", "")),
                tag_of(profile, "monitoring.cadence"),
            )
        )
    return out


def history_rules(profile) -> List[Rule]:
    levels = [
        profile.class_label("warning_levels", c) for c in profile.class_codes("warning_levels")
    ]
    return [
        Rule(
            tr("Warning levels: {levels}.").format(levels=" / ".join(levels)),
            tag_of(profile, "warning_levels"),
        )
    ]


# -- the specs ---------------------------------------------------------------------------

DB_CREATE = database_spec(
    id="db_create",
    name=N_("Create, open or upgrade a monitoring database"),
    summary=N_(
        "Creates a monitoring database — a new GeoPackage, or the tables in the schema "
        "cc_warning of a PostgreSQL/PostGIS database prepared by its administrator "
        "(docs/database.md) — with the departments and indicators of the catalogue; "
        "or opens an existing one and reports its schema version. A database of an "
        "older version is upgraded when asked (a GeoPackage is backed up first); one "
        "of a newer version than the plugin knows is refused and left unchanged."
    ),
    params=(
        *STORE,
        Param(
            "CRS",
            "crs",
            N_("CRS of a new database"),
            N_(
                "The projected CRS of the units and stations of a new database (e.g. a "
                "CGCS2000 Gauss-Kruger zone). Empty: EPSG:4527, the zone of the sample "
                "city."
            ),
            default="EPSG:4527",
            optional=True,
        ),
        Param(
            "UPGRADE",
            "bool",
            N_("Upgrade an older database"),
            N_(
                "Apply the migrations the database lacks, in one transaction. A "
                "GeoPackage is first copied beside itself (name_before_vN.gpkg)."
            ),
            default=False,
        ),
    ),
    outputs=(
        Output("STATUS", "string", N_("Schema status")),
        Output("SCHEMA_VERSION", "number", N_("Schema version")),
        Output("CREATED", "number", N_("Created (1) or opened (0)")),
        Output("BACKUP", "string", N_("Backup made before the upgrade")),
    ),
    rules=unit_rules,
)

DB_LOAD_UNITS = database_spec(
    id="db_load_units",
    name=N_("Load evaluation units into the database"),
    summary=N_(
        "Adds the counties or townships of a polygon layer to the database with their "
        "code, name and geometry (reprojected to the database's CRS), in one "
        "transaction. Every code is checked first — digits, length, duplicates, a "
        "township's county — and any problem stops the load with the feature and the "
        "reason; nothing is written. Units already in the database are left as they "
        "are and reported (unchanged, or differing in name or county)."
    ),
    params=(
        *STORE,
        Param(
            "INPUT",
            "vector",
            N_("Unit polygons"),
            N_("County or township polygons with a code and a name field."),
            geometry="polygon",
        ),
        LEVEL,
        input_field(
            "CODE_FIELD",
            N_("Code field (行政区划代码 / 乡镇代码)"),
            N_(
                "Empty: for counties the field the indicator dictionary recognises as "
                "the unit code (行政区划代码 …), for townships 乡镇代码."
            ),
        ),
        input_field(
            "NAME_FIELD",
            N_("Name field"),
            N_(
                "Empty: for counties the field the indicator dictionary recognises as "
                "the unit name (名称 …), for townships 乡镇名称."
            ),
        ),
        input_field(
            "PARENT_FIELD",
            N_("County code field (townships)"),
            N_(
                "For townships: the field holding the code of the county each belongs "
                "to. Empty: the field recognised as the unit code (行政区划代码 …)."
            ),
        ),
        input_field(
            "NAME_EN_FIELD",
            N_("English name field (optional)"),
            advanced=True,
        ),
    ),
    outputs=(
        Output("ADDED", "number", N_("Units added")),
        Output("UNCHANGED", "number", N_("Units already there")),
        Output("DIFFERING", "number", N_("Units there with another name or county")),
        SUMMARY,
    ),
    rules=unit_rules,
)

STATION_KINDS = ("air", "water", "source")
DB_LOAD_STATIONS = database_spec(
    id="db_load_stations",
    name=N_("Load monitoring stations into the database"),
    summary=N_(
        "Adds the air stations, water sections or pollution sources (enterprises) of a "
        "point layer to the database with their code, name and location (reprojected "
        "to the database's CRS), in one transaction; each gets the county it lies in, "
        "or the one a unit-code field names. Their records can then be imported. "
        "Codes already in the database are left as they are and reported."
    ),
    params=(
        *STORE,
        Param("INPUT", "vector", N_("Station points"), geometry="point"),
        Param(
            "KIND",
            "enum",
            N_("Kind of station"),
            options=(
                N_("Air quality stations"),
                N_("Water-quality sections"),
                N_("Pollution sources (enterprises)"),
            ),
            option_values=STATION_KINDS,
            default=0,
        ),
        input_field(
            "CODE_FIELD",
            N_("Code field (站点编码 / 断面编码 / 企业编码)"),
            N_("Empty: the field recognised as the station or section code."),
        ),
        input_field(
            "NAME_FIELD",
            N_("Name field"),
            N_("Empty: 站点名称, 断面名称 or 企业名称."),
        ),
        input_field(
            "WATER_BODY_FIELD",
            N_("Water body field (sections: 河流 / 湖库)"),
            N_(
                "Empty: the field recognised as the water body (水体类型 …). The limits of "
                "TP and TN depend on it."
            ),
        ),
        input_field(
            "UNIT_FIELD",
            N_("Unit-code field (optional)"),
            N_("Empty: each station gets the county whose polygon holds it."),
        ),
        DEPARTMENT.but(
            default=[v for v, _ in _DEPARTMENTS].index("ecology_environment"),
            label=N_("Department running the stations"),
        ),
    ),
    outputs=(
        Output("ADDED", "number", N_("Stations added")),
        Output("EXISTING", "number", N_("Stations already there")),
        Output("WITHOUT_UNIT", "number", N_("Stations outside every unit")),
        SUMMARY,
    ),
)

REPORT_HELP = N_(
    "One row per rejected row and per cell added, changed, unchanged or in "
    "conflict: status, the file's row number and column, unit, indicator, period, "
    "value, the stored value, version, the stored department and source, and the "
    "reason of a rejection."
)
DB_IMPORT_INDICATORS = database_spec(
    id="db_import_indicators",
    name=N_("Import indicator values (department workbook)"),
    summary=N_(
        "Imports the indicator values a department sends — an xlsx sheet or a CSV "
        "file (UTF-8 or GBK), wide (a row per unit, a column per indicator) or long "
        "(unit, indicator, period, value) — with headers matched through the indicator "
        "dictionary and units of measure converted. Run it first as a dry run: the "
        "report lists, with row numbers, what would be added, changed, left unchanged, "
        "held as a conflict or rejected, and nothing is written. Then run it with the "
        "dry run off: all rows are written in one transaction, or none. A changed value "
        "becomes a new version; the old one stays in the history."
    ),
    params=(
        *STORE,
        Param(
            "INPUT",
            "file",
            N_("Workbook or CSV file"),
            N_("The department's file (.xlsx or .csv)."),
        ),
        SHEET,
        DEPARTMENT,
        SOURCE,
        zero_period(
            "PERIOD", N_("Period (year) of a wide table without a year column (0 = from the file)")
        ),
        DRY_RUN,
        Param(
            "SKIP_BLANK",
            "bool",
            N_("Leave empty cells out instead of rejecting them"),
            N_(
                "Off (default): an empty cell of a wide table is rejected (a value is "
                "missing). On: it is left out, as if the indicator were not in the file "
                "for that unit."
            ),
            default=False,
            advanced=True,
        ),
        table_file("REPORT", N_("Import report"), REPORT_HELP),
    ),
    outputs=(
        Output("ADDED", "number", N_("Cells added")),
        Output("CHANGED", "number", N_("Cells changed (new versions)")),
        Output("UNCHANGED", "number", N_("Cells unchanged")),
        Output("CONFLICTS", "number", N_("Cells in conflict")),
        Output("REJECTED", "number", N_("Rows or cells rejected")),
        IMPORT_ID,
        SUMMARY,
    ),
    rules=import_rules,
)

STATION_FORMATS = ("air_daily", "air_hourly", "water", "source")
DB_IMPORT_STATIONS = database_spec(
    id="db_import_stations",
    name=N_("Import station records with quality control"),
    summary=N_(
        "Imports monitoring records — daily or hourly air values of the stations, "
        "water-section values, pollution-source online monitoring — after the quality "
        "control of the method profile: each record keeps its QC code and validity; "
        "the QC report lists the stations and periods that fail and why (gaps, "
        "incomplete days and years, flat lines, jumps, duplicates, tampering signs). "
        "Exceedance alerts against GB 3095 / GB 3838, alarms of the outlets above their "
        "permit limit, and the Spearman trend of every station and pollutant over the "
        "years in the database come with it. A dry run writes nothing."
    ),
    params=(
        *STORE,
        Param(
            "INPUT",
            "file",
            N_("Records (xlsx or CSV)"),
            N_(
                "Air daily: station code, date, a column per pollutant (SO2, NO2, PM10, "
                "PM2.5, CO, O3_8h). Air hourly: station code, time (2025-01-01 13:00), a "
                "column per pollutant. Water: section code, month (with the year) or "
                "date, a column per pollutant (溶解氧, 高锰酸盐指数, 氨氮 …). Air and water "
                "may also come long: station, time, pollutant, value. Pollution "
                "sources: enterprise code, outlet (排放口编号), time, pollutant, "
                "concentration, permit limit (许可限值). The stations must be in the "
                "database."
            ),
        ),
        Param(
            "FORMAT",
            "enum",
            N_("Format"),
            options=(
                N_("Air, daily values"),
                N_("Air, hourly values"),
                N_("Water sections"),
                N_("Pollution sources (online monitoring)"),
            ),
            option_values=STATION_FORMATS,
            default=0,
        ),
        SHEET,
        zero_period(
            "YEAR",
            N_("Year of the records (0 = as they say)"),
            N_(
                "The calendar year the file covers: needed for water records given by "
                "month, and the QC then also reports gaps at the start and end of the "
                "year."
            ),
        ),
        Param(
            "WHOLE_YEAR",
            "bool",
            N_("The file holds whole years"),
            N_(
                "On: the annual rules (valid days a month and a year, water months) are "
                "checked for every year of the file. Off for a file of part of a "
                "year."
            ),
            default=True,
        ),
        DEPARTMENT.but(default=[v for v, _ in _DEPARTMENTS].index("ecology_environment")),
        AIR_STANDARD,
        DRY_RUN,
        PROFILE,
        table_sink(
            "QC_REPORT",
            N_("QC report"),
            N_(
                "One row per station, pollutant and period that fails a check: the code, "
                "its label, the period, the count and why."
            ),
        ),
        table_sink(
            "ALERTS",
            N_("Exceedance alerts and outlet alarms"),
            N_(
                "Air days and water values above the standard's limit, and runs of hours "
                "a pollution source was above its permit limit."
            ),
        ),
        table_sink(
            "TRENDS",
            N_("Spearman trends"),
            N_(
                "Per station and pollutant: the years, rs, the critical values, the "
                "significance level reached and the trend (rising, falling, no "
                "significant change, too few years)."
            ),
            create_by_default=False,
        ),
    ),
    outputs=(
        Output("RECORDS", "number", N_("Records read")),
        Output("ADDED", "number", N_("Records added")),
        Output("UNCHANGED", "number", N_("Records unchanged")),
        Output("CONFLICTS", "number", N_("Records in conflict")),
        Output("INVALID", "number", N_("Records marked invalid by the QC")),
        Output("FINDINGS", "number", N_("QC findings")),
        Output("ALERT_COUNT", "number", N_("Alerts and alarms")),
        IMPORT_ID,
        SUMMARY,
    ),
    rules=qc_rules,
)

DB_STATION_COVERAGE = database_spec(
    id="db_station_coverage",
    name=N_("Station coverage (加密布点)"),
    summary=N_(
        "Lists the units where the monitoring network must be extended: per required "
        "station type of the method profile, the units with too few stations, or too "
        "few with enough valid records in the year (air: valid daily values; water: "
        "months with a valid value). A map layer of those units and, optionally, the "
        "same rows as a table."
    ),
    params=(
        *STORE,
        PERIOD.but(label=N_("Year")),
        LEVEL,
        Param(
            "UNIT_FIELDS",
            "table",
            N_("Yes/no fields of the units (optional)"),
            N_(
                "A layer or table with the unit code and the fields the requirements "
                "name (e.g. has_river: 1 for units with rivers). A requirement whose "
                "field is not given applies to every unit."
            ),
            optional=True,
            fields=("unit_code",),
        ),
        PROFILE,
        Param("OUTPUT", "sink", N_("Units where the network must be extended"), geometry="polygon"),
        table_file("TABLE", N_("The same as a table (optional)")),
    ),
    outputs=(Output("COUNT", "number", N_("Rows (unit and station type)")),),
    rules=coverage_rules,
    result_fields=(
        ("unit_code", N_("the unit")),
        ("station_type", N_("air or water")),
        ("stations", N_("stations of the type in the unit")),
        ("qualified", N_("of them with enough valid records")),
        ("missing", N_("stations to add")),
        ("reason", N_("why")),
    ),
)

DB_EVALUATE_2016 = database_spec(
    id="db_evaluate_2016",
    name=N_("Evaluate from the database (2016 method)"),
    summary=N_(
        "Runs the whole 2016 monitoring and early-warning chain on a period of the "
        "database: the evaluation table is assembled from the current version of every "
        "indicator value of the period and of the base period, with the air stations' "
        "valid daily values and the water sections' valid values of the year. Units "
        "with missing values are listed. The run record (profile, parameters, inputs, "
        "user, times) and every unit's result are written to the database; a later run "
        "for the same period supersedes this one, and both stay queryable. The result "
        "layer is styled by warning level."
    ),
    params=(
        *STORE,
        PERIOD,
        zero_period(
            "BASE_PERIOD",
            N_("Base period (0 = the latest earlier period with values)"),
            N_("The period the depletion trend compares with."),
        ),
        NATIONAL_RATES,
    )
    + NATIONAL_VALUES
    + (
        Param(
            "USE_STATIONS",
            "bool",
            N_("Use the station records of the year"),
            N_(
                "On: the air stations' valid daily values and the water sections' valid "
                "values of the year replace the annual statistics of the tables for "
                "their units."
            ),
            default=True,
        ),
        AIR_STANDARD,
        ALLOW_PARTIAL,
        Param(
            "DUAL_SUMMARIES",
            "layers",
            N_("双评价 class areas by unit (optional)"),
            N_(
                "Tables written by dual_zonal_summary (class areas of a 双评价 layer per "
                "unit): stored with the run, under each table's name."
            ),
            optional=True,
            layer_type="vector",
            advanced=True,
        ),
        PROFILE,
        Param("OUTPUT", "sink", N_("Result"), geometry="polygon", style="warning_levels"),
        table_sink(
            "MISSING",
            N_("Missing values per unit"),
            N_("One row per unit with indicators without a value in the period."),
            create_by_default=False,
        ),
    ),
    outputs=reported_numbers(
        ("RUN_ID", N_("Run id")), ("SUPERSEDED", N_("Earlier runs of the period"))
    ),
    rules=history_rules,
    result_fields=(
        ("unit_code", N_("the unit")),
        ("warning_level", N_("warning level code")),
        ("load_type", N_("overload type")),
        ("cause", N_("the cause")),
        ("run_id", N_("the run in the database")),
    ),
)

DB_HISTORY = database_spec(
    id="db_history",
    name=N_("History of warning levels (temporal layer)"),
    summary=N_(
        "Every unit's load type and warning level for every evaluated period of the "
        "database (the latest run of each period), as a polygon layer with the "
        "period's start and the day the level held until. The layer's temporal "
        "properties are set (start and end from these fields), so QGIS's temporal "
        "controller animates the warning map over the years; optionally one PNG frame "
        "of the map per period."
    ),
    params=(
        *STORE,
        LEVEL,
        PROFILE,
        Param("OUTPUT", "sink", N_("History layer"), geometry="polygon", style="warning_levels"),
        Param(
            "FRAMES",
            "folder_out",
            N_("PNG frames, one per period (optional)"),
            N_(
                "The warning map at each evaluated period, drawn through the layer's "
                "temporal range (warning_<period>.png)."
            ),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "FRAME_WIDTH",
            "integer",
            N_("Frame width (pixels)"),
            default=800,
            minimum=200,
            maximum=4000,
            advanced=True,
        ),
    ),
    outputs=(
        Output("PERIODS", "string", N_("Evaluated periods")),
        Output("COUNT", "number", N_("Rows (unit and period)")),
    ),
    rules=history_rules,
    result_fields=(
        ("period_code", N_("the evaluated period")),
        ("period_start", N_("its first day (temporal start)")),
        (
            "valid_until",
            N_(
                "the day before the unit's next evaluated period, or "
                "the period's last day (temporal end)"
            ),
        ),
        ("warning_level", N_("warning level code")),
        ("load_type", N_("overload type")),
    ),
)

DB_DUE_LIST = database_spec(
    id="db_due_list",
    name=N_("Due list (evaluation cadence)"),
    summary=N_(
        "The units due or overdue for evaluation, from the latest result of every unit "
        "in the database and the cadence rules of the method profile: all units every "
        "few years, 临界超载 units every year, 超载 units as soon as a newer observation "
        "(a valid station record or an indicator import) arrives — with the due date "
        "and the days overdue."
    ),
    params=(
        *STORE,
        Param("AS_OF", "string", N_("As of (YYYY-MM-DD; empty = today)"), optional=True),
        Param(
            "WITHIN_DAYS",
            "integer",
            N_("Also units due within (days)"),
            default=0,
            minimum=0,
            maximum=3650,
        ),
        Param("NEVER", "bool", N_("List units never evaluated"), default=True),
        LEVEL,
        PROFILE,
        Param("OUTPUT", "sink", N_("Due list"), geometry="polygon"),
    ),
    outputs=(
        Output("COUNT", "number", N_("Units listed")),
        Output("OVERDUE", "number", N_("Units overdue")),
        Output("REMINDERS", "string", N_("Reminders (one line per unit)")),
    ),
    rules=cadence_rules,
    result_fields=(
        ("rule", N_("the cadence rule")),
        ("due_date", N_("when it fell due")),
        ("overdue_days", N_("days since (negative: days until)")),
        ("reason", N_("why")),
    ),
)

DB_BACKUP = database_spec(
    id="db_backup",
    name=N_("Back up a monitoring database"),
    summary=N_(
        "A consistent copy of a GeoPackage — also while it is open in QGIS or being "
        "written (SQLite's online backup) — or an export of every table of a PostGIS "
        "database into a new GeoPackage of the same schema version and CRS, with every "
        "id, version and time. An existing file is never overwritten."
    ),
    params=(
        *STORE,
        Param(
            "OUTPUT", "file_out", N_("Backup (GeoPackage)"), file_filter=N_("GeoPackage (*.gpkg)")
        ),
    ),
    outputs=(
        Output("ROWS", "number", N_("Rows copied")),
        TABLE_ROWS,
    ),
)

DB_RESTORE = database_spec(
    id="db_restore",
    name=N_("Restore a monitoring database"),
    summary=N_(
        "Writes a backup or export (a GeoPackage) into a new database: a new "
        "GeoPackage, or the empty PostgreSQL database of a saved connection (its "
        "administrator ran the set-up script; the tables are created with the backup's "
        "schema version and CRS). Every row keeps its id, version and time; the copy "
        "is one transaction."
    ),
    params=(
        Param("INPUT", "file", N_("Backup (GeoPackage)"), extension="gpkg"),
        CONNECTION.but(label=N_("Into: saved PostgreSQL connection (an empty database)")),
        Param(
            "OUTPUT",
            "file_out",
            N_("Or into: a new GeoPackage"),
            optional=True,
            file_filter=N_("GeoPackage (*.gpkg)"),
            create_by_default=False,
        ),
    ),
    outputs=(
        Output("ROWS", "number", N_("Rows restored")),
        TABLE_ROWS,
    ),
)
