"""The declaration helpers of specs/shared.py."""

from cc_warning_plugin.specs.base import Param
from cc_warning_plugin.specs.shared import GRID, PROFILE, choice, on_grid, profile_choice


def test_choice_pairs_each_label_with_its_value_and_defaults_to_the_first():
    p = choice("MODE", "Mode", "help", ("Fast", "fast"), ("Exact", "exact"), advanced=True)
    assert (p.name, p.kind, p.label, p.help) == ("MODE", "enum", "Mode", "help")
    assert p.options == ("Fast", "Exact")
    assert p.option_values == ("fast", "exact")
    assert p.default == 0 and p.advanced is True


def test_profile_choice_starts_with_the_profile_option():
    p = profile_choice("MODE", "Mode", "help", ("Fast", "fast"))
    assert p.options == ("As in the method profile", "Fast")
    assert p.option_values == ("", "fast")
    assert p.default == 0


def test_on_grid_orders_inputs_grid_profile_outputs():
    a = Param("A", "raster", "a")
    out = Param("OUTPUT", "raster_out", "result")
    extra = Param("EXTRA", "raster_out", "extra", optional=True)
    assert on_grid((a,), out, extra) == (a,) + GRID + (PROFILE, out, extra)
    assert on_grid([a]) == (a,) + GRID + (PROFILE,)
