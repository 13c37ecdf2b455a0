# Generated from ui/engagement_datashare.ui by tools/build_forms.py: do not edit, edit the .ui file.


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

class Ui_DataShareForm(object):
    def setupUi(self, DataShareForm):
        if not DataShareForm.objectName():
            DataShareForm.setObjectName(u"DataShareForm")
        DataShareForm.resize(460, 420)
        self.layout = QVBoxLayout(DataShareForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.itemEditLabel = QLabel(DataShareForm)
        self.itemEditLabel.setObjectName(u"itemEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemEditLabel)

        self.itemEdit = QLineEdit(DataShareForm)
        self.itemEdit.setObjectName(u"itemEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemEdit)

        self.itemError = QLabel(DataShareForm)
        self.itemError.setObjectName(u"itemError")
        self.itemError.setProperty(u"tone", u"error")
        self.itemError.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.itemError.sizePolicy().hasHeightForWidth())
        self.itemError.setSizePolicy(sizePolicy)
        self.itemError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemError)

        self.directionComboLabel = QLabel(DataShareForm)
        self.directionComboLabel.setObjectName(u"directionComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionComboLabel)

        self.directionCombo = QComboBox(DataShareForm)
        self.directionCombo.setObjectName(u"directionCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.purposeEditLabel = QLabel(DataShareForm)
        self.purposeEditLabel.setObjectName(u"purposeEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeEditLabel)

        self.purposeEdit = QPlainTextEdit(DataShareForm)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setTabChangesFocus(True)
        self.purposeEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.reasonNeededEditLabel = QLabel(DataShareForm)
        self.reasonNeededEditLabel.setObjectName(u"reasonNeededEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonNeededEditLabel)

        self.reasonNeededEdit = QPlainTextEdit(DataShareForm)
        self.reasonNeededEdit.setObjectName(u"reasonNeededEdit")
        self.reasonNeededEdit.setTabChangesFocus(True)
        self.reasonNeededEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reasonNeededEdit)

        self.agreementComboLabel = QLabel(DataShareForm)
        self.agreementComboLabel.setObjectName(u"agreementComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreementComboLabel)

        self.agreementLayout = QVBoxLayout()
        self.agreementLayout.setSpacing(4)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementLayout.setContentsMargins(0, 0, 0, 0)
        self.agreementCombo = QComboBox(DataShareForm)
        self.agreementCombo.setObjectName(u"agreementCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.agreementCombo.sizePolicy().hasHeightForWidth())
        self.agreementCombo.setSizePolicy(sizePolicy1)

        self.agreementLayout.addWidget(self.agreementCombo)

        self.agreementRefEdit = QLineEdit(DataShareForm)
        self.agreementRefEdit.setObjectName(u"agreementRefEdit")

        self.agreementLayout.addWidget(self.agreementRefEdit)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.agreementLayout)

        self.agreementRefError = QLabel(DataShareForm)
        self.agreementRefError.setObjectName(u"agreementRefError")
        self.agreementRefError.setProperty(u"tone", u"error")
        self.agreementRefError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.agreementRefError.sizePolicy().hasHeightForWidth())
        self.agreementRefError.setSizePolicy(sizePolicy)
        self.agreementRefError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agreementRefError)

        self.restrictionsEditLabel = QLabel(DataShareForm)
        self.restrictionsEditLabel.setObjectName(u"restrictionsEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.restrictionsEditLabel)

        self.restrictionsEdit = QPlainTextEdit(DataShareForm)
        self.restrictionsEdit.setObjectName(u"restrictionsEdit")
        self.restrictionsEdit.setTabChangesFocus(True)
        self.restrictionsEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.restrictionsEdit)

        self.sharedDateEditLabel = QLabel(DataShareForm)
        self.sharedDateEditLabel.setObjectName(u"sharedDateEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sharedDateEditLabel)

        self.sharedDateEdit = DateField(DataShareForm)
        self.sharedDateEdit.setObjectName(u"sharedDateEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.sharedDateEdit.sizePolicy().hasHeightForWidth())
        self.sharedDateEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sharedDateEdit)

        self.sharedDateError = QLabel(DataShareForm)
        self.sharedDateError.setObjectName(u"sharedDateError")
        self.sharedDateError.setProperty(u"tone", u"error")
        self.sharedDateError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.sharedDateError.sizePolicy().hasHeightForWidth())
        self.sharedDateError.setSizePolicy(sizePolicy)
        self.sharedDateError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sharedDateError)

        self.sharedByEditLabel = QLabel(DataShareForm)
        self.sharedByEditLabel.setObjectName(u"sharedByEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sharedByEditLabel)

        self.sharedByEdit = QLineEdit(DataShareForm)
        self.sharedByEdit.setObjectName(u"sharedByEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sharedByEdit)

        self.sharedByError = QLabel(DataShareForm)
        self.sharedByError.setObjectName(u"sharedByError")
        self.sharedByError.setProperty(u"tone", u"error")
        self.sharedByError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.sharedByError.sizePolicy().hasHeightForWidth())
        self.sharedByError.setSizePolicy(sizePolicy)
        self.sharedByError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sharedByError)


        self.layout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.itemEditLabel.setBuddy(self.itemEdit)
        self.directionComboLabel.setBuddy(self.directionCombo)
        self.purposeEditLabel.setBuddy(self.purposeEdit)
        self.reasonNeededEditLabel.setBuddy(self.reasonNeededEdit)
        self.agreementComboLabel.setBuddy(self.agreementCombo)
        self.restrictionsEditLabel.setBuddy(self.restrictionsEdit)
        self.sharedDateEditLabel.setBuddy(self.sharedDateEdit)
        self.sharedByEditLabel.setBuddy(self.sharedByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DataShareForm)

        QMetaObject.connectSlotsByName(DataShareForm)
    # setupUi

    def retranslateUi(self, DataShareForm):
        DataShareForm.setWindowTitle(QCoreApplication.translate("DataShareForm", u"Information shared", None))
        self.itemEditLabel.setText(QCoreApplication.translate("DataShareForm", u"&Item:", None))
        self.itemEdit.setPlaceholderText(QCoreApplication.translate("DataShareForm", u"e.g. In-vitro potency data for series B", None))
        self.directionComboLabel.setText(QCoreApplication.translate("DataShareForm", u"&Direction:", None))
        self.purposeEditLabel.setText(QCoreApplication.translate("DataShareForm", u"&Purpose:", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("DataShareForm", u"What it is used for", None))
        self.reasonNeededEditLabel.setText(QCoreApplication.translate("DataShareForm", u"&Why the partner needs it:", None))
        self.reasonNeededEdit.setPlaceholderText(QCoreApplication.translate("DataShareForm", u"The reason behind the request", None))
        self.agreementComboLabel.setText(QCoreApplication.translate("DataShareForm", u"&Agreement:", None))
        self.agreementRefEdit.setPlaceholderText(QCoreApplication.translate("DataShareForm", u"\u2026or a reference in words (e.g. CDA 2025-14, clause 4)", None))
        self.restrictionsEditLabel.setText(QCoreApplication.translate("DataShareForm", u"&Restrictions:", None))
        self.restrictionsEdit.setPlaceholderText(QCoreApplication.translate("DataShareForm", u"Use limits, who may see it, retention", None))
        self.sharedDateEditLabel.setText(QCoreApplication.translate("DataShareForm", u"Da&te:", None))
        self.sharedByEditLabel.setText(QCoreApplication.translate("DataShareForm", u"Shared &by:", None))
        self.sharedByEdit.setPlaceholderText(QCoreApplication.translate("DataShareForm", u"Person who sent or received it", None))
    # retranslateUi
