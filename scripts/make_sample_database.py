#!/usr/bin/python3
"""Build the sample city's (示范市) monitoring database: a GeoPackage at the
given path (default output/shifan_monitoring.gpkg), or a PostGIS database
given as a DSN (``--postgres "host=… dbname=… user=…"``).

See docs/database.md (The sample database): the units, stations and
indicators of cc_warning_plugin/sample_data/, 2015 invented from 2020 and
marked fictional, the 2025 station records, and the 2016 chain evaluated
from the database for 2020 and 2025.
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "path", nargs="?", default=os.path.join(ROOT, "output", "shifan_monitoring.gpkg")
    )
    ap.add_argument("--postgres", help="a PostgreSQL DSN instead of a GeoPackage path")
    ap.add_argument("--no-evaluate", action="store_true", help="do not run the 2016 chain")
    args = ap.parse_args(argv)
    from cc_warning_plugin.store import evaluation
    from cc_warning_plugin.store.sample import build_sample_database

    target = args.postgres or os.path.abspath(args.path)
    if not args.postgres:
        os.makedirs(os.path.dirname(target), exist_ok=True)
    store = build_sample_database(target, evaluate=not args.no_evaluate)
    try:
        print(store.describe())
        for r in evaluation.level_history(store):
            print(
                f"  {r['unit_code']} {r['unit_name']} {r['period_code']}: {r['load_type']}, "
                f"{r['warning_level']}"
            )
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
