"""A private X server (Xvfb) for the window benchmark, and a key presser on it (XTest)."""

from __future__ import annotations

import ctypes
import ctypes.util
import subprocess
import time
from pathlib import Path


class Missing(RuntimeError):
    """Xvfb or xdotool is not installed."""


class KeyPresser:
    """Focuses a window and presses and releases Shift in it through XTest, on a
    connection opened before the launch: the key is on the server within a millisecond of
    the call. (`xdotool search --sync`, `windowfocus` and `key` processes before each press
    added ~280 ms of their own to every answer, the empty window's included, which hid the
    app's own delay.)"""

    SHIFT_L = 0xFFE1

    def __init__(self, display: str) -> None:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XSetInputFocus.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore = handler(lambda _display, _error: 0)  # a window gone: no exit
        x11.XSetErrorHandler.argtypes = [handler]
        x11.XSetErrorHandler(self._ignore)
        xtst.XTestFakeKeyEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self._x11, self._xtst = x11, xtst
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            raise Missing(f"cannot open the X display {display}")
        self._code = x11.XKeysymToKeycode(self._display, self.SHIFT_L)

    def press(self, window: int) -> None:
        self._x11.XSetInputFocus(self._display, window, 2, 0)  # RevertToParent, CurrentTime
        self._xtst.XTestFakeKeyEvent(self._display, self._code, 1, 0)
        self._xtst.XTestFakeKeyEvent(self._display, self._code, 0, 0)
        self._x11.XFlush(self._display)

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None


class Xvfb:
    """A private X server on a free display, stopped on exit."""

    def __init__(self, binary: str, size: tuple[int, int] = (1366, 768)) -> None:
        self.binary = binary
        self.size = size
        self.proc: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        for number in range(90, 140):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
                continue
            screen = f"{self.size[0]}x{self.size[1]}x24"
            self.proc = subprocess.Popen(
                [self.binary, f":{number}", "-screen", "0", screen, "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.time() + 10
            while time.time() < deadline:
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    self.display = f":{number}"
                    return self
                if self.proc.poll() is not None:
                    break
                time.sleep(0.05)
            self._stop()
        raise Missing("Xvfb did not start on any display from :90 to :139")

    def _stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def __exit__(self, *exc: object) -> None:
        self._stop()
