#!/usr/bin/env bash
# Runs the plugin's test suite (unit, QGIS and packaging tests) after
# installing what is missing (scripts/setup.sh). Extra arguments go to
# pytest, e.g. ./scripts/test.sh -k exceedance
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
./scripts/setup.sh
./scripts/build.sh
mkdir -p output
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python -m pytest --junitxml=output/test-report.xml "$@" || status=$?
echo "test: report written to $here/output/test-report.xml"
exit $status
