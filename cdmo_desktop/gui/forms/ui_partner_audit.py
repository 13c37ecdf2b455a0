# Generated from ui/partner_audit.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import DateField

class Ui_PartnerAuditDialog(object):
    def setupUi(self, PartnerAuditDialog):
        if not PartnerAuditDialog.objectName():
            PartnerAuditDialog.setObjectName(u"PartnerAuditDialog")
        PartnerAuditDialog.resize(460, 460)
        PartnerAuditDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PartnerAuditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.auditDateLabel = QLabel(PartnerAuditDialog)
        self.auditDateLabel.setObjectName(u"auditDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.auditDateLabel)

        self.auditDateBox = QVBoxLayout()
        self.auditDateBox.setSpacing(2)
        self.auditDateBox.setObjectName(u"auditDateBox")
        self.auditDateEdit = DateField(PartnerAuditDialog)
        self.auditDateEdit.setObjectName(u"auditDateEdit")

        self.auditDateBox.addWidget(self.auditDateEdit)

        self.auditDateError = QLabel(PartnerAuditDialog)
        self.auditDateError.setObjectName(u"auditDateError")
        self.auditDateError.setWordWrap(True)
        self.auditDateError.setProperty(u"tone", u"error")

        self.auditDateBox.addWidget(self.auditDateError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.auditDateBox)

        self.typeLabel = QLabel(PartnerAuditDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(PartnerAuditDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.statusLabel = QLabel(PartnerAuditDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(PartnerAuditDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.siteLabel = QLabel(PartnerAuditDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(PartnerAuditDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.auditorLabel = QLabel(PartnerAuditDialog)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.auditorLabel)

        self.auditorEdit = QLineEdit(PartnerAuditDialog)
        self.auditorEdit.setObjectName(u"auditorEdit")
        self.auditorEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.auditorEdit)

        self.outcomeLabel = QLabel(PartnerAuditDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(PartnerAuditDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.observationsLabel = QLabel(PartnerAuditDialog)
        self.observationsLabel.setObjectName(u"observationsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.observationsLabel)

        self.observationsSpin = QSpinBox(PartnerAuditDialog)
        self.observationsSpin.setObjectName(u"observationsSpin")
        self.observationsSpin.setMaximum(999)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.observationsSpin)

        self.nextDueLabel = QLabel(PartnerAuditDialog)
        self.nextDueLabel.setObjectName(u"nextDueLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.nextDueLabel)

        self.nextDueBox = QVBoxLayout()
        self.nextDueBox.setSpacing(2)
        self.nextDueBox.setObjectName(u"nextDueBox")
        self.nextDueEdit = DateField(PartnerAuditDialog)
        self.nextDueEdit.setObjectName(u"nextDueEdit")

        self.nextDueBox.addWidget(self.nextDueEdit)

        self.nextDueError = QLabel(PartnerAuditDialog)
        self.nextDueError.setObjectName(u"nextDueError")
        self.nextDueError.setWordWrap(True)
        self.nextDueError.setProperty(u"tone", u"error")

        self.nextDueBox.addWidget(self.nextDueError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.nextDueBox)

        self.notesLabel = QLabel(PartnerAuditDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PartnerAuditDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(PartnerAuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.auditDateLabel.setBuddy(self.auditDateEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.siteLabel.setBuddy(self.siteCombo)
        self.auditorLabel.setBuddy(self.auditorEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.observationsLabel.setBuddy(self.observationsSpin)
        self.nextDueLabel.setBuddy(self.nextDueEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerAuditDialog)
        self.buttonBox.accepted.connect(PartnerAuditDialog.accept)
        self.buttonBox.rejected.connect(PartnerAuditDialog.reject)

        QMetaObject.connectSlotsByName(PartnerAuditDialog)
    # setupUi

    def retranslateUi(self, PartnerAuditDialog):
        PartnerAuditDialog.setWindowTitle(QCoreApplication.translate("PartnerAuditDialog", u"Audit", None))
        self.auditDateLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Date *", None))
        self.typeLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Type", None))
        self.statusLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Status", None))
        self.siteLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Site", None))
        self.auditorLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Auditor", None))
        self.auditorEdit.setPlaceholderText(QCoreApplication.translate("PartnerAuditDialog", u"Who led the audit", None))
        self.outcomeLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Outcome", None))
        self.observationsLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Observations", None))
        self.nextDueLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Next due", None))
        self.notesLabel.setText(QCoreApplication.translate("PartnerAuditDialog", u"Notes", None))
    # retranslateUi
