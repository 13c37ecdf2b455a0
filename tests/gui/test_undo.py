"""The one undo command: a written change set on the stack, undone and redone through the
store, merged for gestures, and dropped with a message when the database refuses it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand

from cdmo_desktop.domain.enums import PartnerKind, Phase
from cdmo_desktop.domain.models import Client, Engagement, Partner
from cdmo_desktop.gui.undo import ChangeCommand, commit
from cdmo_desktop.store.changesets import ChangeSet
from tests.undo_support import check_undo_redo, database_rows, diff


def _rename(ctx, client_id: str, name: str, **kw):
    def work(s) -> None:
        s.get(Client, client_id).name = name

    return commit(ctx, ctx.store.write(f"Rename to {name}", work), **kw)


def test_every_undo_command_is_the_change_command() -> None:
    import importlib
    import pkgutil

    import cdmo_desktop.gui as gui

    for info in pkgutil.walk_packages(gui.__path__, "cdmo_desktop.gui."):
        importlib.import_module(info.name)

    def subclasses(cls: type) -> set[type]:
        direct: list[type] = cls.__subclasses__()
        return {c for sub in direct for c in {sub, *subclasses(sub)}}

    found = {c for c in subclasses(QUndoCommand) if c.__module__.startswith("cdmo_desktop")}
    assert found == {ChangeCommand}


def test_commit_announces_and_undo_redo_restore_rows(ctx) -> None:
    heard: list[tuple[ChangeSet, object]] = []
    ctx.changed.connect(lambda cs, who: heard.append((cs, who)))
    client = Client(name="Aurora Therapeutics")
    commit(ctx, ctx.store.write("New client", lambda s: s.add(client)))
    me = object()
    check_undo_redo(ctx, lambda: _rename(ctx, client.id, "Aurora Bio", initiator=me))
    assert [who for _cs, who in heard] == [None, me, None, None]
    assert all("client" in cs.tables for cs, _who in heard)
    assert ctx.undo_stack.undoText() == "Rename to Aurora Bio"


def test_a_gesture_merges_into_one_command(ctx) -> None:
    client = Client(name="A")
    commit(ctx, ctx.store.write("New client", lambda s: s.add(client)))
    start = database_rows(ctx.store)
    for name in ("AB", "ABC", "ABCD"):
        _rename(ctx, client.id, name, merge=f"rename:{client.id}")
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert not diff(start, database_rows(ctx.store))
    ctx.undo_stack.redo()
    with ctx.store.read() as s:
        assert s.get(Client, client.id).name == "ABCD"


def test_an_empty_change_is_not_stacked(ctx) -> None:
    client = Client(name="A")
    commit(ctx, ctx.store.write("New client", lambda s: s.add(client)))
    _rename(ctx, client.id, "A")
    assert ctx.undo_stack.count() == 1


def test_a_refused_undo_says_why_and_keeps_the_stack_consistent(ctx) -> None:
    client = Client(name="Aurora Therapeutics")
    partner = Partner(name="Hollis Ridge Pharma", kind=PartnerKind.CDMO, country="US")
    commit(ctx, ctx.store.write("New client", lambda s: s.add(client)))
    commit(ctx, ctx.store.write("New partner", lambda s: s.add(partner)))
    # Written outside this stack (another window's edit, an import): the client now has
    # an engagement, so its creation can no longer be undone.
    ctx.store.write(
        "Engagement",
        lambda s: s.add(
            Engagement(
                title="Scale-up", client_id=client.id, partner_id=partner.id, phase=Phase.SCALE_UP
            )
        ),
    )
    messages: list[str] = []
    ctx.refused.connect(messages.append)
    ctx.undo_stack.undo()  # the partner: refused as well (the engagement needs it)
    ctx.undo_stack.undo()
    assert len(messages) == 2
    assert "can no longer be undone" in messages[0] and "depend" in messages[0]
    assert ctx.undo_stack.count() == 0
    with ctx.store.read() as s:
        assert s.get(Client, client.id) is not None
        assert s.get(Partner, partner.id) is not None


@pytest.mark.parametrize("kind", ["undo"])
def test_the_window_shows_a_refusal(qtbot, ctx, monkeypatch, kind: str) -> None:
    from cdmo_desktop.gui import main_window

    shown: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text)
    )
    window = main_window.MainWindow(ctx, remember_database=False)
    qtbot.addWidget(window)
    ctx.refused.emit("“New client” can no longer be undone or redone: reason.")
    assert shown == ["“New client” can no longer be undone or redone: reason."]
