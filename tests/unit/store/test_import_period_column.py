"""An indicator file without a period column and without a period given is
refused naming the file, in the wording of its layout (long: one row per
indicator; wide: one column per indicator)."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.store import importer


@pytest.mark.parametrize(
    "name, text, message",
    [
        (
            "long.csv",
            "单元代码,指标,数值\n990102,用水总量,27551.1\n",
            "long.csv: no period column (年份) and no period given. Add a column 年份 or give "
            "the period of the file.",
        ),
        (
            "wide.csv",
            "行政区划代码,用水总量\n990102,27551.1\n",
            "wide.csv: no period column (年份) and no period given. Add a column 年份 with the "
            "year of each row, or give the period of the file.",
        ),
    ],
)
def test_a_file_without_period_is_refused_naming_it(sample_store, tmp_path, name, text, message):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    with pytest.raises(InputError) as err:
        importer.import_indicators(sample_store, str(path), "water")
    assert str(err.value) == message
