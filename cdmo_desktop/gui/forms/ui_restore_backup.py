# Generated from ui/restore_backup.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(600, 400)
        self.layout = QVBoxLayout(RestoreBackupDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RestoreBackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.backupTree = QTreeWidget(RestoreBackupDialog)
        self.backupTree.setObjectName(u"backupTree")
        self.backupTree.setRootIsDecorated(False)
        self.backupTree.setUniformRowHeights(True)
        self.backupTree.setAlternatingRowColors(True)

        self.layout.addWidget(self.backupTree)

        self.noteLabel = QLabel(RestoreBackupDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(RestoreBackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreBackupDialog)
        self.buttonBox.rejected.connect(RestoreBackupDialog.reject)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore from backup", None))
        ___qtreewidgetitem = self.backupTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("RestoreBackupDialog", u"File", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RestoreBackupDialog", u"Size", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RestoreBackupDialog", u"Why", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RestoreBackupDialog", u"Taken", None))
        self.noteLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"Before the restore, the current database is itself backed up (listed as \u201cBefore a restore\u201d), so a restore can be undone from this list.", None))
    # retranslateUi
