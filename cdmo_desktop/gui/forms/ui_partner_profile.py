# Generated from ui/partner_profile.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from cdmo_desktop.gui.partners.zone_picker import TimeZonePicker
from cdmo_desktop.gui.widgets.fields import (CountryPicker, DateField)
from cdmo_desktop.gui.widgets.fitting import (ElidedLabel, VerticalScrollArea, WrappedLabel)

class Ui_PartnerProfile(object):
    def setupUi(self, PartnerProfile):
        if not PartnerProfile.objectName():
            PartnerProfile.setObjectName(u"PartnerProfile")
        PartnerProfile.resize(1100, 760)
        self.rootLayout = QVBoxLayout(PartnerProfile)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(8, 8, 8, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(0)
        self.titleBox.setObjectName(u"titleBox")
        self.titleLabel = ElidedLabel(PartnerProfile)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.titleBox.addWidget(self.titleLabel)

        self.subtitleLabel = ElidedLabel(PartnerProfile)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setProperty(u"tone", u"muted")

        self.titleBox.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleBox)

        self.actionsBox = QVBoxLayout()
        self.actionsBox.setSpacing(2)
        self.actionsBox.setObjectName(u"actionsBox")
        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.headerSpacer)

        self.newButton = QPushButton(PartnerProfile)
        self.newButton.setObjectName(u"newButton")

        self.buttonsRow.addWidget(self.newButton)

        self.archiveButton = QPushButton(PartnerProfile)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonsRow.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(PartnerProfile)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonsRow.addWidget(self.restoreButton)

        self.revertButton = QPushButton(PartnerProfile)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(PartnerProfile)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsRow.addWidget(self.saveButton)


        self.actionsBox.addLayout(self.buttonsRow)

        self.problemsLabel = ElidedLabel(PartnerProfile)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setProperty(u"tone", u"error")
        self.problemsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problemsLabel.sizePolicy().hasHeightForWidth())
        self.problemsLabel.setSizePolicy(sizePolicy)

        self.actionsBox.addWidget(self.problemsLabel)


        self.headerLayout.addLayout(self.actionsBox)

        self.headerLayout.setStretch(0, 1)

        self.rootLayout.addLayout(self.headerLayout)

        self.bannerLabel = QLabel(PartnerProfile)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setProperty(u"tone", u"warning-box")

        self.rootLayout.addWidget(self.bannerLabel)

        self.tabs = QTabWidget(PartnerProfile)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayoutOuter = QVBoxLayout(self.overviewTab)
        self.overviewLayoutOuter.setObjectName(u"overviewLayoutOuter")
        self.overviewLayoutOuter.setContentsMargins(0, 0, 0, 0)
        self.overviewScroll = VerticalScrollArea(self.overviewTab)
        self.overviewScroll.setObjectName(u"overviewScroll")
        self.overviewContents = QWidget()
        self.overviewContents.setObjectName(u"overviewContents")
        self.overviewLayout = QHBoxLayout(self.overviewContents)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLeft = QVBoxLayout()
        self.overviewLeft.setObjectName(u"overviewLeft")
        self.engagementsGroup = QGroupBox(self.overviewContents)
        self.engagementsGroup.setObjectName(u"engagementsGroup")
        self.engagementsLayout = QVBoxLayout(self.engagementsGroup)
        self.engagementsLayout.setObjectName(u"engagementsLayout")
        self.engagementsEmptyLabel = QLabel(self.engagementsGroup)
        self.engagementsEmptyLabel.setObjectName(u"engagementsEmptyLabel")
        self.engagementsEmptyLabel.setProperty(u"tone", u"muted")

        self.engagementsLayout.addWidget(self.engagementsEmptyLabel)

        self.engagementsTable = QTableView(self.engagementsGroup)
        self.engagementsTable.setObjectName(u"engagementsTable")
        self.engagementsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.engagementsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.engagementsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.engagementsTable.setAlternatingRowColors(True)

        self.engagementsLayout.addWidget(self.engagementsTable)


        self.overviewLeft.addWidget(self.engagementsGroup)

        self.milestonesGroup = QGroupBox(self.overviewContents)
        self.milestonesGroup.setObjectName(u"milestonesGroup")
        self.milestonesLayout = QVBoxLayout(self.milestonesGroup)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestonesEmptyLabel = QLabel(self.milestonesGroup)
        self.milestonesEmptyLabel.setObjectName(u"milestonesEmptyLabel")
        self.milestonesEmptyLabel.setProperty(u"tone", u"muted")

        self.milestonesLayout.addWidget(self.milestonesEmptyLabel)

        self.milestonesTable = QTableView(self.milestonesGroup)
        self.milestonesTable.setObjectName(u"milestonesTable")
        self.milestonesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestonesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestonesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestonesTable.setAlternatingRowColors(True)

        self.milestonesLayout.addWidget(self.milestonesTable)


        self.overviewLeft.addWidget(self.milestonesGroup)


        self.overviewLayout.addLayout(self.overviewLeft)

        self.overviewRight = QVBoxLayout()
        self.overviewRight.setObjectName(u"overviewRight")
        self.glanceGroup = QGroupBox(self.overviewContents)
        self.glanceGroup.setObjectName(u"glanceGroup")
        self.glanceLayout = QVBoxLayout(self.glanceGroup)
        self.glanceLayout.setObjectName(u"glanceLayout")
        self.glanceLabel = WrappedLabel(self.glanceGroup)
        self.glanceLabel.setObjectName(u"glanceLabel")
        self.glanceLabel.setWordWrap(True)
        self.glanceLabel.setTextFormat(Qt.TextFormat.RichText)
        self.glanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.glanceLayout.addWidget(self.glanceLabel)


        self.overviewRight.addWidget(self.glanceGroup)

        self.risksGroup = QGroupBox(self.overviewContents)
        self.risksGroup.setObjectName(u"risksGroup")
        self.risksLayout = QVBoxLayout(self.risksGroup)
        self.risksLayout.setObjectName(u"risksLayout")
        self.risksLabel = WrappedLabel(self.risksGroup)
        self.risksLabel.setObjectName(u"risksLabel")
        self.risksLabel.setWordWrap(True)
        self.risksLabel.setTextFormat(Qt.TextFormat.RichText)

        self.risksLayout.addWidget(self.risksLabel)


        self.overviewRight.addWidget(self.risksGroup)

        self.changesGroup = QGroupBox(self.overviewContents)
        self.changesGroup.setObjectName(u"changesGroup")
        self.changesLayout = QVBoxLayout(self.changesGroup)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesTable = QTableView(self.changesGroup)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changesTable.setAlternatingRowColors(True)

        self.changesLayout.addWidget(self.changesTable)


        self.overviewRight.addWidget(self.changesGroup)

        self.overviewRight.setStretch(2, 1)

        self.overviewLayout.addLayout(self.overviewRight)

        self.overviewLayout.setStretch(0, 3)
        self.overviewLayout.setStretch(1, 2)
        self.overviewScroll.setWidget(self.overviewContents)

        self.overviewLayoutOuter.addWidget(self.overviewScroll)

        self.tabs.addTab(self.overviewTab, "")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileTabLayout = QVBoxLayout(self.profileTab)
        self.profileTabLayout.setObjectName(u"profileTabLayout")
        self.profileTabLayout.setContentsMargins(0, 0, 0, 0)
        self.profileScroll = VerticalScrollArea(self.profileTab)
        self.profileScroll.setObjectName(u"profileScroll")
        self.profileContents = QWidget()
        self.profileContents.setObjectName(u"profileContents")
        self.profileColumns = QHBoxLayout(self.profileContents)
        self.profileColumns.setObjectName(u"profileColumns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.identityGroup = QGroupBox(self.profileContents)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"tone", u"error")

        self.nameBox.addWidget(self.nameError)

        self.nameWarning = QLabel(self.identityGroup)
        self.nameWarning.setObjectName(u"nameWarning")
        self.nameWarning.setWordWrap(True)
        self.nameWarning.setProperty(u"tone", u"warning")

        self.nameBox.addWidget(self.nameWarning)


        self.identityForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.legalNameLabel = QLabel(self.identityGroup)
        self.legalNameLabel.setObjectName(u"legalNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legalNameLabel)

        self.legalNameEdit = QLineEdit(self.identityGroup)
        self.legalNameEdit.setObjectName(u"legalNameEdit")
        self.legalNameEdit.setMaxLength(300)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legalNameEdit)

        self.kindLabel = QLabel(self.identityGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.identityGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.websiteLabel = QLabel(self.identityGroup)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteBox = QVBoxLayout()
        self.websiteBox.setSpacing(2)
        self.websiteBox.setObjectName(u"websiteBox")
        self.websiteEdit = QLineEdit(self.identityGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(300)

        self.websiteBox.addWidget(self.websiteEdit)

        self.websiteError = QLabel(self.identityGroup)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setWordWrap(True)
        self.websiteError.setProperty(u"tone", u"error")

        self.websiteBox.addWidget(self.websiteError)


        self.identityForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.websiteBox)


        self.leftColumn.addWidget(self.identityGroup)

        self.locationGroup = QGroupBox(self.profileContents)
        self.locationGroup.setObjectName(u"locationGroup")
        self.locationForm = QFormLayout(self.locationGroup)
        self.locationForm.setObjectName(u"locationForm")
        self.countryLabel = QLabel(self.locationGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.locationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryBox = QVBoxLayout()
        self.countryBox.setSpacing(2)
        self.countryBox.setObjectName(u"countryBox")
        self.countryCombo = CountryPicker(self.locationGroup)
        self.countryCombo.setObjectName(u"countryCombo")

        self.countryBox.addWidget(self.countryCombo)

        self.countryError = QLabel(self.locationGroup)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setWordWrap(True)
        self.countryError.setProperty(u"tone", u"error")

        self.countryBox.addWidget(self.countryError)


        self.locationForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.countryBox)

        self.regionLabel = QLabel(self.locationGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.locationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionValue = QLabel(self.locationGroup)
        self.regionValue.setObjectName(u"regionValue")

        self.locationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regionValue)

        self.cityLabel = QLabel(self.locationGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.locationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.locationGroup)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(120)

        self.locationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.addressLabel = QLabel(self.locationGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.locationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.registeredAddressEdit = QPlainTextEdit(self.locationGroup)
        self.registeredAddressEdit.setObjectName(u"registeredAddressEdit")
        self.registeredAddressEdit.setMaximumSize(QSize(16777215, 72))
        self.registeredAddressEdit.setTabChangesFocus(True)

        self.locationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registeredAddressEdit)

        self.timeZoneLabel = QLabel(self.locationGroup)
        self.timeZoneLabel.setObjectName(u"timeZoneLabel")

        self.locationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeZoneLabel)

        self.timeZoneBox = QVBoxLayout()
        self.timeZoneBox.setSpacing(2)
        self.timeZoneBox.setObjectName(u"timeZoneBox")
        self.timeZoneCombo = TimeZonePicker(self.locationGroup)
        self.timeZoneCombo.setObjectName(u"timeZoneCombo")

        self.timeZoneBox.addWidget(self.timeZoneCombo)

        self.localTimeLabel = QLabel(self.locationGroup)
        self.localTimeLabel.setObjectName(u"localTimeLabel")
        self.localTimeLabel.setProperty(u"tone", u"ok")

        self.timeZoneBox.addWidget(self.localTimeLabel)

        self.timeZoneError = QLabel(self.locationGroup)
        self.timeZoneError.setObjectName(u"timeZoneError")
        self.timeZoneError.setWordWrap(True)
        self.timeZoneError.setProperty(u"tone", u"error")

        self.timeZoneBox.addWidget(self.timeZoneError)


        self.locationForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timeZoneBox)

        self.languagesLabel = QLabel(self.locationGroup)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.locationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(self.locationGroup)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.locationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languagesEdit)


        self.leftColumn.addWidget(self.locationGroup)

        self.agreementsGroup = QGroupBox(self.profileContents)
        self.agreementsGroup.setObjectName(u"agreementsGroup")
        self.agreementsGrid = QGridLayout(self.agreementsGroup)
        self.agreementsGrid.setObjectName(u"agreementsGrid")
        self.cdaSignedLabel = QLabel(self.agreementsGroup)
        self.cdaSignedLabel.setObjectName(u"cdaSignedLabel")

        self.agreementsGrid.addWidget(self.cdaSignedLabel, 0, 0, 1, 1)

        self.cdaSignedDate = DateField(self.agreementsGroup)
        self.cdaSignedDate.setObjectName(u"cdaSignedDate")

        self.agreementsGrid.addWidget(self.cdaSignedDate, 0, 1, 1, 1)

        self.cdaSignedError = QLabel(self.agreementsGroup)
        self.cdaSignedError.setObjectName(u"cdaSignedError")
        self.cdaSignedError.setWordWrap(True)
        self.cdaSignedError.setProperty(u"tone", u"error")

        self.agreementsGrid.addWidget(self.cdaSignedError, 1, 0, 1, 2)

        self.cdaExpiryLabel = QLabel(self.agreementsGroup)
        self.cdaExpiryLabel.setObjectName(u"cdaExpiryLabel")

        self.agreementsGrid.addWidget(self.cdaExpiryLabel, 2, 0, 1, 1)

        self.cdaExpiryDate = DateField(self.agreementsGroup)
        self.cdaExpiryDate.setObjectName(u"cdaExpiryDate")

        self.agreementsGrid.addWidget(self.cdaExpiryDate, 2, 1, 1, 1)

        self.cdaExpiryError = QLabel(self.agreementsGroup)
        self.cdaExpiryError.setObjectName(u"cdaExpiryError")
        self.cdaExpiryError.setWordWrap(True)
        self.cdaExpiryError.setProperty(u"tone", u"error")

        self.agreementsGrid.addWidget(self.cdaExpiryError, 3, 0, 1, 2)

        self.qaSignedLabel = QLabel(self.agreementsGroup)
        self.qaSignedLabel.setObjectName(u"qaSignedLabel")

        self.agreementsGrid.addWidget(self.qaSignedLabel, 4, 0, 1, 1)

        self.qaSignedDate = DateField(self.agreementsGroup)
        self.qaSignedDate.setObjectName(u"qaSignedDate")

        self.agreementsGrid.addWidget(self.qaSignedDate, 4, 1, 1, 1)

        self.qaSignedError = QLabel(self.agreementsGroup)
        self.qaSignedError.setObjectName(u"qaSignedError")
        self.qaSignedError.setWordWrap(True)
        self.qaSignedError.setProperty(u"tone", u"error")

        self.agreementsGrid.addWidget(self.qaSignedError, 5, 0, 1, 2)

        self.qaExpiryLabel = QLabel(self.agreementsGroup)
        self.qaExpiryLabel.setObjectName(u"qaExpiryLabel")

        self.agreementsGrid.addWidget(self.qaExpiryLabel, 6, 0, 1, 1)

        self.qaExpiryDate = DateField(self.agreementsGroup)
        self.qaExpiryDate.setObjectName(u"qaExpiryDate")

        self.agreementsGrid.addWidget(self.qaExpiryDate, 6, 1, 1, 1)

        self.qaExpiryError = QLabel(self.agreementsGroup)
        self.qaExpiryError.setObjectName(u"qaExpiryError")
        self.qaExpiryError.setWordWrap(True)
        self.qaExpiryError.setProperty(u"tone", u"error")

        self.agreementsGrid.addWidget(self.qaExpiryError, 7, 0, 1, 2)

        self.msaSignedLabel = QLabel(self.agreementsGroup)
        self.msaSignedLabel.setObjectName(u"msaSignedLabel")

        self.agreementsGrid.addWidget(self.msaSignedLabel, 8, 0, 1, 1)

        self.msaSignedDate = DateField(self.agreementsGroup)
        self.msaSignedDate.setObjectName(u"msaSignedDate")

        self.agreementsGrid.addWidget(self.msaSignedDate, 8, 1, 1, 1)

        self.msaSignedError = QLabel(self.agreementsGroup)
        self.msaSignedError.setObjectName(u"msaSignedError")
        self.msaSignedError.setWordWrap(True)
        self.msaSignedError.setProperty(u"tone", u"error")

        self.agreementsGrid.addWidget(self.msaSignedError, 9, 0, 1, 2)

        self.agreementsGrid.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.agreementsGroup)

        self.leftColumnSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnSpacer)

        self.leftColumn.setStretch(3, 1)

        self.profileColumns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.capabilitiesGroup = QGroupBox(self.profileContents)
        self.capabilitiesGroup.setObjectName(u"capabilitiesGroup")
        self.capabilitiesLayout = QVBoxLayout(self.capabilitiesGroup)
        self.capabilitiesLayout.setObjectName(u"capabilitiesLayout")
        self.capabilityLabel = QLabel(self.capabilitiesGroup)
        self.capabilityLabel.setObjectName(u"capabilityLabel")

        self.capabilitiesLayout.addWidget(self.capabilityLabel)

        self.capabilityList = QListWidget(self.capabilitiesGroup)
        self.capabilityList.setObjectName(u"capabilityList")
        self.capabilityList.setMinimumSize(QSize(0, 150))
        self.capabilityList.setMaximumSize(QSize(16777215, 150))
        self.capabilityList.setFlow(QListView.Flow.LeftToRight)
        self.capabilityList.setResizeMode(QListView.ResizeMode.Adjust)
        self.capabilityList.setSpacing(2)
        self.capabilityList.setUniformItemSizes(False)
        self.capabilityList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.capabilitiesLayout.addWidget(self.capabilityList)

        self.capabilityAddLayout = QHBoxLayout()
        self.capabilityAddLayout.setObjectName(u"capabilityAddLayout")
        self.capabilityEdit = QLineEdit(self.capabilitiesGroup)
        self.capabilityEdit.setObjectName(u"capabilityEdit")
        self.capabilityEdit.setClearButtonEnabled(True)

        self.capabilityAddLayout.addWidget(self.capabilityEdit)

        self.capabilityAddButton = QPushButton(self.capabilitiesGroup)
        self.capabilityAddButton.setObjectName(u"capabilityAddButton")

        self.capabilityAddLayout.addWidget(self.capabilityAddButton)


        self.capabilitiesLayout.addLayout(self.capabilityAddLayout)

        self.scaleLabel = QLabel(self.capabilitiesGroup)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.capabilitiesLayout.addWidget(self.scaleLabel)

        self.scaleList = QListWidget(self.capabilitiesGroup)
        self.scaleList.setObjectName(u"scaleList")
        self.scaleList.setMinimumSize(QSize(0, 30))
        self.scaleList.setMaximumSize(QSize(16777215, 30))
        self.scaleList.setFlow(QListView.Flow.LeftToRight)
        self.scaleList.setResizeMode(QListView.ResizeMode.Adjust)
        self.scaleList.setSpacing(2)
        self.scaleList.setUniformItemSizes(False)
        self.scaleList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.capabilitiesLayout.addWidget(self.scaleList)

        self.scaleAddLayout = QHBoxLayout()
        self.scaleAddLayout.setObjectName(u"scaleAddLayout")
        self.scaleEdit = QLineEdit(self.capabilitiesGroup)
        self.scaleEdit.setObjectName(u"scaleEdit")
        self.scaleEdit.setClearButtonEnabled(True)

        self.scaleAddLayout.addWidget(self.scaleEdit)

        self.scaleAddButton = QPushButton(self.capabilitiesGroup)
        self.scaleAddButton.setObjectName(u"scaleAddButton")

        self.scaleAddLayout.addWidget(self.scaleAddButton)


        self.capabilitiesLayout.addLayout(self.scaleAddLayout)

        self.platformLabel = QLabel(self.capabilitiesGroup)
        self.platformLabel.setObjectName(u"platformLabel")

        self.capabilitiesLayout.addWidget(self.platformLabel)

        self.platformList = QListWidget(self.capabilitiesGroup)
        self.platformList.setObjectName(u"platformList")
        self.platformList.setMinimumSize(QSize(0, 140))
        self.platformList.setMaximumSize(QSize(16777215, 140))
        self.platformList.setFlow(QListView.Flow.LeftToRight)
        self.platformList.setResizeMode(QListView.ResizeMode.Adjust)
        self.platformList.setSpacing(2)
        self.platformList.setUniformItemSizes(False)
        self.platformList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.capabilitiesLayout.addWidget(self.platformList)

        self.platformAddLayout = QHBoxLayout()
        self.platformAddLayout.setObjectName(u"platformAddLayout")
        self.platformEdit = QLineEdit(self.capabilitiesGroup)
        self.platformEdit.setObjectName(u"platformEdit")
        self.platformEdit.setClearButtonEnabled(True)

        self.platformAddLayout.addWidget(self.platformEdit)

        self.platformAddButton = QPushButton(self.capabilitiesGroup)
        self.platformAddButton.setObjectName(u"platformAddButton")

        self.platformAddLayout.addWidget(self.platformAddButton)


        self.capabilitiesLayout.addLayout(self.platformAddLayout)


        self.rightColumn.addWidget(self.capabilitiesGroup)

        self.notesGroup = QGroupBox(self.profileContents)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.addWidget(self.notesEdit)


        self.rightColumn.addWidget(self.notesGroup)

        self.rightColumn.setStretch(1, 1)

        self.profileColumns.addLayout(self.rightColumn)

        self.profileColumns.setStretch(0, 1)
        self.profileColumns.setStretch(1, 1)
        self.profileScroll.setWidget(self.profileContents)

        self.profileTabLayout.addWidget(self.profileScroll)

        self.tabs.addTab(self.profileTab, "")
        self.sitesTab = QWidget()
        self.sitesTab.setObjectName(u"sitesTab")
        self.sitesTabLayoutOuter = QVBoxLayout(self.sitesTab)
        self.sitesTabLayoutOuter.setObjectName(u"sitesTabLayoutOuter")
        self.sitesTabLayoutOuter.setContentsMargins(0, 0, 0, 0)
        self.sitesScroll = VerticalScrollArea(self.sitesTab)
        self.sitesScroll.setObjectName(u"sitesScroll")
        self.sitesContents = QWidget()
        self.sitesContents.setObjectName(u"sitesContents")
        self.sitesTabLayout = QVBoxLayout(self.sitesContents)
        self.sitesTabLayout.setObjectName(u"sitesTabLayout")
        self.childHintLabel = QLabel(self.sitesContents)
        self.childHintLabel.setObjectName(u"childHintLabel")
        self.childHintLabel.setWordWrap(True)

        self.sitesTabLayout.addWidget(self.childHintLabel)

        self.sitesGroup = QGroupBox(self.sitesContents)
        self.sitesGroup.setObjectName(u"sitesGroup")
        self.sitesLayout = QVBoxLayout(self.sitesGroup)
        self.sitesLayout.setObjectName(u"sitesLayout")
        self.sitesTable = QTableView(self.sitesGroup)
        self.sitesTable.setObjectName(u"sitesTable")
        self.sitesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sitesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sitesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sitesTable.setAlternatingRowColors(True)

        self.sitesLayout.addWidget(self.sitesTable)

        self.siteButtons = QHBoxLayout()
        self.siteButtons.setObjectName(u"siteButtons")
        self.siteAddButton = QPushButton(self.sitesGroup)
        self.siteAddButton.setObjectName(u"siteAddButton")

        self.siteButtons.addWidget(self.siteAddButton)

        self.siteEditButton = QPushButton(self.sitesGroup)
        self.siteEditButton.setObjectName(u"siteEditButton")

        self.siteButtons.addWidget(self.siteEditButton)

        self.siteRemoveButton = QPushButton(self.sitesGroup)
        self.siteRemoveButton.setObjectName(u"siteRemoveButton")

        self.siteButtons.addWidget(self.siteRemoveButton)

        self.siteButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.siteButtons.addItem(self.siteButtonsSpacer)


        self.sitesLayout.addLayout(self.siteButtons)


        self.sitesTabLayout.addWidget(self.sitesGroup)

        self.contactsGroup = QGroupBox(self.sitesContents)
        self.contactsGroup.setObjectName(u"contactsGroup")
        self.contactsLayout = QVBoxLayout(self.contactsGroup)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableView(self.contactsGroup)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.setAlternatingRowColors(True)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.contactAddButton = QPushButton(self.contactsGroup)
        self.contactAddButton.setObjectName(u"contactAddButton")

        self.contactButtons.addWidget(self.contactAddButton)

        self.contactEditButton = QPushButton(self.contactsGroup)
        self.contactEditButton.setObjectName(u"contactEditButton")

        self.contactButtons.addWidget(self.contactEditButton)

        self.contactRemoveButton = QPushButton(self.contactsGroup)
        self.contactRemoveButton.setObjectName(u"contactRemoveButton")

        self.contactButtons.addWidget(self.contactRemoveButton)

        self.contactButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactButtonsSpacer)


        self.contactsLayout.addLayout(self.contactButtons)


        self.sitesTabLayout.addWidget(self.contactsGroup)

        self.sitesScroll.setWidget(self.sitesContents)

        self.sitesTabLayoutOuter.addWidget(self.sitesScroll)

        self.tabs.addTab(self.sitesTab, "")
        self.qualityTab = QWidget()
        self.qualityTab.setObjectName(u"qualityTab")
        self.qualityTabLayoutOuter = QVBoxLayout(self.qualityTab)
        self.qualityTabLayoutOuter.setObjectName(u"qualityTabLayoutOuter")
        self.qualityTabLayoutOuter.setContentsMargins(0, 0, 0, 0)
        self.qualityScroll = VerticalScrollArea(self.qualityTab)
        self.qualityScroll.setObjectName(u"qualityScroll")
        self.qualityContents = QWidget()
        self.qualityContents.setObjectName(u"qualityContents")
        self.qualityTabLayout = QVBoxLayout(self.qualityContents)
        self.qualityTabLayout.setObjectName(u"qualityTabLayout")
        self.qualityForm = QFormLayout()
        self.qualityForm.setObjectName(u"qualityForm")
        self.qualityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.qualificationLabel = QLabel(self.qualityContents)
        self.qualificationLabel.setObjectName(u"qualificationLabel")

        self.qualityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.qualificationLabel)

        self.qualificationCombo = QComboBox(self.qualityContents)
        self.qualificationCombo.setObjectName(u"qualificationCombo")

        self.qualityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.qualificationCombo)

        self.lastAuditLabel = QLabel(self.qualityContents)
        self.lastAuditLabel.setObjectName(u"lastAuditLabel")

        self.qualityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastAuditLabel)

        self.lastAuditValue = QLabel(self.qualityContents)
        self.lastAuditValue.setObjectName(u"lastAuditValue")

        self.qualityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastAuditValue)

        self.nextAuditLabel = QLabel(self.qualityContents)
        self.nextAuditLabel.setObjectName(u"nextAuditLabel")

        self.qualityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nextAuditLabel)

        self.nextAuditValue = QLabel(self.qualityContents)
        self.nextAuditValue.setObjectName(u"nextAuditValue")

        self.qualityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nextAuditValue)


        self.qualityTabLayout.addLayout(self.qualityForm)

        self.auditsGroup = QGroupBox(self.qualityContents)
        self.auditsGroup.setObjectName(u"auditsGroup")
        self.auditsLayout = QVBoxLayout(self.auditsGroup)
        self.auditsLayout.setObjectName(u"auditsLayout")
        self.auditsTable = QTableView(self.auditsGroup)
        self.auditsTable.setObjectName(u"auditsTable")
        self.auditsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditsTable.setAlternatingRowColors(True)

        self.auditsLayout.addWidget(self.auditsTable)

        self.auditButtons = QHBoxLayout()
        self.auditButtons.setObjectName(u"auditButtons")
        self.auditAddButton = QPushButton(self.auditsGroup)
        self.auditAddButton.setObjectName(u"auditAddButton")

        self.auditButtons.addWidget(self.auditAddButton)

        self.auditEditButton = QPushButton(self.auditsGroup)
        self.auditEditButton.setObjectName(u"auditEditButton")

        self.auditButtons.addWidget(self.auditEditButton)

        self.auditRemoveButton = QPushButton(self.auditsGroup)
        self.auditRemoveButton.setObjectName(u"auditRemoveButton")

        self.auditButtons.addWidget(self.auditRemoveButton)

        self.auditButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditButtons.addItem(self.auditButtonsSpacer)


        self.auditsLayout.addLayout(self.auditButtons)


        self.qualityTabLayout.addWidget(self.auditsGroup)

        self.inspectionsGroup = QGroupBox(self.qualityContents)
        self.inspectionsGroup.setObjectName(u"inspectionsGroup")
        self.inspectionsLayout = QVBoxLayout(self.inspectionsGroup)
        self.inspectionsLayout.setObjectName(u"inspectionsLayout")
        self.inspectionsTable = QTableView(self.inspectionsGroup)
        self.inspectionsTable.setObjectName(u"inspectionsTable")
        self.inspectionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inspectionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inspectionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inspectionsTable.setAlternatingRowColors(True)

        self.inspectionsLayout.addWidget(self.inspectionsTable)

        self.inspectionButtons = QHBoxLayout()
        self.inspectionButtons.setObjectName(u"inspectionButtons")
        self.inspectionAddButton = QPushButton(self.inspectionsGroup)
        self.inspectionAddButton.setObjectName(u"inspectionAddButton")

        self.inspectionButtons.addWidget(self.inspectionAddButton)

        self.inspectionEditButton = QPushButton(self.inspectionsGroup)
        self.inspectionEditButton.setObjectName(u"inspectionEditButton")

        self.inspectionButtons.addWidget(self.inspectionEditButton)

        self.inspectionRemoveButton = QPushButton(self.inspectionsGroup)
        self.inspectionRemoveButton.setObjectName(u"inspectionRemoveButton")

        self.inspectionButtons.addWidget(self.inspectionRemoveButton)

        self.inspectionButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inspectionButtons.addItem(self.inspectionButtonsSpacer)


        self.inspectionsLayout.addLayout(self.inspectionButtons)


        self.qualityTabLayout.addWidget(self.inspectionsGroup)

        self.qualityScroll.setWidget(self.qualityContents)

        self.qualityTabLayoutOuter.addWidget(self.qualityScroll)

        self.tabs.addTab(self.qualityTab, "")

        self.rootLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.legalNameLabel.setBuddy(self.legalNameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.cityLabel.setBuddy(self.cityEdit)
        self.addressLabel.setBuddy(self.registeredAddressEdit)
        self.timeZoneLabel.setBuddy(self.timeZoneCombo)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.cdaSignedLabel.setBuddy(self.cdaSignedDate)
        self.cdaExpiryLabel.setBuddy(self.cdaExpiryDate)
        self.qaSignedLabel.setBuddy(self.qaSignedDate)
        self.qaExpiryLabel.setBuddy(self.qaExpiryDate)
        self.msaSignedLabel.setBuddy(self.msaSignedDate)
        self.qualificationLabel.setBuddy(self.qualificationCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.legalNameEdit)
        QWidget.setTabOrder(self.legalNameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.registeredAddressEdit)
        QWidget.setTabOrder(self.registeredAddressEdit, self.timeZoneCombo)
        QWidget.setTabOrder(self.timeZoneCombo, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.cdaSignedDate)
        QWidget.setTabOrder(self.cdaSignedDate, self.cdaExpiryDate)
        QWidget.setTabOrder(self.cdaExpiryDate, self.qaSignedDate)
        QWidget.setTabOrder(self.qaSignedDate, self.qaExpiryDate)
        QWidget.setTabOrder(self.qaExpiryDate, self.msaSignedDate)
        QWidget.setTabOrder(self.msaSignedDate, self.capabilityList)
        QWidget.setTabOrder(self.capabilityList, self.capabilityEdit)
        QWidget.setTabOrder(self.capabilityEdit, self.capabilityAddButton)
        QWidget.setTabOrder(self.capabilityAddButton, self.scaleList)
        QWidget.setTabOrder(self.scaleList, self.scaleEdit)
        QWidget.setTabOrder(self.scaleEdit, self.scaleAddButton)
        QWidget.setTabOrder(self.scaleAddButton, self.platformList)
        QWidget.setTabOrder(self.platformList, self.platformEdit)
        QWidget.setTabOrder(self.platformEdit, self.platformAddButton)
        QWidget.setTabOrder(self.platformAddButton, self.notesEdit)

        self.retranslateUi(PartnerProfile)

        self.saveButton.setDefault(True)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PartnerProfile)
    # setupUi

    def retranslateUi(self, PartnerProfile):
        PartnerProfile.setWindowTitle(QCoreApplication.translate("PartnerProfile", u"Partner profile[*]", None))
        self.titleLabel.setText(QCoreApplication.translate("PartnerProfile", u"New partner", None))
        self.subtitleLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("PartnerProfile", u"New partner", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("PartnerProfile", u"Start a new partner profile (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("PartnerProfile", u"Archive\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("PartnerProfile", u"Move this partner to the archive; it can be restored", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("PartnerProfile", u"Restore", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("PartnerProfile", u"Bring this partner back from the archive", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("PartnerProfile", u"Discard changes", None))
        self.saveButton.setText(QCoreApplication.translate("PartnerProfile", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PartnerProfile", u"Save the profile (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.problemsLabel.setAccessibleName(QCoreApplication.translate("PartnerProfile", u"Problems that stop the save", None))
#endif // QT_CONFIG(accessibility)
        self.engagementsGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Engagements", None))
        self.engagementsEmptyLabel.setText(QCoreApplication.translate("PartnerProfile", u"No engagements with this partner yet.", None))
        self.milestonesGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Next milestones and decision gates", None))
        self.milestonesEmptyLabel.setText(QCoreApplication.translate("PartnerProfile", u"No open milestones or decision gates.", None))
        self.glanceGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"At a glance", None))
        self.risksGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Open risks", None))
        self.changesGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Recent changes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("PartnerProfile", u"Overview", None))
        self.identityGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Identity", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerProfile", u"Name *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"Name the team uses, e.g. Lonza Visp", None))
        self.legalNameLabel.setText(QCoreApplication.translate("PartnerProfile", u"Legal name", None))
        self.legalNameEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"As printed on agreements", None))
        self.kindLabel.setText(QCoreApplication.translate("PartnerProfile", u"Kind", None))
        self.websiteLabel.setText(QCoreApplication.translate("PartnerProfile", u"Website", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"https://www.example.com", None))
        self.locationGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Location and region", None))
        self.countryLabel.setText(QCoreApplication.translate("PartnerProfile", u"Country", None))
        self.regionLabel.setText(QCoreApplication.translate("PartnerProfile", u"Region", None))
        self.regionValue.setText(QCoreApplication.translate("PartnerProfile", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.regionValue.setToolTip(QCoreApplication.translate("PartnerProfile", u"Derived from the country", None))
#endif // QT_CONFIG(tooltip)
        self.cityLabel.setText(QCoreApplication.translate("PartnerProfile", u"City", None))
        self.addressLabel.setText(QCoreApplication.translate("PartnerProfile", u"Registered address", None))
        self.registeredAddressEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"As printed on agreements", None))
        self.timeZoneLabel.setText(QCoreApplication.translate("PartnerProfile", u"Time zone", None))
        self.languagesLabel.setText(QCoreApplication.translate("PartnerProfile", u"Languages", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"e.g. English; German", None))
        self.agreementsGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Agreements on file", None))
        self.cdaSignedLabel.setText(QCoreApplication.translate("PartnerProfile", u"CDA signed", None))
        self.cdaSignedDate.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"not on file", None))
        self.cdaExpiryLabel.setText(QCoreApplication.translate("PartnerProfile", u"CDA expires", None))
        self.cdaExpiryDate.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"not on file", None))
        self.qaSignedLabel.setText(QCoreApplication.translate("PartnerProfile", u"Quality agreement signed", None))
        self.qaSignedDate.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"not on file", None))
        self.qaExpiryLabel.setText(QCoreApplication.translate("PartnerProfile", u"Quality agreement expires", None))
        self.qaExpiryDate.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"not on file", None))
        self.msaSignedLabel.setText(QCoreApplication.translate("PartnerProfile", u"MSA signed", None))
        self.msaSignedDate.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"not on file", None))
        self.capabilitiesGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Capabilities", None))
        self.capabilityLabel.setText(QCoreApplication.translate("PartnerProfile", u"What they do (tick the standard ones, add your own):", None))
        self.capabilityEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"Add a capability\u2026", None))
        self.capabilityAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add", None))
        self.scaleLabel.setText(QCoreApplication.translate("PartnerProfile", u"Scales:", None))
        self.scaleEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"Add a scale, e.g. 2000 L\u2026", None))
        self.scaleAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add", None))
        self.platformLabel.setText(QCoreApplication.translate("PartnerProfile", u"Technology platforms:", None))
        self.platformEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"Add a platform\u2026", None))
        self.platformAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add", None))
        self.notesGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("PartnerProfile", u"Anything the team should know about this partner", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("PartnerProfile", u"Profile", None))
        self.childHintLabel.setText(QCoreApplication.translate("PartnerProfile", u"Save the new partner first; then add its sites, contacts, audits and inspections here.", None))
        self.sitesGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Sites", None))
        self.siteAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add site\u2026", None))
        self.siteEditButton.setText(QCoreApplication.translate("PartnerProfile", u"Edit\u2026", None))
        self.siteRemoveButton.setText(QCoreApplication.translate("PartnerProfile", u"Remove", None))
        self.contactsGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Contacts", None))
        self.contactAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add contact\u2026", None))
        self.contactEditButton.setText(QCoreApplication.translate("PartnerProfile", u"Edit\u2026", None))
        self.contactRemoveButton.setText(QCoreApplication.translate("PartnerProfile", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sitesTab), QCoreApplication.translate("PartnerProfile", u"Sites && contacts", None))
        self.qualificationLabel.setText(QCoreApplication.translate("PartnerProfile", u"Qualification status", None))
        self.lastAuditLabel.setText(QCoreApplication.translate("PartnerProfile", u"Last audit", None))
        self.lastAuditValue.setText(QCoreApplication.translate("PartnerProfile", u"\u2014", None))
        self.nextAuditLabel.setText(QCoreApplication.translate("PartnerProfile", u"Next audit due", None))
        self.nextAuditValue.setText(QCoreApplication.translate("PartnerProfile", u"\u2014", None))
        self.auditsGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"Audits", None))
        self.auditAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add audit\u2026", None))
        self.auditEditButton.setText(QCoreApplication.translate("PartnerProfile", u"Edit\u2026", None))
        self.auditRemoveButton.setText(QCoreApplication.translate("PartnerProfile", u"Remove", None))
        self.inspectionsGroup.setTitle(QCoreApplication.translate("PartnerProfile", u"GMP inspection history", None))
        self.inspectionAddButton.setText(QCoreApplication.translate("PartnerProfile", u"Add inspection\u2026", None))
        self.inspectionEditButton.setText(QCoreApplication.translate("PartnerProfile", u"Edit\u2026", None))
        self.inspectionRemoveButton.setText(QCoreApplication.translate("PartnerProfile", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.qualityTab), QCoreApplication.translate("PartnerProfile", u"Quality", None))
    # retranslateUi
