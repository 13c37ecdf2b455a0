"""Charter text typed but not saved yet, kept in a small file beside the database so that
it survives the process dying (a crash, a power cut, a killed session).

The charter form writes its draft a moment after each edit (`write_draft`), offers it back
when the charter is opened again (`read_draft`) and removes it once the charter is saved
or the edits are discarded (`remove_draft`). A draft is one JSON file per engagement in
`<database file>.drafts/`, written to a temporary file, flushed to disk and renamed into
place, so a draft file is either the old one or the new one, never half written. A file
that cannot be read as a draft is ignored (and left for a person to look at).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cdmo_desktop.domain.enums import CharterStatus
from cdmo_desktop.store.charters import CHARTER_FIELDS, CharterData, EscalationRow, MetricRow
from cdmo_desktop.store.files import private_dir, write_text_atomic

VERSION = 1
_DATES = frozenset(
    ("kickoff_date", "planned_start", "planned_end", "client_signed_date", "partner_signed_date")
)


@dataclass(frozen=True)
class CharterDraft:
    """The form as it was (`data`), and when it was written (UTC)."""

    data: CharterData
    written_at: datetime


def drafts_folder(database: Path) -> Path:
    return database.with_name(database.name + ".drafts")


def draft_path(database: Path, engagement_id: str) -> Path:
    return drafts_folder(database) / f"charter-{engagement_id}.json"


def _plain(data: CharterData) -> dict[str, Any]:
    fields = {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in data.fields.items()
    }
    return {
        "version": VERSION,
        "written_at": datetime.now(UTC).isoformat(),
        "engagement_id": data.engagement_id,
        "id": data.id,
        "fields": fields,
        "status": CharterStatus(data.status).value,
        "agreed_at": data.agreed_at.isoformat() if data.agreed_at else None,
        "reopen_reason": data.reopen_reason,
        "site_ids": sorted(data.site_ids),
        "attendee_ids": sorted(data.attendee_ids),
        "metrics": [[m.metric, m.target, m.how_measured, m.id] for m in data.metrics],
        "escalation": [
            [x.who, x.when_to_escalate, x.response_time_hours, x.id] for x in data.escalation
        ],
    }


def write_draft(database: Path, data: CharterData) -> Path:
    """Keep `data` as the engagement's charter draft (atomically); returns the file."""
    target = draft_path(database, data.engagement_id)
    private_dir(target.parent)
    return write_text_atomic(target, json.dumps(_plain(data), ensure_ascii=False, indent=1))


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def read_draft(database: Path, engagement_id: str) -> CharterDraft | None:
    """The engagement's charter draft, or None when there is none (or it cannot be read)."""
    path = draft_path(database, engagement_id)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("version") != VERSION or raw.get("engagement_id") != engagement_id:
            return None
        stored = raw["fields"]
        fields = {
            name: _date(stored.get(name)) if name in _DATES else str(stored.get(name) or "")
            for name in CHARTER_FIELDS
        }
        agreed = raw.get("agreed_at")
        data = CharterData(
            engagement_id=engagement_id,
            id=str(raw["id"]),
            fields=fields,
            status=CharterStatus(raw["status"]),
            agreed_at=datetime.fromisoformat(agreed) if agreed else None,
            reopen_reason=str(raw.get("reopen_reason") or ""),
            site_ids=frozenset(map(str, raw.get("site_ids", []))),
            attendee_ids=frozenset(map(str, raw.get("attendee_ids", []))),
            metrics=tuple(
                MetricRow(str(m), str(t), str(h), str(i)) for m, t, h, i in raw["metrics"]
            ),
            escalation=tuple(
                EscalationRow(str(w), str(when), None if hours is None else int(hours), str(i))
                for w, when, hours, i in raw["escalation"]
            ),
        )
        return CharterDraft(data, datetime.fromisoformat(raw["written_at"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_draft(database: Path, engagement_id: str) -> None:
    """Forget the engagement's charter draft (and the drafts folder once empty)."""
    path = draft_path(database, engagement_id)
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # other drafts are still there, or it never existed
        path.parent.rmdir()
