# Generated from ui/partner_inspection.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from cdmo_desktop.gui.widgets.fields import DateField

class Ui_PartnerInspectionDialog(object):
    def setupUi(self, PartnerInspectionDialog):
        if not PartnerInspectionDialog.objectName():
            PartnerInspectionDialog.setObjectName(u"PartnerInspectionDialog")
        PartnerInspectionDialog.resize(460, 380)
        PartnerInspectionDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PartnerInspectionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.authorityLabel = QLabel(PartnerInspectionDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityCombo = QComboBox(PartnerInspectionDialog)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.inspectionDateLabel = QLabel(PartnerInspectionDialog)
        self.inspectionDateLabel.setObjectName(u"inspectionDateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inspectionDateLabel)

        self.inspectionDateBox = QVBoxLayout()
        self.inspectionDateBox.setSpacing(2)
        self.inspectionDateBox.setObjectName(u"inspectionDateBox")
        self.inspectionDateEdit = DateField(PartnerInspectionDialog)
        self.inspectionDateEdit.setObjectName(u"inspectionDateEdit")

        self.inspectionDateBox.addWidget(self.inspectionDateEdit)

        self.inspectionDateError = QLabel(PartnerInspectionDialog)
        self.inspectionDateError.setObjectName(u"inspectionDateError")
        self.inspectionDateError.setWordWrap(True)
        self.inspectionDateError.setProperty(u"tone", u"error")

        self.inspectionDateBox.addWidget(self.inspectionDateError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.inspectionDateBox)

        self.outcomeLabel = QLabel(PartnerInspectionDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(PartnerInspectionDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.observationsLabel = QLabel(PartnerInspectionDialog)
        self.observationsLabel.setObjectName(u"observationsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.observationsLabel)

        self.observationsSpin = QSpinBox(PartnerInspectionDialog)
        self.observationsSpin.setObjectName(u"observationsSpin")
        self.observationsSpin.setMaximum(999)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.observationsSpin)

        self.siteLabel = QLabel(PartnerInspectionDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(PartnerInspectionDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.notesLabel = QLabel(PartnerInspectionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PartnerInspectionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 100))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(PartnerInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.inspectionDateLabel.setBuddy(self.inspectionDateEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.observationsLabel.setBuddy(self.observationsSpin)
        self.siteLabel.setBuddy(self.siteCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerInspectionDialog)
        self.buttonBox.accepted.connect(PartnerInspectionDialog.accept)
        self.buttonBox.rejected.connect(PartnerInspectionDialog.reject)

        QMetaObject.connectSlotsByName(PartnerInspectionDialog)
    # setupUi

    def retranslateUi(self, PartnerInspectionDialog):
        PartnerInspectionDialog.setWindowTitle(QCoreApplication.translate("PartnerInspectionDialog", u"GMP inspection", None))
        self.authorityLabel.setText(QCoreApplication.translate("PartnerInspectionDialog", u"Authority", None))
        self.inspectionDateLabel.setText(QCoreApplication.translate("PartnerInspectionDialog", u"Date *", None))
        self.outcomeLabel.setText(QCoreApplication.translate("PartnerInspectionDialog", u"Outcome", None))
        self.observationsLabel.setText(QCoreApplication.translate("PartnerInspectionDialog", u"Observations", None))
#if QT_CONFIG(tooltip)
        self.observationsSpin.setToolTip(QCoreApplication.translate("PartnerInspectionDialog", u"Number of observations (e.g. items on a Form 483)", None))
#endif // QT_CONFIG(tooltip)
        self.siteLabel.setText(QCoreApplication.translate("PartnerInspectionDialog", u"Site", None))
        self.notesLabel.setText(QCoreApplication.translate("PartnerInspectionDialog", u"Notes", None))
    # retranslateUi
