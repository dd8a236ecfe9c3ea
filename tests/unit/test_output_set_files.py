"""The file names an OutputSet refuses for a kept output, each with its own
message naming the output and the file."""

import numpy as np
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.raster import Grid, OutputSet, RasterOutput
from tests.helpers import write_raster


@pytest.fixture()
def dem(tmp_path):
    return write_raster(tmp_path / "dem.tif", np.ones((4, 5)), nodata=-9999.0)


def test_a_kept_output_must_be_a_geotiff_name(dem, tmp_path):
    g = Grid.from_raster(dem)
    path = str(tmp_path / "levels.img")
    with OutputSet(inputs=[dem]) as outs:
        with pytest.raises(InputError) as err:
            outs.add(RasterOutput(path, g, "Byte", 0, name="level"))
    assert str(err.value) == (
        f"Output level: {path} is not a GeoTIFF file name. The evaluations write GeoTIFF; "
        "give a file name ending in .tif."
    )


def test_two_kept_outputs_may_not_share_a_file(dem, tmp_path):
    g = Grid.from_raster(dem)
    path = str(tmp_path / "levels.tif")
    with OutputSet(inputs=[dem]) as outs:
        outs.add(RasterOutput(path, g, "Byte", 0, name="level"))
        with pytest.raises(InputError) as err:
            outs.add(RasterOutput(path, g, "Byte", 0, name="slope"))
    assert str(err.value) == (
        f"Two outputs of this run would be written to the same file {path}. "
        "Give them different names."
    )


def test_an_input_is_never_overwritten(dem):
    g = Grid.from_raster(dem)
    with OutputSet(inputs=[dem]) as outs:
        with pytest.raises(InputError) as err:
            outs.add(RasterOutput(str(dem), g, "Byte", 0, name="level"))
    assert str(err.value) == (
        f"Output level would overwrite the input {dem}. Inputs are never modified: "
        "choose another output file."
    )
