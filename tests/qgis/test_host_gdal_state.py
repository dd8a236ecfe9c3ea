"""GDAL's Python exceptions are one switch of the whole QGIS process, shared
by QGIS's own Python (DB Manager, the GDAL and GRASS providers of Processing)
and every other plugin. QGIS 3.22 leaves it off and its Python is written for
that: DB Manager asks ``gdal.OpenEx`` whether a file is a GeoPackage and
expects ``None`` for one that is not. The plugin turns the switch on only
while its own work runs and sets it back afterwards.

Each check runs in a fresh QGIS process, so that no earlier test has
imported the plugin already."""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SCRIPT = r"""
import importlib, json, os, pkgutil, sys
sys.path.insert(0, sys.argv[1])
sys.path.append("/usr/share/qgis/python/plugins")
from osgeo import gdal, ogr, osr
from qgis.core import QgsApplication, QgsProcessingFeedback
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
import processing
from db_manager.db_plugins.gpkg.connector import GPKGDBConnector

missing = os.path.join(sys.argv[2], "nowhere.gpkg")
out = {}

def state(step):
    out[step] = [gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()]
    try:
        out[step].append(GPKGDBConnector.isValidDatabase(missing))
    except RuntimeError as exc:
        out[step].append("raised: " + str(exc))

state("QGIS alone")
import cc_warning_plugin
for mod in pkgutil.walk_packages(cc_warning_plugin.__path__, "cc_warning_plugin."):
    importlib.import_module(mod.name)
plugin = cc_warning_plugin.classFactory(None)
plugin.initProcessing()
state("plugin loaded")

class Watch(QgsProcessingFeedback):
    seen = set()
    def setProgress(self, value):
        Watch.seen.add((gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()))
        super().setProgress(value)

dem = os.path.join(sys.argv[2], "dem.tif")
ds = gdal.GetDriverByName("GTiff").Create(dem, 6, 4, 1, gdal.GDT_Float32)
ds.SetGeoTransform((39500000.0, 30.0, 0.0, 3000000.0, 0.0, -30.0))
srs = osr.SpatialReference()
srs.ImportFromEPSG(4527)
ds.SetProjection(srs.ExportToWkt())
ds.GetRasterBand(1).Fill(500.0)
ds = None
processing.run(
    "cc_warning:dual_land_agri",
    {"DEM": dem, "OUTPUT": os.path.join(sys.argv[2], "agri.tif")},
    feedback=Watch(),
)
out["during the run"] = sorted(Watch.seen)
state("after the run")
print(json.dumps(out))
"""


def _states(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, ROOT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_plugin_leaves_gdal_exceptions_to_qgis_and_other_plugins(tmp_path):
    states = _states(tmp_path)
    host = states["QGIS alone"]
    if host[:3] == [0, 0, 0]:  # QGIS 3.22: DB Manager answers "not a GeoPackage"
        assert host[3] is False
    # importing every module, loading the provider and a run change neither the
    # switches nor DB Manager's answer
    assert states["plugin loaded"] == host
    assert states["after the run"] == host
    # while the plugin's own work runs, GDAL, OGR and OSR raise
    assert states["during the run"] == [[1, 1, 1]]
