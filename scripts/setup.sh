#!/usr/bin/env bash
# Installs what the plugin's demo and tests need on Debian 12 or 13: the apt
# packages of scripts/apt-packages.txt and a .venv (with system site
# packages) holding the PyPI test tools of requirements-dev.txt.
# Safe to run again: it only installs what is missing. CC_WARNING_VENV names
# another virtual environment folder (relative to the checkout), e.g. one per
# Debian release when scripts/in_debian.sh runs the suite on another release.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

mapfile -t wanted < <(grep -vE '^\s*(#|$)' scripts/apt-packages.txt)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: Debian packages present"
fi

venv="${CC_WARNING_VENV:-.venv}"
stamp="$venv/.requirements-dev.sha"
# The stamp covers the requirements and the interpreter: a venv made by another
# Python (another Debian release) is made again.
want_sha=$({ cat requirements-dev.txt; /usr/bin/python3 --version; } | sha256sum | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want_sha" ]; then
  echo "setup: creating $venv (system site packages) with requirements-dev.txt"
  /usr/bin/python3 -m venv --clear --system-site-packages "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$want_sha" > "$stamp"
else
  echo "setup: $venv up to date"
fi
