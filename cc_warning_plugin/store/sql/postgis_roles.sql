-- cc_warning monitoring database on PostgreSQL/PostGIS: what a DBA runs ONCE,
-- as a superuser, in the database that will hold the monitoring data:
--
--     psql -d <database> -f postgis_roles.sql
--
-- It is safe to run again. It creates
--   * the PostGIS extension;
--   * the group roles (NOLOGIN): cc_admin (owns the tables, runs upgrades),
--     cc_editor (all editors), one editor role per department (member of
--     cc_editor), cc_reader (read-only);
--   * the schema cc_warning owned by cc_admin.
-- The tables, grants and row-level-security policies are made by the plugin
-- when an administrator creates the database (its migrations), not here.
--
-- Then give people logins in the roles, e.g.
--     CREATE ROLE li_admin LOGIN PASSWORD '…' IN ROLE cc_admin;
--     CREATE ROLE wang LOGIN PASSWORD '…' IN ROLE cc_editor_water;
--     CREATE ROLE zhao LOGIN PASSWORD '…' IN ROLE cc_reader;
-- and, to let a county read only its own units (optional):
--     CREATE ROLE cc_county_990102 NOLOGIN IN ROLE cc_reader;
--     CREATE ROLE chen LOGIN PASSWORD '…' IN ROLE cc_county_990102;
--     INSERT INTO cc_warning.county_readers (role_name, county_code)
--         VALUES ('cc_county_990102', '990102');        -- as cc_admin
-- The department roles match store/departments.toml (the departments table
-- names each department's editor_role); a new department needs its role
-- here and its row in the departments table.

CREATE EXTENSION IF NOT EXISTS postgis;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['cc_admin', 'cc_editor', 'cc_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY['natural_resources', 'water', 'ecology_environment',
                             'agriculture', 'forestry', 'statistics',
                             'development_reform'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cc_editor_' || r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE cc_editor', 'cc_editor_' || r);
        END IF;
    END LOOP;
END $$;

CREATE SCHEMA IF NOT EXISTS cc_warning AUTHORIZATION cc_admin;
ALTER SCHEMA cc_warning OWNER TO cc_admin;
GRANT USAGE ON SCHEMA cc_warning TO cc_editor, cc_reader;
