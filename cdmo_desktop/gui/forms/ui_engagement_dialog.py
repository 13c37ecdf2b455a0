# Generated from ui/engagement_dialog.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import (AmountField, DateField)

class Ui_EngagementDialog(object):
    def setupUi(self, EngagementDialog):
        if not EngagementDialog.objectName():
            EngagementDialog.setObjectName(u"EngagementDialog")
        EngagementDialog.resize(560, 560)
        self.layout = QVBoxLayout(EngagementDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleEditLabel = QLabel(EngagementDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(EngagementDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(EngagementDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setProperty(u"tone", u"error")
        self.titleError.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleError.sizePolicy().hasHeightForWidth())
        self.titleError.setSizePolicy(sizePolicy)
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.clientComboLabel = QLabel(EngagementDialog)
        self.clientComboLabel.setObjectName(u"clientComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clientComboLabel)

        self.clientLayout = QHBoxLayout()
        self.clientLayout.setSpacing(6)
        self.clientLayout.setObjectName(u"clientLayout")
        self.clientLayout.setContentsMargins(0, 0, 0, 0)
        self.clientCombo = QComboBox(EngagementDialog)
        self.clientCombo.setObjectName(u"clientCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.clientCombo.sizePolicy().hasHeightForWidth())
        self.clientCombo.setSizePolicy(sizePolicy1)

        self.clientLayout.addWidget(self.clientCombo)

        self.newClientButton = QPushButton(EngagementDialog)
        self.newClientButton.setObjectName(u"newClientButton")

        self.clientLayout.addWidget(self.newClientButton)

        self.editClientButton = QPushButton(EngagementDialog)
        self.editClientButton.setObjectName(u"editClientButton")

        self.clientLayout.addWidget(self.editClientButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.clientLayout)

        self.clientIdError = QLabel(EngagementDialog)
        self.clientIdError.setObjectName(u"clientIdError")
        self.clientIdError.setProperty(u"tone", u"error")
        self.clientIdError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.clientIdError.sizePolicy().hasHeightForWidth())
        self.clientIdError.setSizePolicy(sizePolicy)
        self.clientIdError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientIdError)

        self.partnerComboLabel = QLabel(EngagementDialog)
        self.partnerComboLabel.setObjectName(u"partnerComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partnerComboLabel)

        self.partnerCombo = QComboBox(EngagementDialog)
        self.partnerCombo.setObjectName(u"partnerCombo")
        sizePolicy1.setHeightForWidth(self.partnerCombo.sizePolicy().hasHeightForWidth())
        self.partnerCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partnerCombo)

        self.partnerIdError = QLabel(EngagementDialog)
        self.partnerIdError.setObjectName(u"partnerIdError")
        self.partnerIdError.setProperty(u"tone", u"error")
        self.partnerIdError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.partnerIdError.sizePolicy().hasHeightForWidth())
        self.partnerIdError.setSizePolicy(sizePolicy)
        self.partnerIdError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnerIdError)

        self.programEditLabel = QLabel(EngagementDialog)
        self.programEditLabel.setObjectName(u"programEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.programEditLabel)

        self.programEdit = QLineEdit(EngagementDialog)
        self.programEdit.setObjectName(u"programEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.programEdit)

        self.programError = QLabel(EngagementDialog)
        self.programError.setObjectName(u"programError")
        self.programError.setProperty(u"tone", u"error")
        self.programError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.programError.sizePolicy().hasHeightForWidth())
        self.programError.setSizePolicy(sizePolicy)
        self.programError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.programError)

        self.compoundEditLabel = QLabel(EngagementDialog)
        self.compoundEditLabel.setObjectName(u"compoundEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.compoundEditLabel)

        self.compoundEdit = QLineEdit(EngagementDialog)
        self.compoundEdit.setObjectName(u"compoundEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.compoundEdit)

        self.compoundError = QLabel(EngagementDialog)
        self.compoundError.setObjectName(u"compoundError")
        self.compoundError.setProperty(u"tone", u"error")
        self.compoundError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.compoundError.sizePolicy().hasHeightForWidth())
        self.compoundError.setSizePolicy(sizePolicy)
        self.compoundError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.compoundError)

        self.phaseComboLabel = QLabel(EngagementDialog)
        self.phaseComboLabel.setObjectName(u"phaseComboLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phaseComboLabel)

        self.phaseCombo = QComboBox(EngagementDialog)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.statusComboLabel = QLabel(EngagementDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(EngagementDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.startDateEditLabel = QLabel(EngagementDialog)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.startDateEditLabel)

        self.startDateEdit = DateField(EngagementDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.startDateEdit.sizePolicy().hasHeightForWidth())
        self.startDateEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.startDateError = QLabel(EngagementDialog)
        self.startDateError.setObjectName(u"startDateError")
        self.startDateError.setProperty(u"tone", u"error")
        self.startDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.startDateError.sizePolicy().hasHeightForWidth())
        self.startDateError.setSizePolicy(sizePolicy)
        self.startDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.startDateError)

        self.endDateEditLabel = QLabel(EngagementDialog)
        self.endDateEditLabel.setObjectName(u"endDateEditLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.endDateEditLabel)

        self.endDateEdit = DateField(EngagementDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        sizePolicy2.setHeightForWidth(self.endDateEdit.sizePolicy().hasHeightForWidth())
        self.endDateEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.endDateError = QLabel(EngagementDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setProperty(u"tone", u"error")
        self.endDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.endDateError.sizePolicy().hasHeightForWidth())
        self.endDateError.setSizePolicy(sizePolicy)
        self.endDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.endDateError)

        self.budgetAmountEditLabel = QLabel(EngagementDialog)
        self.budgetAmountEditLabel.setObjectName(u"budgetAmountEditLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.budgetAmountEditLabel)

        self.budgetLayout = QHBoxLayout()
        self.budgetLayout.setSpacing(6)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetLayout.setContentsMargins(0, 0, 0, 0)
        self.budgetAmountEdit = AmountField(EngagementDialog)
        self.budgetAmountEdit.setObjectName(u"budgetAmountEdit")

        self.budgetLayout.addWidget(self.budgetAmountEdit)

        self.budgetCurrencyEdit = QLineEdit(EngagementDialog)
        self.budgetCurrencyEdit.setObjectName(u"budgetCurrencyEdit")
        self.budgetCurrencyEdit.setMaxLength(3)
        self.budgetCurrencyEdit.setMaximumSize(QSize(70, 16777215))

        self.budgetLayout.addWidget(self.budgetCurrencyEdit)


        self.formLayout.setLayout(16, QFormLayout.ItemRole.FieldRole, self.budgetLayout)

        self.budgetAmountError = QLabel(EngagementDialog)
        self.budgetAmountError.setObjectName(u"budgetAmountError")
        self.budgetAmountError.setProperty(u"tone", u"error")
        self.budgetAmountError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.budgetAmountError.sizePolicy().hasHeightForWidth())
        self.budgetAmountError.setSizePolicy(sizePolicy)
        self.budgetAmountError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.budgetAmountError)

        self.budgetCurrencyError = QLabel(EngagementDialog)
        self.budgetCurrencyError.setObjectName(u"budgetCurrencyError")
        self.budgetCurrencyError.setProperty(u"tone", u"error")
        self.budgetCurrencyError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.budgetCurrencyError.sizePolicy().hasHeightForWidth())
        self.budgetCurrencyError.setSizePolicy(sizePolicy)
        self.budgetCurrencyError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(18, QFormLayout.ItemRole.SpanningRole, self.budgetCurrencyError)

        self.ragComboLabel = QLabel(EngagementDialog)
        self.ragComboLabel.setObjectName(u"ragComboLabel")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.ragComboLabel)

        self.ragCombo = QComboBox(EngagementDialog)
        self.ragCombo.setObjectName(u"ragCombo")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.ragCombo)

        self.descriptionEditLabel = QLabel(EngagementDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(EngagementDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.layout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EngagementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.clientComboLabel.setBuddy(self.clientCombo)
        self.partnerComboLabel.setBuddy(self.partnerCombo)
        self.programEditLabel.setBuddy(self.programEdit)
        self.compoundEditLabel.setBuddy(self.compoundEdit)
        self.phaseComboLabel.setBuddy(self.phaseCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.endDateEditLabel.setBuddy(self.endDateEdit)
        self.budgetAmountEditLabel.setBuddy(self.budgetAmountEdit)
        self.ragComboLabel.setBuddy(self.ragCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngagementDialog)
        self.buttonBox.rejected.connect(EngagementDialog.reject)

        QMetaObject.connectSlotsByName(EngagementDialog)
    # setupUi

    def retranslateUi(self, EngagementDialog):
        EngagementDialog.setWindowTitle(QCoreApplication.translate("EngagementDialog", u"Engagement", None))
        self.titleEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"e.g. HX-101 process development", None))
        self.clientComboLabel.setText(QCoreApplication.translate("EngagementDialog", u"&Client:", None))
        self.newClientButton.setText(QCoreApplication.translate("EngagementDialog", u"&New client\u2026", None))
#if QT_CONFIG(tooltip)
        self.newClientButton.setToolTip(QCoreApplication.translate("EngagementDialog", u"Create a client and pick it", None))
#endif // QT_CONFIG(tooltip)
        self.editClientButton.setText(QCoreApplication.translate("EngagementDialog", u"Edit c&lient\u2026", None))
#if QT_CONFIG(tooltip)
        self.editClientButton.setToolTip(QCoreApplication.translate("EngagementDialog", u"Edit the picked client", None))
#endif // QT_CONFIG(tooltip)
        self.partnerComboLabel.setText(QCoreApplication.translate("EngagementDialog", u"&Partner:", None))
        self.programEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"Pro&gram:", None))
        self.programEdit.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"Program or project name", None))
        self.compoundEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"C&ompound:", None))
        self.compoundEdit.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"Compound, molecule or product", None))
        self.phaseComboLabel.setText(QCoreApplication.translate("EngagementDialog", u"P&hase:", None))
        self.statusComboLabel.setText(QCoreApplication.translate("EngagementDialog", u"&Status:", None))
        self.startDateEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"St&art:", None))
        self.endDateEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"&End:", None))
        self.budgetAmountEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"&Budget:", None))
        self.budgetCurrencyEdit.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"USD", None))
#if QT_CONFIG(tooltip)
        self.budgetCurrencyEdit.setToolTip(QCoreApplication.translate("EngagementDialog", u"Three-letter currency code, e.g. USD, EUR, CHF", None))
#endif // QT_CONFIG(tooltip)
        self.ragComboLabel.setText(QCoreApplication.translate("EngagementDialog", u"Overall &RAG:", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("EngagementDialog", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("EngagementDialog", u"What the partner does for the client, in a few lines", None))
    # retranslateUi
