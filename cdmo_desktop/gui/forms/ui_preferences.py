# Generated from ui/preferences.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(520, 260)
        self.layout = QVBoxLayout(PreferencesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PreferencesDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PreferencesDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(PreferencesDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"tone", u"error")
        self.nameError.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.nameHint = QLabel(PreferencesDialog)
        self.nameHint.setObjectName(u"nameHint")
        self.nameHint.setWordWrap(True)
        self.nameHint.setProperty(u"tone", u"muted")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameHint)

        self.schemeLabel = QLabel(PreferencesDialog)
        self.schemeLabel.setObjectName(u"schemeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.schemeLabel)

        self.schemeCombo = QComboBox(PreferencesDialog)
        self.schemeCombo.setObjectName(u"schemeCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.schemeCombo)

        self.languageLabel = QLabel(PreferencesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(PreferencesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageHint = QLabel(PreferencesDialog)
        self.languageHint.setObjectName(u"languageHint")
        self.languageHint.setWordWrap(True)
        self.languageHint.setProperty(u"tone", u"muted")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageHint)

        self.databaseLabel = QLabel(PreferencesDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databasePath = QLabel(PreferencesDialog)
        self.databasePath.setObjectName(u"databasePath")
        self.databasePath.setWordWrap(True)
        self.databasePath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.databasePath)

        self.backupsLabel = QLabel(PreferencesDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsPath = QLabel(PreferencesDialog)
        self.backupsPath.setObjectName(u"backupsPath")
        self.backupsPath.setWordWrap(True)
        self.backupsPath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.backupsPath)


        self.layout.addLayout(self.form)

        self.spacer = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.schemeLabel.setBuddy(self.schemeCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
        self.buttonBox.accepted.connect(PreferencesDialog.accept)
        self.buttonBox.rejected.connect(PreferencesDialog.reject)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.nameLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Your &name:", None))
        self.nameHint.setText(QCoreApplication.translate("PreferencesDialog", u"Recorded in the change log with every edit you make, and shown as the author of the reports you print.", None))
        self.schemeLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Appearance:", None))
#if QT_CONFIG(tooltip)
        self.schemeCombo.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Light or dark colours, or the same as the system's (which the app follows while it runs)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.schemeCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Appearance", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("PreferencesDialog", u"The language of menus, forms and messages", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageHint.setText(QCoreApplication.translate("PreferencesDialog", u"A new language takes effect at the next start.", None))
        self.databaseLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Database:", None))
        self.backupsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Backups:", None))
    # retranslateUi
