# Generated from ui/engagement_action.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from cdmo_desktop.gui.widgets.fields import DateField

class Ui_ActionForm(object):
    def setupUi(self, ActionForm):
        if not ActionForm.objectName():
            ActionForm.setObjectName(u"ActionForm")
        ActionForm.resize(460, 420)
        self.layout = QVBoxLayout(ActionForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.descriptionEditLabel = QLabel(ActionForm)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(ActionForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(ActionForm)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setProperty(u"tone", u"error")
        self.descriptionError.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.descriptionError.sizePolicy().hasHeightForWidth())
        self.descriptionError.setSizePolicy(sizePolicy)
        self.descriptionError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.ownerComboLabel = QLabel(ActionForm)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerComboLabel)

        self.ownerCombo = QComboBox(ActionForm)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.ownerCombo.sizePolicy().hasHeightForWidth())
        self.ownerCombo.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.ownerError = QLabel(ActionForm)
        self.ownerError.setObjectName(u"ownerError")
        self.ownerError.setProperty(u"tone", u"error")
        self.ownerError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.ownerError.sizePolicy().hasHeightForWidth())
        self.ownerError.setSizePolicy(sizePolicy)
        self.ownerError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerError)

        self.dueDateEditLabel = QLabel(ActionForm)
        self.dueDateEditLabel.setObjectName(u"dueDateEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueDateEditLabel)

        self.dueDateEdit = DateField(ActionForm)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.dueDateEdit.sizePolicy().hasHeightForWidth())
        self.dueDateEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueDateEdit)

        self.dueDateError = QLabel(ActionForm)
        self.dueDateError.setObjectName(u"dueDateError")
        self.dueDateError.setProperty(u"tone", u"error")
        self.dueDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.dueDateError.sizePolicy().hasHeightForWidth())
        self.dueDateError.setSizePolicy(sizePolicy)
        self.dueDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueDateError)

        self.statusComboLabel = QLabel(ActionForm)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(ActionForm)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.sourceComboLabel = QLabel(ActionForm)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sourceComboLabel)

        self.sourceCombo = QComboBox(ActionForm)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.raisedByComboLabel = QLabel(ActionForm)
        self.raisedByComboLabel.setObjectName(u"raisedByComboLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.raisedByComboLabel)

        self.raisedByCombo = QComboBox(ActionForm)
        self.raisedByCombo.setObjectName(u"raisedByCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.raisedByCombo)

        self.raisedDateEditLabel = QLabel(ActionForm)
        self.raisedDateEditLabel.setObjectName(u"raisedDateEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.raisedDateEditLabel)

        self.raisedDateEdit = DateField(ActionForm)
        self.raisedDateEdit.setObjectName(u"raisedDateEdit")
        sizePolicy2.setHeightForWidth(self.raisedDateEdit.sizePolicy().hasHeightForWidth())
        self.raisedDateEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.raisedDateEdit)

        self.raisedDateError = QLabel(ActionForm)
        self.raisedDateError.setObjectName(u"raisedDateError")
        self.raisedDateError.setProperty(u"tone", u"error")
        self.raisedDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.raisedDateError.sizePolicy().hasHeightForWidth())
        self.raisedDateError.setSizePolicy(sizePolicy)
        self.raisedDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.raisedDateError)

        self.closedDateEditLabel = QLabel(ActionForm)
        self.closedDateEditLabel.setObjectName(u"closedDateEditLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.closedDateEditLabel)

        self.closedDateEdit = DateField(ActionForm)
        self.closedDateEdit.setObjectName(u"closedDateEdit")
        sizePolicy2.setHeightForWidth(self.closedDateEdit.sizePolicy().hasHeightForWidth())
        self.closedDateEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.closedDateEdit)

        self.closedDateError = QLabel(ActionForm)
        self.closedDateError.setObjectName(u"closedDateError")
        self.closedDateError.setProperty(u"tone", u"error")
        self.closedDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.closedDateError.sizePolicy().hasHeightForWidth())
        self.closedDateError.setSizePolicy(sizePolicy)
        self.closedDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.closedDateError)

        self.notesEditLabel = QLabel(ActionForm)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(ActionForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.dueDateEditLabel.setBuddy(self.dueDateEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.raisedByComboLabel.setBuddy(self.raisedByCombo)
        self.raisedDateEditLabel.setBuddy(self.raisedDateEdit)
        self.closedDateEditLabel.setBuddy(self.closedDateEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionForm)

        QMetaObject.connectSlotsByName(ActionForm)
    # setupUi

    def retranslateUi(self, ActionForm):
        ActionForm.setWindowTitle(QCoreApplication.translate("ActionForm", u"Action item", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("ActionForm", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ActionForm", u"What needs doing", None))
        self.ownerComboLabel.setText(QCoreApplication.translate("ActionForm", u"&Owner:", None))
        self.dueDateEditLabel.setText(QCoreApplication.translate("ActionForm", u"D&ue:", None))
        self.statusComboLabel.setText(QCoreApplication.translate("ActionForm", u"&Status:", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("ActionForm", u"So&urce:", None))
        self.raisedByComboLabel.setText(QCoreApplication.translate("ActionForm", u"&Raised by:", None))
        self.raisedDateEditLabel.setText(QCoreApplication.translate("ActionForm", u"Raised o&n:", None))
        self.closedDateEditLabel.setText(QCoreApplication.translate("ActionForm", u"&Closed on:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("ActionForm", u"No&tes:", None))
    # retranslateUi
