# Generated from ui/risk_form.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from cdmo_desktop.gui.risks.risk_widgets import RiskMatrixWidget
from cdmo_desktop.gui.widgets.fields import DateField
from cdmo_desktop.gui.widgets.fitting import VerticalScrollArea
class Ui_RiskForm(object):
    def setupUi(self, RiskForm):
        if not RiskForm.objectName():
            RiskForm.setObjectName(u"RiskForm")
        RiskForm.resize(980, 720)
        self.layout = QVBoxLayout(RiskForm)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 8, 8, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(RiskForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.codeLabel = QLabel(RiskForm)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.headerLayout.addWidget(self.codeLabel)

        self.headerLevelLabel = QLabel(RiskForm)
        self.headerLevelLabel.setObjectName(u"headerLevelLabel")
        self.headerLevelLabel.setMinimumSize(QSize(80, 0))
        self.headerLevelLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.headerLayout.addWidget(self.headerLevelLabel)

        self.engagementLink = QLabel(RiskForm)
        self.engagementLink.setObjectName(u"engagementLink")
        self.engagementLink.setOpenExternalLinks(False)
        self.engagementLink.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.engagementLink)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.markReviewedButton = QPushButton(RiskForm)
        self.markReviewedButton.setObjectName(u"markReviewedButton")

        self.headerLayout.addWidget(self.markReviewedButton)

        self.deleteButton = QPushButton(RiskForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.headerLayout.addWidget(self.deleteButton)

        self.revertButton = QPushButton(RiskForm)
        self.revertButton.setObjectName(u"revertButton")

        self.headerLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(RiskForm)
        self.saveButton.setObjectName(u"saveButton")

        self.headerLayout.addWidget(self.saveButton)


        self.layout.addLayout(self.headerLayout)

        self.errorSummary = QLabel(RiskForm)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setVisible(False)
        self.errorSummary.setProperty(u"tone", u"error-box")

        self.layout.addWidget(self.errorSummary)

        self.bodyScroll = VerticalScrollArea(RiskForm)
        self.bodyScroll.setObjectName(u"bodyScroll")
        self.bodyWidget = QWidget()
        self.bodyWidget.setObjectName(u"bodyWidget")
        self.bodyLayout = QVBoxLayout(self.bodyWidget)
        self.bodyLayout.setSpacing(6)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(10)
        self.topLayout.setObjectName(u"topLayout")
        self.identityGroup = QGroupBox(self.bodyWidget)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityLayout = QGridLayout(self.identityGroup)
        self.identityLayout.setSpacing(6)
        self.identityLayout.setObjectName(u"identityLayout")
        self.engagementComboLabel = QLabel(self.identityGroup)
        self.engagementComboLabel.setObjectName(u"engagementComboLabel")

        self.identityLayout.addWidget(self.engagementComboLabel, 0, 0, 1, 1)

        self.engagementComboBox = QVBoxLayout()
        self.engagementComboBox.setSpacing(2)
        self.engagementComboBox.setObjectName(u"engagementComboBox")
        self.engagementComboBox.setContentsMargins(0, 0, 0, 0)
        self.engagementCombo = QComboBox(self.identityGroup)
        self.engagementCombo.setObjectName(u"engagementCombo")

        self.engagementComboBox.addWidget(self.engagementCombo)

        self.engagementError = QLabel(self.identityGroup)
        self.engagementError.setObjectName(u"engagementError")
        self.engagementError.setWordWrap(True)
        self.engagementError.setVisible(False)
        self.engagementError.setProperty(u"tone", u"error")

        self.engagementComboBox.addWidget(self.engagementError)


        self.identityLayout.addLayout(self.engagementComboBox, 0, 1, 1, 1)

        self.titleEditLabel = QLabel(self.identityGroup)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.identityLayout.addWidget(self.titleEditLabel, 1, 0, 1, 1)

        self.titleEditBox = QVBoxLayout()
        self.titleEditBox.setSpacing(2)
        self.titleEditBox.setObjectName(u"titleEditBox")
        self.titleEditBox.setContentsMargins(0, 0, 0, 0)
        self.titleEdit = QLineEdit(self.identityGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.titleEditBox.addWidget(self.titleEdit)

        self.titleError = QLabel(self.identityGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)
        self.titleError.setProperty(u"tone", u"error")

        self.titleEditBox.addWidget(self.titleError)


        self.identityLayout.addLayout(self.titleEditBox, 1, 1, 1, 1)

        self.categoryComboLabel = QLabel(self.identityGroup)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.identityLayout.addWidget(self.categoryComboLabel, 2, 0, 1, 1)

        self.categoryCombo = QComboBox(self.identityGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.identityLayout.addWidget(self.categoryCombo, 2, 1, 1, 1)

        self.statusComboLabel = QLabel(self.identityGroup)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.identityLayout.addWidget(self.statusComboLabel, 3, 0, 1, 1)

        self.statusCombo = QComboBox(self.identityGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.identityLayout.addWidget(self.statusCombo, 3, 1, 1, 1)

        self.ownerComboLabel = QLabel(self.identityGroup)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.identityLayout.addWidget(self.ownerComboLabel, 4, 0, 1, 1)

        self.ownerComboBox = QVBoxLayout()
        self.ownerComboBox.setSpacing(2)
        self.ownerComboBox.setObjectName(u"ownerComboBox")
        self.ownerComboBox.setContentsMargins(0, 0, 0, 0)
        self.ownerCombo = QComboBox(self.identityGroup)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)

        self.ownerComboBox.addWidget(self.ownerCombo)

        self.ownerError = QLabel(self.identityGroup)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setWordWrap(True)
        self.ownerError.setVisible(False)
        self.ownerError.setProperty(u"tone", u"error")

        self.ownerComboBox.addWidget(self.ownerError)


        self.identityLayout.addLayout(self.ownerComboBox, 4, 1, 1, 1)

        self.raisedByComboLabel = QLabel(self.identityGroup)
        self.raisedByComboLabel.setObjectName(u"raisedByComboLabel")

        self.identityLayout.addWidget(self.raisedByComboLabel, 5, 0, 1, 1)

        self.raisedByCombo = QComboBox(self.identityGroup)
        self.raisedByCombo.setObjectName(u"raisedByCombo")

        self.identityLayout.addWidget(self.raisedByCombo, 5, 1, 1, 1)

        self.raisedDateEditLabel = QLabel(self.identityGroup)
        self.raisedDateEditLabel.setObjectName(u"raisedDateEditLabel")

        self.identityLayout.addWidget(self.raisedDateEditLabel, 6, 0, 1, 1)

        self.raisedDateEditBox = QVBoxLayout()
        self.raisedDateEditBox.setSpacing(2)
        self.raisedDateEditBox.setObjectName(u"raisedDateEditBox")
        self.raisedDateEditBox.setContentsMargins(0, 0, 0, 0)
        self.raisedDateEdit = DateField(self.identityGroup)
        self.raisedDateEdit.setObjectName(u"raisedDateEdit")

        self.raisedDateEditBox.addWidget(self.raisedDateEdit)

        self.raisedDateError = QLabel(self.identityGroup)
        self.raisedDateError.setObjectName(u"raisedDateError")
        self.raisedDateError.setWordWrap(True)
        self.raisedDateError.setVisible(False)
        self.raisedDateError.setProperty(u"tone", u"error")

        self.raisedDateEditBox.addWidget(self.raisedDateError)


        self.identityLayout.addLayout(self.raisedDateEditBox, 6, 1, 1, 1)

        self.milestoneComboLabel = QLabel(self.identityGroup)
        self.milestoneComboLabel.setObjectName(u"milestoneComboLabel")

        self.identityLayout.addWidget(self.milestoneComboLabel, 7, 0, 1, 1)

        self.milestoneCombo = QComboBox(self.identityGroup)
        self.milestoneCombo.setObjectName(u"milestoneCombo")

        self.identityLayout.addWidget(self.milestoneCombo, 7, 1, 1, 1)


        self.topLayout.addWidget(self.identityGroup)

        self.assessmentGroup = QGroupBox(self.bodyWidget)
        self.assessmentGroup.setObjectName(u"assessmentGroup")
        self.assessmentLayout = QGridLayout(self.assessmentGroup)
        self.assessmentLayout.setSpacing(6)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.assessHeader1 = QLabel(self.assessmentGroup)
        self.assessHeader1.setObjectName(u"assessHeader1")

        self.assessmentLayout.addWidget(self.assessHeader1, 0, 1, 1, 1)

        self.assessHeader2 = QLabel(self.assessmentGroup)
        self.assessHeader2.setObjectName(u"assessHeader2")

        self.assessmentLayout.addWidget(self.assessHeader2, 0, 2, 1, 1)

        self.assessHeader3 = QLabel(self.assessmentGroup)
        self.assessHeader3.setObjectName(u"assessHeader3")

        self.assessmentLayout.addWidget(self.assessHeader3, 0, 3, 1, 1)

        self.assessHeader4 = QLabel(self.assessmentGroup)
        self.assessHeader4.setObjectName(u"assessHeader4")

        self.assessmentLayout.addWidget(self.assessHeader4, 0, 4, 1, 1)

        self.currentLabel = QLabel(self.assessmentGroup)
        self.currentLabel.setObjectName(u"currentLabel")

        self.assessmentLayout.addWidget(self.currentLabel, 1, 0, 1, 1)

        self.likelihoodCombo = QComboBox(self.assessmentGroup)
        self.likelihoodCombo.setObjectName(u"likelihoodCombo")

        self.assessmentLayout.addWidget(self.likelihoodCombo, 1, 1, 1, 1)

        self.impactCombo = QComboBox(self.assessmentGroup)
        self.impactCombo.setObjectName(u"impactCombo")

        self.assessmentLayout.addWidget(self.impactCombo, 1, 2, 1, 1)

        self.scoreLabel = QLabel(self.assessmentGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.assessmentLayout.addWidget(self.scoreLabel, 1, 3, 1, 1)

        self.levelLabel = QLabel(self.assessmentGroup)
        self.levelLabel.setObjectName(u"levelLabel")
        self.levelLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levelLabel.setMinimumSize(QSize(80, 0))

        self.assessmentLayout.addWidget(self.levelLabel, 1, 4, 1, 1)

        self.residualLabel = QLabel(self.assessmentGroup)
        self.residualLabel.setObjectName(u"residualLabel")

        self.assessmentLayout.addWidget(self.residualLabel, 2, 0, 1, 1)

        self.residualLikelihoodCombo = QComboBox(self.assessmentGroup)
        self.residualLikelihoodCombo.setObjectName(u"residualLikelihoodCombo")

        self.assessmentLayout.addWidget(self.residualLikelihoodCombo, 2, 1, 1, 1)

        self.residualImpactCombo = QComboBox(self.assessmentGroup)
        self.residualImpactCombo.setObjectName(u"residualImpactCombo")

        self.assessmentLayout.addWidget(self.residualImpactCombo, 2, 2, 1, 1)

        self.residualScoreLabel = QLabel(self.assessmentGroup)
        self.residualScoreLabel.setObjectName(u"residualScoreLabel")
        self.residualScoreLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.assessmentLayout.addWidget(self.residualScoreLabel, 2, 3, 1, 1)

        self.residualLevelLabel = QLabel(self.assessmentGroup)
        self.residualLevelLabel.setObjectName(u"residualLevelLabel")
        self.residualLevelLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.residualLevelLabel.setMinimumSize(QSize(80, 0))

        self.assessmentLayout.addWidget(self.residualLevelLabel, 2, 4, 1, 1)

        self.assessmentError = QLabel(self.assessmentGroup)
        self.assessmentError.setObjectName(u"assessmentError")
        self.assessmentError.setWordWrap(True)
        self.assessmentError.setVisible(False)
        self.assessmentError.setProperty(u"tone", u"error")

        self.assessmentLayout.addWidget(self.assessmentError, 3, 0, 1, 5)

        self.matrixHint = QLabel(self.assessmentGroup)
        self.matrixHint.setObjectName(u"matrixHint")
        self.matrixHint.setWordWrap(True)
        self.matrixHint.setProperty(u"tone", u"muted")

        self.assessmentLayout.addWidget(self.matrixHint, 4, 0, 1, 5)

        self.matrixWidget = RiskMatrixWidget(self.assessmentGroup)
        self.matrixWidget.setObjectName(u"matrixWidget")

        self.assessmentLayout.addWidget(self.matrixWidget, 5, 0, 1, 5)


        self.topLayout.addWidget(self.assessmentGroup)

        self.topLayout.setStretch(0, 1)
        self.topLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(self.bodyWidget)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QGridLayout(self.detailsTab)
        self.detailsLayout.setSpacing(6)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.descriptionEditLabel = QLabel(self.detailsTab)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.detailsLayout.addWidget(self.descriptionEditLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.descriptionEdit = QPlainTextEdit(self.detailsTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.detailsLayout.addWidget(self.descriptionEdit, 0, 1, 1, 1)

        self.causeEditLabel = QLabel(self.detailsTab)
        self.causeEditLabel.setObjectName(u"causeEditLabel")

        self.detailsLayout.addWidget(self.causeEditLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.causeEdit = QPlainTextEdit(self.detailsTab)
        self.causeEdit.setObjectName(u"causeEdit")

        self.detailsLayout.addWidget(self.causeEdit, 1, 1, 1, 1)

        self.triggerEditLabel = QLabel(self.detailsTab)
        self.triggerEditLabel.setObjectName(u"triggerEditLabel")

        self.detailsLayout.addWidget(self.triggerEditLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.triggerEdit = QPlainTextEdit(self.detailsTab)
        self.triggerEdit.setObjectName(u"triggerEdit")

        self.detailsLayout.addWidget(self.triggerEdit, 2, 1, 1, 1)

        self.mitigationEditLabel = QLabel(self.detailsTab)
        self.mitigationEditLabel.setObjectName(u"mitigationEditLabel")

        self.detailsLayout.addWidget(self.mitigationEditLabel, 0, 2, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.mitigationEdit = QPlainTextEdit(self.detailsTab)
        self.mitigationEdit.setObjectName(u"mitigationEdit")

        self.detailsLayout.addWidget(self.mitigationEdit, 0, 3, 1, 1)

        self.contingencyEditLabel = QLabel(self.detailsTab)
        self.contingencyEditLabel.setObjectName(u"contingencyEditLabel")

        self.detailsLayout.addWidget(self.contingencyEditLabel, 1, 2, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.contingencyEdit = QPlainTextEdit(self.detailsTab)
        self.contingencyEdit.setObjectName(u"contingencyEdit")

        self.detailsLayout.addWidget(self.contingencyEdit, 1, 3, 1, 1)

        self.tabs.addTab(self.detailsTab, "")
        self.reviewTab = QWidget()
        self.reviewTab.setObjectName(u"reviewTab")
        self.reviewLayout = QGridLayout(self.reviewTab)
        self.reviewLayout.setSpacing(6)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.cadenceSpinLabel = QLabel(self.reviewTab)
        self.cadenceSpinLabel.setObjectName(u"cadenceSpinLabel")

        self.reviewLayout.addWidget(self.cadenceSpinLabel, 0, 0, 1, 1)

        self.cadenceSpinBox = QVBoxLayout()
        self.cadenceSpinBox.setSpacing(2)
        self.cadenceSpinBox.setObjectName(u"cadenceSpinBox")
        self.cadenceSpinBox.setContentsMargins(0, 0, 0, 0)
        self.cadenceSpin = QSpinBox(self.reviewTab)
        self.cadenceSpin.setObjectName(u"cadenceSpin")
        self.cadenceSpin.setMinimum(0)
        self.cadenceSpin.setMaximum(730)
        self.cadenceSpin.setMaximumSize(QSize(180, 16777215))

        self.cadenceSpinBox.addWidget(self.cadenceSpin)

        self.cadenceError = QLabel(self.reviewTab)
        self.cadenceError.setObjectName(u"cadenceError")
        self.cadenceError.setWordWrap(True)
        self.cadenceError.setVisible(False)
        self.cadenceError.setProperty(u"tone", u"error")

        self.cadenceSpinBox.addWidget(self.cadenceError)


        self.reviewLayout.addLayout(self.cadenceSpinBox, 0, 1, 1, 1)

        self.nextReviewEditLabel = QLabel(self.reviewTab)
        self.nextReviewEditLabel.setObjectName(u"nextReviewEditLabel")

        self.reviewLayout.addWidget(self.nextReviewEditLabel, 1, 0, 1, 1)

        self.nextReviewBox = QVBoxLayout()
        self.nextReviewBox.setSpacing(2)
        self.nextReviewBox.setObjectName(u"nextReviewBox")
        self.nextReviewBox.setContentsMargins(0, 0, 0, 0)
        self.nextReviewRow = QHBoxLayout()
        self.nextReviewRow.setSpacing(6)
        self.nextReviewRow.setObjectName(u"nextReviewRow")
        self.nextReviewEdit = DateField(self.reviewTab)
        self.nextReviewEdit.setObjectName(u"nextReviewEdit")

        self.nextReviewRow.addWidget(self.nextReviewEdit)

        self.recomputeButton = QPushButton(self.reviewTab)
        self.recomputeButton.setObjectName(u"recomputeButton")

        self.nextReviewRow.addWidget(self.recomputeButton)

        self.nextReviewHint = QLabel(self.reviewTab)
        self.nextReviewHint.setObjectName(u"nextReviewHint")
        self.nextReviewHint.setProperty(u"tone", u"muted")

        self.nextReviewRow.addWidget(self.nextReviewHint)

        self.nextReviewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextReviewRow.addItem(self.nextReviewSpacer)


        self.nextReviewBox.addLayout(self.nextReviewRow)

        self.nextReviewError = QLabel(self.reviewTab)
        self.nextReviewError.setObjectName(u"nextReviewError")
        self.nextReviewError.setWordWrap(True)
        self.nextReviewError.setVisible(False)
        self.nextReviewError.setProperty(u"tone", u"error")

        self.nextReviewBox.addWidget(self.nextReviewError)


        self.reviewLayout.addLayout(self.nextReviewBox, 1, 1, 1, 1)

        self.historyLabel = QLabel(self.reviewTab)
        self.historyLabel.setObjectName(u"historyLabel")

        self.reviewLayout.addWidget(self.historyLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.historyView = QTableView(self.reviewTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.reviewLayout.addWidget(self.historyView, 2, 1, 1, 1)

        self.tabs.addTab(self.reviewTab, "")
        self.closureTab = QWidget()
        self.closureTab.setObjectName(u"closureTab")
        self.closureLayout = QGridLayout(self.closureTab)
        self.closureLayout.setSpacing(6)
        self.closureLayout.setObjectName(u"closureLayout")
        self.closedDateEditLabel = QLabel(self.closureTab)
        self.closedDateEditLabel.setObjectName(u"closedDateEditLabel")

        self.closureLayout.addWidget(self.closedDateEditLabel, 0, 0, 1, 1)

        self.closedDateBox = QVBoxLayout()
        self.closedDateBox.setSpacing(2)
        self.closedDateBox.setObjectName(u"closedDateBox")
        self.closedDateBox.setContentsMargins(0, 0, 0, 0)
        self.closedDateRow = QHBoxLayout()
        self.closedDateRow.setSpacing(6)
        self.closedDateRow.setObjectName(u"closedDateRow")
        self.closedDateEdit = DateField(self.closureTab)
        self.closedDateEdit.setObjectName(u"closedDateEdit")

        self.closedDateRow.addWidget(self.closedDateEdit)

        self.closedDateSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closedDateRow.addItem(self.closedDateSpacer)


        self.closedDateBox.addLayout(self.closedDateRow)

        self.closedDateError = QLabel(self.closureTab)
        self.closedDateError.setObjectName(u"closedDateError")
        self.closedDateError.setWordWrap(True)
        self.closedDateError.setVisible(False)
        self.closedDateError.setProperty(u"tone", u"error")

        self.closedDateBox.addWidget(self.closedDateError)


        self.closureLayout.addLayout(self.closedDateBox, 0, 1, 1, 1)

        self.closureNoteEditLabel = QLabel(self.closureTab)
        self.closureNoteEditLabel.setObjectName(u"closureNoteEditLabel")

        self.closureLayout.addWidget(self.closureNoteEditLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.closureNoteEditBox = QVBoxLayout()
        self.closureNoteEditBox.setSpacing(2)
        self.closureNoteEditBox.setObjectName(u"closureNoteEditBox")
        self.closureNoteEditBox.setContentsMargins(0, 0, 0, 0)
        self.closureNoteEdit = QPlainTextEdit(self.closureTab)
        self.closureNoteEdit.setObjectName(u"closureNoteEdit")
        self.closureNoteEdit.setMaximumSize(QSize(16777215, 160))

        self.closureNoteEditBox.addWidget(self.closureNoteEdit)

        self.closureNoteError = QLabel(self.closureTab)
        self.closureNoteError.setObjectName(u"closureNoteError")
        self.closureNoteError.setWordWrap(True)
        self.closureNoteError.setVisible(False)
        self.closureNoteError.setProperty(u"tone", u"error")

        self.closureNoteEditBox.addWidget(self.closureNoteError)


        self.closureLayout.addLayout(self.closureNoteEditBox, 1, 1, 1, 1)

        self.decisionComboLabel = QLabel(self.closureTab)
        self.decisionComboLabel.setObjectName(u"decisionComboLabel")

        self.closureLayout.addWidget(self.decisionComboLabel, 2, 0, 1, 1)

        self.decisionCombo = QComboBox(self.closureTab)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.closureLayout.addWidget(self.decisionCombo, 2, 1, 1, 1)

        self.closureHint = QLabel(self.closureTab)
        self.closureHint.setObjectName(u"closureHint")
        self.closureHint.setWordWrap(True)
        self.closureHint.setProperty(u"tone", u"muted")

        self.closureLayout.addWidget(self.closureHint, 3, 1, 1, 1)

        self.closureSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closureLayout.addItem(self.closureSpacer, 4, 1, 1, 1)

        self.tabs.addTab(self.closureTab, "")

        self.bodyLayout.addWidget(self.tabs)

        self.bodyScroll.setWidget(self.bodyWidget)

        self.layout.addWidget(self.bodyScroll)

#if QT_CONFIG(shortcut)
        self.engagementComboLabel.setBuddy(self.engagementCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.raisedByComboLabel.setBuddy(self.raisedByCombo)
        self.raisedDateEditLabel.setBuddy(self.raisedDateEdit)
        self.milestoneComboLabel.setBuddy(self.milestoneCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.causeEditLabel.setBuddy(self.causeEdit)
        self.triggerEditLabel.setBuddy(self.triggerEdit)
        self.mitigationEditLabel.setBuddy(self.mitigationEdit)
        self.contingencyEditLabel.setBuddy(self.contingencyEdit)
        self.cadenceSpinLabel.setBuddy(self.cadenceSpin)
        self.nextReviewEditLabel.setBuddy(self.nextReviewEdit)
        self.closedDateEditLabel.setBuddy(self.closedDateEdit)
        self.closureNoteEditLabel.setBuddy(self.closureNoteEdit)
        self.decisionComboLabel.setBuddy(self.decisionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskForm)

        self.saveButton.setDefault(True)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RiskForm)
    # setupUi

    def retranslateUi(self, RiskForm):
        RiskForm.setWindowTitle(QCoreApplication.translate("RiskForm", u"Risk", None))
        self.backButton.setText(QCoreApplication.translate("RiskForm", u"\u2190 &Register", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("RiskForm", u"Back to the risk register (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.codeLabel.setText(QCoreApplication.translate("RiskForm", u"New risk", None))
        self.headerLevelLabel.setText("")
        self.engagementLink.setText("")
#if QT_CONFIG(tooltip)
        self.engagementLink.setToolTip(QCoreApplication.translate("RiskForm", u"Open the engagement workspace", None))
#endif // QT_CONFIG(tooltip)
        self.markReviewedButton.setText(QCoreApplication.translate("RiskForm", u"Mark re&viewed\u2026", None))
#if QT_CONFIG(tooltip)
        self.markReviewedButton.setToolTip(QCoreApplication.translate("RiskForm", u"Record a review of this risk (date, note, new scores) and move its next review date", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("RiskForm", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("RiskForm", u"Delete this risk (it can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("RiskForm", u"Re&vert", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("RiskForm", u"Throw away the changes not saved yet", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("RiskForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("RiskForm", u"Save the risk (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.identityGroup.setTitle(QCoreApplication.translate("RiskForm", u"Risk", None))
        self.engagementComboLabel.setText(QCoreApplication.translate("RiskForm", u"&Engagement:", None))
#if QT_CONFIG(tooltip)
        self.engagementCombo.setToolTip(QCoreApplication.translate("RiskForm", u"The engagement this risk belongs to (fixed once the risk is logged)", None))
#endif // QT_CONFIG(tooltip)
        self.titleEditLabel.setText(QCoreApplication.translate("RiskForm", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"Short name of the risk, e.g. 'API supplier capacity for Q3 campaign'", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("RiskForm", u"Cate&gory:", None))
        self.statusComboLabel.setText(QCoreApplication.translate("RiskForm", u"Stat&us:", None))
        self.ownerComboLabel.setText(QCoreApplication.translate("RiskForm", u"&Owner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("RiskForm", u"Who watches this risk and carries out the mitigation", None))
#endif // QT_CONFIG(tooltip)
        self.raisedByComboLabel.setText(QCoreApplication.translate("RiskForm", u"Raised &by:", None))
#if QT_CONFIG(tooltip)
        self.raisedByCombo.setToolTip(QCoreApplication.translate("RiskForm", u"Which side raised it: concerns raised by the partner are recorded as such", None))
#endif // QT_CONFIG(tooltip)
        self.raisedDateEditLabel.setText(QCoreApplication.translate("RiskForm", u"Raised o&n:", None))
        self.milestoneComboLabel.setText(QCoreApplication.translate("RiskForm", u"Linked &milestone:", None))
#if QT_CONFIG(tooltip)
        self.milestoneCombo.setToolTip(QCoreApplication.translate("RiskForm", u"The milestone or decision gate this risk threatens (decision gates first)", None))
#endif // QT_CONFIG(tooltip)
        self.assessmentGroup.setTitle(QCoreApplication.translate("RiskForm", u"Assessment (likelihood \u00d7 impact)", None))
        self.assessHeader1.setText(QCoreApplication.translate("RiskForm", u"<b>Likelihood</b>", None))
        self.assessHeader2.setText(QCoreApplication.translate("RiskForm", u"<b>Impact</b>", None))
        self.assessHeader3.setText(QCoreApplication.translate("RiskForm", u"<b>Score</b>", None))
        self.assessHeader4.setText(QCoreApplication.translate("RiskForm", u"<b>Level</b>", None))
        self.currentLabel.setText(QCoreApplication.translate("RiskForm", u"Current:", None))
#if QT_CONFIG(tooltip)
        self.likelihoodCombo.setToolTip(QCoreApplication.translate("RiskForm", u"How likely the risk is to happen, 1 (rare) to 5 (almost certain)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.impactCombo.setToolTip(QCoreApplication.translate("RiskForm", u"How bad it would be, 1 (negligible) to 5 (severe)", None))
#endif // QT_CONFIG(tooltip)
        self.scoreLabel.setText(QCoreApplication.translate("RiskForm", u"9", None))
        self.levelLabel.setText(QCoreApplication.translate("RiskForm", u"Medium", None))
        self.residualLabel.setText(QCoreApplication.translate("RiskForm", u"Residual:", None))
#if QT_CONFIG(tooltip)
        self.residualLabel.setToolTip(QCoreApplication.translate("RiskForm", u"Expected likelihood and impact once the mitigation plan is carried out", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.residualLikelihoodCombo.setToolTip(QCoreApplication.translate("RiskForm", u"Likelihood after mitigation (leave 'Not assessed' until you know)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.residualImpactCombo.setToolTip(QCoreApplication.translate("RiskForm", u"Impact after mitigation", None))
#endif // QT_CONFIG(tooltip)
        self.residualScoreLabel.setText("")
        self.residualLevelLabel.setText("")
        self.matrixHint.setText(QCoreApplication.translate("RiskForm", u"Level from the 5\u00d75 risk matrix: a severe impact is at least high even when rare.", None))
#if QT_CONFIG(tooltip)
        self.matrixWidget.setToolTip(QCoreApplication.translate("RiskForm", u"Where the risk sits on the 5\u00d75 matrix: \u25cf now, \u25cb after mitigation", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionEditLabel.setText(QCoreApplication.translate("RiskForm", u"Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"What could happen, and what it would do to the work", None))
        self.causeEditLabel.setText(QCoreApplication.translate("RiskForm", u"Cause:", None))
        self.causeEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"Why it could happen", None))
        self.triggerEditLabel.setText(QCoreApplication.translate("RiskForm", u"Trigger /\n"
"early-warning sign:", None))
        self.triggerEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"What you would see first (e.g. a batch yield below 70 %, a slipped PO)", None))
        self.mitigationEditLabel.setText(QCoreApplication.translate("RiskForm", u"Mitigation plan:", None))
        self.mitigationEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"What is done now to make it less likely or less severe", None))
        self.contingencyEditLabel.setText(QCoreApplication.translate("RiskForm", u"Contingency plan:", None))
        self.contingencyEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"What is done if it happens anyway", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("RiskForm", u"&Details && response", None))
        self.cadenceSpinLabel.setText(QCoreApplication.translate("RiskForm", u"Review every:", None))
        self.cadenceSpin.setSuffix(QCoreApplication.translate("RiskForm", u" days", None))
        self.cadenceSpin.setSpecialValueText(QCoreApplication.translate("RiskForm", u"No fixed cadence", None))
#if QT_CONFIG(tooltip)
        self.cadenceSpin.setToolTip(QCoreApplication.translate("RiskForm", u"How often the risk is reviewed; the next review date is counted from the last review", None))
#endif // QT_CONFIG(tooltip)
        self.nextReviewEditLabel.setText(QCoreApplication.translate("RiskForm", u"Next review:", None))
        self.recomputeButton.setText(QCoreApplication.translate("RiskForm", u"Use computed date", None))
#if QT_CONFIG(tooltip)
        self.recomputeButton.setToolTip(QCoreApplication.translate("RiskForm", u"Last review (or raised date) plus the cadence", None))
#endif // QT_CONFIG(tooltip)
        self.nextReviewHint.setText("")
        self.historyLabel.setText(QCoreApplication.translate("RiskForm", u"Score history:", None))
#if QT_CONFIG(tooltip)
        self.historyView.setToolTip(QCoreApplication.translate("RiskForm", u"The risk's scores over time, from the change log and its reviews", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.reviewTab), QCoreApplication.translate("RiskForm", u"&Review && history", None))
        self.closedDateEditLabel.setText(QCoreApplication.translate("RiskForm", u"Closed / realized on:", None))
        self.closureNoteEditLabel.setText(QCoreApplication.translate("RiskForm", u"Closure note:", None))
        self.closureNoteEdit.setPlaceholderText(QCoreApplication.translate("RiskForm", u"Why the risk is closed, or what happened when it was realized", None))
        self.decisionComboLabel.setText(QCoreApplication.translate("RiskForm", u"Decision taken:", None))
#if QT_CONFIG(tooltip)
        self.decisionCombo.setToolTip(QCoreApplication.translate("RiskForm", u"For a realized risk: the decision logged in the engagement's decision log", None))
#endif // QT_CONFIG(tooltip)
        self.closureHint.setText(QCoreApplication.translate("RiskForm", u"Set the status to Closed (needs a date and a note) or Realized (the risk happened: link the decision taken).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.closureTab), QCoreApplication.translate("RiskForm", u"C&losure", None))
    # retranslateUi
