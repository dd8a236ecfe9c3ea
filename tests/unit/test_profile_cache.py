"""The built-in profiles are read once per process while their files do not
change; every call still gets its own data."""

import os
import shutil

import pytest

from cc_warning_plugin.core.profile import load_profile, loader
from cc_warning_plugin.core.errors import ProfileError


def test_each_call_gets_its_own_copy_of_a_builtin_profile():
    first = load_profile()
    first.data["elements"]["water"]["overload_ratio"] = -1.0
    first.filled_sections.append("changed")
    again = load_profile()
    assert again.data is not first.data
    assert again.data["elements"]["water"]["overload_ratio"] == 1.0
    assert again.filled_sections == []


def test_a_changed_builtin_file_is_read_again(tmp_path, monkeypatch):
    folder = tmp_path / "profiles"
    folder.mkdir()
    for name in ("default", "dual_2019_draft"):
        shutil.copy(loader.builtin_path(name), folder / f"{name}.toml")
    monkeypatch.setattr(loader, "PROFILE_DIR", str(folder))
    monkeypatch.setattr(loader, "_BUILTIN_CACHE", {})
    water = "elements.water.overload_ratio"
    assert load_profile().get(water) == 1.0
    assert load_profile("dual_2019_draft").get(water) == 1.0
    text = (folder / "default.toml").read_text(encoding="utf-8")
    old = "overload_ratio = 1.0           # W > 1.0 W0"
    assert text.count(old) == 1
    (folder / "default.toml").write_text(text.replace(old, "overload_ratio = 1.25 #"), "utf-8")
    stat = os.stat(folder / "default.toml")
    os.utime(folder / "default.toml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert load_profile().get(water) == 1.25
    # the draft extends the default: a change of the default reaches it too
    assert load_profile("dual_2019_draft").get(water) == 1.25


def test_a_users_profile_is_read_on_every_call(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[profile]\nextends = "default"\n', encoding="utf-8")
    assert load_profile(str(path)).source == str(path)
    path.write_text("[profile\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(str(path))
