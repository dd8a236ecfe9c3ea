"""Output files of a run, without QGIS: which folders can be written, and
outputs written under temporary names beside their destinations, moved into
place all together or not at all."""

import os

import pytest

from cc_warning_plugin.core import outputs
from cc_warning_plugin.core.outputs import FileStage, FolderStage, OutputError


def write(path, text):
    os.makedirs(os.path.dirname(str(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def test_same_path_follows_links_and_relative_names(tmp_path, monkeypatch):
    write(tmp_path / "a.gpkg", "x")
    os.symlink(tmp_path / "a.gpkg", tmp_path / "link.gpkg")
    monkeypatch.chdir(tmp_path)
    assert outputs.same_path("a.gpkg", str(tmp_path / "link.gpkg"))
    assert outputs.same_path(str(tmp_path / "sub" / ".." / "new.tif"), "new.tif")
    assert not outputs.same_path("a.gpkg", "b.gpkg")
    assert outputs.inside(str(tmp_path / "d" / "x.tif"), str(tmp_path))
    assert not outputs.inside(str(tmp_path), str(tmp_path))
    assert not outputs.inside(str(tmp_path) + "2/x.tif", str(tmp_path))


def test_folder_problem_names_the_read_only_folder_and_why(tmp_path, read_only_dir):
    assert outputs.folder_problem(str(tmp_path)) is None
    assert outputs.folder_problem(str(tmp_path / "not" / "yet")) is None  # can be created
    place, reason = outputs.folder_problem(str(read_only_dir))
    assert place == str(read_only_dir) and reason
    # a missing folder inside a read-only one: the read-only one is named
    place, _ = outputs.folder_problem(str(read_only_dir / "new" / "deeper"))
    assert place == str(read_only_dir)
    write(tmp_path / "file.txt", "x")
    place, reason = outputs.folder_problem(str(tmp_path / "file.txt" / "sub"))
    assert place == str(tmp_path / "file.txt") and "file" in reason
    assert sorted(os.listdir(tmp_path)) == ["file.txt", "read_only"]  # no probe left


def test_make_folders_and_remove_the_empty_ones(tmp_path):
    made = outputs.make_folders(str(tmp_path / "a" / "b" / "c"))
    assert made == [str(tmp_path / "a"), str(tmp_path / "a" / "b"), str(tmp_path / "a" / "b" / "c")]
    write(tmp_path / "a" / "keep.txt", "x")
    outputs.remove_empty_folders(made)
    assert os.listdir(tmp_path / "a") == ["keep.txt"]


def test_file_stage_replaces_the_destination_and_its_stale_sidecars(tmp_path):
    dest = tmp_path / "level.tif"
    write(dest, "old raster")
    write(str(dest) + ".aux.xml", "old statistics")  # would carry the old labels
    write(tmp_path / "level.qml", "user style")  # not a sidecar of the data
    stage = FileStage(str(dest))
    assert os.path.dirname(stage.temp) == str(tmp_path)
    assert os.path.basename(stage.temp).count(".") == 1  # only the extension
    assert not os.path.exists(dest.parent / os.path.basename(stage.temp))
    write(stage.temp, "new raster")
    mapping = outputs.commit([stage])
    assert read(dest) == "new raster"
    assert not os.path.exists(str(dest) + ".aux.xml")
    assert read(tmp_path / "level.qml") == "user style"
    assert mapping == {stage.temp: str(dest)}
    assert sorted(os.listdir(tmp_path)) == ["level.qml", "level.tif"]


def test_files_written_beside_a_stage_move_with_it(tmp_path):
    stage = FileStage(str(tmp_path / "units.2025.shp"))  # dots in the name
    base = stage.temp[: -len(".shp")]
    for ext in (".shp", ".shx", ".dbf", ".prj", ".qml"):
        write(base + ext, ext)
    write(tmp_path / "units.2025.cpg", "stale code page")
    outputs.commit([stage])
    assert sorted(os.listdir(tmp_path)) == [
        "units.2025.dbf",
        "units.2025.prj",
        "units.2025.qml",
        "units.2025.shp",
        "units.2025.shx",
    ]
    assert read(tmp_path / "units.2025.qml") == ".qml"


def test_a_failed_move_leaves_every_destination_as_it_was(tmp_path, read_only):
    a_dest, b_dest = tmp_path / "a" / "areas.gpkg", tmp_path / "b" / "areas.xlsx"
    write(a_dest, "old areas")
    write(b_dest, "old table")
    a, b = FileStage(str(a_dest)), FileStage(str(b_dest))
    write(a.temp, "new areas")
    write(b.temp, "new table")
    read_only(tmp_path / "b")  # the second destination cannot be replaced
    with pytest.raises(OutputError) as err:
        outputs.commit([a, b])
    assert str(b_dest) in str(err.value)
    assert read(a_dest) == "old areas" and read(b_dest) == "old table"
    left = outputs.discard([a, b])
    assert os.listdir(tmp_path / "a") == ["areas.gpkg"]
    # the read-only folder keeps its temporary file, and the clean-up says so
    assert len(left) == 1 and left[0].startswith(b.temp)


def test_discard_removes_every_temporary_file(tmp_path):
    write(tmp_path / "out.gpkg", "old")
    stage = FileStage(str(tmp_path / "out.gpkg"))
    write(stage.temp, "half written")
    write(stage.temp + "-wal", "journal")
    outputs.discard([stage])
    assert os.listdir(tmp_path) == ["out.gpkg"] and read(tmp_path / "out.gpkg") == "old"


def test_folder_stage_replaces_same_named_entries_and_keeps_the_others(tmp_path):
    final = tmp_path / "results"
    write(final / "agri_land.tif", "old land")
    write(final / "agri_land.tif.aux.xml", "old statistics")
    write(final / "notes.txt", "the user's notes")
    stage = FolderStage(str(final))
    stage.create()
    assert os.path.dirname(stage.temp) == str(tmp_path)
    write(os.path.join(stage.temp, "agri_land.tif"), "new land")
    write(os.path.join(stage.temp, "heat.tif"), "new heat")
    mapping = outputs.commit([stage])
    assert sorted(os.listdir(final)) == ["agri_land.tif", "heat.tif", "notes.txt"]
    assert read(final / "agri_land.tif") == "new land"
    assert mapping[stage.temp] == str(final)
    assert sorted(os.listdir(tmp_path)) == ["results"]


def test_folder_stage_into_a_missing_folder(tmp_path):
    stage = FolderStage(str(tmp_path / "new" / "results"))
    os.makedirs(tmp_path / "new")
    stage.create()
    write(os.path.join(stage.temp, "x.tif"), "x")
    outputs.commit([stage])
    assert os.listdir(tmp_path / "new" / "results") == ["x.tif"]
    assert os.listdir(tmp_path / "new") == ["results"]
