"""The start-up's cheaper answer to PySide's "does this module use PySide?" gives the same
answers as PySide's own (inspect.getsource) for the app's modules."""

from __future__ import annotations

import importlib
import sys

import pytest

import cdmo_desktop.gui  # noqa: F401  (installs the hook)

pytestmark = pytest.mark.gui


def test_the_hook_is_in_place_and_agrees_with_pyside() -> None:
    import inspect

    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert getattr(check, "cheap", False)
    names = [
        "cdmo_desktop.gui.app",  # uses PySide
        "cdmo_desktop.gui.theme",
        "cdmo_desktop.store.probe",  # does not
        "cdmo_desktop.domain.enums",
        "json",
    ]
    for name in names:
        module = importlib.import_module(name)
        assert check(module) == ("PySide6" in inspect.getsource(module)), name
    assert check(sys) is False  # built in: PySide's own answer
