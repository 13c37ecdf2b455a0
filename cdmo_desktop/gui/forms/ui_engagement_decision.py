# Generated from ui/engagement_decision.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import DateField

class Ui_DecisionForm(object):
    def setupUi(self, DecisionForm):
        if not DecisionForm.objectName():
            DecisionForm.setObjectName(u"DecisionForm")
        DecisionForm.resize(460, 420)
        self.layout = QVBoxLayout(DecisionForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.decisionDateEditLabel = QLabel(DecisionForm)
        self.decisionDateEditLabel.setObjectName(u"decisionDateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionDateEditLabel)

        self.decisionDateEdit = DateField(DecisionForm)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.decisionDateEdit.sizePolicy().hasHeightForWidth())
        self.decisionDateEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.decisionDateError = QLabel(DecisionForm)
        self.decisionDateError.setObjectName(u"decisionDateError")
        self.decisionDateError.setProperty(u"tone", u"error")
        self.decisionDateError.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.decisionDateError.sizePolicy().hasHeightForWidth())
        self.decisionDateError.setSizePolicy(sizePolicy1)
        self.decisionDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionDateError)

        self.titleEditLabel = QLabel(DecisionForm)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(DecisionForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(DecisionForm)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setProperty(u"tone", u"error")
        self.titleError.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.titleError.sizePolicy().hasHeightForWidth())
        self.titleError.setSizePolicy(sizePolicy1)
        self.titleError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.optionsConsideredEditLabel = QLabel(DecisionForm)
        self.optionsConsideredEditLabel.setObjectName(u"optionsConsideredEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.optionsConsideredEditLabel)

        self.optionsConsideredEdit = QPlainTextEdit(DecisionForm)
        self.optionsConsideredEdit.setObjectName(u"optionsConsideredEdit")
        self.optionsConsideredEdit.setTabChangesFocus(True)
        self.optionsConsideredEdit.setMaximumSize(QSize(16777215, 64))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.optionsConsideredEdit)

        self.decisionEditLabel = QLabel(DecisionForm)
        self.decisionEditLabel.setObjectName(u"decisionEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.decisionEditLabel)

        self.decisionEdit = QPlainTextEdit(DecisionForm)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)
        self.decisionEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.rationaleEditLabel = QLabel(DecisionForm)
        self.rationaleEditLabel.setObjectName(u"rationaleEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rationaleEditLabel)

        self.rationaleEdit = QPlainTextEdit(DecisionForm)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)
        self.rationaleEdit.setMaximumSize(QSize(16777215, 64))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rationaleEdit)

        self.decidedByComboLabel = QLabel(DecisionForm)
        self.decidedByComboLabel.setObjectName(u"decidedByComboLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decidedByComboLabel)

        self.decidedByCombo = QComboBox(DecisionForm)
        self.decidedByCombo.setObjectName(u"decidedByCombo")
        self.decidedByCombo.setEditable(True)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.decidedByCombo.sizePolicy().hasHeightForWidth())
        self.decidedByCombo.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decidedByCombo)

        self.decidedByError = QLabel(DecisionForm)
        self.decidedByError.setObjectName(u"decidedByError")
        self.decidedByError.setProperty(u"tone", u"error")
        self.decidedByError.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.decidedByError.sizePolicy().hasHeightForWidth())
        self.decidedByError.setSizePolicy(sizePolicy1)
        self.decidedByError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.decidedByError)

        self.milestoneComboLabel = QLabel(DecisionForm)
        self.milestoneComboLabel.setObjectName(u"milestoneComboLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.milestoneComboLabel)

        self.milestoneCombo = QComboBox(DecisionForm)
        self.milestoneCombo.setObjectName(u"milestoneCombo")
        sizePolicy2.setHeightForWidth(self.milestoneCombo.sizePolicy().hasHeightForWidth())
        self.milestoneCombo.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.milestoneCombo)

        self.gateOutcomeComboLabel = QLabel(DecisionForm)
        self.gateOutcomeComboLabel.setObjectName(u"gateOutcomeComboLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.gateOutcomeComboLabel)

        self.gateOutcomeCombo = QComboBox(DecisionForm)
        self.gateOutcomeCombo.setObjectName(u"gateOutcomeCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.gateOutcomeCombo)

        self.gateOutcomeError = QLabel(DecisionForm)
        self.gateOutcomeError.setObjectName(u"gateOutcomeError")
        self.gateOutcomeError.setProperty(u"tone", u"error")
        self.gateOutcomeError.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.gateOutcomeError.sizePolicy().hasHeightForWidth())
        self.gateOutcomeError.setSizePolicy(sizePolicy1)
        self.gateOutcomeError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.gateOutcomeError)


        self.layout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.decisionDateEditLabel.setBuddy(self.decisionDateEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.optionsConsideredEditLabel.setBuddy(self.optionsConsideredEdit)
        self.decisionEditLabel.setBuddy(self.decisionEdit)
        self.rationaleEditLabel.setBuddy(self.rationaleEdit)
        self.decidedByComboLabel.setBuddy(self.decidedByCombo)
        self.milestoneComboLabel.setBuddy(self.milestoneCombo)
        self.gateOutcomeComboLabel.setBuddy(self.gateOutcomeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionForm)

        QMetaObject.connectSlotsByName(DecisionForm)
    # setupUi

    def retranslateUi(self, DecisionForm):
        DecisionForm.setWindowTitle(QCoreApplication.translate("DecisionForm", u"Decision", None))
        self.decisionDateEditLabel.setText(QCoreApplication.translate("DecisionForm", u"&Date:", None))
        self.titleEditLabel.setText(QCoreApplication.translate("DecisionForm", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DecisionForm", u"What was decided, in a few words", None))
        self.optionsConsideredEditLabel.setText(QCoreApplication.translate("DecisionForm", u"&Options considered:", None))
        self.optionsConsideredEdit.setPlaceholderText(QCoreApplication.translate("DecisionForm", u"The alternatives on the table", None))
        self.decisionEditLabel.setText(QCoreApplication.translate("DecisionForm", u"D&ecision:", None))
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("DecisionForm", u"The decision itself", None))
        self.rationaleEditLabel.setText(QCoreApplication.translate("DecisionForm", u"&Rationale:", None))
        self.rationaleEdit.setPlaceholderText(QCoreApplication.translate("DecisionForm", u"Why this option", None))
        self.decidedByComboLabel.setText(QCoreApplication.translate("DecisionForm", u"Decided &by:", None))
        self.milestoneComboLabel.setText(QCoreApplication.translate("DecisionForm", u"Decision &gate:", None))
        self.gateOutcomeComboLabel.setText(QCoreApplication.translate("DecisionForm", u"Gate o&utcome:", None))
    # retranslateUi
