#!/usr/bin/python3
"""Install the plugin zip into a QGIS settings folder and enable it, so that
QGIS and qgis_process started with QGIS_CUSTOM_CONFIG_PATH=<config> load it.

  install_plugin.py --zip dist/cc_warning_plugin-X.zip --config DIR [--locale zh_CN]

Replaces a previous copy of the plugin in that folder; touches nothing else.
"""

import argparse
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

PLUGIN = "cc_warning_plugin"


def plugins_dir(config: str) -> str:
    return os.path.join(config, "profiles", "default", "python", "plugins")


def set_locale(config: str, locale: str) -> None:
    """Set the QGIS interface locale of the profile (QGIS3.ini [locale])."""
    ini = os.path.join(config, "profiles", "default", "QGIS", "QGIS3.ini")
    os.makedirs(os.path.dirname(ini), exist_ok=True)
    cfg = configparser.RawConfigParser()
    cfg.optionxform = str
    cfg.read(ini, encoding="utf-8")
    if not cfg.has_section("locale"):
        cfg.add_section("locale")
    cfg.set("locale", "userLocale", locale)
    cfg.set("locale", "overrideFlag", "true")
    with open(ini, "w", encoding="utf-8") as fh:
        cfg.write(fh, space_around_delimiters=False)


def install(zip_path: str, config: str, locale: str = None) -> str:
    target_parent = plugins_dir(config)
    os.makedirs(target_parent, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        tops = {name.split("/", 1)[0] for name in zf.namelist()}
        if tops != {PLUGIN}:
            raise SystemExit(
                f"{zip_path}: expected one top-level folder {PLUGIN}/, found {sorted(tops)}"
            )
        staging = tempfile.mkdtemp(dir=target_parent, prefix=".install-")
        zf.extractall(staging)
    target = os.path.join(target_parent, PLUGIN)
    if os.path.islink(target) or os.path.isfile(target):
        os.remove(target)
    elif os.path.isdir(target):
        shutil.rmtree(target)
    os.replace(os.path.join(staging, PLUGIN), target)
    shutil.rmtree(staging)
    if locale:
        set_locale(config, locale)
    env = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=config,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    proc = subprocess.run(
        ["qgis_process.bin", "plugins", "enable", PLUGIN], env=env, capture_output=True, text=True
    )
    if proc.returncode != 0 and "already enabled" not in proc.stdout + proc.stderr:
        raise SystemExit(f"qgis_process could not enable {PLUGIN}:\n{proc.stdout}\n{proc.stderr}")
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--zip", required=True)
    parser.add_argument("--config", required=True, help="QGIS settings folder")
    parser.add_argument("--locale", help="set the interface locale, e.g. zh_CN")
    args = parser.parse_args(argv)
    print(install(args.zip, os.path.abspath(args.config), args.locale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
