"""The one error an exchange raises for a file it refuses."""

from __future__ import annotations


class ExchangeError(Exception):
    """A file that cannot be read or written as asked: malformed, hostile, of the wrong
    kind, or naming records that do not exist. str() is one sentence for the user, naming
    the row or element at fault but never quoting record contents; nothing was written."""
