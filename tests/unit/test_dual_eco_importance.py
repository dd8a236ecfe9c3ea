"""生态保护重要性 on arrays: the highest class over services and
vulnerabilities (极脆弱 counts as 极重要), the cause bits, the 极重要区 mask,
the 2019-draft 斑块集中度 matrix at every area boundary; and the ecology part
of the profile schema."""

import numpy as np
import pytest

from cc_warning_plugin.core.dual import ecology_importance as eimp
from cc_warning_plugin.core.dual.classes import class_set
from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile import load_profile

PROFILE = load_profile(None)
IMP = class_set(PROFILE, "importance")
VUL = class_set(PROFILE, "vulnerability")
INTEG = PROFILE.get("dual.ecology.integration")
IMP_LUT = eimp.rank_lut(IMP.values)
VUL_LUT = eimp.vulnerability_rank_lut(
    VUL.values, VUL.codes, list(IMP.codes), INTEG["vulnerability_as"]
)


def ranks(values, lut):
    v = np.array(values, dtype=np.uint8)
    return eimp.to_rank(v, v != 0, lut)


def test_highest_class_over_services_and_vulnerabilities():
    # importance: 1 极重要, 2 重要, 3 一般; vulnerability: 1 极脆弱, 2 脆弱, 3 一般脆弱
    s1 = ranks([3, 2, 3, 3, 0, 0, 1], IMP_LUT)
    s2 = ranks([3, 3, 2, 3, 0, 3, 2], IMP_LUT)
    v1 = ranks([3, 3, 1, 2, 0, 0, 1], VUL_LUT)
    best, cause = eimp.highest([s1, s2, v1])
    got = eimp.from_rank(best, IMP.values)
    # col 0: all 一般 → 3; col 1: s1 重要 → 2; col 2: v1 极脆弱 = 极重要 → 1;
    # col 3: v1 脆弱 = 重要 → 2; col 4: nothing → nodata; col 5: only s2 → 3;
    # col 6: s1 and v1 both reach 极重要 → 1
    np.testing.assert_array_equal(got, [3, 2, 1, 2, 0, 3, 1])
    # cause bits: 1 = s1, 2 = s2, 4 = v1
    np.testing.assert_array_equal(cause, [7, 1, 4, 4, 0, 2, 5])


def test_critical_mask():
    np.testing.assert_array_equal(eimp.critical_mask(np.array([1, 2, 3, 0]), [1]), [1, 0, 0, 0])


@pytest.mark.parametrize(
    "area_km2, level",
    [
        # < 0.25 低 (1); [0.25, 0.5) 较低 (2); [0.5, 1) 一般 (3); [1, 2) 较高 (4); ≥ 2 高 (5)
        (0.2499, 1),
        (0.25, 2),
        (0.4999, 2),
        (0.5, 3),
        (0.9999, 3),
        (1.0, 4),
        (1.9999, 4),
        (2.0, 5),
        (50.0, 5),
    ],
)
def test_concentration_levels(area_km2, level):
    conc = INTEG["concentration"]
    assert eimp.concentration_levels(np.array([area_km2]), conc, 10)[0] == level


def test_concentration_matrix_every_cell():
    conc = INTEG["concentration"]
    areas = np.array([0.1, 0.3, 0.7, 1.5, 3.0])  # one per level 低 … 高
    codes, values = list(IMP.codes), list(IMP.values)
    # S6 rows 高 / 中等 / 低 for 极重要 / 重要 / 一般, columns 低 … 高:
    expected = {
        1: [3, 2, 1, 1, 1],  # 极重要: 低 → 一般, 较低 → 重要, else 极重要
        2: [3, 2, 2, 2, 2],  # 重要: 低 → 一般, else 重要
        3: [3, 3, 3, 3, 3],
    }  # 一般 stays 一般
    for prelim, row in expected.items():
        got = eimp.concentration_correct(
            np.full(5, prelim, dtype=np.uint8), areas, conc, codes, values, 10
        )
        np.testing.assert_array_equal(got, row)
    # a cell without a patch area keeps its class; nodata stays nodata
    got = eimp.concentration_correct(
        np.array([1, 0], dtype=np.uint8), np.array([np.nan, 5.0]), conc, codes, values, 10
    )
    np.testing.assert_array_equal(got, [1, 0])


def test_default_profile_has_the_correction_off():
    assert INTEG["concentration"]["enabled"] is False
    assert INTEG["critical"] == ["very_important"]


# -- profile schema ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, key",
    [
        (
            '[dual.ecology.integration]\nvulnerability_as = { general = "unimportant" }\n',
            "dual.ecology.integration.vulnerability_as.general",
        ),
        (
            '[dual.ecology.integration]\nvulnerability_as = { fragile = "important" }\n',
            "dual.ecology.integration.vulnerability_as.fragile",
        ),
        (
            '[dual.ecology.integration.concentration]\nmatrix = { very_important = ["general"], '
            'important = ["general", "important", "important", "important", "important"], '
            'general = ["general", "general", "general", "general", "general"] }\n',
            "dual.ecology.integration.concentration.matrix.very_important",
        ),
        (
            "[dual.ecology.water_conservation]\nno_service_codes = [1, 20]\n",
            "dual.ecology.water_conservation.no_service_codes[0]",
        ),
        (
            "[dual.ecology.runoff_coefficients]\nforest = 0.02\n",
            "dual.ecology.runoff_coefficients.forest",
        ),
        ("[dual.ecology.runoff_coefficients]\n1 = 1.5\n", "dual.ecology.runoff_coefficients.1"),
        (
            '[dual.ecology.soil_conservation]\ns_factor = { breaks = [5, 10], closed = "left", '
            "a = [10.8, 16.8], b = [0.03, -0.5, -0.96] }\n",
            "dual.ecology.soil_conservation.s_factor.a",
        ),
        (
            "[dual.ecology.vulnerability.soil_erosion]\nrelief = { breaks = [50, 300], closed = "
            '"left", scores = [1, 2, 5] }\n',
            "dual.ecology.vulnerability.soil_erosion.relief.scores[1]",
        ),
        (
            '[dual.ecology.vulnerability]\nclasses = ["general", "vulnerable", "fragile"]\n',
            "dual.ecology.vulnerability.classes[2]",
        ),
        (
            "[dual.ecology.importance]\ncumulative = [0.8, 0.5]\n",
            "dual.ecology.importance.cumulative",
        ),
        (
            "[dual.ecology.sand_fixation]\nvegetation_coefficient = 0.0483\n",
            "dual.ecology.sand_fixation.vegetation_coefficient",
        ),
        (
            "[dual.ecology.biodiversity]\nmanual_breaks = [300, 100]\n",
            "dual.ecology.biodiversity.manual_breaks",
        ),
        ("[dual.ecology.sand_fixation]\nwind = 3\n", "dual.ecology.sand_fixation.wind"),
    ],
)
def test_profile_errors_name_the_key(tmp_path, text, key):
    path = tmp_path / "bad.toml"
    path.write_text('[profile]\nextends = "default"\n\n' + text, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(str(path))
    assert err.value.key == key, str(err.value)


def test_profile_can_switch_the_correction_on(tmp_path):
    path = tmp_path / "draft.toml"
    path.write_text(
        '[profile]\nextends = "default"\n\n'
        "[dual.ecology.integration.concentration]\nenabled = true\n",
        encoding="utf-8",
    )
    assert load_profile(str(path)).get("dual.ecology.integration.concentration.enabled")
