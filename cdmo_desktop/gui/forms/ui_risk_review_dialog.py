# Generated from ui/risk_review_dialog.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import DateField
class Ui_RiskReviewDialog(object):
    def setupUi(self, RiskReviewDialog):
        if not RiskReviewDialog.objectName():
            RiskReviewDialog.setObjectName(u"RiskReviewDialog")
        RiskReviewDialog.resize(520, 420)
        self.layout = QVBoxLayout(RiskReviewDialog)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.riskLabel = QLabel(RiskReviewDialog)
        self.riskLabel.setObjectName(u"riskLabel")
        self.riskLabel.setWordWrap(True)
        self.riskLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.riskLabel)

        self.reviewForm = QGridLayout()
        self.reviewForm.setSpacing(6)
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewDateEditLabel = QLabel(RiskReviewDialog)
        self.reviewDateEditLabel.setObjectName(u"reviewDateEditLabel")

        self.reviewForm.addWidget(self.reviewDateEditLabel, 0, 0, 1, 1)

        self.reviewDateEditBox = QVBoxLayout()
        self.reviewDateEditBox.setSpacing(2)
        self.reviewDateEditBox.setObjectName(u"reviewDateEditBox")
        self.reviewDateEditBox.setContentsMargins(0, 0, 0, 0)
        self.reviewDateEdit = DateField(RiskReviewDialog)
        self.reviewDateEdit.setObjectName(u"reviewDateEdit")

        self.reviewDateEditBox.addWidget(self.reviewDateEdit)

        self.reviewDateError = QLabel(RiskReviewDialog)
        self.reviewDateError.setObjectName(u"reviewDateError")
        self.reviewDateError.setWordWrap(True)
        self.reviewDateError.setVisible(False)
        self.reviewDateError.setProperty(u"tone", u"error")

        self.reviewDateEditBox.addWidget(self.reviewDateError)


        self.reviewForm.addLayout(self.reviewDateEditBox, 0, 1, 1, 1)

        self.reviewedByEditLabel = QLabel(RiskReviewDialog)
        self.reviewedByEditLabel.setObjectName(u"reviewedByEditLabel")

        self.reviewForm.addWidget(self.reviewedByEditLabel, 1, 0, 1, 1)

        self.reviewedByEdit = QLineEdit(RiskReviewDialog)
        self.reviewedByEdit.setObjectName(u"reviewedByEdit")
        self.reviewedByEdit.setMaxLength(200)

        self.reviewForm.addWidget(self.reviewedByEdit, 1, 1, 1, 1)

        self.scoresLabel = QLabel(RiskReviewDialog)
        self.scoresLabel.setObjectName(u"scoresLabel")

        self.reviewForm.addWidget(self.scoresLabel, 2, 0, 1, 1)

        self.scoresLayout = QGridLayout()
        self.scoresLayout.setSpacing(6)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresHeader1 = QLabel(RiskReviewDialog)
        self.scoresHeader1.setObjectName(u"scoresHeader1")

        self.scoresLayout.addWidget(self.scoresHeader1, 0, 1, 1, 1)

        self.scoresHeader2 = QLabel(RiskReviewDialog)
        self.scoresHeader2.setObjectName(u"scoresHeader2")

        self.scoresLayout.addWidget(self.scoresHeader2, 0, 2, 1, 1)

        self.scoresHeader3 = QLabel(RiskReviewDialog)
        self.scoresHeader3.setObjectName(u"scoresHeader3")

        self.scoresLayout.addWidget(self.scoresHeader3, 0, 3, 1, 1)

        self.currentScoresLabel = QLabel(RiskReviewDialog)
        self.currentScoresLabel.setObjectName(u"currentScoresLabel")

        self.scoresLayout.addWidget(self.currentScoresLabel, 1, 0, 1, 1)

        self.likelihoodCombo = QComboBox(RiskReviewDialog)
        self.likelihoodCombo.setObjectName(u"likelihoodCombo")

        self.scoresLayout.addWidget(self.likelihoodCombo, 1, 1, 1, 1)

        self.impactCombo = QComboBox(RiskReviewDialog)
        self.impactCombo.setObjectName(u"impactCombo")

        self.scoresLayout.addWidget(self.impactCombo, 1, 2, 1, 1)

        self.levelLabel = QLabel(RiskReviewDialog)
        self.levelLabel.setObjectName(u"levelLabel")
        self.levelLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levelLabel.setMinimumSize(QSize(80, 0))

        self.scoresLayout.addWidget(self.levelLabel, 1, 3, 1, 1)

        self.residualScoresLabel = QLabel(RiskReviewDialog)
        self.residualScoresLabel.setObjectName(u"residualScoresLabel")

        self.scoresLayout.addWidget(self.residualScoresLabel, 2, 0, 1, 1)

        self.residualLikelihoodCombo = QComboBox(RiskReviewDialog)
        self.residualLikelihoodCombo.setObjectName(u"residualLikelihoodCombo")

        self.scoresLayout.addWidget(self.residualLikelihoodCombo, 2, 1, 1, 1)

        self.residualImpactCombo = QComboBox(RiskReviewDialog)
        self.residualImpactCombo.setObjectName(u"residualImpactCombo")

        self.scoresLayout.addWidget(self.residualImpactCombo, 2, 2, 1, 1)

        self.residualLevelLabel = QLabel(RiskReviewDialog)
        self.residualLevelLabel.setObjectName(u"residualLevelLabel")
        self.residualLevelLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.residualLevelLabel.setMinimumSize(QSize(80, 0))

        self.scoresLayout.addWidget(self.residualLevelLabel, 2, 3, 1, 1)

        self.scoresError = QLabel(RiskReviewDialog)
        self.scoresError.setObjectName(u"scoresError")
        self.scoresError.setWordWrap(True)
        self.scoresError.setVisible(False)
        self.scoresError.setProperty(u"tone", u"error")

        self.scoresLayout.addWidget(self.scoresError, 3, 0, 1, 4)


        self.reviewForm.addLayout(self.scoresLayout, 2, 1, 1, 1)

        self.noteEditLabel = QLabel(RiskReviewDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.reviewForm.addWidget(self.noteEditLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.noteEdit = QPlainTextEdit(RiskReviewDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.reviewForm.addWidget(self.noteEdit, 3, 1, 1, 1)

        self.nextReviewEditLabel = QLabel(RiskReviewDialog)
        self.nextReviewEditLabel.setObjectName(u"nextReviewEditLabel")

        self.reviewForm.addWidget(self.nextReviewEditLabel, 4, 0, 1, 1)

        self.nextReviewBox = QVBoxLayout()
        self.nextReviewBox.setSpacing(2)
        self.nextReviewBox.setObjectName(u"nextReviewBox")
        self.nextReviewBox.setContentsMargins(0, 0, 0, 0)
        self.nextReviewRow = QHBoxLayout()
        self.nextReviewRow.setSpacing(6)
        self.nextReviewRow.setObjectName(u"nextReviewRow")
        self.nextReviewEdit = DateField(RiskReviewDialog)
        self.nextReviewEdit.setObjectName(u"nextReviewEdit")

        self.nextReviewRow.addWidget(self.nextReviewEdit)

        self.nextReviewHint = QLabel(RiskReviewDialog)
        self.nextReviewHint.setObjectName(u"nextReviewHint")
        self.nextReviewHint.setProperty(u"tone", u"muted")

        self.nextReviewRow.addWidget(self.nextReviewHint)

        self.nextReviewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nextReviewRow.addItem(self.nextReviewSpacer)


        self.nextReviewBox.addLayout(self.nextReviewRow)

        self.nextReviewError = QLabel(RiskReviewDialog)
        self.nextReviewError.setObjectName(u"nextReviewError")
        self.nextReviewError.setWordWrap(True)
        self.nextReviewError.setVisible(False)
        self.nextReviewError.setProperty(u"tone", u"error")

        self.nextReviewBox.addWidget(self.nextReviewError)


        self.reviewForm.addLayout(self.nextReviewBox, 4, 1, 1, 1)


        self.layout.addLayout(self.reviewForm)

        self.buttonBox = QDialogButtonBox(RiskReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reviewDateEditLabel.setBuddy(self.reviewDateEdit)
        self.reviewedByEditLabel.setBuddy(self.reviewedByEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.nextReviewEditLabel.setBuddy(self.nextReviewEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskReviewDialog)
        self.buttonBox.rejected.connect(RiskReviewDialog.reject)

        QMetaObject.connectSlotsByName(RiskReviewDialog)
    # setupUi

    def retranslateUi(self, RiskReviewDialog):
        RiskReviewDialog.setWindowTitle(QCoreApplication.translate("RiskReviewDialog", u"Mark risk reviewed", None))
        self.reviewDateEditLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Review &date:", None))
        self.reviewedByEditLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Reviewed b&y:", None))
        self.scoresLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Scores now:", None))
        self.scoresHeader1.setText(QCoreApplication.translate("RiskReviewDialog", u"<b>Likelihood</b>", None))
        self.scoresHeader2.setText(QCoreApplication.translate("RiskReviewDialog", u"<b>Impact</b>", None))
        self.scoresHeader3.setText(QCoreApplication.translate("RiskReviewDialog", u"<b>Level</b>", None))
        self.currentScoresLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Current:", None))
        self.residualScoresLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Residual:", None))
        self.noteEditLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("RiskReviewDialog", u"What was checked, what changed, what happens next", None))
        self.nextReviewEditLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Next re&view:", None))
    # retranslateUi
