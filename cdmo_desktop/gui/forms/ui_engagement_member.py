# Generated from ui/engagement_member.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_MemberForm(object):
    def setupUi(self, MemberForm):
        if not MemberForm.objectName():
            MemberForm.setObjectName(u"MemberForm")
        MemberForm.resize(460, 420)
        self.layout = QVBoxLayout(MemberForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.contactComboLabel = QLabel(MemberForm)
        self.contactComboLabel.setObjectName(u"contactComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactComboLabel)

        self.contactCombo = QComboBox(MemberForm)
        self.contactCombo.setObjectName(u"contactCombo")
        self.contactCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contactCombo.setMinimumContentsLength(12)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.nameEditLabel = QLabel(MemberForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(MemberForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(MemberForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"tone", u"error")
        self.nameError.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nameError.sizePolicy().hasHeightForWidth())
        self.nameError.setSizePolicy(sizePolicy)
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.sideComboLabel = QLabel(MemberForm)
        self.sideComboLabel.setObjectName(u"sideComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sideComboLabel)

        self.sideCombo = QComboBox(MemberForm)
        self.sideCombo.setObjectName(u"sideCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sideCombo)

        self.organisationEditLabel = QLabel(MemberForm)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organisationEditLabel)

        self.organisationEdit = QLineEdit(MemberForm)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.organisationError = QLabel(MemberForm)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setProperty(u"tone", u"error")
        self.organisationError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.organisationError.sizePolicy().hasHeightForWidth())
        self.organisationError.setSizePolicy(sizePolicy)
        self.organisationError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisationError)

        self.roleEditLabel = QLabel(MemberForm)
        self.roleEditLabel.setObjectName(u"roleEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.roleEditLabel)

        self.roleEdit = QLineEdit(MemberForm)
        self.roleEdit.setObjectName(u"roleEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.roleError = QLabel(MemberForm)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setProperty(u"tone", u"error")
        self.roleError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.roleError.sizePolicy().hasHeightForWidth())
        self.roleError.setSizePolicy(sizePolicy)
        self.roleError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.emailEditLabel = QLabel(MemberForm)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(MemberForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(MemberForm)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setProperty(u"tone", u"error")
        self.emailError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.emailError.sizePolicy().hasHeightForWidth())
        self.emailError.setSizePolicy(sizePolicy)
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneEditLabel = QLabel(MemberForm)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(MemberForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = QLabel(MemberForm)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setProperty(u"tone", u"error")
        self.phoneError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.phoneError.sizePolicy().hasHeightForWidth())
        self.phoneError.setSizePolicy(sizePolicy)
        self.phoneError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.isDecisionMakerCheckLabel = QLabel(MemberForm)
        self.isDecisionMakerCheckLabel.setObjectName(u"isDecisionMakerCheckLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.isDecisionMakerCheckLabel)

        self.isDecisionMakerCheck = QCheckBox(MemberForm)
        self.isDecisionMakerCheck.setObjectName(u"isDecisionMakerCheck")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.isDecisionMakerCheck)


        self.layout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.contactComboLabel.setBuddy(self.contactCombo)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.sideComboLabel.setBuddy(self.sideCombo)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.roleEditLabel.setBuddy(self.roleEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.isDecisionMakerCheckLabel.setBuddy(self.isDecisionMakerCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberForm)

        QMetaObject.connectSlotsByName(MemberForm)
    # setupUi

    def retranslateUi(self, MemberForm):
        MemberForm.setWindowTitle(QCoreApplication.translate("MemberForm", u"Team member", None))
        self.contactComboLabel.setText(QCoreApplication.translate("MemberForm", u"From &contacts:", None))
#if QT_CONFIG(tooltip)
        self.contactCombo.setToolTip(QCoreApplication.translate("MemberForm", u"Pick someone from the client's or the partner's contacts: name, side, organisation, role, email and phone are filled in", None))
#endif // QT_CONFIG(tooltip)
        self.nameEditLabel.setText(QCoreApplication.translate("MemberForm", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"First and last name", None))
        self.sideComboLabel.setText(QCoreApplication.translate("MemberForm", u"&Side:", None))
        self.organisationEditLabel.setText(QCoreApplication.translate("MemberForm", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"Company", None))
        self.roleEditLabel.setText(QCoreApplication.translate("MemberForm", u"&Role:", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"e.g. Project manager, QA lead", None))
        self.emailEditLabel.setText(QCoreApplication.translate("MemberForm", u"&Email:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"name@example.com", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("MemberForm", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberForm", u"+41 61 000 00 00", None))
        self.isDecisionMakerCheckLabel.setText("")
        self.isDecisionMakerCheck.setText(QCoreApplication.translate("MemberForm", u"Takes the &decisions for this side", None))
    # retranslateUi
