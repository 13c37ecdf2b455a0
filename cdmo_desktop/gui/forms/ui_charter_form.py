# Generated from ui/charter_form.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import DateField
from cdmo_desktop.gui.widgets.fitting import WrappedLabel

class Ui_CharterForm(object):
    def setupUi(self, CharterForm):
        if not CharterForm.objectName():
            CharterForm.setObjectName(u"CharterForm")
        CharterForm.resize(1100, 800)
        self.layout = QVBoxLayout(CharterForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.statusLayout = QHBoxLayout()
        self.statusLayout.setSpacing(8)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(4, 4, 4, 4)
        self.statusLabel = WrappedLabel(CharterForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setTextFormat(Qt.TextFormat.RichText)

        self.statusLayout.addWidget(self.statusLabel)

        self.historyButton = QPushButton(CharterForm)
        self.historyButton.setObjectName(u"historyButton")

        self.statusLayout.addWidget(self.historyButton)

        self.reopenButton = QPushButton(CharterForm)
        self.reopenButton.setObjectName(u"reopenButton")

        self.statusLayout.addWidget(self.reopenButton)


        self.layout.addLayout(self.statusLayout)

        self.draftBar = QFrame(CharterForm)
        self.draftBar.setObjectName(u"draftBar")
        self.draftBar.setProperty(u"tone", u"notice")
        self.draftLayout = QHBoxLayout(self.draftBar)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(8, 2, 2, 2)
        self.draftLabel = WrappedLabel(self.draftBar)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.draftLabel.sizePolicy().hasHeightForWidth())
        self.draftLabel.setSizePolicy(sizePolicy)
        self.draftLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.draftLayout.addWidget(self.draftLabel)

        self.restoreDraftButton = QPushButton(self.draftBar)
        self.restoreDraftButton.setObjectName(u"restoreDraftButton")

        self.draftLayout.addWidget(self.restoreDraftButton)

        self.dropDraftButton = QPushButton(self.draftBar)
        self.dropDraftButton.setObjectName(u"dropDraftButton")

        self.draftLayout.addWidget(self.dropDraftButton)


        self.layout.addWidget(self.draftBar)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(8)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(CharterForm)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.groupsLayout = QVBoxLayout(self.scrollContents)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsLayout.setContentsMargins(4, 4, 4, 4)
        self.whoGroup = QGroupBox(self.scrollContents)
        self.whoGroup.setObjectName(u"whoGroup")
        self.whoForm = QFormLayout(self.whoGroup)
        self.whoForm.setObjectName(u"whoForm")
        self.whoForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.whoForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.whoSummaryEditLabel = QLabel(self.whoGroup)
        self.whoSummaryEditLabel.setObjectName(u"whoSummaryEditLabel")

        self.whoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoSummaryEditLabel)

        self.whoSummaryEdit = QPlainTextEdit(self.whoGroup)
        self.whoSummaryEdit.setObjectName(u"whoSummaryEdit")
        self.whoSummaryEdit.setTabChangesFocus(True)
        self.whoSummaryEdit.setMaximumSize(QSize(16777215, 64))

        self.whoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whoSummaryEdit)

        self.decisionMakerComboLabel = QLabel(self.whoGroup)
        self.decisionMakerComboLabel.setObjectName(u"decisionMakerComboLabel")

        self.whoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionMakerComboLabel)

        self.decisionMakerCombo = QComboBox(self.whoGroup)
        self.decisionMakerCombo.setObjectName(u"decisionMakerCombo")
        self.decisionMakerCombo.setEditable(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.decisionMakerCombo.sizePolicy().hasHeightForWidth())
        self.decisionMakerCombo.setSizePolicy(sizePolicy1)

        self.whoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionMakerCombo)

        self.decisionMakerError = QLabel(self.whoGroup)
        self.decisionMakerError.setObjectName(u"decisionMakerError")
        self.decisionMakerError.setProperty(u"tone", u"error")
        self.decisionMakerError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.decisionMakerError.sizePolicy().hasHeightForWidth())
        self.decisionMakerError.setSizePolicy(sizePolicy)
        self.decisionMakerError.setTextFormat(Qt.TextFormat.PlainText)

        self.whoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionMakerError)

        self.row3Label = QLabel(self.whoGroup)
        self.row3Label.setObjectName(u"row3Label")

        self.whoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.row3Label)

        self.teamLayout = QHBoxLayout()
        self.teamLayout.setSpacing(6)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamLayout.setContentsMargins(0, 0, 0, 0)
        self.teamSummaryLabel = QLabel(self.whoGroup)
        self.teamSummaryLabel.setObjectName(u"teamSummaryLabel")
        self.teamSummaryLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.teamSummaryLabel.sizePolicy().hasHeightForWidth())
        self.teamSummaryLabel.setSizePolicy(sizePolicy)

        self.teamLayout.addWidget(self.teamSummaryLabel)

        self.openTeamButton = QPushButton(self.whoGroup)
        self.openTeamButton.setObjectName(u"openTeamButton")

        self.teamLayout.addWidget(self.openTeamButton)


        self.whoForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.teamLayout)


        self.groupsLayout.addWidget(self.whoGroup)

        self.whenGroup = QGroupBox(self.scrollContents)
        self.whenGroup.setObjectName(u"whenGroup")
        self.whenForm = QFormLayout(self.whenGroup)
        self.whenForm.setObjectName(u"whenForm")
        self.whenForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.whenForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kickoffDateEditLabel = QLabel(self.whenGroup)
        self.kickoffDateEditLabel.setObjectName(u"kickoffDateEditLabel")

        self.whenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kickoffDateEditLabel)

        self.kickoffDateEdit = DateField(self.whenGroup)
        self.kickoffDateEdit.setObjectName(u"kickoffDateEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.kickoffDateEdit.sizePolicy().hasHeightForWidth())
        self.kickoffDateEdit.setSizePolicy(sizePolicy2)

        self.whenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kickoffDateEdit)

        self.kickoffDateError = QLabel(self.whenGroup)
        self.kickoffDateError.setObjectName(u"kickoffDateError")
        self.kickoffDateError.setProperty(u"tone", u"error")
        self.kickoffDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.kickoffDateError.sizePolicy().hasHeightForWidth())
        self.kickoffDateError.setSizePolicy(sizePolicy)
        self.kickoffDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.whenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kickoffDateError)

        self.plannedStartEditLabel = QLabel(self.whenGroup)
        self.plannedStartEditLabel.setObjectName(u"plannedStartEditLabel")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plannedStartEditLabel)

        self.plannedStartEdit = DateField(self.whenGroup)
        self.plannedStartEdit.setObjectName(u"plannedStartEdit")
        sizePolicy2.setHeightForWidth(self.plannedStartEdit.sizePolicy().hasHeightForWidth())
        self.plannedStartEdit.setSizePolicy(sizePolicy2)

        self.whenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plannedStartEdit)

        self.plannedStartError = QLabel(self.whenGroup)
        self.plannedStartError.setObjectName(u"plannedStartError")
        self.plannedStartError.setProperty(u"tone", u"error")
        self.plannedStartError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.plannedStartError.sizePolicy().hasHeightForWidth())
        self.plannedStartError.setSizePolicy(sizePolicy)
        self.plannedStartError.setTextFormat(Qt.TextFormat.PlainText)

        self.whenForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plannedStartError)

        self.plannedEndEditLabel = QLabel(self.whenGroup)
        self.plannedEndEditLabel.setObjectName(u"plannedEndEditLabel")

        self.whenForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.plannedEndEditLabel)

        self.plannedEndEdit = DateField(self.whenGroup)
        self.plannedEndEdit.setObjectName(u"plannedEndEdit")
        sizePolicy2.setHeightForWidth(self.plannedEndEdit.sizePolicy().hasHeightForWidth())
        self.plannedEndEdit.setSizePolicy(sizePolicy2)

        self.whenForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.plannedEndEdit)

        self.plannedEndError = QLabel(self.whenGroup)
        self.plannedEndError.setObjectName(u"plannedEndError")
        self.plannedEndError.setProperty(u"tone", u"error")
        self.plannedEndError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.plannedEndError.sizePolicy().hasHeightForWidth())
        self.plannedEndError.setSizePolicy(sizePolicy)
        self.plannedEndError.setTextFormat(Qt.TextFormat.PlainText)

        self.whenForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.plannedEndError)

        self.timelineNotesEditLabel = QLabel(self.whenGroup)
        self.timelineNotesEditLabel.setObjectName(u"timelineNotesEditLabel")

        self.whenForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timelineNotesEditLabel)

        self.timelineNotesEdit = QPlainTextEdit(self.whenGroup)
        self.timelineNotesEdit.setObjectName(u"timelineNotesEdit")
        self.timelineNotesEdit.setTabChangesFocus(True)
        self.timelineNotesEdit.setMaximumSize(QSize(16777215, 56))

        self.whenForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.timelineNotesEdit)

        self.decisionPointsListLabel = QLabel(self.whenGroup)
        self.decisionPointsListLabel.setObjectName(u"decisionPointsListLabel")

        self.whenForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decisionPointsListLabel)

        self.decisionPointsList = QListWidget(self.whenGroup)
        self.decisionPointsList.setObjectName(u"decisionPointsList")
        self.decisionPointsList.setAlternatingRowColors(False)
        self.decisionPointsList.setMaximumSize(QSize(16777215, 96))

        self.whenForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decisionPointsList)

        self.decisionPointsHint = QLabel(self.whenGroup)
        self.decisionPointsHint.setObjectName(u"decisionPointsHint")
        self.decisionPointsHint.setProperty(u"tone", u"muted")
        self.decisionPointsHint.setWordWrap(True)

        self.whenForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.decisionPointsHint)


        self.groupsLayout.addWidget(self.whenGroup)

        self.whereGroup = QGroupBox(self.scrollContents)
        self.whereGroup.setObjectName(u"whereGroup")
        self.whereForm = QFormLayout(self.whereGroup)
        self.whereForm.setObjectName(u"whereForm")
        self.whereForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.whereForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sitesListLabel = QLabel(self.whereGroup)
        self.sitesListLabel.setObjectName(u"sitesListLabel")

        self.whereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sitesListLabel)

        self.sitesList = QListWidget(self.whereGroup)
        self.sitesList.setObjectName(u"sitesList")
        self.sitesList.setAlternatingRowColors(False)
        self.sitesList.setMaximumSize(QSize(16777215, 96))

        self.whereForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sitesList)

        self.whereNotesEditLabel = QLabel(self.whereGroup)
        self.whereNotesEditLabel.setObjectName(u"whereNotesEditLabel")

        self.whereForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whereNotesEditLabel)

        self.whereNotesEdit = QPlainTextEdit(self.whereGroup)
        self.whereNotesEdit.setObjectName(u"whereNotesEdit")
        self.whereNotesEdit.setTabChangesFocus(True)
        self.whereNotesEdit.setMaximumSize(QSize(16777215, 56))

        self.whereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whereNotesEdit)


        self.groupsLayout.addWidget(self.whereGroup)

        self.howGroup = QGroupBox(self.scrollContents)
        self.howGroup.setObjectName(u"howGroup")
        self.howForm = QFormLayout(self.howGroup)
        self.howForm.setObjectName(u"howForm")
        self.howForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.howForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scopeEditLabel = QLabel(self.howGroup)
        self.scopeEditLabel.setObjectName(u"scopeEditLabel")

        self.howForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopeEditLabel)

        self.scopeEdit = QPlainTextEdit(self.howGroup)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setTabChangesFocus(True)
        self.scopeEdit.setMaximumSize(QSize(16777215, 64))

        self.howForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scopeEdit)

        self.scopeError = QLabel(self.howGroup)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setProperty(u"tone", u"error")
        self.scopeError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.scopeError.sizePolicy().hasHeightForWidth())
        self.scopeError.setSizePolicy(sizePolicy)
        self.scopeError.setTextFormat(Qt.TextFormat.PlainText)

        self.howForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeError)

        self.deliverablesEditLabel = QLabel(self.howGroup)
        self.deliverablesEditLabel.setObjectName(u"deliverablesEditLabel")

        self.howForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deliverablesEditLabel)

        self.deliverablesEdit = QPlainTextEdit(self.howGroup)
        self.deliverablesEdit.setObjectName(u"deliverablesEdit")
        self.deliverablesEdit.setTabChangesFocus(True)
        self.deliverablesEdit.setMaximumSize(QSize(16777215, 64))

        self.howForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deliverablesEdit)

        self.deliverablesError = QLabel(self.howGroup)
        self.deliverablesError.setObjectName(u"deliverablesError")
        self.deliverablesError.setProperty(u"tone", u"error")
        self.deliverablesError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.deliverablesError.sizePolicy().hasHeightForWidth())
        self.deliverablesError.setSizePolicy(sizePolicy)
        self.deliverablesError.setTextFormat(Qt.TextFormat.PlainText)

        self.howForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deliverablesError)

        self.methodsEditLabel = QLabel(self.howGroup)
        self.methodsEditLabel.setObjectName(u"methodsEditLabel")

        self.howForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodsEditLabel)

        self.methodsEdit = QPlainTextEdit(self.howGroup)
        self.methodsEdit.setObjectName(u"methodsEdit")
        self.methodsEdit.setTabChangesFocus(True)
        self.methodsEdit.setMaximumSize(QSize(16777215, 64))

        self.howForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodsEdit)

        self.methodsError = QLabel(self.howGroup)
        self.methodsError.setObjectName(u"methodsError")
        self.methodsError.setProperty(u"tone", u"error")
        self.methodsError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.methodsError.sizePolicy().hasHeightForWidth())
        self.methodsError.setSizePolicy(sizePolicy)
        self.methodsError.setTextFormat(Qt.TextFormat.PlainText)

        self.howForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.methodsError)

        self.qualityStandardsEditLabel = QLabel(self.howGroup)
        self.qualityStandardsEditLabel.setObjectName(u"qualityStandardsEditLabel")

        self.howForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.qualityStandardsEditLabel)

        self.qualityStandardsEdit = QPlainTextEdit(self.howGroup)
        self.qualityStandardsEdit.setObjectName(u"qualityStandardsEdit")
        self.qualityStandardsEdit.setTabChangesFocus(True)
        self.qualityStandardsEdit.setMaximumSize(QSize(16777215, 64))

        self.howForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.qualityStandardsEdit)

        self.qualityStandardsError = QLabel(self.howGroup)
        self.qualityStandardsError.setObjectName(u"qualityStandardsError")
        self.qualityStandardsError.setProperty(u"tone", u"error")
        self.qualityStandardsError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.qualityStandardsError.sizePolicy().hasHeightForWidth())
        self.qualityStandardsError.setSizePolicy(sizePolicy)
        self.qualityStandardsError.setTextFormat(Qt.TextFormat.PlainText)

        self.howForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.qualityStandardsError)

        self.techTransferEditLabel = QLabel(self.howGroup)
        self.techTransferEditLabel.setObjectName(u"techTransferEditLabel")

        self.howForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.techTransferEditLabel)

        self.techTransferEdit = QPlainTextEdit(self.howGroup)
        self.techTransferEdit.setObjectName(u"techTransferEdit")
        self.techTransferEdit.setTabChangesFocus(True)
        self.techTransferEdit.setMaximumSize(QSize(16777215, 64))

        self.howForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.techTransferEdit)

        self.techTransferError = QLabel(self.howGroup)
        self.techTransferError.setObjectName(u"techTransferError")
        self.techTransferError.setProperty(u"tone", u"error")
        self.techTransferError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.techTransferError.sizePolicy().hasHeightForWidth())
        self.techTransferError.setSizePolicy(sizePolicy)
        self.techTransferError.setTextFormat(Qt.TextFormat.PlainText)

        self.howForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.techTransferError)


        self.groupsLayout.addWidget(self.howGroup)

        self.clientGroup = QGroupBox(self.scrollContents)
        self.clientGroup.setObjectName(u"clientGroup")
        self.clientForm = QFormLayout(self.clientGroup)
        self.clientForm.setObjectName(u"clientForm")
        self.clientForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.clientForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.clientProvidesEditLabel = QLabel(self.clientGroup)
        self.clientProvidesEditLabel.setObjectName(u"clientProvidesEditLabel")

        self.clientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientProvidesEditLabel)

        self.clientProvidesEdit = QPlainTextEdit(self.clientGroup)
        self.clientProvidesEdit.setObjectName(u"clientProvidesEdit")
        self.clientProvidesEdit.setTabChangesFocus(True)
        self.clientProvidesEdit.setMaximumSize(QSize(16777215, 56))

        self.clientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientProvidesEdit)

        self.clientProvidesError = QLabel(self.clientGroup)
        self.clientProvidesError.setObjectName(u"clientProvidesError")
        self.clientProvidesError.setProperty(u"tone", u"error")
        self.clientProvidesError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.clientProvidesError.sizePolicy().hasHeightForWidth())
        self.clientProvidesError.setSizePolicy(sizePolicy)
        self.clientProvidesError.setTextFormat(Qt.TextFormat.PlainText)

        self.clientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientProvidesError)

        self.clientApprovesEditLabel = QLabel(self.clientGroup)
        self.clientApprovesEditLabel.setObjectName(u"clientApprovesEditLabel")

        self.clientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clientApprovesEditLabel)

        self.clientApprovesEdit = QPlainTextEdit(self.clientGroup)
        self.clientApprovesEdit.setObjectName(u"clientApprovesEdit")
        self.clientApprovesEdit.setTabChangesFocus(True)
        self.clientApprovesEdit.setMaximumSize(QSize(16777215, 56))

        self.clientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clientApprovesEdit)

        self.clientApprovesError = QLabel(self.clientGroup)
        self.clientApprovesError.setObjectName(u"clientApprovesError")
        self.clientApprovesError.setProperty(u"tone", u"error")
        self.clientApprovesError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.clientApprovesError.sizePolicy().hasHeightForWidth())
        self.clientApprovesError.setSizePolicy(sizePolicy)
        self.clientApprovesError.setTextFormat(Qt.TextFormat.PlainText)

        self.clientForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientApprovesError)

        self.clientReviewsEditLabel = QLabel(self.clientGroup)
        self.clientReviewsEditLabel.setObjectName(u"clientReviewsEditLabel")

        self.clientForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clientReviewsEditLabel)

        self.clientReviewsEdit = QPlainTextEdit(self.clientGroup)
        self.clientReviewsEdit.setObjectName(u"clientReviewsEdit")
        self.clientReviewsEdit.setTabChangesFocus(True)
        self.clientReviewsEdit.setMaximumSize(QSize(16777215, 56))

        self.clientForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clientReviewsEdit)

        self.clientReviewsError = QLabel(self.clientGroup)
        self.clientReviewsError.setObjectName(u"clientReviewsError")
        self.clientReviewsError.setProperty(u"tone", u"error")
        self.clientReviewsError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.clientReviewsError.sizePolicy().hasHeightForWidth())
        self.clientReviewsError.setSizePolicy(sizePolicy)
        self.clientReviewsError.setTextFormat(Qt.TextFormat.PlainText)

        self.clientForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.clientReviewsError)


        self.groupsLayout.addWidget(self.clientGroup)

        self.metricsGroup = QGroupBox(self.scrollContents)
        self.metricsGroup.setObjectName(u"metricsGroup")
        self.metricsLayout = QVBoxLayout(self.metricsGroup)
        self.metricsLayout.setObjectName(u"metricsLayout")
        self.metricsTable = QTableWidget(self.metricsGroup)
        if (self.metricsTable.columnCount() < 3):
            self.metricsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.metricsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.metricsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.metricsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.metricsTable.setObjectName(u"metricsTable")
        self.metricsTable.setMaximumSize(QSize(16777215, 180))
        self.metricsTable.setAlternatingRowColors(True)
        self.metricsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metricsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metricsTable.setMinimumSize(QSize(0, 110))
        self.metricsTable.horizontalHeader().setStretchLastSection(True)

        self.metricsLayout.addWidget(self.metricsTable)

        self.metricButtons = QHBoxLayout()
        self.metricButtons.setSpacing(6)
        self.metricButtons.setObjectName(u"metricButtons")
        self.metricButtons.setContentsMargins(0, 0, 0, 0)
        self.addMetricButton = QPushButton(self.metricsGroup)
        self.addMetricButton.setObjectName(u"addMetricButton")

        self.metricButtons.addWidget(self.addMetricButton)

        self.removeMetricButton = QPushButton(self.metricsGroup)
        self.removeMetricButton.setObjectName(u"removeMetricButton")

        self.metricButtons.addWidget(self.removeMetricButton)

        self.metricSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.metricButtons.addItem(self.metricSpacer)


        self.metricsLayout.addLayout(self.metricButtons)

        self.metricsError = QLabel(self.metricsGroup)
        self.metricsError.setObjectName(u"metricsError")
        self.metricsError.setProperty(u"tone", u"error")
        self.metricsError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.metricsError.sizePolicy().hasHeightForWidth())
        self.metricsError.setSizePolicy(sizePolicy)
        self.metricsError.setTextFormat(Qt.TextFormat.PlainText)

        self.metricsLayout.addWidget(self.metricsError)


        self.groupsLayout.addWidget(self.metricsGroup)

        self.escalationGroup = QGroupBox(self.scrollContents)
        self.escalationGroup.setObjectName(u"escalationGroup")
        self.escalationLayout = QVBoxLayout(self.escalationGroup)
        self.escalationLayout.setObjectName(u"escalationLayout")
        self.escalationTable = QTableWidget(self.escalationGroup)
        if (self.escalationTable.columnCount() < 3):
            self.escalationTable.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.escalationTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.escalationTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.escalationTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.escalationTable.setObjectName(u"escalationTable")
        self.escalationTable.setMaximumSize(QSize(16777215, 180))
        self.escalationTable.setAlternatingRowColors(True)
        self.escalationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.escalationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.escalationTable.setMinimumSize(QSize(0, 110))
        self.escalationTable.horizontalHeader().setStretchLastSection(True)

        self.escalationLayout.addWidget(self.escalationTable)

        self.escalationButtons = QHBoxLayout()
        self.escalationButtons.setSpacing(6)
        self.escalationButtons.setObjectName(u"escalationButtons")
        self.escalationButtons.setContentsMargins(0, 0, 0, 0)
        self.addLevelButton = QPushButton(self.escalationGroup)
        self.addLevelButton.setObjectName(u"addLevelButton")

        self.escalationButtons.addWidget(self.addLevelButton)

        self.removeLevelButton = QPushButton(self.escalationGroup)
        self.removeLevelButton.setObjectName(u"removeLevelButton")

        self.escalationButtons.addWidget(self.removeLevelButton)

        self.levelUpButton = QPushButton(self.escalationGroup)
        self.levelUpButton.setObjectName(u"levelUpButton")

        self.escalationButtons.addWidget(self.levelUpButton)

        self.levelDownButton = QPushButton(self.escalationGroup)
        self.levelDownButton.setObjectName(u"levelDownButton")

        self.escalationButtons.addWidget(self.levelDownButton)

        self.levelSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.escalationButtons.addItem(self.levelSpacer)


        self.escalationLayout.addLayout(self.escalationButtons)

        self.escalationError = QLabel(self.escalationGroup)
        self.escalationError.setObjectName(u"escalationError")
        self.escalationError.setProperty(u"tone", u"error")
        self.escalationError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.escalationError.sizePolicy().hasHeightForWidth())
        self.escalationError.setSizePolicy(sizePolicy)
        self.escalationError.setTextFormat(Qt.TextFormat.PlainText)

        self.escalationLayout.addWidget(self.escalationError)


        self.groupsLayout.addWidget(self.escalationGroup)

        self.kickoffGroup = QGroupBox(self.scrollContents)
        self.kickoffGroup.setObjectName(u"kickoffGroup")
        self.kickoffForm = QFormLayout(self.kickoffGroup)
        self.kickoffForm.setObjectName(u"kickoffForm")
        self.kickoffForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.kickoffForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.row0Label = QLabel(self.kickoffGroup)
        self.row0Label.setObjectName(u"row0Label")

        self.kickoffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.row0Label)

        self.kickoffDateMirrorLabel = QLabel(self.kickoffGroup)
        self.kickoffDateMirrorLabel.setObjectName(u"kickoffDateMirrorLabel")
        sizePolicy1.setHeightForWidth(self.kickoffDateMirrorLabel.sizePolicy().hasHeightForWidth())
        self.kickoffDateMirrorLabel.setSizePolicy(sizePolicy1)

        self.kickoffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kickoffDateMirrorLabel)

        self.kickoffPlaceEditLabel = QLabel(self.kickoffGroup)
        self.kickoffPlaceEditLabel.setObjectName(u"kickoffPlaceEditLabel")

        self.kickoffForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kickoffPlaceEditLabel)

        self.kickoffPlaceEdit = QLineEdit(self.kickoffGroup)
        self.kickoffPlaceEdit.setObjectName(u"kickoffPlaceEdit")

        self.kickoffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kickoffPlaceEdit)

        self.kickoffPlaceError = QLabel(self.kickoffGroup)
        self.kickoffPlaceError.setObjectName(u"kickoffPlaceError")
        self.kickoffPlaceError.setProperty(u"tone", u"error")
        self.kickoffPlaceError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.kickoffPlaceError.sizePolicy().hasHeightForWidth())
        self.kickoffPlaceError.setSizePolicy(sizePolicy)
        self.kickoffPlaceError.setTextFormat(Qt.TextFormat.PlainText)

        self.kickoffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kickoffPlaceError)

        self.attendeesListLabel = QLabel(self.kickoffGroup)
        self.attendeesListLabel.setObjectName(u"attendeesListLabel")

        self.kickoffForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendeesListLabel)

        self.attendeesList = QListWidget(self.kickoffGroup)
        self.attendeesList.setObjectName(u"attendeesList")
        self.attendeesList.setAlternatingRowColors(False)
        self.attendeesList.setMaximumSize(QSize(16777215, 120))

        self.kickoffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attendeesList)


        self.groupsLayout.addWidget(self.kickoffGroup)

        self.signoffGroup = QGroupBox(self.scrollContents)
        self.signoffGroup.setObjectName(u"signoffGroup")
        self.signoffForm = QFormLayout(self.signoffGroup)
        self.signoffForm.setObjectName(u"signoffForm")
        self.signoffForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.signoffForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.clientSignatoryComboLabel = QLabel(self.signoffGroup)
        self.clientSignatoryComboLabel.setObjectName(u"clientSignatoryComboLabel")

        self.signoffForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clientSignatoryComboLabel)

        self.clientSignatoryCombo = QComboBox(self.signoffGroup)
        self.clientSignatoryCombo.setObjectName(u"clientSignatoryCombo")
        self.clientSignatoryCombo.setEditable(True)
        sizePolicy1.setHeightForWidth(self.clientSignatoryCombo.sizePolicy().hasHeightForWidth())
        self.clientSignatoryCombo.setSizePolicy(sizePolicy1)

        self.signoffForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clientSignatoryCombo)

        self.clientSignatoryError = QLabel(self.signoffGroup)
        self.clientSignatoryError.setObjectName(u"clientSignatoryError")
        self.clientSignatoryError.setProperty(u"tone", u"error")
        self.clientSignatoryError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.clientSignatoryError.sizePolicy().hasHeightForWidth())
        self.clientSignatoryError.setSizePolicy(sizePolicy)
        self.clientSignatoryError.setTextFormat(Qt.TextFormat.PlainText)

        self.signoffForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clientSignatoryError)

        self.clientSignedDateEditLabel = QLabel(self.signoffGroup)
        self.clientSignedDateEditLabel.setObjectName(u"clientSignedDateEditLabel")

        self.signoffForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clientSignedDateEditLabel)

        self.clientSignedDateEdit = DateField(self.signoffGroup)
        self.clientSignedDateEdit.setObjectName(u"clientSignedDateEdit")
        sizePolicy2.setHeightForWidth(self.clientSignedDateEdit.sizePolicy().hasHeightForWidth())
        self.clientSignedDateEdit.setSizePolicy(sizePolicy2)

        self.signoffForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clientSignedDateEdit)

        self.clientSignedDateError = QLabel(self.signoffGroup)
        self.clientSignedDateError.setObjectName(u"clientSignedDateError")
        self.clientSignedDateError.setProperty(u"tone", u"error")
        self.clientSignedDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.clientSignedDateError.sizePolicy().hasHeightForWidth())
        self.clientSignedDateError.setSizePolicy(sizePolicy)
        self.clientSignedDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.signoffForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clientSignedDateError)

        self.partnerSignatoryComboLabel = QLabel(self.signoffGroup)
        self.partnerSignatoryComboLabel.setObjectName(u"partnerSignatoryComboLabel")

        self.signoffForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partnerSignatoryComboLabel)

        self.partnerSignatoryCombo = QComboBox(self.signoffGroup)
        self.partnerSignatoryCombo.setObjectName(u"partnerSignatoryCombo")
        self.partnerSignatoryCombo.setEditable(True)
        sizePolicy1.setHeightForWidth(self.partnerSignatoryCombo.sizePolicy().hasHeightForWidth())
        self.partnerSignatoryCombo.setSizePolicy(sizePolicy1)

        self.signoffForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partnerSignatoryCombo)

        self.partnerSignatoryError = QLabel(self.signoffGroup)
        self.partnerSignatoryError.setObjectName(u"partnerSignatoryError")
        self.partnerSignatoryError.setProperty(u"tone", u"error")
        self.partnerSignatoryError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.partnerSignatoryError.sizePolicy().hasHeightForWidth())
        self.partnerSignatoryError.setSizePolicy(sizePolicy)
        self.partnerSignatoryError.setTextFormat(Qt.TextFormat.PlainText)

        self.signoffForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnerSignatoryError)

        self.partnerSignedDateEditLabel = QLabel(self.signoffGroup)
        self.partnerSignedDateEditLabel.setObjectName(u"partnerSignedDateEditLabel")

        self.signoffForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.partnerSignedDateEditLabel)

        self.partnerSignedDateEdit = DateField(self.signoffGroup)
        self.partnerSignedDateEdit.setObjectName(u"partnerSignedDateEdit")
        sizePolicy2.setHeightForWidth(self.partnerSignedDateEdit.sizePolicy().hasHeightForWidth())
        self.partnerSignedDateEdit.setSizePolicy(sizePolicy2)

        self.signoffForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.partnerSignedDateEdit)

        self.partnerSignedDateError = QLabel(self.signoffGroup)
        self.partnerSignedDateError.setObjectName(u"partnerSignedDateError")
        self.partnerSignedDateError.setProperty(u"tone", u"error")
        self.partnerSignedDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.partnerSignedDateError.sizePolicy().hasHeightForWidth())
        self.partnerSignedDateError.setSizePolicy(sizePolicy)
        self.partnerSignedDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.signoffForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.partnerSignedDateError)

        self.signoffHint = QLabel(self.signoffGroup)
        self.signoffHint.setObjectName(u"signoffHint")
        self.signoffHint.setProperty(u"tone", u"muted")
        self.signoffHint.setWordWrap(True)

        self.signoffForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.signoffHint)


        self.groupsLayout.addWidget(self.signoffGroup)

        self.groupsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groupsLayout.addItem(self.groupsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.bodyLayout.addWidget(self.scrollArea)

        self.checklistGroup = QGroupBox(CharterForm)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistGroup.setMinimumSize(QSize(270, 0))
        self.checklistGroup.setMaximumSize(QSize(340, 16777215))
        self.checklistLayout = QVBoxLayout(self.checklistGroup)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.percentLabel = QLabel(self.checklistGroup)
        self.percentLabel.setObjectName(u"percentLabel")
        self.percentLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.checklistLayout.addWidget(self.percentLabel)

        self.completenessBar = QProgressBar(self.checklistGroup)
        self.completenessBar.setObjectName(u"completenessBar")
        self.completenessBar.setTextVisible(False)
        self.completenessBar.setMaximumSize(QSize(16777215, 10))

        self.checklistLayout.addWidget(self.completenessBar)

        self.checklistList = QListWidget(self.checklistGroup)
        self.checklistList.setObjectName(u"checklistList")
        self.checklistList.setWordWrap(True)
        self.checklistList.setAlternatingRowColors(False)

        self.checklistLayout.addWidget(self.checklistList)

        self.checklistHint = WrappedLabel(self.checklistGroup)
        self.checklistHint.setObjectName(u"checklistHint")
        self.checklistHint.setProperty(u"tone", u"muted")
        self.checklistHint.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistHint)


        self.bodyLayout.addWidget(self.checklistGroup)


        self.layout.addLayout(self.bodyLayout)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setSpacing(6)
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveLayout.setContentsMargins(4, 4, 4, 4)
        self.dirtyLabel = QLabel(CharterForm)
        self.dirtyLabel.setObjectName(u"dirtyLabel")

        self.saveLayout.addWidget(self.dirtyLabel)

        self.saveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.revertButton = QPushButton(CharterForm)
        self.revertButton.setObjectName(u"revertButton")

        self.saveLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(CharterForm)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.layout.addLayout(self.saveLayout)

