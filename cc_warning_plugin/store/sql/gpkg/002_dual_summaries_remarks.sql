-- schema version 2, GeoPackage: the 双评价 summaries of a run by unit (the
-- class areas of core/dual/zonal.py area_rows) and remarks (会商 / 协同校验
-- notes on a unit, a period or a run).

CREATE TABLE dual_summaries (
    summary_id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs (run_id),
    unit_code TEXT NOT NULL REFERENCES units (code),
    layer TEXT NOT NULL,
    class_code TEXT NOT NULL,
    class_label TEXT NOT NULL DEFAULT '',
    class_value INTEGER,
    cells INTEGER NOT NULL CHECK (cells >= 0),
    area_km2 REAL NOT NULL,
    area_ha REAL NOT NULL,
    area_mu REAL NOT NULL,
    share_pct REAL NOT NULL,
    UNIQUE (run_id, unit_code, layer, class_code)
);

CREATE TABLE remarks (
    remark_id INTEGER PRIMARY KEY,
    unit_code TEXT REFERENCES units (code),
    period_code TEXT REFERENCES periods (code),
    run_id INTEGER REFERENCES runs (run_id),
    topic TEXT NOT NULL CHECK (topic IN ('consultation', 'cross_check', 'note')),
    department_code TEXT REFERENCES departments (code),
    author TEXT NOT NULL,
    created_at DATETIME NOT NULL,
    body TEXT NOT NULL CHECK (body <> '')
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('dual_summaries', 'attributes', 'dual_summaries', '双评价分区面积 class areas by unit'),
    ('remarks', 'attributes', 'remarks', '会商意见 remarks');
