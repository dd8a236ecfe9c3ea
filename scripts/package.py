#!/usr/bin/python3
"""Build the installable plugin zip: dist/cc_warning_plugin-<version>.zip.

The zip holds exactly one top-level folder, cc_warning_plugin/, with the
package, metadata.txt, LICENSE, compiled resources and .qm translations —
no tests, caches or development files. Install it in QGIS with
Plugins ▸ Manage and Install Plugins ▸ Install from ZIP.
"""

import argparse
import configparser
import os
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "cc_warning_plugin"
EXCLUDE_DIRS = {"__pycache__", ".pytest_cache", ".qgis-settings", "tests"}
EXCLUDE_SUFFIXES = (".pyc", ".pyo", ".aux.xml", ".tmp", "~")


def version() -> str:
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return cfg["general"]["version"]


def files_to_pack():
    """(absolute path, path in zip) of every file that goes into the zip."""
    out = []
    base = os.path.join(ROOT, PACKAGE)
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDE_DIRS)
        for name in sorted(filenames):
            if name.endswith(EXCLUDE_SUFFIXES) or name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            out.append((path, os.path.relpath(path, ROOT)))
    for name in ("metadata.txt", "LICENSE"):
        out.append((os.path.join(ROOT, name), f"{PACKAGE}/{name}"))
    return out


def build(dest_dir: str) -> str:
    subprocess.run(
        [os.path.join(ROOT, "scripts", "build.sh")], check=True, stdout=subprocess.DEVNULL
    )
    for required in ("resources_rc.py", os.path.join("i18n", "cc_warning_plugin_zh_CN.qm")):
        if not os.path.exists(os.path.join(ROOT, PACKAGE, required)):
            raise SystemExit(f"package: {required} was not built")
    os.makedirs(dest_dir, exist_ok=True)
    target = os.path.join(dest_dir, f"{PACKAGE}-{version()}.zip")
    tmp = target + ".part"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, arc in files_to_pack():
            zf.write(path, arc)
    os.replace(tmp, target)
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--dist", default=os.path.join(ROOT, "dist"), help="output folder (default: dist/)"
    )
    args = parser.parse_args(argv)
    target = build(args.dist)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
