# Generated from ui/engagement_channel.ui by tools/build_forms.py: do not edit, edit the .ui file.


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

class Ui_ChannelForm(object):
    def setupUi(self, ChannelForm):
        if not ChannelForm.objectName():
            ChannelForm.setObjectName(u"ChannelForm")
        ChannelForm.resize(460, 420)
        self.layout = QVBoxLayout(ChannelForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameEditLabel = QLabel(ChannelForm)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ChannelForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ChannelForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setProperty(u"tone", u"error")
        self.nameError.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nameError.sizePolicy().hasHeightForWidth())
        self.nameError.setSizePolicy(sizePolicy)
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindComboLabel = QLabel(ChannelForm)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(ChannelForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.purposeEditLabel = QLabel(ChannelForm)
        self.purposeEditLabel.setObjectName(u"purposeEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeEditLabel)

        self.purposeEdit = QPlainTextEdit(ChannelForm)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.cadenceComboLabel = QLabel(ChannelForm)
        self.cadenceComboLabel.setObjectName(u"cadenceComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cadenceComboLabel)

        self.cadenceCombo = QComboBox(ChannelForm)
        self.cadenceCombo.setObjectName(u"cadenceCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cadenceCombo)

        self.anchorDateEditLabel = QLabel(ChannelForm)
        self.anchorDateEditLabel.setObjectName(u"anchorDateEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.anchorDateEditLabel)

        self.anchorDateEdit = DateField(ChannelForm)
        self.anchorDateEdit.setObjectName(u"anchorDateEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.anchorDateEdit.sizePolicy().hasHeightForWidth())
        self.anchorDateEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.anchorDateEdit)

        self.anchorDateError = QLabel(ChannelForm)
        self.anchorDateError.setObjectName(u"anchorDateError")
        self.anchorDateError.setProperty(u"tone", u"error")
        self.anchorDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.anchorDateError.sizePolicy().hasHeightForWidth())
        self.anchorDateError.setSizePolicy(sizePolicy)
        self.anchorDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.anchorDateError)

        self.row7Label = QLabel(ChannelForm)
        self.row7Label.setObjectName(u"row7Label")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.row7Label)

        self.nextLabel = QLabel(ChannelForm)
        self.nextLabel.setObjectName(u"nextLabel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.nextLabel.sizePolicy().hasHeightForWidth())
        self.nextLabel.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nextLabel)

        self.ownerMemberComboLabel = QLabel(ChannelForm)
        self.ownerMemberComboLabel.setObjectName(u"ownerMemberComboLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ownerMemberComboLabel)

        self.ownerMemberCombo = QComboBox(ChannelForm)
        self.ownerMemberCombo.setObjectName(u"ownerMemberCombo")
        sizePolicy2.setHeightForWidth(self.ownerMemberCombo.sizePolicy().hasHeightForWidth())
        self.ownerMemberCombo.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ownerMemberCombo)

        self.ownerMemberIdError = QLabel(ChannelForm)
        self.ownerMemberIdError.setObjectName(u"ownerMemberIdError")
        self.ownerMemberIdError.setProperty(u"tone", u"error")
        self.ownerMemberIdError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.ownerMemberIdError.sizePolicy().hasHeightForWidth())
        self.ownerMemberIdError.setSizePolicy(sizePolicy)
        self.ownerMemberIdError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ownerMemberIdError)

        self.participantsEditLabel = QLabel(ChannelForm)
        self.participantsEditLabel.setObjectName(u"participantsEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.participantsEditLabel)

        self.participantsEdit = QPlainTextEdit(ChannelForm)
        self.participantsEdit.setObjectName(u"participantsEdit")
        self.participantsEdit.setTabChangesFocus(True)
        self.participantsEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.mediumEditLabel = QLabel(ChannelForm)
        self.mediumEditLabel.setObjectName(u"mediumEditLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.mediumEditLabel)

        self.mediumEdit = QLineEdit(ChannelForm)
        self.mediumEdit.setObjectName(u"mediumEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.mediumEdit)

        self.mediumError = QLabel(ChannelForm)
        self.mediumError.setObjectName(u"mediumError")
        self.mediumError.setProperty(u"tone", u"error")
        self.mediumError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.mediumError.sizePolicy().hasHeightForWidth())
        self.mediumError.setSizePolicy(sizePolicy)
        self.mediumError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.mediumError)


        self.layout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.purposeEditLabel.setBuddy(self.purposeEdit)
        self.cadenceComboLabel.setBuddy(self.cadenceCombo)
        self.anchorDateEditLabel.setBuddy(self.anchorDateEdit)
        self.ownerMemberComboLabel.setBuddy(self.ownerMemberCombo)
        self.participantsEditLabel.setBuddy(self.participantsEdit)
        self.mediumEditLabel.setBuddy(self.mediumEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChannelForm)

        QMetaObject.connectSlotsByName(ChannelForm)
    # setupUi

    def retranslateUi(self, ChannelForm):
        ChannelForm.setWindowTitle(QCoreApplication.translate("ChannelForm", u"Communication channel", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ChannelForm", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ChannelForm", u"e.g. Weekly project call", None))
        self.kindComboLabel.setText(QCoreApplication.translate("ChannelForm", u"&Kind:", None))
        self.purposeEditLabel.setText(QCoreApplication.translate("ChannelForm", u"&Purpose:", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("ChannelForm", u"What the channel is for", None))
        self.cadenceComboLabel.setText(QCoreApplication.translate("ChannelForm", u"&Cadence:", None))
        self.anchorDateEditLabel.setText(QCoreApplication.translate("ChannelForm", u"&First or last held:", None))
        self.row7Label.setText(QCoreApplication.translate("ChannelForm", u"Next:", None))
        self.ownerMemberComboLabel.setText(QCoreApplication.translate("ChannelForm", u"&Owner:", None))
        self.participantsEditLabel.setText(QCoreApplication.translate("ChannelForm", u"P&articipants:", None))
        self.participantsEdit.setPlaceholderText(QCoreApplication.translate("ChannelForm", u"Who takes part", None))
        self.mediumEditLabel.setText(QCoreApplication.translate("ChannelForm", u"&Medium:", None))
        self.mediumEdit.setPlaceholderText(QCoreApplication.translate("ChannelForm", u"e.g. Teams, on site, shared drive", None))
    # retranslateUi
