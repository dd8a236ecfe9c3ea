-- cc_warning monitoring database, schema version 1, GeoPackage.
-- Applied by the plugin (store/migrations.py) in one transaction. The
-- container and the geometry layers "units" and "stations" (FID and geometry
-- with their spatial index) were made by GDAL/OGR before (store/gpkg.py);
-- this adds their columns and the attribute tables, registered in
-- gpkg_contents as 'attributes' so that QGIS lists them.
-- The PostgreSQL variant is sql/postgis/001_initial.sql: same tables and columns.

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at DATETIME NOT NULL,
    plugin_version TEXT NOT NULL
);

CREATE TABLE store_info (
    info_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);

ALTER TABLE units ADD COLUMN code TEXT NOT NULL DEFAULT ''
    CHECK (code <> '' AND code NOT GLOB '*[^0-9]*');
ALTER TABLE units ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE units ADD COLUMN level TEXT NOT NULL DEFAULT 'county'
    CHECK (level IN ('county', 'township'));
ALTER TABLE units ADD COLUMN parent_code TEXT REFERENCES units (code);
ALTER TABLE units ADD COLUMN added_at DATETIME NOT NULL DEFAULT '';
CREATE UNIQUE INDEX units_code_idx ON units (code);

CREATE TABLE departments (
    department_id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code <> '' AND code NOT GLOB '*[^a-z0-9_]*'),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    editor_role TEXT NOT NULL DEFAULT ''
);

CREATE TABLE indicators (
    indicator_id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code <> '' AND code NOT GLOB '*[^a-z0-9_]*'),
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('number', 'integer', 'text', 'flag')),
    department_code TEXT REFERENCES departments (code),
    source TEXT NOT NULL DEFAULT '',
    dictionary_field TEXT,
    aliases TEXT NOT NULL DEFAULT ''
);

CREATE TABLE periods (
    period_id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('year')),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL CHECK (end_date >= start_date),
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE imports (
    import_id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('indicators', 'stations')),
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    department_code TEXT REFERENCES departments (code),
    source TEXT NOT NULL DEFAULT '',
    imported_at DATETIME NOT NULL,
    imported_by TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE observations (
    obs_id INTEGER PRIMARY KEY,
    unit_code TEXT NOT NULL REFERENCES units (code),
    indicator_code TEXT NOT NULL REFERENCES indicators (code),
    period_code TEXT NOT NULL REFERENCES periods (code),
    value REAL,
    value_text TEXT,
    version INTEGER NOT NULL CHECK (version >= 1),
    supersedes INTEGER UNIQUE REFERENCES observations (obs_id),
    department_code TEXT NOT NULL REFERENCES departments (code),
    source TEXT NOT NULL DEFAULT '',
    import_id INTEGER NOT NULL REFERENCES imports (import_id),
    file_row INTEGER,
    UNIQUE (unit_code, indicator_code, period_code, version),
    CHECK (value IS NOT NULL OR value_text IS NOT NULL),
    CHECK ((version = 1) = (supersedes IS NULL))
);
CREATE INDEX observations_period_idx ON observations (period_code, unit_code);

ALTER TABLE stations ADD COLUMN code TEXT NOT NULL DEFAULT '' CHECK (code <> '');
ALTER TABLE stations ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE stations ADD COLUMN kind TEXT NOT NULL DEFAULT 'air'
    CHECK (kind IN ('air', 'water', 'source'));
ALTER TABLE stations ADD COLUMN unit_code TEXT REFERENCES units (code);
ALTER TABLE stations ADD COLUMN water_body TEXT NOT NULL DEFAULT '';
ALTER TABLE stations ADD COLUMN enterprise TEXT NOT NULL DEFAULT '';
ALTER TABLE stations ADD COLUMN department_code TEXT REFERENCES departments (code);
CREATE UNIQUE INDEX stations_code_idx ON stations (code);

CREATE TABLE station_observations (
    sobs_id INTEGER PRIMARY KEY,
    station_code TEXT NOT NULL REFERENCES stations (code),
    outlet_id TEXT NOT NULL DEFAULT '',
    pollutant TEXT NOT NULL,
    observed_at DATETIME NOT NULL,
    resolution TEXT NOT NULL CHECK (resolution IN ('hour', 'day', 'month')),
    value REAL,
    limit_value REAL,
    valid BOOLEAN NOT NULL,
    qc_code TEXT NOT NULL DEFAULT '',
    import_id INTEGER NOT NULL REFERENCES imports (import_id),
    UNIQUE (station_code, outlet_id, pollutant, resolution, observed_at)
);
CREATE INDEX station_observations_time_idx ON station_observations (observed_at);

CREATE TABLE qc_findings (
    finding_id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports (import_id),
    station_code TEXT NOT NULL DEFAULT '',
    outlet_id TEXT NOT NULL DEFAULT '',
    pollutant TEXT NOT NULL DEFAULT '',
    period_start DATETIME,
    period_end DATETIME,
    qc_code TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);

