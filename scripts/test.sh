#!/usr/bin/env bash
# Runs the plugin's test suite (unit, QGIS and packaging tests) after
# installing what is missing (scripts/setup.sh). The lint and the format
# check (ruff, the rules of pyproject.toml [tool.ruff]) run first, then the
# count of repeated code (scripts/check_duplicates.py); the script fails if any
# of them fails.
# Extra arguments go to pytest, e.g. ./scripts/test.sh -k exceedance
#
#   ./scripts/test.sh --debian 13 [pytest args]   runs the same suite on Debian 13
#     (QGIS 3.40) in a cached Debian root on this machine (scripts/in_debian.sh);
#     its report goes to output/debian13/.
#
# CC_WARNING_OUTPUT: folder of the report (default output/);
# CC_WARNING_VENV: the virtual environment (default .venv).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ "${1:-}" = "--debian" ]; then
  [ $# -ge 2 ] || { echo "test: --debian needs a release number, e.g. --debian 13" >&2; exit 2; }
  release=$2
  shift 2
  exec ./scripts/in_debian.sh "$release" ./scripts/test.sh "$@"
fi
./scripts/setup.sh
./scripts/build.sh
out="${CC_WARNING_OUTPUT:-$here/output}"
venv="${CC_WARNING_VENV:-.venv}"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
status=0
echo "test: ruff check and ruff format --check (fix with: .venv/bin/ruff format .)"
"$venv/bin/ruff" check --no-cache . || status=$?
"$venv/bin/ruff" format --check --no-cache . || status=$?
# repeated code: counts, and a failure on code repeated to the letter between
# two algorithms (where the duplicates tool is installed; skipped elsewhere)
/usr/bin/python3 scripts/check_duplicates.py || status=$?
"$venv/bin/python" -m pytest --junitxml="$out/test-report.xml" "$@" || status=$?
echo "test: report written to $out/test-report.xml"
exit $status
