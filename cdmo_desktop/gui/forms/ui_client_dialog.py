# Generated from ui/client_dialog.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fields import CountryPicker

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        ClientDialog.resize(620, 560)
        self.layout = QVBoxLayout(ClientDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameEditLabel = QLabel(ClientDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ClientDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ClientDialog)
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

        self.legalNameEditLabel = QLabel(ClientDialog)
        self.legalNameEditLabel.setObjectName(u"legalNameEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalNameEditLabel)

        self.legalNameEdit = QLineEdit(ClientDialog)
        self.legalNameEdit.setObjectName(u"legalNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalNameEdit)

        self.legalNameError = QLabel(ClientDialog)
        self.legalNameError.setObjectName(u"legalNameError")
        self.legalNameError.setProperty(u"tone", u"error")
        self.legalNameError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.legalNameError.sizePolicy().hasHeightForWidth())
        self.legalNameError.setSizePolicy(sizePolicy)
        self.legalNameError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legalNameError)

        self.registeredAddressEditLabel = QLabel(ClientDialog)
        self.registeredAddressEditLabel.setObjectName(u"registeredAddressEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.registeredAddressEditLabel)

        self.registeredAddressEdit = QPlainTextEdit(ClientDialog)
        self.registeredAddressEdit.setObjectName(u"registeredAddressEdit")
        self.registeredAddressEdit.setTabChangesFocus(True)
        self.registeredAddressEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.registeredAddressEdit)

        self.countryComboLabel = QLabel(ClientDialog)
        self.countryComboLabel.setObjectName(u"countryComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.countryComboLabel)

        self.countryCombo = CountryPicker(ClientDialog)
        self.countryCombo.setObjectName(u"countryCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.countryError = QLabel(ClientDialog)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setProperty(u"tone", u"error")
        self.countryError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.countryError.sizePolicy().hasHeightForWidth())
        self.countryError.setSizePolicy(sizePolicy)
        self.countryError.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.countryError)

        self.notesEditLabel = QLabel(ClientDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(ClientDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.layout.addLayout(self.formLayout)

        self.contactsGroup = QGroupBox(ClientDialog)
        self.contactsGroup.setObjectName(u"contactsGroup")
        self.contactsLayout = QVBoxLayout(self.contactsGroup)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableWidget(self.contactsGroup)
        if (self.contactsTable.columnCount() < 4):
            self.contactsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setMinimumSize(QSize(0, 120))
        self.contactsTable.horizontalHeader().setStretchLastSection(True)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setSpacing(6)
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactButtons.setContentsMargins(0, 0, 0, 0)
        self.addContactButton = QPushButton(self.contactsGroup)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsGroup)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.contactsLayout.addLayout(self.contactButtons)

        self.contactsError = QLabel(self.contactsGroup)
        self.contactsError.setObjectName(u"contactsError")
        self.contactsError.setProperty(u"tone", u"error")
        self.contactsError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.contactsError.sizePolicy().hasHeightForWidth())
        self.contactsError.setSizePolicy(sizePolicy)
        self.contactsError.setTextFormat(Qt.TextFormat.PlainText)

        self.contactsLayout.addWidget(self.contactsError)


        self.layout.addWidget(self.contactsGroup)

        self.buttonBox = QDialogButtonBox(ClientDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.legalNameEditLabel.setBuddy(self.legalNameEdit)
        self.registeredAddressEditLabel.setBuddy(self.registeredAddressEdit)
        self.countryComboLabel.setBuddy(self.countryCombo)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDialog)
        self.buttonBox.rejected.connect(ClientDialog.reject)

        QMetaObject.connectSlotsByName(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"Client", None))
        self.nameEditLabel.setText(QCoreApplication.translate("ClientDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Name used day to day, e.g. Helix Bio", None))
        self.legalNameEditLabel.setText(QCoreApplication.translate("ClientDialog", u"&Legal name:", None))
        self.legalNameEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"As on contracts, e.g. Helix Biotherapeutics Inc.", None))
        self.registeredAddressEditLabel.setText(QCoreApplication.translate("ClientDialog", u"Registered &address:", None))
        self.registeredAddressEdit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"Street, city, postcode, country", None))
        self.countryComboLabel.setText(QCoreApplication.translate("ClientDialog", u"C&ountry:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("ClientDialog", u"N&otes:", None))
        self.contactsGroup.setTitle(QCoreApplication.translate("ClientDialog", u"Contacts", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClientDialog", u"Name", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClientDialog", u"Role", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClientDialog", u"Email", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClientDialog", u"Phone", None))
        self.addContactButton.setText(QCoreApplication.translate("ClientDialog", u"&Add contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("ClientDialog", u"&Remove contact", None))
    # retranslateUi
