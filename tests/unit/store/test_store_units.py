"""Units and their codes on both backends: the sample's layers load; a bad
code is refused before anything is written, naming the row and the rule."""

import copy
import os

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.store import units
from cc_warning_plugin.store.units import UnitRecord

from store_testing import SAMPLE


def test_sample_units_load_with_their_level_parent_and_geometry(sample_store):
    rows = units.units(sample_store, with_geometry=True)
    assert len(rows) == 41
    county = [r for r in rows if r["level"] == "county"]
    town = [r for r in rows if r["level"] == "township"]
    assert len(county) == 8 and len(town) == 33
    assert all(t["parent_code"] == t["code"][:6] for t in town)
    first = next(r for r in rows if r["code"] == "990102")
    assert (first["name"], first["name_en"]) == ("城关区", "Chengguan District")
    from osgeo import ogr

    g = ogr.CreateGeometryFromWkb(first["geom"])
    assert g.GetGeometryName() == "MULTIPOLYGON" and g.GetArea() > 1e7
    # loading the same layer again adds nothing
    again = units.load_units(
        sample_store,
        units.read_units_layer(
            os.path.join(SAMPLE, "shifan.gpkg"),
            "county",
            "county",
            "行政区划代码",
            "名称",
            target_srid=sample_store.srid,
        ),
        "county",
    )
    assert again.added == [] and len(again.unchanged) == 8


@pytest.mark.parametrize(
    "records, expected",
    [
        (
            [UnitRecord("99010", "x", "county", row="row 2")],
            "row 2: code 99010 has 5 digits; a county code has 6",
        ),
        (
            [UnitRecord("99O102", "x", "county", row="row 2")],
            "row 2: code '99O102' has characters other than digits",
        ),
        (
            [
                UnitRecord("990102", "a", "county", row="row 2"),
                UnitRecord("990102", "b", "county", row="row 3"),
            ],
            "row 3: code 990102 appears twice (also at row 2)",
        ),
        (
            [UnitRecord("9901020011", "t", "township", "990102", row="row 4")],
            "row 4: code 9901020011 has 10 digits; a township code has 9 or 12",
        ),
        (
            [UnitRecord("990103001", "t", "township", "990102", row="row 5")],
            "row 5: township code 990103001 does not start with the code of its county 990102",
        ),
        (
            [UnitRecord("990199001", "t", "township", "990199", row="row 6")],
            "row 6: county 990199 of township 990199001 is not in the database",
        ),
        (
            [UnitRecord("990102001", "t", "township", None, row="row 7")],
            "row 7: township 990102001 has no county code",
        ),
    ],
)
def test_bad_codes_are_refused_and_nothing_written(store, records, expected):
    with pytest.raises(InputError) as err:
        units.load_units(store, records, "county layer")
    assert expected in str(err.value) and "nothing was written" in str(err.value)
    assert store.scalar("SELECT count(*) FROM units") == 0


def test_code_lengths_come_from_the_profile(store):
    p = load_profile()
    p.data = copy.deepcopy(p.data)
    p.data["database"]["county_code_digits"] = [6, 4]
    units.load_units(store, [UnitRecord("9901", "short", "county")], profile=p)
    assert store.scalar("SELECT count(*) FROM units") == 1
