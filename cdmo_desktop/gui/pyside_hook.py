"""A cheaper answer to the question PySide6 asks of every module imported after it.

PySide6 (shibokensupport.feature) records for each newly imported module whether it
uses PySide, for its `__feature__` switches (snake_case, true_property), which this app
does not use. It answers with `inspect.getsource`, which costs ~0.13 ms a module: about
25 ms of a start, before the first paint. The same question is answered here from the
module file's bytes; modules without a plain source file keep PySide's own answer.
"""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> bool:
    """Put the cheaper check in place (once PySide6 is imported); whether it was."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "cheap", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.cheap = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
