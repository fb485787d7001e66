"""paused_gc: the cycle collector is off inside the block and as it was after it."""

from __future__ import annotations

import gc

import pytest

from rehab_planner.memory import paused_gc


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested (or another thread's load): stays off until the outer one ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error() -> None:
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("broken file")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_inside_keeping_loads_what_a_block_built_is_left_out_of_later_passes() -> None:
    """A command's loads are frozen: the collector's later full passes do not scan them again."""
    from rehab_planner.memory import keeping_loads

    before = gc.get_freeze_count()
    with paused_gc():
        built = [[i] for i in range(1000)]
    assert gc.get_freeze_count() == before  # not by default (the app, the tests)
    with keeping_loads(), paused_gc():
        built = [[i] for i in range(1000)]
    assert gc.get_freeze_count() >= before + len(built)
    gc.unfreeze()
    with paused_gc():
        built = [[i] for i in range(1000)]
    assert gc.get_freeze_count() == 0  # only inside
