"""The station-layer reader refuses a file it cannot open and a field the
layer does not have, naming them, as the unit-layer reader does (both read
through store/gpkg.open_layer)."""

import os

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.store import stations

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(ROOT, "cc_warning_plugin", "sample_data", "shifan.gpkg")


def test_a_file_that_is_not_a_vector_source_is_named(tmp_path):
    path = str(tmp_path / "stations.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("not a layer\n")
    with pytest.raises(InputError) as err:
        stations.read_stations_layer(path, "air_station", "air", "站点编码", "站点名称")
    assert str(err.value) == f"{path} cannot be opened as a vector data source."


def test_a_missing_field_is_named_with_the_fields_there_are():
    with pytest.raises(InputError) as err:
        stations.read_stations_layer(GPKG, "air_station", "air", "站点代码", "站点名称")
    text = str(err.value)
    assert text.startswith(f"{GPKG}|air_station: there is no field 站点代码. Fields: "), text
    assert "站点编码" in text


def test_a_missing_layer_is_named():
    with pytest.raises(InputError) as err:
        stations.read_stations_layer(GPKG, "no_such_layer", "air", "站点编码", "站点名称")
    assert str(err.value) == f"{GPKG}: there is no layer no_such_layer."
