# Generated from ui/partner_site.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from cdmo_desktop.gui.partners.zone_picker import TimeZonePicker
from cdmo_desktop.gui.widgets.fields import CountryPicker

class Ui_PartnerSiteDialog(object):
    def setupUi(self, PartnerSiteDialog):
        if not PartnerSiteDialog.objectName():
            PartnerSiteDialog.setObjectName(u"PartnerSiteDialog")
        PartnerSiteDialog.resize(460, 420)
        PartnerSiteDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PartnerSiteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PartnerSiteDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(PartnerSiteDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(PartnerSiteDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #B71C1C;")

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.cityLabel = QLabel(PartnerSiteDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(PartnerSiteDialog)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.countryLabel = QLabel(PartnerSiteDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryBox = QVBoxLayout()
        self.countryBox.setSpacing(2)
        self.countryBox.setObjectName(u"countryBox")
        self.countryCombo = CountryPicker(PartnerSiteDialog)
        self.countryCombo.setObjectName(u"countryCombo")

        self.countryBox.addWidget(self.countryCombo)

        self.countryError = QLabel(PartnerSiteDialog)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setWordWrap(True)
        self.countryError.setStyleSheet(u"color: #B71C1C;")

        self.countryBox.addWidget(self.countryError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.countryBox)

        self.timeZoneLabel = QLabel(PartnerSiteDialog)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneBox = QVBoxLayout()
        self.timeZoneBox.setSpacing(2)
        self.timeZoneBox.setObjectName(u"timeZoneBox")
        self.timeZoneCombo = TimeZonePicker(PartnerSiteDialog)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")

        self.timeZoneBox.addWidget(self.timeZoneCombo)

        self.timeZoneError = QLabel(PartnerSiteDialog)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setWordWrap(True)
        self.timeZoneError.setStyleSheet(u"color: #B71C1C;")

        self.timeZoneBox.addWidget(self.timeZoneError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeZoneBox)

        self.addressLabel = QLabel(PartnerSiteDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(PartnerSiteDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 64))
        self.addressEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.capabilitiesLabel = QLabel(PartnerSiteDialog)
        self.capabilitiesLabel.setObjectName(u"capabilitiesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capabilitiesLabel)

        self.capabilitiesEdit = QLineEdit(PartnerSiteDialog)
        self.capabilitiesEdit.setObjectName(u"capabilitiesEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capabilitiesEdit)

        self.notesLabel = QLabel(PartnerSiteDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PartnerSiteDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(PartnerSiteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.capabilitiesLabel.setBuddy(self.capabilitiesEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerSiteDialog)
        self.buttonBox.accepted.connect(PartnerSiteDialog.accept)
        self.buttonBox.rejected.connect(PartnerSiteDialog.reject)

        QMetaObject.connectSlotsByName(PartnerSiteDialog)
    # setupUi

    def retranslateUi(self, PartnerSiteDialog):
        PartnerSiteDialog.setWindowTitle(QCoreApplication.translate("PartnerSiteDialog", u"Site", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Name *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartnerSiteDialog", u"e.g. Visp API plant", None))
        self.cityLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"City", None))
        self.countryLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Country", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Time zone", None))
        self.addressLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Address", None))
        self.capabilitiesLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Capabilities", None))
        self.capabilitiesEdit.setPlaceholderText(QCoreApplication.translate("PartnerSiteDialog", u"e.g. GMP API manufacturing; kilo lab", None))
        self.notesLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Notes", None))
    # retranslateUi
