"""What `cdmo-desktop sync` prints of a merge: the report of what arrived (changes per
kind, conflicts, renumbered codes, possible duplicates) and one line per conflict."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdmo_desktop.store.sync import SyncReport


def when(text: str | None) -> str:
    return "never" if not text else str(text)[:16].replace("T", " ")


def print_report(report: SyncReport, source: str) -> None:
    """What arrived: counts per kind, conflicts, renumbered codes, possible duplicates."""
    if report.nothing_new:
        print(f"Nothing new {source} ({report.received} changes already here).")
        return
    print(
        f"Applied {report.applied} changes {source} "
        f"({report.already_had} of {report.received} were already here)."
    )
    for kind, count in sorted(report.by_kind.items()):
        print(f"  {kind.replace('_', ' ')}: {count} changed")
    for c in report.conflicts:
        if c.kind in ("renumbered", "duplicate"):
            continue
        print(f"  conflict: {conflict_line(c)}")
    for r in report.renumbered:
        print(f"  renumbered: {r.table} {r.old_code} -> {r.new_code} ({r.record_label})")
    for d in report.duplicates:
        print(f"  possible duplicate: {d.record_label} (see `sync conflicts`)")


def conflict_line(c: Any) -> str:
    """One line: the record (and field), what happened, the two values, who and when."""
    where = f"{c.table.replace('_', ' ')} {c.record_label}"
    if c.field:
        where += f", {c.field}"
    what = {
        "field": "edited on both sides",
        "delete_edit": "deleted on one side, edited on the other (kept)",
        "renumbered": "renumbered",
        "duplicate": "possible duplicate (merge in the window: Sync > Conflicts)",
    }.get(c.kind, c.kind)
    parts = [f"{where}: {what}"]
    if c.here_value is not None or c.other_value is not None:
        parts.append(f"here {_value(c.here_value)}, theirs {_value(c.other_value)}")
    line = "; ".join(parts)
    if c.other_user or c.other_when:
        line += f" (by {c.other_user or 'someone'}"
        line += f" at {when(c.other_when)})" if c.other_when else ")"
    return line + (" [resolved]" if c.resolved else "")


def _value(value: str | None) -> str:
    if value is None:
        return "(none)"
    flat = " ".join(value.split())
    return repr(flat if len(flat) <= 80 else flat[:77] + "...")


def iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
