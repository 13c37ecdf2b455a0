# Generated from ui/agreement_dialog.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import DateField

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(900, 620)
        self.mainLayout = QVBoxLayout(AgreementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.leftForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleEditLabel = QLabel(AgreementDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(AgreementDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(AgreementDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setProperty(u"tone", u"error")
        self.titleError.setWordWrap(True)
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.kindComboLabel = QLabel(AgreementDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(AgreementDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindNote = QLabel(AgreementDialog)
        self.kindNote.setObjectName(u"kindNote")
        self.kindNote.setWordWrap(True)
        self.kindNote.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindNote)

        self.statusComboLabel = QLabel(AgreementDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(AgreementDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.versionSpinLabel = QLabel(AgreementDialog)
        self.versionSpinLabel.setObjectName(u"versionSpinLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.versionSpinLabel)

        self.versionSpin = QSpinBox(AgreementDialog)
        self.versionSpin.setObjectName(u"versionSpin")
        self.versionSpin.setMinimum(1)
        self.versionSpin.setMaximum(999)

        self.leftForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.versionSpin)

        self.referenceEditLabel = QLabel(AgreementDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(AgreementDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.partnerComboLabel = QLabel(AgreementDialog)
        self.partnerComboLabel.setObjectName(u"partnerComboLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.partnerComboLabel)

        self.partnerCombo = QComboBox(AgreementDialog)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.partnerError = QLabel(AgreementDialog)
        self.partnerError.setObjectName(u"partnerError")
        self.partnerError.setProperty(u"tone", u"error")
        self.partnerError.setWordWrap(True)
        self.partnerError.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.partnerError)

        self.clientComboLabel = QLabel(AgreementDialog)
        self.clientComboLabel.setObjectName(u"clientComboLabel")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.clientComboLabel)

        self.clientCombo = QComboBox(AgreementDialog)
        self.clientCombo.setObjectName(u"clientCombo")

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.clientCombo)

        self.clientError = QLabel(AgreementDialog)
        self.clientError.setObjectName(u"clientError")
        self.clientError.setProperty(u"tone", u"error")
        self.clientError.setWordWrap(True)
        self.clientError.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.clientError)

        self.engagementComboLabel = QLabel(AgreementDialog)
        self.engagementComboLabel.setObjectName(u"engagementComboLabel")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.engagementComboLabel)

        self.engagementCombo = QComboBox(AgreementDialog)
        self.engagementCombo.setObjectName(u"engagementCombo")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.engagementCombo)

        self.governingLawEditLabel = QLabel(AgreementDialog)
        self.governingLawEditLabel.setObjectName(u"governingLawEditLabel")

        self.leftForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.governingLawEditLabel)

        self.governingLawEdit = QLineEdit(AgreementDialog)
        self.governingLawEdit.setObjectName(u"governingLawEdit")

        self.leftForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.governingLawEdit)


        self.columns.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.rightForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.effectiveDateLayoutLabel = QLabel(AgreementDialog)
        self.effectiveDateLayoutLabel.setObjectName(u"effectiveDateLayoutLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effectiveDateLayoutLabel)

        self.effectiveDateLayout = QHBoxLayout()
        self.effectiveDateLayout.setObjectName(u"effectiveDateLayout")
        self.effectiveDateEdit = DateField(AgreementDialog)
        self.effectiveDateEdit.setObjectName(u"effectiveDateEdit")

        self.effectiveDateLayout.addWidget(self.effectiveDateEdit)

        self.effectiveDateSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.effectiveDateLayout.addItem(self.effectiveDateSpacer)


        self.rightForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.effectiveDateLayout)

        self.effectiveError = QLabel(AgreementDialog)
        self.effectiveError.setObjectName(u"effectiveError")
        self.effectiveError.setProperty(u"tone", u"error")
        self.effectiveError.setWordWrap(True)
        self.effectiveError.setTextFormat(Qt.TextFormat.PlainText)

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectiveError)

        self.expiryDateLayoutLabel = QLabel(AgreementDialog)
        self.expiryDateLayoutLabel.setObjectName(u"expiryDateLayoutLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.expiryDateLayoutLabel)

        self.expiryDateLayout = QHBoxLayout()
        self.expiryDateLayout.setObjectName(u"expiryDateLayout")
        self.expiryDateEdit = DateField(AgreementDialog)
        self.expiryDateEdit.setObjectName(u"expiryDateEdit")

        self.expiryDateLayout.addWidget(self.expiryDateEdit)

        self.expiryDateSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expiryDateLayout.addItem(self.expiryDateSpacer)


        self.rightForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.expiryDateLayout)

        self.expiryError = QLabel(AgreementDialog)
        self.expiryError.setObjectName(u"expiryError")
        self.expiryError.setProperty(u"tone", u"error")
        self.expiryError.setWordWrap(True)
        self.expiryError.setTextFormat(Qt.TextFormat.PlainText)

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.expiryError)

        self.signedDateLayoutLabel = QLabel(AgreementDialog)
        self.signedDateLayoutLabel.setObjectName(u"signedDateLayoutLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signedDateLayoutLabel)

        self.signedDateLayout = QHBoxLayout()
        self.signedDateLayout.setObjectName(u"signedDateLayout")
        self.signedDateEdit = DateField(AgreementDialog)
        self.signedDateEdit.setObjectName(u"signedDateEdit")

        self.signedDateLayout.addWidget(self.signedDateEdit)

        self.signedDateSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signedDateLayout.addItem(self.signedDateSpacer)


        self.rightForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.signedDateLayout)

        self.signedError = QLabel(AgreementDialog)
        self.signedError.setObjectName(u"signedError")
        self.signedError.setProperty(u"tone", u"error")
        self.signedError.setWordWrap(True)
        self.signedError.setTextFormat(Qt.TextFormat.PlainText)

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signedError)

        self.clientSignatoryEditLabel = QLabel(AgreementDialog)
        self.clientSignatoryEditLabel.setObjectName(u"clientSignatoryEditLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.clientSignatoryEditLabel)

        self.clientSignatoryEdit = QLineEdit(AgreementDialog)
        self.clientSignatoryEdit.setObjectName(u"clientSignatoryEdit")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clientSignatoryEdit)

        self.clientSignatoryTitleEditLabel = QLabel(AgreementDialog)
        self.clientSignatoryTitleEditLabel.setObjectName(u"clientSignatoryTitleEditLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.clientSignatoryTitleEditLabel)

        self.clientSignatoryTitleEdit = QLineEdit(AgreementDialog)
        self.clientSignatoryTitleEdit.setObjectName(u"clientSignatoryTitleEdit")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.clientSignatoryTitleEdit)

        self.partnerSignatoryEditLabel = QLabel(AgreementDialog)
        self.partnerSignatoryEditLabel.setObjectName(u"partnerSignatoryEditLabel")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.partnerSignatoryEditLabel)

        self.partnerSignatoryEdit = QLineEdit(AgreementDialog)
        self.partnerSignatoryEdit.setObjectName(u"partnerSignatoryEdit")

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.partnerSignatoryEdit)

        self.partnerSignatoryTitleEditLabel = QLabel(AgreementDialog)
        self.partnerSignatoryTitleEditLabel.setObjectName(u"partnerSignatoryTitleEditLabel")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.partnerSignatoryTitleEditLabel)

        self.partnerSignatoryTitleEdit = QLineEdit(AgreementDialog)
        self.partnerSignatoryTitleEdit.setObjectName(u"partnerSignatoryTitleEdit")

        self.rightForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.partnerSignatoryTitleEdit)


        self.columns.addLayout(self.rightForm)


        self.mainLayout.addLayout(self.columns)

        self.textForm = QFormLayout()
        self.textForm.setObjectName(u"textForm")
        self.textForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.textForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.recitalsEditLabel = QLabel(AgreementDialog)
        self.recitalsEditLabel.setObjectName(u"recitalsEditLabel")

        self.textForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recitalsEditLabel)

        self.recitalsEdit = QPlainTextEdit(AgreementDialog)
        self.recitalsEdit.setObjectName(u"recitalsEdit")
        self.recitalsEdit.setMinimumSize(QSize(0, 44))
        self.recitalsEdit.setTabChangesFocus(True)

        self.textForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recitalsEdit)

        self.recitalsError = QLabel(AgreementDialog)
        self.recitalsError.setObjectName(u"recitalsError")
        self.recitalsError.setProperty(u"tone", u"error")
        self.recitalsError.setWordWrap(True)
        self.recitalsError.setTextFormat(Qt.TextFormat.PlainText)

        self.textForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recitalsError)

        self.notesEditLabel = QLabel(AgreementDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.textForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(AgreementDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setMinimumSize(QSize(0, 36))

        self.textForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.textForm)

        self.buttonBox = QDialogButtonBox(AgreementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.versionSpinLabel.setBuddy(self.versionSpin)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
        self.partnerComboLabel.setBuddy(self.partnerCombo)
        self.clientComboLabel.setBuddy(self.clientCombo)
        self.engagementComboLabel.setBuddy(self.engagementCombo)
        self.governingLawEditLabel.setBuddy(self.governingLawEdit)
        self.effectiveDateLayoutLabel.setBuddy(self.effectiveDateEdit)
        self.expiryDateLayoutLabel.setBuddy(self.expiryDateEdit)
        self.signedDateLayoutLabel.setBuddy(self.signedDateEdit)
        self.clientSignatoryEditLabel.setBuddy(self.clientSignatoryEdit)
        self.clientSignatoryTitleEditLabel.setBuddy(self.clientSignatoryTitleEdit)
        self.partnerSignatoryEditLabel.setBuddy(self.partnerSignatoryEdit)
        self.partnerSignatoryTitleEditLabel.setBuddy(self.partnerSignatoryTitleEdit)
        self.recitalsEditLabel.setBuddy(self.recitalsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Agreement", None))
        self.titleEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"e.g. Master services agreement", None))
        self.kindComboLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Kind:", None))
        self.statusComboLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Status:", None))
        self.versionSpinLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Version:", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Reference:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"e.g. AUR-HRP-MSA-01", None))
        self.partnerComboLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Partner:", None))
        self.clientComboLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Client:", None))
        self.engagementComboLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Engagement:", None))
        self.governingLawEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Governing law:", None))
        self.governingLawEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"e.g. State of New York, USA", None))
        self.effectiveDateLayoutLabel.setText(QCoreApplication.translate("AgreementDialog", u"Effective:", None))
        self.expiryDateLayoutLabel.setText(QCoreApplication.translate("AgreementDialog", u"Expires:", None))
        self.signedDateLayoutLabel.setText(QCoreApplication.translate("AgreementDialog", u"Signed on:", None))
        self.clientSignatoryEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"Client si&gnatory:", None))
        self.clientSignatoryEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"Name", None))
        self.clientSignatoryTitleEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"Client signatory's title:", None))
        self.clientSignatoryTitleEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"e.g. Chief Executive Officer", None))
        self.partnerSignatoryEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"Partner signator&y:", None))
        self.partnerSignatoryEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"Name", None))
        self.partnerSignatoryTitleEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"Partner signatory's title:", None))
        self.partnerSignatoryTitleEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"e.g. Managing Director", None))
        self.recitalsEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"Rec&itals:", None))
        self.recitalsEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"Background of the agreement, one recital per paragraph. Left empty, the PDF writes standard recitals from the parties and the engagement.", None))
        self.notesEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Notes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"Internal notes (not printed)", None))
    # retranslateUi
