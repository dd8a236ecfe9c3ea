#!/usr/bin/env bash
# Builds the generated files of the package in place: the compiled
# translations (cc_warning_plugin/i18n/*.qm) and resources
# (cc_warning_plugin/resources_rc.py). Both are ignored by git.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
/usr/bin/python3 scripts/i18n.py compile >/dev/null
pyrcc5 -o cc_warning_plugin/resources_rc.py resources.qrc
echo "build: translations and resources compiled"
