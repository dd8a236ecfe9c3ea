#!/usr/bin/env bash
# Builds the generated files of the package in place: the compiled
# translations (cc_warning_plugin/i18n/*.qm), resources
# (cc_warning_plugin/resources_rc.py) and the offline help of every algorithm
# (cc_warning_plugin/help/, from the specs). All are ignored by git.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
/usr/bin/python3 scripts/i18n.py compile >/dev/null
# pyrcc5 writes "from PyQt5 import QtCore"; the plugin imports Qt through
# qgis.PyQt only, so that the same file loads in Qt 6 builds of QGIS.
pyrcc5 resources.qrc | sed 's/^from PyQt5 import QtCore$/from qgis.PyQt import QtCore/' \
  > cc_warning_plugin/resources_rc.py.tmp
grep -q '^from qgis.PyQt import QtCore$' cc_warning_plugin/resources_rc.py.tmp || {
  echo "build: pyrcc5 output does not import QtCore as expected" >&2; exit 1; }
mv cc_warning_plugin/resources_rc.py.tmp cc_warning_plugin/resources_rc.py
/usr/bin/python3 scripts/make_docs.py --help-pages cc_warning_plugin/help >/dev/null
echo "build: translations, resources and help pages compiled"
