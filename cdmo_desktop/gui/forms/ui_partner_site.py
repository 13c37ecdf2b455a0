# Generated from ui/partner_site.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from cdmo_desktop.gui.partners.zone_picker import TimeZonePicker
from cdmo_desktop.gui.widgets.fields import CountryPicker

class Ui_PartnerSiteDialog(object):
    def setupUi(self, PartnerSiteDialog):
        if not PartnerSiteDialog.objectName():
            PartnerSiteDialog.setObjectName(u"PartnerSiteDialog")
        PartnerSiteDialog.resize(820, 440)
        PartnerSiteDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PartnerSiteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
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
        self.nameError.setProperty(u"tone", u"error")

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
        self.countryError.setProperty(u"tone", u"error")

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
        self.timeZoneError.setProperty(u"tone", u"error")

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

        self.notesLabel = QLabel(PartnerSiteDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PartnerSiteDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.leftColumn.addLayout(self.form)

        self.leftColumnSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnSpacer)


        self.columns.addLayout(self.leftColumn)

        self.tagsGroup = QGroupBox(PartnerSiteDialog)
        self.tagsGroup.setObjectName(u"tagsGroup")
        self.tagsLayout = QVBoxLayout(self.tagsGroup)
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.capabilityLabel = QLabel(self.tagsGroup)
        self.capabilityLabel.setObjectName(u"capabilityLabel")

        self.tagsLayout.addWidget(self.capabilityLabel)

        self.capabilityList = QListWidget(self.tagsGroup)
        self.capabilityList.setObjectName(u"capabilityList")
        self.capabilityList.setMinimumSize(QSize(0, 84))
        self.capabilityList.setMaximumSize(QSize(16777215, 84))
        self.capabilityList.setFlow(QListView.Flow.LeftToRight)
        self.capabilityList.setResizeMode(QListView.ResizeMode.Adjust)
        self.capabilityList.setSpacing(2)
        self.capabilityList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.tagsLayout.addWidget(self.capabilityList)

        self.capabilityAddLayout = QHBoxLayout()
        self.capabilityAddLayout.setObjectName(u"capabilityAddLayout")
        self.capabilityEdit = QLineEdit(self.tagsGroup)
        self.capabilityEdit.setObjectName(u"capabilityEdit")
        self.capabilityEdit.setClearButtonEnabled(True)

        self.capabilityAddLayout.addWidget(self.capabilityEdit)

        self.capabilityAddButton = QPushButton(self.tagsGroup)
        self.capabilityAddButton.setObjectName(u"capabilityAddButton")

        self.capabilityAddLayout.addWidget(self.capabilityAddButton)


        self.tagsLayout.addLayout(self.capabilityAddLayout)

        self.scaleLabel = QLabel(self.tagsGroup)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.tagsLayout.addWidget(self.scaleLabel)

        self.scaleList = QListWidget(self.tagsGroup)
        self.scaleList.setObjectName(u"scaleList")
        self.scaleList.setMinimumSize(QSize(0, 30))
        self.scaleList.setMaximumSize(QSize(16777215, 30))
        self.scaleList.setFlow(QListView.Flow.LeftToRight)
        self.scaleList.setResizeMode(QListView.ResizeMode.Adjust)
        self.scaleList.setSpacing(2)
        self.scaleList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.tagsLayout.addWidget(self.scaleList)

        self.scaleAddLayout = QHBoxLayout()
        self.scaleAddLayout.setObjectName(u"scaleAddLayout")
        self.scaleEdit = QLineEdit(self.tagsGroup)
        self.scaleEdit.setObjectName(u"scaleEdit")
        self.scaleEdit.setClearButtonEnabled(True)

        self.scaleAddLayout.addWidget(self.scaleEdit)

        self.scaleAddButton = QPushButton(self.tagsGroup)
        self.scaleAddButton.setObjectName(u"scaleAddButton")

        self.scaleAddLayout.addWidget(self.scaleAddButton)


        self.tagsLayout.addLayout(self.scaleAddLayout)

        self.platformLabel = QLabel(self.tagsGroup)
        self.platformLabel.setObjectName(u"platformLabel")

        self.tagsLayout.addWidget(self.platformLabel)

        self.platformList = QListWidget(self.tagsGroup)
        self.platformList.setObjectName(u"platformList")
        self.platformList.setMinimumSize(QSize(0, 60))
        self.platformList.setMaximumSize(QSize(16777215, 60))
        self.platformList.setFlow(QListView.Flow.LeftToRight)
        self.platformList.setResizeMode(QListView.ResizeMode.Adjust)
        self.platformList.setSpacing(2)
        self.platformList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.tagsLayout.addWidget(self.platformList)

        self.platformAddLayout = QHBoxLayout()
        self.platformAddLayout.setObjectName(u"platformAddLayout")
        self.platformEdit = QLineEdit(self.tagsGroup)
        self.platformEdit.setObjectName(u"platformEdit")
        self.platformEdit.setClearButtonEnabled(True)

        self.platformAddLayout.addWidget(self.platformEdit)

        self.platformAddButton = QPushButton(self.tagsGroup)
        self.platformAddButton.setObjectName(u"platformAddButton")

        self.platformAddLayout.addWidget(self.platformAddButton)


        self.tagsLayout.addLayout(self.platformAddLayout)


        self.columns.addWidget(self.tagsGroup)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.dialogLayout.addLayout(self.columns)

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
        self.notesLabel.setBuddy(self.notesEdit)
        self.capabilityLabel.setBuddy(self.capabilityEdit)
        self.scaleLabel.setBuddy(self.scaleEdit)
        self.platformLabel.setBuddy(self.platformEdit)
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
        self.notesLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Notes", None))
        self.tagsGroup.setTitle(QCoreApplication.translate("PartnerSiteDialog", u"What the site does", None))
        self.capabilityLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Capabilities (tick the standard ones, add your own):", None))
        self.capabilityEdit.setPlaceholderText(QCoreApplication.translate("PartnerSiteDialog", u"Add a capability, e.g. kilo lab\u2026", None))
        self.capabilityAddButton.setText(QCoreApplication.translate("PartnerSiteDialog", u"Add", None))
        self.scaleLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Scales:", None))
        self.scaleEdit.setPlaceholderText(QCoreApplication.translate("PartnerSiteDialog", u"Add a scale, e.g. 2000 L\u2026", None))
        self.scaleAddButton.setText(QCoreApplication.translate("PartnerSiteDialog", u"Add", None))
        self.platformLabel.setText(QCoreApplication.translate("PartnerSiteDialog", u"Technology platforms:", None))
        self.platformEdit.setPlaceholderText(QCoreApplication.translate("PartnerSiteDialog", u"Add a platform\u2026", None))
        self.platformAddButton.setText(QCoreApplication.translate("PartnerSiteDialog", u"Add", None))
    # retranslateUi