#if QT_CONFIG(shortcut)
        self.whoSummaryEditLabel.setBuddy(self.whoSummaryEdit)
        self.decisionMakerComboLabel.setBuddy(self.decisionMakerCombo)
        self.kickoffDateEditLabel.setBuddy(self.kickoffDateEdit)
        self.plannedStartEditLabel.setBuddy(self.plannedStartEdit)
        self.plannedEndEditLabel.setBuddy(self.plannedEndEdit)
        self.timelineNotesEditLabel.setBuddy(self.timelineNotesEdit)
        self.decisionPointsListLabel.setBuddy(self.decisionPointsList)
        self.sitesListLabel.setBuddy(self.sitesList)
        self.whereNotesEditLabel.setBuddy(self.whereNotesEdit)
        self.scopeEditLabel.setBuddy(self.scopeEdit)
        self.deliverablesEditLabel.setBuddy(self.deliverablesEdit)
        self.methodsEditLabel.setBuddy(self.methodsEdit)
        self.qualityStandardsEditLabel.setBuddy(self.qualityStandardsEdit)
        self.techTransferEditLabel.setBuddy(self.techTransferEdit)
        self.clientProvidesEditLabel.setBuddy(self.clientProvidesEdit)
        self.clientApprovesEditLabel.setBuddy(self.clientApprovesEdit)
        self.clientReviewsEditLabel.setBuddy(self.clientReviewsEdit)
        self.kickoffPlaceEditLabel.setBuddy(self.kickoffPlaceEdit)
        self.attendeesListLabel.setBuddy(self.attendeesList)
        self.clientSignatoryComboLabel.setBuddy(self.clientSignatoryCombo)
        self.clientSignedDateEditLabel.setBuddy(self.clientSignedDateEdit)
        self.partnerSignatoryComboLabel.setBuddy(self.partnerSignatoryCombo)
        self.partnerSignedDateEditLabel.setBuddy(self.partnerSignedDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CharterForm)

        QMetaObject.connectSlotsByName(CharterForm)
    # setupUi

    def retranslateUi(self, CharterForm):
        CharterForm.setWindowTitle(QCoreApplication.translate("CharterForm", u"Charter", None))
        self.historyButton.setText(QCoreApplication.translate("CharterForm", u"Change histor&y\u2026", None))
