"""Method profiles: the default loads, user copies and `extends` files work,
and every kind of mistake is reported with the file and the exact key."""

import os
import textwrap

import pytest

from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile import builtin_path, load_profile


def write(tmp_path, text, name="p.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def extends(tmp_path, body):
    body = textwrap.dedent(body)
    if body.startswith("[profile]\n"):  # keys of the same [profile] table
        body = body[len("[profile]\n") :]
    return write(tmp_path, '[profile]\nextends = "default"\n' + body)


def test_default_profile_loads_with_spec_values():
    p = load_profile()
    assert p.id == "default"
    assert p.precision == 10
    # spec §1.6: the verified warning matrix
    m = p.get("warning_matrix")
    assert (m["overload"]["worsening"], m["overload"]["easing"]) == ("red", "orange")
    assert (m["critical"]["worsening"], m["critical"]["easing"]) == ("yellow", "blue")
    assert (m["none"]["worsening"], m["none"]["easing"]) == ("green", "green")
    # spec §3.1 / §3.2 limits
    assert p.get("standards.air.gb3095_2012.limits")["pm25_annual"] == 35
    assert p.get("standards.air.gb3095_2026_transitional.limits")["pm25_annual"] == 30
    assert p.get("standards.air.gb3095_2026_final.limits")["pm25_annual"] == 25
    assert p.get("standards.air.gb3095_2012.limits")["o3_8h_p90"] == 160
    # spec §3.3 class III
    params = p.get("standards.water.gb3838_2002.parameters")
    assert params["do"]["limits"][2] == 5 and params["do"]["direction"] == "min"
    assert params["tp"]["limits"][2] == 0.2 and params["tp_lake"]["limits"][2] == 0.05
    assert params["tn"]["applies_to"] == ["lake"]
    # S1 colours
    assert p.class_color("warning_levels", "blue") == "#28bdfa"


def test_same_profile_by_name_and_path():
    assert load_profile("default").data == load_profile(builtin_path("default")).data


def test_extends_changes_only_what_it_lists(tmp_path):
    path = extends(
        tmp_path,
        """
        [elements.water]
        critical_ratio = 0.85
    """,
    )
    p = load_profile(path)
    assert p.get("elements.water.critical_ratio") == 0.85
    assert p.get("elements.water.overload_ratio") == 1.0
    assert p.get("standards.air.gb3095_2012.limits")["so2_annual"] == 60
    assert "extends" not in p.get("profile")


def test_malformed_toml_names_file_and_line(tmp_path):
    path = write(tmp_path, '[profile\nid = "x"\n')
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    msg = str(err.value)
    assert path in msg and "not valid TOML" in msg and "line 1" in msg


def test_missing_profile_file(tmp_path):
    path = str(tmp_path / "nope.toml")
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert "does not exist" in str(err.value) and path in str(err.value)


@pytest.mark.parametrize(
    "body, key, words",
    [
        ('[profile]\nprecision = "ten"\n', "profile.precision", "a whole number"),
        ("[profile]\nprecision = 2\n", "profile.precision", "at least 3"),
        (
            '[elements.environment]\nrules = [{class = "overload", op = ">", value = 0.0},'
            '{class = "critical", op = "=>", value = -0.2}, {class = "none"}]\n',
            "elements.environment.rules[1].op",
            "one of",
        ),
        (
            '[elements.environment]\nrules = [{class = "overload", op = ">", value = 0.0},'
            '{class = "critical", op = ">", value = -0.2}]\n',
            "elements.environment.rules[1]",
            "last rule",
        ),
        (
            '[elements.environment]\nrules = [{class = "overlaod", op = ">", value = 0.0},'
            '{class = "none"}]\n',
            "elements.environment.rules[0].class",
            "class code",
        ),
        (
            "[elements.water]\ncritcal_ratio = 0.9\n",
            "elements.water.critcal_ratio",
            "not a known key",
        ),
        ('[warning_levels.red]\ncolor = "red"\n', "warning_levels.red.color", "colour"),
        (
            '[warning_matrix]\ncritical = { worsening = "yellow", easing = "purple" }\n',
            "warning_matrix.critical.easing",
            "class code",
        ),
        (
            '[warning_matrix]\nnone = { worsening = "grey", easing = "green" }\n',
            "warning_matrix.none.worsening",
            "class code",
        ),
        (
            "[dual.land.agri_slope]\nbreaks = [2, 15, 6, 25]\n",
            "dual.land.agri_slope.breaks",
            "ascending",
        ),
        (
            "[dual.land.agri_slope]\nlevels = [1, 2, 3, 4]\n",
            "dual.land.agri_slope.levels",
            "one entry more",
        ),
        (
            '[elements.environment]\nair_standard = "gb3095_2099"\n',
            "elements.environment.air_standard",
            "gb3095_2012",
        ),
        (
            '[elements.environment]\nwater_standard = "gb3838_2099"\n',
            "elements.environment.water_standard",
            "[standards.water] (gb3838_2002",
        ),
        (
            '[elements.environment]\nwater_aggregation = "median"\n',
            "elements.environment.water_aggregation",
            "section_max_then_mean",
        ),
        (
            "[standards.water.gb3838_2002.parameters.do]\nlimits = [7.5, 6, 5]\n",
            "standards.water.gb3838_2002.parameters.do.limits",
            "at least 5",
        ),
    ],
)
def test_wrong_key_is_named(tmp_path, body, key, words):
    path = extends(tmp_path, body)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    msg = str(err.value)
    assert err.value.key == key
    assert f"'{key}'" in msg and path in msg and words in msg


def test_complete_copy_missing_a_table_names_it(tmp_path):
    text = open(builtin_path("default"), encoding="utf-8").read()
    cut = text.replace("[elements.ecology]", "[elements_removed.ecology]")
    path = write(tmp_path, cut)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert err.value.key in ("elements.ecology", "elements_removed")


def test_complete_copy_without_a_matrix_row_names_it(tmp_path):
    text = open(builtin_path("default"), encoding="utf-8").read()
    cut = text.replace('critical = { worsening = "yellow", easing = "blue" }\n', "")
    assert cut != text
    with pytest.raises(ProfileError) as err:
        load_profile(write(tmp_path, cut))
    assert err.value.key == "warning_matrix.critical"


def test_extends_loop_is_reported(tmp_path):
    write(tmp_path, '[profile]\nextends = "b.toml"\n', "a.toml")
    write(tmp_path, '[profile]\nextends = "a.toml"\n', "b.toml")
    with pytest.raises(ProfileError) as err:
        load_profile(os.path.join(tmp_path, "a.toml"))
    assert "profile.extends" in str(err.value)


# -- semantic checks: well-formed numbers that cannot be right -----------------


def refused(path):
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    return err.value.key, str(err.value)


def test_water_critical_ratio_above_overload_ratio_is_refused(tmp_path):
    key, text = refused(
        extends(
            tmp_path,
            """
        [elements.water]
        critical_ratio = 1.2
    """,
        )
    )
    assert key == "elements.water.critical_ratio"
    assert "1.2" in text and "overload_ratio" in text


def test_slope_break_of_95_degrees_is_refused(tmp_path):
    key, text = refused(
        extends(
            tmp_path,
            """
        [dual.land.agri_slope]
        breaks = [2, 6, 15, 95]
    """,
        )
    )
    assert key == "dual.land.agri_slope.breaks[3]"
    assert "95" in text and "90" in text


def test_vegetation_cover_break_above_one_is_refused(tmp_path):
    key, _ = refused(
        extends(
            tmp_path,
            """
        [dual.ecology.vulnerability.rocky_desertification]
        vegetation_cover = { breaks = [0.2, 1.6], closed = "left", scores = [5, 3, 1] }
    """,
        )
    )
    assert key == "dual.ecology.vulnerability.rocky_desertification.vegetation_cover.breaks[1]"


def test_black_odour_share_break_above_one_is_refused(tmp_path):
    key, _ = refused(
        extends(
            tmp_path,
            """
        [special.black_grey.water.optimized]
        den_breaks = [100, 500]
        bands = [
          { l_breaks = [0.25], classes = ["light", "moderate"] },
          { l_breaks = [0.25, 1.5], classes = ["light", "moderate", "heavy"] },
          { l_breaks = [0.25], classes = ["moderate", "heavy"] },
        ]
    """,
        )
    )
    assert key == "special.black_grey.water.optimized.bands[1].l_breaks[1]"


def test_critical_rule_on_the_wrong_side_of_the_overload_rule_is_refused(tmp_path):
    # D > 0 overload, then D >= 0.3 critical: no D could ever be critical.
    key, text = refused(
        extends(
            tmp_path,
            """
        [elements.land]
        rules = [
          { class = "overload", op = ">", value = 0.0 },
          { class = "critical", op = ">=", value = 0.3 },
          { class = "none" },
        ]
    """,
        )
    )
    assert key == "elements.land.rules[1].value"
    assert "critical" in text


def test_rules_listing_a_milder_class_before_a_more_severe_one_are_refused(tmp_path):
    key, _ = refused(
        extends(
            tmp_path,
            """
        [elements.land]
        rules = [
          { class = "critical", op = ">", value = 0.0 },
          { class = "overload", op = ">=", value = -0.3 },
          { class = "none" },
        ]
    """,
        )
    )
    assert key == "elements.land.rules[1].class"


def test_boundary_pair_exclusive_then_inclusive_at_the_same_value_is_accepted(tmp_path):
    # D > 0 overload, D >= 0 critical: reachable for D = 0 exactly.
    p = load_profile(
        extends(
            tmp_path,
            """
        [elements.land]
        rules = [
          { class = "overload", op = ">", value = 0.0 },
          { class = "critical", op = ">=", value = 0.0 },
          { class = "none" },
        ]
    """,
        )
    )
    assert p.get("elements.land.rules")[1]["value"] == 0.0


def test_digest_ignores_layout_and_follows_numbers(tmp_path):
    same = load_profile(
        extends(
            tmp_path,
            """
        [elements.water]
        critical_ratio = 0.9
    """,
        )
    )
    assert same.digest == load_profile().digest  # the default's own value
    other = load_profile(
        write(
            tmp_path,
            '[profile]\nextends = "default"\n[elements.water]\ncritical_ratio = 0.85\n',
            "q.toml",
        )
    )
    assert other.digest != load_profile().digest
    assert len(other.digest) == 64