CREATE TABLE runs (
    run_id INTEGER PRIMARY KEY,
    algorithm TEXT NOT NULL,
    plugin_version TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    profile_sha256 TEXT NOT NULL CHECK (length(profile_sha256) = 64
                                        AND profile_sha256 NOT GLOB '*[^0-9a-f]*'),
    parameters TEXT NOT NULL DEFAULT '{}',
    inputs TEXT NOT NULL DEFAULT '{}',
    period_code TEXT REFERENCES periods (code),
    base_period_code TEXT REFERENCES periods (code),
    user_name TEXT NOT NULL,
    started_at DATETIME NOT NULL,
    finished_at DATETIME,
    status TEXT NOT NULL CHECK (status IN ('finished', 'failed')),
    message TEXT NOT NULL DEFAULT ''
);

CREATE TABLE results (
    result_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs (run_id),
    unit_code TEXT NOT NULL REFERENCES units (code),
    land_index REAL,
    land_class TEXT,
    land_label TEXT,
    land_note TEXT,
    land_l REAL,
    land_l0 REAL,
    land_constr_area REAL,
    land_eval_area REAL,
    land_method TEXT,
    water_index REAL,
    water_class TEXT,
    water_label TEXT,
    water_note TEXT,
    water_r_total REAL,
    water_r_gw REAL,
    water_overdraft TEXT,
    water_worst TEXT,
    env_index REAL,
    env_class TEXT,
    env_label TEXT,
    env_air_index REAL,
    env_air_worst TEXT,
    env_water_index REAL,
    env_water_worst TEXT,
    env_worst TEXT,
    env_note TEXT,
    env_r_so2_annual REAL,
    env_r_no2_annual REAL,
    env_r_pm10_annual REAL,
    env_r_pm25_annual REAL,
    env_r_co_p95 REAL,
    env_r_o3_8h_p90 REAL,
    eco_index REAL,
    eco_class TEXT,
    eco_label TEXT,
    eco_note TEXT,
    eco_degraded_area REAL,
    eco_land_area REAL,
    eco_worst TEXT,
    eco_source TEXT,
    special_type TEXT,
    special_index REAL,
    special_class TEXT,
    special_label TEXT,
    special_note TEXT,
    special_zone TEXT,
    special_ref REAL,
    special_value REAL,
    special_bg_air TEXT,
    special_bg_water TEXT,
    special_bg_den REAL,
    special_bg_l REAL,
    special_bg_days REAL,
    trend_type TEXT,
    trend_label TEXT,
    trend_note TEXT,
    trend_r_land REAL,
    trend_r_water REAL,
    trend_r_cod REAL,
    trend_r_nh3n REAL,
    trend_r_so2 REAL,
    trend_r_nox REAL,
    trend_r_cover REAL,
    trend_eff_worse INTEGER,
    trend_emis_worse INTEGER,
    trend_eco_worse INTEGER,
    trend_n_worse INTEGER,
    trend_base_year INTEGER,
    trend_eval_year INTEGER,
    load_type TEXT,
    load_label TEXT,
    warning_level TEXT,
    warning_label TEXT,
    cause TEXT,
    cause_elements TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    UNIQUE (run_id, unit_code)
);

CREATE TABLE county_readers (
    reader_id INTEGER PRIMARY KEY,
    role_name TEXT NOT NULL UNIQUE,
    county_code TEXT NOT NULL CHECK (length(county_code) = 6)
);

CREATE VIEW observations_current AS
SELECT o.obs_id, o.unit_code, o.indicator_code, o.period_code, o.value, o.value_text,
       o.version, o.department_code, o.source, i.file_name, i.imported_at, i.imported_by,
       o.import_id
FROM observations o JOIN imports i ON i.import_id = o.import_id
WHERE NOT EXISTS (SELECT 1 FROM observations n WHERE n.supersedes = o.obs_id);

CREATE VIEW results_current AS
SELECT r.*, ru.algorithm, ru.period_code, ru.finished_at
FROM results r JOIN runs ru ON ru.run_id = r.run_id
WHERE ru.status = 'finished' AND NOT EXISTS (
    SELECT 1 FROM results r2 JOIN runs l ON l.run_id = r2.run_id
    WHERE r2.unit_code = r.unit_code AND l.algorithm = ru.algorithm
      AND l.period_code IS ru.period_code
      AND l.status = 'finished' AND l.run_id > ru.run_id);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('departments', 'attributes', 'departments', '部门 departments supplying indicators'),
    ('indicators', 'attributes', 'indicators', '指标 indicators'),
    ('periods', 'attributes', 'periods', '评价期 periods'),
    ('imports', 'attributes', 'imports', '导入记录 imports'),
    ('observations', 'attributes', 'observations', '指标值 indicator values, every version'),
    ('observations_current', 'attributes', 'observations_current', '指标现值 current indicator values'),
    ('station_observations', 'attributes', 'station_observations', '站点监测记录 station records'),
    ('qc_findings', 'attributes', 'qc_findings', '质控发现 quality-control findings'),
    ('runs', 'attributes', 'runs', '评价运行 evaluation runs'),
    ('results', 'attributes', 'results', '评价结果 results per run and unit'),
    ('results_current', 'attributes', 'results_current', '现行评价结果 latest results');