#if QT_CONFIG(tooltip)
        self.historyButton.setToolTip(QCoreApplication.translate("CharterForm", u"What changed in this charter, when, by whom and why", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("CharterForm", u"Edit agreed c&harter\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("CharterForm", u"Open the agreed charter for changes; it goes back to draft and needs signing again", None))
#endif // QT_CONFIG(tooltip)
        self.restoreDraftButton.setText(QCoreApplication.translate("CharterForm", u"Res&tore it", None))
#if QT_CONFIG(tooltip)
        self.restoreDraftButton.setToolTip(QCoreApplication.translate("CharterForm", u"Put the unsaved text back into the form; Save keeps it", None))
#endif // QT_CONFIG(tooltip)
        self.dropDraftButton.setText(QCoreApplication.translate("CharterForm", u"Throw it a&way", None))
#if QT_CONFIG(tooltip)
        self.dropDraftButton.setToolTip(QCoreApplication.translate("CharterForm", u"Forget the unsaved text; the charter stays as saved", None))
#endif // QT_CONFIG(tooltip)
        self.whoGroup.setTitle(QCoreApplication.translate("CharterForm", u"Who \u2014 people, roles and who decides", None))
        self.whoSummaryEditLabel.setText(QCoreApplication.translate("CharterForm", u"Who does what:", None))
        self.whoSummaryEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Named people on both sides and their roles; who is consulted or informed", None))
        self.decisionMakerComboLabel.setText(QCoreApplication.translate("CharterForm", u"Decision &maker:", None))
        self.row3Label.setText(QCoreApplication.translate("CharterForm", u"Team:", None))
        self.openTeamButton.setText(QCoreApplication.translate("CharterForm", u"Team && RACI\u2026", None))
#if QT_CONFIG(tooltip)
        self.openTeamButton.setToolTip(QCoreApplication.translate("CharterForm", u"Show the Team & RACI tab", None))
#endif // QT_CONFIG(tooltip)
        self.whenGroup.setTitle(QCoreApplication.translate("CharterForm", u"When \u2014 timeline and decision points", None))
        self.kickoffDateEditLabel.setText(QCoreApplication.translate("CharterForm", u"&Kickoff date:", None))
        self.plannedStartEditLabel.setText(QCoreApplication.translate("CharterForm", u"Planned &start:", None))
        self.plannedEndEditLabel.setText(QCoreApplication.translate("CharterForm", u"Planned &end:", None))
        self.timelineNotesEditLabel.setText(QCoreApplication.translate("CharterForm", u"Timeline notes:", None))
        self.timelineNotesEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Key dates, shutdowns, dependencies on the client", None))
        self.decisionPointsListLabel.setText(QCoreApplication.translate("CharterForm", u"Decision points:", None))
        self.decisionPointsHint.setText(QCoreApplication.translate("CharterForm", u"Decision points are the go/no-go gates on the Schedule tab.", None))
        self.whereGroup.setTitle(QCoreApplication.translate("CharterForm", u"Where \u2014 partner sites, labs and plants", None))
        self.sitesListLabel.setText(QCoreApplication.translate("CharterForm", u"Partner sites:", None))
        self.whereNotesEditLabel.setText(QCoreApplication.translate("CharterForm", u"Other places:", None))
        self.whereNotesEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Labs, plants or places not listed above (e.g. client's own lab)", None))
        self.howGroup.setTitle(QCoreApplication.translate("CharterForm", u"How \u2014 scope, methods, quality and tech transfer", None))
        self.scopeEditLabel.setText(QCoreApplication.translate("CharterForm", u"Sco&pe:", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"What the partner does, at which scale, under which conditions", None))
        self.deliverablesEditLabel.setText(QCoreApplication.translate("CharterForm", u"&Deliverables:", None))
        self.deliverablesEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Reports, batches, data packages", None))
        self.methodsEditLabel.setText(QCoreApplication.translate("CharterForm", u"Met&hods:", None))
        self.methodsEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Methods, techniques, analytical approach", None))
        self.qualityStandardsEditLabel.setText(QCoreApplication.translate("CharterForm", u"&Quality standards:", None))
        self.qualityStandardsEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"GMP/GLP level, specifications, who approves", None))
        self.techTransferEditLabel.setText(QCoreApplication.translate("CharterForm", u"&Tech transfer:", None))
        self.techTransferEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"What is transferred, from whom, when", None))
        self.clientGroup.setTitle(QCoreApplication.translate("CharterForm", u"How the client fits in", None))
        self.clientProvidesEditLabel.setText(QCoreApplication.translate("CharterForm", u"Client &provides:", None))
        self.clientProvidesEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Materials, data, standards the client supplies", None))
        self.clientApprovesEditLabel.setText(QCoreApplication.translate("CharterForm", u"Client &approves:", None))
        self.clientApprovesEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Specifications, batch records, changes", None))
        self.clientReviewsEditLabel.setText(QCoreApplication.translate("CharterForm", u"Client re&views:", None))
        self.clientReviewsEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Reports, deviations, data", None))
        self.metricsGroup.setTitle(QCoreApplication.translate("CharterForm", u"Success metrics", None))
        ___qtablewidgetitem = self.metricsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CharterForm", u"Metric", None))
        ___qtablewidgetitem1 = self.metricsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CharterForm", u"Target", None))
        ___qtablewidgetitem2 = self.metricsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CharterForm", u"How measured", None))
        self.addMetricButton.setText(QCoreApplication.translate("CharterForm", u"Add metric", None))
        self.removeMetricButton.setText(QCoreApplication.translate("CharterForm", u"Remove metric", None))
        self.escalationGroup.setTitle(QCoreApplication.translate("CharterForm", u"Escalation path (level 1 first)", None))
        ___qtablewidgetitem3 = self.escalationTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CharterForm", u"Who", None))
        ___qtablewidgetitem4 = self.escalationTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CharterForm", u"When to escalate", None))
        ___qtablewidgetitem5 = self.escalationTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CharterForm", u"Response time (hours)", None))
        self.addLevelButton.setText(QCoreApplication.translate("CharterForm", u"Add level", None))
        self.removeLevelButton.setText(QCoreApplication.translate("CharterForm", u"Remove level", None))
        self.levelUpButton.setText(QCoreApplication.translate("CharterForm", u"Move up", None))
        self.levelDownButton.setText(QCoreApplication.translate("CharterForm", u"Move down", None))
        self.kickoffGroup.setTitle(QCoreApplication.translate("CharterForm", u"Kickoff meeting", None))
        self.row0Label.setText(QCoreApplication.translate("CharterForm", u"Date:", None))
        self.kickoffPlaceEditLabel.setText(QCoreApplication.translate("CharterForm", u"P&lace:", None))
        self.kickoffPlaceEdit.setPlaceholderText(QCoreApplication.translate("CharterForm", u"Site, room or video call", None))
        self.attendeesListLabel.setText(QCoreApplication.translate("CharterForm", u"Attendees:", None))
        self.signoffGroup.setTitle(QCoreApplication.translate("CharterForm", u"Sign-off", None))
        self.clientSignatoryComboLabel.setText(QCoreApplication.translate("CharterForm", u"&Client signatory:", None))
        self.clientSignedDateEditLabel.setText(QCoreApplication.translate("CharterForm", u"Client si&gned on:", None))
        self.partnerSignatoryComboLabel.setText(QCoreApplication.translate("CharterForm", u"Pa&rtner signatory:", None))
        self.partnerSignedDateEditLabel.setText(QCoreApplication.translate("CharterForm", u"Partner sig&ned on:", None))
        self.signoffHint.setText(QCoreApplication.translate("CharterForm", u"The charter is agreed when both sides have signed.", None))
        self.checklistGroup.setTitle(QCoreApplication.translate("CharterForm", u"Kickoff checklist", None))
        self.checklistHint.setText(QCoreApplication.translate("CharterForm", u"Click an item to jump to its question.", None))
        self.revertButton.setText(QCoreApplication.translate("CharterForm", u"&Discard changes", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("CharterForm", u"Reload the charter as last saved", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CharterForm", u"&Save charter", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CharterForm", u"Save the charter (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
