# Generated from ui/report_export.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import DateField

class Ui_ReportExportDialog(object):
    def setupUi(self, ReportExportDialog):
        if not ReportExportDialog.objectName():
            ReportExportDialog.setObjectName(u"ReportExportDialog")
        ReportExportDialog.resize(640, 640)
        self.mainLayout = QVBoxLayout(ReportExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindForm = QFormLayout()
        self.kindForm.setObjectName(u"kindForm")
        self.kindForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.kindForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindComboLabel = QLabel(ReportExportDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ReportExportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.mainLayout.addLayout(self.kindForm)

        self.pages = QStackedWidget(ReportExportDialog)
        self.pages.setObjectName(u"pages")
        self.statusPage = QWidget()
        self.statusPage.setObjectName(u"statusPage")
        self.statusForm = QFormLayout(self.statusPage)
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.statusForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusForm.setContentsMargins(0, 0, 0, 0)
        self.engagementComboLabel = QLabel(self.statusPage)
        self.engagementComboLabel.setObjectName(u"engagementComboLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.engagementComboLabel)

        self.engagementCombo = QComboBox(self.statusPage)
        self.engagementCombo.setObjectName(u"engagementCombo")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.engagementCombo)

        self.periodLayoutLabel = QLabel(self.statusPage)
        self.periodLayoutLabel.setObjectName(u"periodLayoutLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLayoutLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodStartEdit = DateField(self.statusPage)
        self.periodStartEdit.setObjectName(u"periodStartEdit")

        self.periodLayout.addWidget(self.periodStartEdit)

        self.periodDash = QLabel(self.statusPage)
        self.periodDash.setObjectName(u"periodDash")

        self.periodLayout.addWidget(self.periodDash)

        self.periodEndEdit = DateField(self.statusPage)
        self.periodEndEdit.setObjectName(u"periodEndEdit")

        self.periodLayout.addWidget(self.periodEndEdit)

        self.periodSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.statusForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.periodError = QLabel(self.statusPage)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setProperty(u"tone", u"error")
        self.periodError.setWordWrap(True)
        self.periodError.setTextFormat(Qt.TextFormat.PlainText)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodError)

        self.ragLayoutLabel = QLabel(self.statusPage)
        self.ragLayoutLabel.setObjectName(u"ragLayoutLabel")

        self.statusForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ragLayoutLabel)

        self.ragLayout = QHBoxLayout()
        self.ragLayout.setObjectName(u"ragLayout")
        self.greenRadio = QRadioButton(self.statusPage)
        self.greenRadio.setObjectName(u"greenRadio")

        self.ragLayout.addWidget(self.greenRadio)

        self.amberRadio = QRadioButton(self.statusPage)
        self.amberRadio.setObjectName(u"amberRadio")

        self.ragLayout.addWidget(self.amberRadio)

        self.redRadio = QRadioButton(self.statusPage)
        self.redRadio.setObjectName(u"redRadio")

        self.ragLayout.addWidget(self.redRadio)

        self.ragSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ragLayout.addItem(self.ragSpacer)


        self.statusForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.ragLayout)

        self.summaryEditLabel = QLabel(self.statusPage)
        self.summaryEditLabel.setObjectName(u"summaryEditLabel")

        self.statusForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryEditLabel)

        self.summaryEdit = QPlainTextEdit(self.statusPage)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 44))

        self.statusForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.highlightsEditLabel = QLabel(self.statusPage)
        self.highlightsEditLabel.setObjectName(u"highlightsEditLabel")

        self.statusForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.highlightsEditLabel)

        self.highlightsEdit = QPlainTextEdit(self.statusPage)
        self.highlightsEdit.setObjectName(u"highlightsEdit")
        self.highlightsEdit.setTabChangesFocus(True)
        self.highlightsEdit.setMinimumSize(QSize(0, 40))

        self.statusForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.highlightsEdit)

        self.asksPartnerEditLabel = QLabel(self.statusPage)
        self.asksPartnerEditLabel.setObjectName(u"asksPartnerEditLabel")

        self.statusForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.asksPartnerEditLabel)

        self.asksPartnerEdit = QPlainTextEdit(self.statusPage)
        self.asksPartnerEdit.setObjectName(u"asksPartnerEdit")
        self.asksPartnerEdit.setTabChangesFocus(True)
        self.asksPartnerEdit.setMinimumSize(QSize(0, 40))

        self.statusForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.asksPartnerEdit)

        self.asksClientEditLabel = QLabel(self.statusPage)
        self.asksClientEditLabel.setObjectName(u"asksClientEditLabel")

        self.statusForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.asksClientEditLabel)

        self.asksClientEdit = QPlainTextEdit(self.statusPage)
        self.asksClientEdit.setObjectName(u"asksClientEdit")
        self.asksClientEdit.setTabChangesFocus(True)
        self.asksClientEdit.setMinimumSize(QSize(0, 40))

        self.statusForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.asksClientEdit)

        self.preparedByEditLabel = QLabel(self.statusPage)
        self.preparedByEditLabel.setObjectName(u"preparedByEditLabel")

        self.statusForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.preparedByEditLabel)

        self.preparedByEdit = QLineEdit(self.statusPage)
        self.preparedByEdit.setObjectName(u"preparedByEdit")

        self.statusForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.preparedByEdit)

        self.preparedByError = QLabel(self.statusPage)
        self.preparedByError.setObjectName(u"preparedByError")
        self.preparedByError.setProperty(u"tone", u"error")
        self.preparedByError.setWordWrap(True)
        self.preparedByError.setTextFormat(Qt.TextFormat.PlainText)

        self.statusForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.preparedByError)

        self.pages.addWidget(self.statusPage)
        self.agreementPage = QWidget()
        self.agreementPage.setObjectName(u"agreementPage")
        self.agreementForm = QFormLayout(self.agreementPage)
        self.agreementForm.setObjectName(u"agreementForm")
        self.agreementForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.agreementForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.agreementForm.setContentsMargins(0, 0, 0, 0)
        self.agreementComboLabel = QLabel(self.agreementPage)
        self.agreementComboLabel.setObjectName(u"agreementComboLabel")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreementComboLabel)

        self.agreementCombo = QComboBox(self.agreementPage)
        self.agreementCombo.setObjectName(u"agreementCombo")

        self.agreementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreementCombo)

        self.agreementInfo = QLabel(self.agreementPage)
        self.agreementInfo.setObjectName(u"agreementInfo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agreementInfo.sizePolicy().hasHeightForWidth())
        self.agreementInfo.setSizePolicy(sizePolicy)
        self.agreementInfo.setWordWrap(True)
        self.agreementInfo.setTextFormat(Qt.TextFormat.PlainText)

        self.agreementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agreementInfo)

        self.clauseListLabel = QLabel(self.agreementPage)
        self.clauseListLabel.setObjectName(u"clauseListLabel")

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clauseListLabel)

        self.clauseList = QListWidget(self.agreementPage)
        self.clauseList.setObjectName(u"clauseList")
        self.clauseList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.agreementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clauseList)

        self.pages.addWidget(self.agreementPage)

        self.mainLayout.addWidget(self.pages)

        self.outputForm = QFormLayout()
        self.outputForm.setObjectName(u"outputForm")
        self.outputForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.outputForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.paperComboLabel = QLabel(ReportExportDialog)
        self.paperComboLabel.setObjectName(u"paperComboLabel")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperComboLabel)

        self.paperCombo = QComboBox(ReportExportDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.outputLayoutLabel = QLabel(ReportExportDialog)
        self.outputLayoutLabel.setObjectName(u"outputLayoutLabel")

        self.outputForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outputLayoutLabel)

        self.outputLayout = QHBoxLayout()
        self.outputLayout.setObjectName(u"outputLayout")
        self.outputEdit = QLineEdit(ReportExportDialog)
        self.outputEdit.setObjectName(u"outputEdit")

        self.outputLayout.addWidget(self.outputEdit)

        self.browseButton = QPushButton(ReportExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.outputLayout.addWidget(self.browseButton)


        self.outputForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.outputLayout)

        self.outputError = QLabel(ReportExportDialog)
        self.outputError.setObjectName(u"outputError")
        self.outputError.setProperty(u"tone", u"error")
        self.outputError.setWordWrap(True)
        self.outputError.setTextFormat(Qt.TextFormat.PlainText)

        self.outputForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outputError)


        self.mainLayout.addLayout(self.outputForm)

        self.progressBar = QProgressBar(ReportExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(True)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ReportExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.statusLabel)

        self.ragOffer = QFrame(ReportExportDialog)
        self.ragOffer.setObjectName(u"ragOffer")
        self.ragOffer.setVisible(False)
        self.ragOfferLayout = QHBoxLayout(self.ragOffer)
        self.ragOfferLayout.setObjectName(u"ragOfferLayout")
        self.ragOfferLayout.setContentsMargins(0, 0, 0, 0)
        self.ragOfferLabel = QLabel(self.ragOffer)
        self.ragOfferLabel.setObjectName(u"ragOfferLabel")
        self.ragOfferLabel.setWordWrap(True)
        self.ragOfferLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.ragOfferLayout.addWidget(self.ragOfferLabel)

        self.updateRagButton = QPushButton(self.ragOffer)
        self.updateRagButton.setObjectName(u"updateRagButton")

        self.ragOfferLayout.addWidget(self.updateRagButton)

        self.ragOfferLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.ragOffer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ReportExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.openButton = QPushButton(ReportExportDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.printButton = QPushButton(ReportExportDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(ReportExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.engagementComboLabel.setBuddy(self.engagementCombo)
        self.periodLayoutLabel.setBuddy(self.periodStartEdit)
        self.ragLayoutLabel.setBuddy(self.greenRadio)
        self.summaryEditLabel.setBuddy(self.summaryEdit)
        self.highlightsEditLabel.setBuddy(self.highlightsEdit)
        self.asksPartnerEditLabel.setBuddy(self.asksPartnerEdit)
        self.asksClientEditLabel.setBuddy(self.asksClientEdit)
        self.preparedByEditLabel.setBuddy(self.preparedByEdit)
        self.agreementComboLabel.setBuddy(self.agreementCombo)
        self.clauseListLabel.setBuddy(self.clauseList)
        self.paperComboLabel.setBuddy(self.paperCombo)
        self.outputLayoutLabel.setBuddy(self.outputEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportExportDialog)
    # setupUi

    def retranslateUi(self, ReportExportDialog):
        ReportExportDialog.setWindowTitle(QCoreApplication.translate("ReportExportDialog", u"Export PDF", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Report:", None))
        self.engagementComboLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Engagement:", None))
        self.periodLayoutLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Period:", None))
        self.periodDash.setText(QCoreApplication.translate("ReportExportDialog", u"to", None))
        self.ragLayoutLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Overall status:", None))
        self.greenRadio.setText(QCoreApplication.translate("ReportExportDialog", u"&Green: on track", None))
        self.amberRadio.setText(QCoreApplication.translate("ReportExportDialog", u"&Amber: at risk", None))
        self.redRadio.setText(QCoreApplication.translate("ReportExportDialog", u"&Red: off track", None))
        self.summaryEditLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Summary:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ReportExportDialog", u"One paragraph: where the engagement stands and why", None))
        self.highlightsEditLabel.setText(QCoreApplication.translate("ReportExportDialog", u"&Highlights:", None))
        self.highlightsEdit.setPlaceholderText(QCoreApplication.translate("ReportExportDialog", u"One per line, e.g. - Engineering batch released", None))
        self.asksPartnerEditLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Asks of the &partner:", None))
        self.asksPartnerEdit.setPlaceholderText(QCoreApplication.translate("ReportExportDialog", u"What the partner should do next, one per line", None))
        self.asksClientEditLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Asks of the &client:", None))
        self.asksClientEdit.setPlaceholderText(QCoreApplication.translate("ReportExportDialog", u"What the client should decide or provide, one per line", None))
        self.preparedByEditLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Prepared &by:", None))
        self.agreementComboLabel.setText(QCoreApplication.translate("ReportExportDialog", u"A&greement:", None))
        self.clauseListLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Clauses:", None))
        self.paperComboLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Paper si&ze:", None))
        self.outputLayoutLabel.setText(QCoreApplication.translate("ReportExportDialog", u"Save &as:", None))
        self.outputEdit.setPlaceholderText(QCoreApplication.translate("ReportExportDialog", u"Where the PDF is written", None))
        self.browseButton.setText(QCoreApplication.translate("ReportExportDialog", u"&Browse\u2026", None))
        self.updateRagButton.setText(QCoreApplication.translate("ReportExportDialog", u"&Update the engagement", None))
        self.exportButton.setText(QCoreApplication.translate("ReportExportDialog", u"&Export PDF", None))
        self.openButton.setText(QCoreApplication.translate("ReportExportDialog", u"&Open", None))
        self.printButton.setText(QCoreApplication.translate("ReportExportDialog", u"&Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ReportExportDialog", u"Close", None))
    # retranslateUi
