#!/usr/bin/python3
"""Writes the annual 监测预警报告 of a period from a 2016-method result, with
what follows from it: measures and 奖惩 per unit, reminders and one letter
per county, a starting remediation plan, the targets, the cross-check of a
county's self-assessment against the result, and the public edition.

Until the Processing algorithms for these exist, the demo calls this script
(scripts/demo.sh, step 7); it uses the same pure functions an algorithm
will call (cc_warning_plugin.core.actions, cc_warning_plugin.report).

  annual_report.py --result warning_2016.gpkg --units shifan.gpkg --units-layer county \\
      --history warning_history.csv --county-result county_self_assessment_2025.csv \\
      --targets targets.csv --observations target_observations.csv \\
      --map warning_map_2025.png --out output/demo/annual --locale zh_CN
"""

import argparse
import datetime
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def read_layer(path: str, layer: str = None):
    from osgeo import ogr
    ds = ogr.Open(path)
    if ds is None:
        sys.exit(f"annual_report: cannot open {path}")
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    return [{n: f.GetField(n) for n in names} for f in lyr]


def result_provenance(path: str):
    """The provenance record an evaluation stored with its result: the
    custom property cc_warning/provenance of the style written beside it
    (<result>.qml), or None."""
    import json
    import xml.etree.ElementTree as ET
    qml = os.path.splitext(path)[0] + ".qml"
    if not os.path.isfile(qml):
        return None
    for opt in ET.parse(qml).iter("Option"):
        if opt.get("name") == "cc_warning/provenance" and opt.get("value"):
            return json.loads(opt.get("value"))
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--result", required=True, help="the period's 2016-method result (vector)")
    ap.add_argument("--units", required=True, help="unit boundaries (vector file)")
    ap.add_argument("--units-layer", default=None)
    ap.add_argument("--history", help="CSV: unit_code, period, load_type, warning_level")
    ap.add_argument("--county-result", help="a county's self-assessment of the same period")
    ap.add_argument("--targets")
    ap.add_argument("--observations")
    ap.add_argument("--map", help="PNG of the warning map's print layout")
    ap.add_argument("--change-map", help="PNG of the level-change map")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--org", default="")
    ap.add_argument("--city", default="", help="name of the city (report title)")
    ap.add_argument("--city-code", default="", help="code of the city in the targets table")
    ap.add_argument("--locale", default="zh_CN")
    ap.add_argument("--date", default=None, help="issue date YYYY-MM-DD (default: today)")
    args = ap.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.PyQt.QtWidgets import QApplication
    app = QApplication([])              # fonts and the PDF writer need a Qt application
    from cc_warning_plugin import qt_i18n
    qt_i18n.install(args.locale)

    from cc_warning_plugin.core.actions import crosscheck, measures, reminders, targets
    from cc_warning_plugin.core.actions.sidecar import read_rows
    from cc_warning_plugin.core.errors import CCError
    from cc_warning_plugin.core.i18n import tr
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.report.annual import (AnnualReportInput, annual_document,
                                                 annual_title, cross_check_document,
                                                 public_title)
    from cc_warning_plugin.report.docmodel import docx_available, docx_missing_message
    from cc_warning_plugin.report.outputs import write_document, write_letters
    from cc_warning_plugin.report.public import read_units, write_public_edition

    issued = datetime.date.fromisoformat(args.date) if args.date else datetime.date.today()
    try:
        p = load_profile()
        rows = read_layer(args.result)
        history = read_rows(args.history)[0] if args.history else []
        acts = measures.evaluate_actions(rows, p, history, layer=os.path.basename(args.result),
                                         history_name=args.history or "")
        period = acts[0].state.period
        rems = reminders.reminders(acts, p, issued)
        plan = reminders.plan_tasks(acts, p, issued)
        shapes = read_units(args.units, args.units_layer)
        names = {s.code: s.name for s in shapes}
        if args.city_code:
            names[args.city_code] = args.city
        tracked = []
        if args.targets and args.observations:
            tracked = targets.track(targets.load_targets(args.targets, p),
                                    targets.load_observations(args.observations, p), p, period)
        check, records = None, []
        if args.county_result:
            county_rows = read_rows(args.county_result)[0]
            codes = {str(r.get(k) or "").strip() for r in county_rows
                     for k in r if k in ("行政区划代码", "unit_code")}
            city = [r for r in rows if str(r.get("行政区划代码") or "").strip() in codes]
            check = crosscheck.cross_check(county_rows, city, p, tr("County self-assessment"),
                                           tr("City evaluation"))
            records = crosscheck.consultation_template(check, p)
        os.makedirs(args.out, exist_ok=True)
        stem = os.path.join(args.out, f"annual_report_{period}")
        formats = {"html": stem + ".html", "pdf": stem + ".pdf"}
        if docx_available():
            formats["docx"] = stem + ".docx"
        else:
            print("annual_report: " + docx_missing_message())
        title = annual_title(args.city, period)
        inp = AnnualReportInput(
            title, p, period, rows, acts, rems, plan, tracked, check, records,
            {s.code: s.area_m2 for s in shapes if s.area_m2 is not None},
            open(args.map, "rb").read() if args.map else None,
            open(args.change_map, "rb").read() if args.change_map else None,
            organisation=args.org, date=issued, region_names=names,
            provenance=[(os.path.basename(args.result), result_provenance(args.result))],
            sources={"result": args.result, "history": args.history or "",
                     "targets": args.targets or "", "observations": args.observations or "",
                     "cross_check": args.county_result or "", "areas": args.units})
        written = list(write_document(annual_document(inp), p, **formats).values())
        letters = reminders.letters(acts, rems, p, args.org, issued, names)
        written += write_letters(os.path.join(args.out, "letters"), letters, p,
                                 [f for f in ("html", "pdf", "docx") if f in formats])
        written.append(reminders.write_plan(os.path.join(args.out,
                                                         f"remediation_plan_{period}.xlsx"),
                                            plan, p))
        if check is not None:
            written.append(crosscheck.write_consultation(
                os.path.join(args.out, f"consultation_{period}.xlsx"), records))
            written += list(write_document(cross_check_document(check, p, records), p,
                                           html=os.path.join(args.out,
                                                             f"cross_check_{period}.html")
                                           ).values())
        public = os.path.join(args.out, "public")
        write_public_edition(public, acts, shapes, p, public_title(args.city), period,
                             args.org, rows, issued)
        written.append(public + os.sep)
    except CCError as exc:
        print(f"annual_report: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"  {os.path.relpath(path, args.out)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
