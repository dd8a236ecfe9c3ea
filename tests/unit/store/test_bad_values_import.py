"""Values that cannot exist and tables without rows, imported into the
monitoring database on both backends: refused naming the file, row, column,
value and the possible range of the indicator (data/indicators.toml), and
nothing written."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.store import importer, stations
from cc_warning_plugin.store.errors import ImportRejected

from store_testing import table_counts

HEADER = "行政区划代码,年份,用水总量,用水总量控制指标\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return str(path)


def refused(store, path, department, expected):
    """The dry run lists the rejection; the import refuses the file naming it
    and writes nothing."""
    before = table_counts(store)
    dry = importer.import_indicators(store, path, department)
    texts = [r.text() for r in dry.rejections]
    assert dry.rejected == 1 and expected in texts[0], texts
    assert dry.rejection_rows()[0]["file"] == path.rsplit("/", 1)[-1]
    with pytest.raises(ImportRejected) as err:
        importer.import_indicators(store, path, department, dry_run=False)
    msg = str(err.value)
    assert path.rsplit("/", 1)[-1] in msg and expected in msg and "Nothing was written" in msg
    assert table_counts(store) == before
    return texts[0]


def test_a_negative_water_use_is_refused(sample_store, tmp_path):
    # 用水总量 (water_use): min = 0 in the dictionary, in 1e4 m3
    path = write(tmp_path, "neg.csv", HEADER + "990102,2025,-30304.0,32000\n")
    text = refused(
        sample_store,
        path,
        "water",
        "row 2, column 用水总量: '-30304.0' is negative; indicator water_use cannot be "
        "negative (possible range ≥ 0 1e4 m3)",
    )
    assert "Correct the value" in text


def test_a_percentage_over_100_is_refused(sample_store, tmp_path):
    # 林草覆盖率 (forest_grass_cover): 0 … 100 %
    path = write(
        tmp_path, "forest.csv", "行政区划代码,年份,林草覆盖率\n990102,2025,28.4\n990103,2025,250\n"
    )
    refused(
        sample_store,
        path,
        "forestry",
        "row 3, column 林草覆盖率: '250' is outside the possible range 0 … 100 % of "
        "indicator forest_grass_cover",
    )


def test_a_share_given_in_percent_is_refused_with_the_hint(sample_store, tmp_path):
    # 适宜建设开发程度阈值 (land_threshold_l0): a ratio 0 … 1
    path = write(tmp_path, "l0.csv", "行政区划代码,年份,适宜建设开发程度阈值\n990102,2025,85\n")
    text = refused(
        sample_store,
        path,
        "natural_resources",
        "row 2, column 适宜建设开发程度阈值: '85' is outside the possible range 0 … 1 ratio",
    )
    assert "If the table gives a percentage, divide it by 100." in text
    # 85% in a cell is read as the share 0.85
    ok = write(tmp_path, "l0_pct.csv", "行政区划代码,年份,适宜建设开发程度阈值\n990102,2025,85%\n")
    rep = importer.import_indicators(sample_store, ok, "natural_resources")
    assert rep.rejected == 0 and rep.added_items[0].value == pytest.approx(0.85)


def test_a_value_converted_from_another_unit_is_checked_in_the_indicator_unit(
    sample_store, tmp_path
):
    # 2840 ‰ is 284 %: over 100 %
    path = write(tmp_path, "permille.csv", "行政区划代码,年份,林草覆盖率(‰)\n990102,2025,2840\n")
    refused(
        sample_store,
        path,
        "forestry",
        "row 2, column 林草覆盖率(‰): '2840' (284 %) is outside the possible range 0 … 100 %",
    )


def test_the_long_layout_checks_the_range_too(sample_store, tmp_path):
    text = "单元代码,指标,年份,数值\n990102,用水总量,2024,27551.1\n990103,地下水供水量,2024,-5\n"
    path = write(tmp_path, "long.csv", text)
    refused(
        sample_store,
        path,
        "water",
        "row 3, column 数值: '-5' is negative; indicator gw_use cannot be negative",
    )


def test_values_at_the_bounds_are_accepted(sample_store, tmp_path):
    text = "行政区划代码,年份,林草覆盖率\n990102,2025,0\n990103,2025,100\n"
    rep = importer.import_indicators(
        sample_store, write(tmp_path, "b.csv", text), "forestry", dry_run=False
    )
    assert rep.rejected == 0 and rep.added == 2


@pytest.mark.parametrize("dry_run", [True, False])
def test_an_indicator_file_with_a_header_and_no_rows_is_refused(sample_store, tmp_path, dry_run):
    before = table_counts(sample_store)
    path = write(tmp_path, "water_2025.csv", HEADER + "\n,,,\n")
    with pytest.raises(InputError) as err:
        importer.import_indicators(sample_store, path, "water", dry_run=dry_run)
    assert "water_2025.csv: the table has no rows (only a header)" in str(err.value)
    assert table_counts(sample_store) == before


@pytest.fixture
def air_store(sample_store):
    s = sample_store
    stations.add_stations(
        s,
        [
            stations.StationRecord(
                "9901A01", "市监测站", "air", "990102", department="ecology_environment"
            )
        ],
    )
    return s


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_station_records_file_without_rows_is_refused(air_store, tmp_path, dry_run):
    before = table_counts(air_store)
    path = write(tmp_path, "air_day.csv", "站点编码,日期,SO2,PM10,PM2.5\n")
    with pytest.raises(InputError) as err:
        stations.import_station_observations(
            air_store, path, "air_daily", stations.unchecked_qc, dry_run=dry_run
        )
    assert "air_day.csv: the table has no rows (only a header)" in str(err.value)
    assert table_counts(air_store) == before
    # one row is a record set as before
    ok = write(
        tmp_path, "air_ok.csv", "站点编码,日期,SO2,PM10,PM2.5\n9901A01,2025-01-01,15,234,115\n"
    )
    rep = stations.import_station_observations(air_store, ok, "air_daily", stations.unchecked_qc)
    assert rep.records == 3


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_station_records_file_whose_values_are_all_blank_is_refused(air_store, tmp_path, dry_run):
    # two rows with station and date but no value under any pollutant: nothing
    # would be imported (a wide table's blank cell is no record)
    before = table_counts(air_store)
    path = write(
        tmp_path,
        "air_blank.csv",
        "站点编码,日期,SO2,PM10,PM2.5\n9901A01,2025-01-01,,,\n9901A01,2025-01-02,,,\n",
    )
    with pytest.raises(InputError) as err:
        stations.import_station_observations(
            air_store, path, "air_daily", stations.unchecked_qc, dry_run=dry_run
        )
    assert "air_blank.csv: none of its 2 rows has a value under SO2, PM10, PM2.5" in str(err.value)
    assert table_counts(air_store) == before
