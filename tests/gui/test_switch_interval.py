"""The app hands the interpreter to the window's thread often (issue 17: start stalls)."""

from __future__ import annotations

import sys

import pytest


def test_the_app_lets_the_window_thread_in_often(qapp) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.gui.app import SWITCH_INTERVAL, create_application

    create_application([])
    assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL) and SWITCH_INTERVAL < 0.005
