"""A partner's profile (ui/partner_profile.ui): overview, identity, location and region,
capabilities, quality record, agreements on file, notes, sites and contacts.

Save (Ctrl+S) is enabled only when something changed and nothing is wrong (decided at every
change); the reasons appear under the fields, and in one line under the Save button (its
room is always kept, so nothing moves), when the user leaves a field or tries to save,
never while typing (field_checks). Saves, archive/restore and every sub-row edit are store
use cases (store.partner_edits) committed to the undo stack; the profile refreshes from
`ctx.changed`, once per change. It is an Editable (is_dirty / save /
discard); `maybe_leave()` asks about unsaved changes before the main window switches away
(closeEvent asks too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from cdmo_desktop.domain import clock, derive, geo
from cdmo_desktop.domain.enums import Region
from cdmo_desktop.domain.models import Partner, new_id
from cdmo_desktop.domain.validation import ValidationError
from cdmo_desktop.gui import read_only_fields, theme
from cdmo_desktop.gui.conflicts import guarded_save
from cdmo_desktop.gui.context import AppContext
from cdmo_desktop.gui.format import date_text, number_text
from cdmo_desktop.gui.forms.ui_partner_profile import Ui_PartnerProfile
from cdmo_desktop.gui.i18n import message, tr
from cdmo_desktop.gui.partners.layout_fit import StackingColumns
from cdmo_desktop.gui.partners.partner_base import PartnerRowDialog
from cdmo_desktop.gui.partners.partner_fields import picked
from cdmo_desktop.gui.partners.partner_overview import OverviewPanel, glance_html
from cdmo_desktop.gui.partners.partner_profile_form import (
    FIELD_NAMES,
    ProfileForm,
    banner_text,
    confirm_archive,
    confirm_similar,
    header_texts,
)
from cdmo_desktop.gui.partners.partner_rows import (
    PartnerAuditDialog,
    PartnerContactDialog,
    PartnerInspectionDialog,
    PartnerSiteDialog,
)
from cdmo_desktop.gui.partners.partner_tables import (
    AUDITS,
    CONTACTS,
    INSPECTIONS,
    SITES,
    ChildKind,
    ChildSection,
)
from cdmo_desktop.gui.undo import REFUSALS, commit, refusal_text
from cdmo_desktop.gui.unsaved import ask_unsaved, settle_unsaved
from cdmo_desktop.store import conflicts, partner_edits, partner_overview, partners

if TYPE_CHECKING:
    from cdmo_desktop.gui.kpis.scorecard import ScorecardPanel
    from cdmo_desktop.store.changesets import ChangeSet

WATCHED_TABLES = {
    "partner",
    "partner_site",
    "contact",
    "partner_audit",
    "gmp_inspection",
    "engagement",
    "risk",
    "milestone",
    "client",
}
TAB_OVERVIEW, TAB_PROFILE, TAB_QUALITY = 0, 1, 3  # 2 is "Sites & contacts"


class PartnerProfileView(QWidget):
    """The profile of `partner_id`, or a blank form for a new partner when it is None.

    `title_changed(name)` gives the partner's saved name (`saved_name`) whenever it changes:
    a new partner saved, a rename saved here or elsewhere, an undo."""

    title_changed = Signal(str)

    def __init__(
        self, ctx: AppContext, partner_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partnerProfileView")
        self.ctx = ctx
        self.partner_id: str | None = partner_id or None
        self.profile: partners.PartnerProfile | None = None
        self.removed = False
        self.saved_name = ""
        self._versions = conflicts.Versions()  # of the partner the form shows
        # Of `profile` (the partner and its sites, contacts, audits, inspections), read
        # just before it.
        self._profile_versions = conflicts.Versions()
        self.ui = ui = Ui_PartnerProfile()
        ui.setupUi(self)
        read_only_fields.form(self)
        # The problems line keeps its room while empty: a message never moves the form.
        ui.problemsLabel.setMinimumHeight(ui.problemsLabel.fontMetrics().lineSpacing())
        self._columns = [
            StackingColumns(ui.profileColumns, ui.profileScroll),
            StackingColumns(ui.overviewLayout, ui.overviewScroll),
        ]
        self.form = ProfileForm(ui, self)
        self.overview = OverviewPanel(ctx, ui)
        dialogs: list[tuple[ChildKind, Callable[[Any], PartnerRowDialog]]] = [
            (SITES, lambda row: PartnerSiteDialog(ctx, row, self)),
            (CONTACTS, self._contact_dialog),
            (AUDITS, lambda row: PartnerAuditDialog(ctx, self._sites(), row, self)),
            (INSPECTIONS, lambda row: PartnerInspectionDialog(ctx, self._sites(), row, self)),
        ]
        self.sections = {
            kind.noun: ChildSection.in_form(kind, ui, make, self) for kind, make in dialogs
        }
        sites_table = self.sections["site"].table
        holidays = QAction(tr("Import holidays (.ics)…"), sites_table)
        holidays.setObjectName("siteImportHolidaysAction")
        holidays.triggered.connect(self._import_site_holidays)
        sites_table.addAction(holidays)
        contacts_table = self.sections["contact"].table
        self.erase_contact_action = QAction(tr("Erase this person…"), contacts_table)
        self.erase_contact_action.setObjectName("contactEraseAction")
        self.erase_contact_action.triggered.connect(self._erase_contact)
        contacts_table.addAction(self.erase_contact_action)
        self.save_action = self._action(
            "savePartnerAction", tr("Save"), QKeySequence.StandardKey.Save
        )
        self.save_action.triggered.connect(self.save)
        self.new_action = self._action(
            "newPartnerAction", tr("New partner"), QKeySequence.StandardKey.New
        )
        self.new_action.triggered.connect(self.new_partner)
        ui.saveButton.clicked.connect(self.save)
        ui.newButton.clicked.connect(self.new_partner)
        ui.revertButton.clicked.connect(self.discard)
        ui.archiveButton.clicked.connect(self.archive)
        ui.restoreButton.clicked.connect(self.restore)
        self.form.changed.connect(self._on_form_changed)
        self.form.checks.left.connect(self._on_form_checks_left)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._update_local_time)
        self._clock.start()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        ctx.changed.connect(self._on_ctx_changed)
        ctx.day_changed.connect(self._on_ctx_day_changed)
        self.baseline: dict[str, Any] = self.form.values()
        self.scorecard: ScorecardPanel | None = None
        self._scorecard_holder = QWidget()
        self._scorecard_holder.setObjectName("scorecard_tab")
        QVBoxLayout(self._scorecard_holder).setContentsMargins(0, 0, 0, 0)
        self.scorecard_tab = ui.tabs.addTab(self._scorecard_holder, tr("Scorecard"))
        ui.tabs.setTabVisible(self.scorecard_tab, bool(self.partner_id))
        ui.tabs.currentChanged.connect(self._on_tabs_current_changed)
        theme.notifier().changed.connect(self.on_theme_changed)
        self.reload()
        ui.tabs.setCurrentIndex(TAB_OVERVIEW if self.partner_id else TAB_PROFILE)
        if not self.partner_id:
            ui.nameEdit.setFocus()

    def _import_site_holidays(self) -> None:
        """The selected site's closed days from its calendar (shaded on the Gantt)."""
        from cdmo_desktop.gui.schedule_exchange import import_site_holidays

        site_id = self.sections["site"].selected_id()
        if site_id is not None:
            import_site_holidays(self, self.ctx, site_id)

    def _erase_contact(self) -> None:
        """Erase the selected contact on request (gui.erasure)."""
        from cdmo_desktop.gui import erasure

        contact_id = self.sections["contact"].selected_id()
        if contact_id:
            erasure.erase_person(self.ctx, contact_id, self)

    def show_scorecard(self) -> ScorecardPanel | None:
        """The Scorecard tab (built the first time it is shown: the KPI screens load then)."""
        self.ui.tabs.setCurrentIndex(self.scorecard_tab)
        return self.scorecard

    def _on_tabs_current_changed(self, index: int) -> None:
        if index != self.scorecard_tab or self.scorecard is not None or not self.partner_id:
            return
        from cdmo_desktop.gui.kpis import scorecard

        self.scorecard = scorecard.ScorecardPanel(self.ctx, self.partner_id)
        layout = self._scorecard_holder.layout()
        assert layout is not None
        layout.addWidget(self.scorecard)
        self.scorecard.show()
        layout.activate()  # laid out now, not one turn of the event loop later

    def _action(self, name: str, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # --- loading ------------------------------------------------------------------------
    def _on_ctx_changed(self, changeset: ChangeSet, initiator: object) -> None:
        if not self.partner_id or not changeset.touches(*WATCHED_TABLES):
            return
        if initiator is self:  # this profile's own edit: refresh now, once
            self._reload_timer.stop()
            self.reload(load_form=not self._form_shows(changeset))
        else:  # other screens, undo and redo: once, after the burst of notices
            self._reload_timer.start()

    def _on_ctx_day_changed(self, _today: object) -> None:
        """Overdue audits and expiring agreements are counted from the new date."""
        if self.partner_id:
            self._reload_timer.start()

    def _form_shows(self, changeset: ChangeSet) -> bool:
        """True when the form already holds the partner's fields this change wrote."""
        pid = self.partner_id or ""
        saved = changeset.row("partner", pid) or {}
        old = next(
            (s.values or {} for s in changeset.before if s.table == "partner" and s.id == pid), {}
        )
        values = self.form.values()
        return all(values[k] == saved[k] for k in values.keys() & saved if saved[k] != old.get(k))

    def on_theme_changed(self) -> None:
        """Dark mode on or off: the overview's rich text and the tab colours again."""
        self.reload(load_form=False)

    def reload(self, *, load_form: bool = True) -> None:
        """Read the partner again; the form is refreshed only when it holds no edits (and
        `load_form` is True)."""
        if self.partner_id is None:
            self.overview.clear()
            self._after_change()
            return
        pid = self.partner_id
        versions = conflicts.opened_where(  # before the values they guard
            self.ctx.store,
            (Partner, "id", pid),
            *((model, "partner_id", pid) for model in partner_edits.CHILDREN.values()),
        )
        self.profile = partners.load_profile(self.ctx.store, self.partner_id)
        self._profile_versions = versions
        self.removed = self.profile is None
        if self.profile is not None and self.profile.partner["name"] != self.saved_name:
            self.saved_name = self.profile.partner["name"]
            self.title_changed.emit(self.saved_name)
        if self.profile is not None:
            if load_form and not self.is_dirty():
                self.form.load(self.profile.partner)
                self._versions = self._partner_versions()
                self.baseline = self.form.values()
            self._show_children(self.profile)
            ov = partner_overview.load_overview(self.ctx.store, self.partner_id, clock.today())
            self.overview.show(ov)
        self._after_change()

    def _show_children(self, profile: partners.PartnerProfile) -> None:
        names = {s["id"]: s["name"] for s in profile.sites}
        today = clock.today()
        self.sections["site"].set_rows(profile.sites, names, today)
        self.sections["contact"].set_rows(profile.contacts, names, today)
        self.sections["audit"].set_rows(profile.audits, names, today)
        self.sections["inspection"].set_rows(profile.inspections, names, today)
        p = profile.partner
        self.ui.lastAuditValue.setText(date_text(p["last_audit_date"]) or "—")
        due = p["next_audit_due"]
        overdue = due is not None and due < today and not p["archived"]
        text = date_text(due) or "—"
        if overdue:
            text += tr("  — overdue by {count} days").format(count=number_text((today - due).days))
        self.ui.nextAuditValue.setText(text)
        self.ui.nextAuditValue.setStyleSheet("font-weight: 600;" if overdue else "")
        theme.set_tone(self.ui.nextAuditValue, "error" if overdue else None)

    def _sites(self) -> list[dict[str, Any]]:
        return list(self.profile.sites) if self.profile else []

    def _contact_dialog(self, row: dict[str, Any] | None) -> PartnerContactDialog:
        contacts = self.profile.contacts if self.profile else []
        current = next(
            (
                c["name"]
                for c in contacts
                if c["is_primary"] and (row is None or c["id"] != row["id"])
            ),
            "",
        )
        return PartnerContactDialog(self.ctx, self._sites(), row, current, self)

    # --- state --------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        if self.removed:
            return False
        return self.form.values() != self.baseline or bool(self.form.unreadable())

    def errors(self) -> dict[str, str]:
        """Every reason the form cannot be saved, by field."""
        return self.form.errors(self.ctx.store, self.partner_id)

    def _on_form_changed(self) -> None:
        self._after_change(problems=False)

    def _on_form_checks_left(self, _field: str) -> None:
        self._after_change()

    def _after_change(self, *, problems: bool = True) -> None:
        """Bring buttons, title and header up to date with the form; with `problems`, also
        the messages (under the fields, under Save, the duplicate warning), which move
        the form under them and so wait until the user leaves a field."""
        dirty = self.is_dirty()
        errors = self.errors() if dirty else {}
        can_save = dirty and not errors
        self.ui.saveButton.setEnabled(can_save)
        self.save_action.setEnabled(can_save)
        self.ui.saveButton.setToolTip(
            tr("Save the profile (Ctrl+S)") if not errors else self.form.summary(errors)
        )
        self.ui.revertButton.setEnabled(dirty)
        self.setWindowModified(dirty)
        self._update_header()
        if problems:
            self._show_problems(self.form.checks.shown(errors), dirty)

    def _show_problems(self, shown: dict[str, str], dirty: bool) -> None:
        self.form.show_errors(shown)
        self.form.show_similar(self._similar_names() if dirty else [])
        summary = self.form.summary(shown)
        self.ui.problemsLabel.setText(summary)
        for index, fields in (
            (TAB_PROFILE, self.form.PROFILE_FIELDS),
            (TAB_QUALITY, {"qualification_status"}),
        ):
            bad = any(f in shown for f in fields)
            self.ui.tabs.tabBar().setTabTextColor(
                index, theme.current().colour("error") if bad else QColor()
            )
        self._update_local_time()

    def _similar_names(self) -> list[str]:
        name = self.form.values()["name"]
        if not name or (self.partner_id and name == self.baseline.get("name")):
            return []
        found = partners.similar_names(self.ctx.store, name, self.partner_id)
        key = derive.name_key(name)
        return [n for n in found if derive.name_key(n) != key]

    def _update_header(self) -> None:
        ui = self.ui
        values = self.form.values()
        p = self.profile.partner if self.profile else {}
        exists = self.partner_id is not None and not self.removed
        archived = exists and bool(p.get("archived"))
        title, subtitle = header_texts(values, self.is_dirty())
        ui.titleLabel.setText(title)
        ui.subtitleLabel.setText(subtitle)
        banner = banner_text(self.removed, archived, p.get("archived_at"))
        ui.bannerLabel.setText(banner)
        ui.bannerLabel.setVisible(bool(banner))
        ui.archiveButton.setVisible(exists and not archived)
        ui.restoreButton.setVisible(archived)
        ui.tabs.setEnabled(not self.removed)
        ui.childHintLabel.setVisible(not exists)
        for section in self.sections.values():
            section.set_enabled(exists)
        region = geo.region_for(values["country"]) if values["country"] else None
        ui.regionValue.setText(message(Region(region).label) if region else "—")

    def _update_local_time(self) -> None:
        zone = picked(self.ui.timeZoneCombo)
        text = ""
        if zone:
            there, offset = geo.local_time_and_offset(zone, datetime.now(UTC))
            text = tr("{time} there, {offset}").format(
                time=there,
                offset=message(offset) if offset != "same time" else tr("same time as here"),
            )
        self.ui.localTimeLabel.setText(text)
        self.ui.localTimeLabel.setVisible(bool(text))
        if self.profile is not None and not self.removed:
            self.ui.glanceLabel.setText(
                glance_html(self.profile.partner, self.profile.contacts, clock.today(), text)
            )

    # --- actions ------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the form as one undoable edit; False when refused or cancelled."""
        if not self.is_dirty():
            return True
        self.form.checks.attempted()
        errors = self.errors()
        if errors:
            self._after_change()
            return False
        values = self.form.values()
        similar = self._similar_names()
        if similar and not confirm_similar(self, values["name"], similar):
            return False
        store = self.ctx.store
        partner_id = self.partner_id or new_id()
        try:
            if self.partner_id is None:
                changeset = partner_edits.create_partner(store, partner_id, values)
            else:
                changes = {k: v for k, v in values.items() if v != self.baseline.get(k)}
                saved = guarded_save(
                    self,
                    self._versions,
                    partial(partner_edits.save_partner, store, partner_id),
                    mine=values,
                    first=changes,
                    reload=self._reload_theirs,
                    labels=FIELD_NAMES,
                )
                if saved is None:
                    return False
                changeset = saved
        except REFUSALS as exc:
            self.report_refusal(tr("Saving the partner"), exc)
            return False
        if self.partner_id is None:
            self.partner_id = partner_id
            self.ui.tabs.setTabVisible(self.scorecard_tab, True)
            self.ui.tabs.setCurrentIndex(TAB_PROFILE)
        self.baseline = values
        self.form.checks.reset()
        commit(self.ctx, changeset, initiator=self)
        if changeset.empty:  # the database held these values already: no notice comes
            self._after_change()
        return True

    def _partner_versions(self) -> conflicts.Versions:
        """The version of the partner row as `profile` was read (what the form saves)."""
        return conflicts.Versions(
            {k: v for k, v in self._profile_versions.items() if k[0] is Partner}
        )

    def child_versions(self, noun: str, row_id: str) -> conflicts.Versions:
        """The version of a site, contact, audit or inspection as `profile` was read."""
        key = (partner_edits.CHILDREN[noun], row_id)
        found = self._profile_versions.get(key)
        return conflicts.Versions({} if found is None else {key: found})

    def _reload_theirs(self) -> None:
        """The conflict dialog's Reload: drop the edits, show the partner as saved now."""
        self.baseline = self.form.values()  # not dirty, so reload loads the form
        self.reload()
        self.form.checks.reset()

    def report_refusal(self, what: str, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
            self.ui.problemsLabel.setText(self.form.summary(exc.errors))
        QMessageBox.warning(
            self,
            tr("Not saved"),
            tr("{what} was refused, nothing was written:\n{reason}").format(
                what=what, reason=refusal_text(exc)
            ),
        )

    def discard(self) -> None:
        if self.profile is not None and not self.removed:
            self.form.load(self.profile.partner)
            self._versions = self._partner_versions()
        else:
            self.form.clear()
        self.baseline = self.form.values()
        self._after_change()

    def new_partner(self) -> None:
        """Ask the main window for a blank profile (an empty id means a new partner)."""
        self.ctx.open_partner_requested.emit("")

    def archive(self) -> None:
        if not self.partner_id or self.profile is None:
            return
        if confirm_archive(self, self.profile.partner["name"]):
            self._set_archived(True)

    def restore(self) -> None:
        if self.partner_id and self.profile is not None:
            self._set_archived(False)

    def _set_archived(self, archived: bool) -> None:
        what = tr("Archiving the partner") if archived else tr("Restoring the partner")
        try:
            changeset = partner_edits.set_archived(self.ctx.store, str(self.partner_id), archived)
        except REFUSALS as exc:
            self.report_refusal(what, exc)
            return
        commit(self.ctx, changeset, initiator=self)

    def maybe_leave(self) -> bool:
        """True when the view may be left: no unsaved edits, or they were saved or
        discarded at the user's choice."""
        if not self.is_dirty():
            return True
        name = self.form.values()["name"] or tr("the new partner")
        answer = ask_unsaved(
            self, name, question=tr("Save your changes to {name} before leaving?").format(name=name)
        )
        return settle_unsaved(answer, self.save, self.discard)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.setAccepted(self.maybe_leave())
