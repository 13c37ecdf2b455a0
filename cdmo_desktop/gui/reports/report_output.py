"""Where an exported PDF goes and what happens to it after: a fresh file name per document
(never an existing file's), the question before a file is replaced, and opening the file
in the system viewer with a message (and the folder) when no viewer answers. Also the
first size of the Reports dialogs on a small screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from cdmo_desktop.gui import settings
from cdmo_desktop.gui.i18n import tr


def default_folder(qsettings: QSettings) -> Path:
    """The folder of the last export, else Documents, else the home folder."""
    last = settings.get(qsettings, settings.REPORTS_LAST_FOLDER)
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def unused_path(path: Path) -> Path:
    """`path`, or "name (2).pdf", "name (3).pdf"... the first that does not exist yet."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem} ({n}){path.suffix}")).exists():
        n += 1
    return candidate


def confirm_replace(parent: QWidget, target: Path) -> bool:
    """Ask before an existing file is replaced; True when the user says so."""
    answer = QMessageBox.question(
        parent,
        tr("Replace the PDF?"),
        tr(
            "{file} already exists in {folder}.\n\n"
            "Replace it with this export? The file it holds now is lost."
        ).format(file=target.name, folder=target.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_in_viewer(parent: QWidget, path: Path) -> bool:
    """Open `path` in the system's PDF viewer. When none answers, say so with the file's
    path and offer to show its folder instead; False then."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("The PDF could not be opened"),
        tr("No PDF viewer opened the file. It is saved as:\n{path}").format(path=path),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("openFailedBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    show = box.addButton(tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is show:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    return False


def fit_on_screen(dialog: QWidget) -> None:
    """Shrink `dialog` to the screen it is on and move it onto it (a 1366x768 laptop at
    150 % has 512 logical pixels of height), so its buttons stay in reach."""
    screen = dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = max(dialog.frameGeometry().height() - dialog.height(), 0)
    width = max(min(dialog.width(), room.width()), dialog.minimumSizeHint().width())
    height = max(min(dialog.height(), room.height() - frame), dialog.minimumSizeHint().height())
    dialog.resize(width, height)
    outer = dialog.frameGeometry()
    x = min(max(outer.x(), room.left()), max(room.right() - outer.width() + 1, room.left()))
    y = min(max(outer.y(), room.top()), max(room.bottom() - outer.height() + 1, room.top()))
    dialog.move(x, y)
