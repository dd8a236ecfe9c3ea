"""The garbage-collection settings of a 2016-method run are set back after
it, also when runs overlap or one fails."""

import gc

import pytest

from cc_warning_plugin.processing.m2016.base import (
    FULL_COLLECTION_EVERY,
    YOUNG_COLLECTION_AFTER,
    fewer_full_collections,
)


def test_thresholds_and_freeze_are_set_back_after_overlapping_runs():
    before = gc.get_threshold()
    with fewer_full_collections():
        during = gc.get_threshold()
        assert during == (
            max(before[0], YOUNG_COLLECTION_AFTER),
            before[1],
            max(before[2], FULL_COLLECTION_EVERY),
        )
        assert gc.get_freeze_count() > 0
        with fewer_full_collections():  # a second run under way
            assert gc.get_threshold() == during
        assert gc.get_threshold() == during  # the first still runs
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_failing_run_sets_them_back():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        with fewer_full_collections():
            raise RuntimeError("stop")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_collections_switched_off_stay_off():
    before = gc.get_threshold()
    gc.set_threshold(0, before[1], before[2])
    try:
        with fewer_full_collections():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold() == (0, before[1], before[2])
    finally:
        gc.set_threshold(*before)
