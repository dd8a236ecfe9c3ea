"""An indicator file without a period column and without a period given is
refused naming the file, in the wording of its layout (long: one row per
indicator; wide: one column per indicator)."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.store import importer


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return str(path)


def test_a_long_file_without_period_is_refused_naming_it(sample_store, tmp_path):
    path = write(tmp_path, "long.csv", "单元代码,指标,数值\n990102,用水总量,27551.1\n")
    with pytest.raises(InputError) as err:
        importer.import_indicators(sample_store, path, "water")
    assert str(err.value) == (
        "long.csv: no period column (年份) and no period given. Add a column 年份 or give the "
        "period of the file."
    )


def test_a_wide_file_without_period_is_refused_naming_it(sample_store, tmp_path):
    path = write(tmp_path, "wide.csv", "行政区划代码,用水总量\n990102,27551.1\n")
    with pytest.raises(InputError) as err:
        importer.import_indicators(sample_store, path, "water")
    assert str(err.value) == (
        "wide.csv: no period column (年份) and no period given. Add a column 年份 with the year "
        "of each row, or give the period of the file."
    )
