"""The labels of changes (Edit > Undo/Redo, the change history) reach a German user in
German; in English they are the store's label byte for byte."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import col, select

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdmo_desktop.domain.models import ChangeLog
from cdmo_desktop.gui.i18n import message
from cdmo_desktop.gui.pages import merged
from cdmo_desktop.gui.undo import commit
from cdmo_desktop.store import risk_edits
from cdmo_desktop.store.changesets import ChangeSet
from tests.risks_support import add_risk, make_portfolio

pytestmark = pytest.mark.gui


def _delete_a_risk(ctx: Any) -> str:
    pf = make_portfolio(ctx.store)
    risk = add_risk(ctx.store, pf.alpha, "Endotoxin OOS")
    written = risk_edits.delete_risk(ctx.store, risk.id)
    assert isinstance(written.label, Message)  # kept translatable, not made a plain str
    commit(ctx, written)
    return str(written.label)


def test_the_undo_text_of_an_edit_is_german(ctx: Any, german: None) -> None:
    label = _delete_a_risk(ctx)
    code = label.removeprefix("Delete risk ")
    assert ctx.undo_stack.undoText() == f"Risiko {code} löschen"
    ctx.undo_stack.undo()
    assert ctx.undo_stack.redoText() == f"Risiko {code} löschen"
    ctx.undo_stack.redo()
    with ctx.store.read() as s:  # the change log keeps the English label
        reasons = set(s.exec(select(ChangeLog.reason).where(col(ChangeLog.reason) != "")))
    assert reasons == {f"Undo: {label}", label}


def test_in_english_the_undo_text_is_the_store_label(ctx: Any) -> None:
    label = _delete_a_risk(ctx)
    assert label.startswith("Delete risk ")
    assert ctx.undo_stack.undoText() == label


def test_notices_merged_while_hidden_keep_each_label_translatable(german: None) -> None:
    edit = ChangeSet(msg(QT_TRANSLATE_NOOP("messages", "Edit risk {code}"), code="R-001"))
    delete = ChangeSet(msg(QT_TRANSLATE_NOOP("messages", "Delete risk {code}"), code="R-002"))
    combined, _who = merged([(edit, None), (delete, None), (edit, None)])
    assert str(combined.label) == "Edit risk R-001; Delete risk R-002"
    assert message(combined.label) == "Risiko R-001 bearbeiten; Risiko R-002 löschen"
