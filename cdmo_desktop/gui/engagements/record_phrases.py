"""The sentences of a workspace register that name its kind of record ("New decision",
"Select an action item or press New."), whole per register so that a translation can
give each noun its own gender and article."""

from __future__ import annotations

from typing import NamedTuple

from cdmo_desktop.gui.i18n import QT_TR_NOOP, tr


class Phrases(NamedTuple):
    new: str  # the New button
    select: str  # the form's message with nothing chosen
    this: str  # "Save your changes to …?"
    delete: str  # the table's Delete action
    delete_tip: str
    save_tip: str
    deleted: str  # the message after deleting a record without a name


_BY_NOUN = {
    "team member": Phrases(
        QT_TR_NOOP("New team member"),
        QT_TR_NOOP("Select a team member or press New."),
        QT_TR_NOOP("this team member"),
        QT_TR_NOOP("Delete team member"),
        QT_TR_NOOP("Delete the selected team member (Ctrl+Z restores it)"),
        QT_TR_NOOP("Save this team member (Ctrl+S)"),
        QT_TR_NOOP("Deleted the team member (Ctrl+Z brings it back)."),
    ),
    "channel": Phrases(
        QT_TR_NOOP("New channel"),
        QT_TR_NOOP("Select a channel or press New."),
        QT_TR_NOOP("this channel"),
        QT_TR_NOOP("Delete channel"),
        QT_TR_NOOP("Delete the selected channel (Ctrl+Z restores it)"),
        QT_TR_NOOP("Save this channel (Ctrl+S)"),
        QT_TR_NOOP("Deleted the channel (Ctrl+Z brings it back)."),
    ),
    "shared item": Phrases(
        QT_TR_NOOP("New shared item"),
        QT_TR_NOOP("Select a shared item or press New."),
        QT_TR_NOOP("this shared item"),
        QT_TR_NOOP("Delete shared item"),
        QT_TR_NOOP("Delete the selected shared item (Ctrl+Z restores it)"),
        QT_TR_NOOP("Save this shared item (Ctrl+S)"),
        QT_TR_NOOP("Deleted the shared item (Ctrl+Z brings it back)."),
    ),
    "decision": Phrases(
        QT_TR_NOOP("New decision"),
        QT_TR_NOOP("Select a decision or press New."),
        QT_TR_NOOP("this decision"),
        QT_TR_NOOP("Delete decision"),
        QT_TR_NOOP("Delete the selected decision (Ctrl+Z restores it)"),
        QT_TR_NOOP("Save this decision (Ctrl+S)"),
        QT_TR_NOOP("Deleted the decision (Ctrl+Z brings it back)."),
    ),
    "action item": Phrases(
        QT_TR_NOOP("New action item"),
        QT_TR_NOOP("Select an action item or press New."),
        QT_TR_NOOP("this action item"),
        QT_TR_NOOP("Delete action item"),
        QT_TR_NOOP("Delete the selected action item (Ctrl+Z restores it)"),
        QT_TR_NOOP("Save this action item (Ctrl+S)"),
        QT_TR_NOOP("Deleted the action item (Ctrl+Z brings it back)."),
    ),
}


def phrases(noun: str) -> Phrases:
    """The register's sentences in the user's language."""
    known = _BY_NOUN.get(noun)
    if known is None:  # a register added without its sentences: English composed
        article = "an" if noun[:1].lower() in "aeiou" else "a"
        known = Phrases(
            f"New {noun}",
            f"Select {article} {noun} or press New.",
            f"this {noun}",
            f"Delete {noun}",
            f"Delete the selected {noun} (Ctrl+Z restores it)",
            f"Save this {noun} (Ctrl+S)",
            f"Deleted the {noun} (Ctrl+Z brings it back).",
        )
    return Phrases(*(tr(text) for text in known))
