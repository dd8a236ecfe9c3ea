"""Test session set-up: headless Qt, an isolated QGIS settings folder, the
Processing framework, and the versions printed in the report header."""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# NumPy 2's promotion rules (NEP 50) on NumPy 1 too (Debian 12): a Python integer
# outside an array's dtype raises instead of wrapping, as on Debian 13. NumPy 1
# reads NPY_PROMOTION_STATE when imported, so qgis_process and the demo started
# by the tests follow the same rules; NumPy 2 ignores it.
os.environ.setdefault("NPY_PROMOTION_STATE", "weak")
os.environ.setdefault(
    "QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="cc_warning_qgis_settings_")
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"
if QGIS_PYTHON_PLUGINS not in sys.path:
    sys.path.append(QGIS_PYTHON_PLUGINS)

import numpy  # noqa: E402
import pytest  # noqa: E402

if hasattr(numpy, "_set_promotion_state"):  # NumPy 1.24 – 1.26
    numpy._set_promotion_state(os.environ["NPY_PROMOTION_STATE"])


def pytest_report_header(config):
    lines = [f"python {sys.version.split()[0]} ({sys.executable})"]
    try:
        from qgis.core import Qgis

        lines.append(f"qgis {Qgis.QGIS_VERSION}")
    except ImportError as exc:
        lines.append(f"qgis not importable: {exc}")
    try:
        from osgeo import gdal

        lines.append(f"gdal {gdal.__version__}")
    except ImportError as exc:
        lines.append(f"gdal not importable: {exc}")
    state = numpy._get_promotion_state() if hasattr(numpy, "_get_promotion_state") else "NEP 50"
    lines.append(f"numpy {numpy.__version__} (promotion: {state})")
    return lines


@pytest.fixture(scope="session")
def repo_root():
    return ROOT


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL/PostGIS cluster for the session, shared by the
    store's tests and the database algorithms' (scripts/pg_cluster.py: initdb
    in a temporary folder, a Unix socket there, stopped and removed at the
    end — also when tests fail). A cluster that cannot start is an error of
    every test that uses it, never a skip."""
    scripts = os.path.join(ROOT, "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from pg_cluster import Cluster

    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def sample_dir():
    return os.path.join(ROOT, "cc_warning_plugin", "sample_data")


def _writable(folder) -> bool:
    probe = os.path.join(str(folder), ".probe")
    try:
        with open(probe, "w"):
            pass
    except OSError:
        return False
    os.remove(probe)
    return True


def make_read_only(folder):
    """Make ``folder`` impossible to write into: read-only permissions, and
    for root (who ignores them) the immutable attribute as well. Returns the
    function that undoes it."""
    import subprocess

    folder = str(folder)
    os.chmod(folder, 0o555)
    immutable = False
    if _writable(folder):
        subprocess.run(["chattr", "+i", folder], check=True)
        immutable = True
    if _writable(folder):
        pytest.fail(f"{folder} cannot be made read-only on this system")

    def undo():
        if immutable:
            subprocess.run(["chattr", "-i", folder], check=True)
        os.chmod(folder, 0o755)

    return undo


@pytest.fixture
def read_only_dir(tmp_path):
    """A folder (holding kept.txt) nobody can write into."""
    folder = tmp_path / "read_only"
    folder.mkdir()
    (folder / "kept.txt").write_text("old", encoding="utf-8")
    undo = make_read_only(folder)
    yield folder
    undo()


@pytest.fixture
def read_only():
    """``read_only(folder)`` makes a folder impossible to write into until the
    end of the test."""
    undos = []
    yield lambda folder: undos.append(make_read_only(folder))
    for undo in reversed(undos):
        undo()


def _gdal_exception_switches():
    from osgeo import gdal, ogr, osr

    return gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()


def _set_switches(switches):
    from osgeo import gdal, ogr, osr

    modules = (gdal, ogr, osr)
    for m, on in reversed(list(zip(modules, switches))):
        if m.GetUseExceptions() and not on:
            m.DontUseExceptions()
    for m, on in zip(modules, switches):
        if on and not m.GetUseExceptions():
            m.UseExceptions()


#: as QGIS has them before anything of the plugin or the tests is imported
_HOST_SWITCHES = _gdal_exception_switches()


def _host_switches():
    """The switches as QGIS has them now: from QGIS 3.38 its Processing
    plugin turns them on when it is imported."""
    from qgis.core import Qgis

    if "processing" in sys.modules and Qgis.QGIS_VERSION_INT >= 33800:
        return (1, 1, 1)
    return _HOST_SWITCHES


@pytest.fixture(autouse=True)
def gdal_exceptions_as_found():
    """The plugin leaves GDAL's Python exceptions as QGIS has them (off on
    QGIS 3.22): a test that starts with them switched (a module of the plugin,
    a test module or a script imported by one switched them when imported) or
    ends with them switched fails."""
    host = _host_switches()
    before = _gdal_exception_switches()
    if before != host:
        _set_switches(host)  # so that the tests after this one are not failed too
        pytest.fail(
            f"GDAL/OGR/OSR Python exceptions are {before} before the test, QGIS has them "
            f"{host}: something imported since the last test switched them"
        )
    yield
    after = _gdal_exception_switches()
    if after != _host_switches():
        _set_switches(_host_switches())
        pytest.fail(
            f"GDAL/OGR/OSR Python exceptions were {before} before the test and {after} after: "
            "the plugin must set them back (core/gdal_open.gdal_exceptions)"
        )


@pytest.fixture
def gdal_exceptions_on():
    """GDAL's Python exceptions on during the test, for a test that reads
    GDAL itself."""
    from cc_warning_plugin.core.gdal_open import gdal_exceptions

    with gdal_exceptions():
        yield


@pytest.fixture(params=["as QGIS has them", "on"])
def gdal_exceptions_either_way(request):
    """The test runs twice: with GDAL's Python exceptions as QGIS has them,
    and on (as during the plugin's own work, and always on QGIS 3.40), where
    GDAL 3.10 raises in cases where 3.6 returned None."""
    if request.param == "on":
        from cc_warning_plugin.core.gdal_open import gdal_exceptions

        with gdal_exceptions():
            yield
    else:
        yield
