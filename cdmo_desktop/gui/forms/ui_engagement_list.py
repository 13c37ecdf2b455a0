# Generated from ui/engagement_list.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_EngagementListForm(object):
    def setupUi(self, EngagementListForm):
        if not EngagementListForm.objectName():
            EngagementListForm.setObjectName(u"EngagementListForm")
        EngagementListForm.resize(1100, 600)
        self.layout = QVBoxLayout(EngagementListForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 8, 8, 8)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(EngagementListForm)
        self.searchEdit.setObjectName(u"searchEdit")

        self.filterLayout.addWidget(self.searchEdit)

        self.statusFilterCombo = QComboBox(EngagementListForm)
        self.statusFilterCombo.setObjectName(u"statusFilterCombo")

        self.filterLayout.addWidget(self.statusFilterCombo)

        self.phaseFilterCombo = QComboBox(EngagementListForm)
        self.phaseFilterCombo.setObjectName(u"phaseFilterCombo")

        self.filterLayout.addWidget(self.phaseFilterCombo)

        self.partnerFilterCombo = QComboBox(EngagementListForm)
        self.partnerFilterCombo.setObjectName(u"partnerFilterCombo")

        self.filterLayout.addWidget(self.partnerFilterCombo)

        self.clientFilterCombo = QComboBox(EngagementListForm)
        self.clientFilterCombo.setObjectName(u"clientFilterCombo")

        self.filterLayout.addWidget(self.clientFilterCombo)

        self.ragFilterCombo = QComboBox(EngagementListForm)
        self.ragFilterCombo.setObjectName(u"ragFilterCombo")

        self.filterLayout.addWidget(self.ragFilterCombo)

        self.showArchivedCheck = QCheckBox(EngagementListForm)
        self.showArchivedCheck.setObjectName(u"showArchivedCheck")

        self.filterLayout.addWidget(self.showArchivedCheck)


        self.layout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(6)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonLayout.setContentsMargins(0, 0, 0, 0)
        self.newButton = QPushButton(EngagementListForm)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.openButton = QPushButton(EngagementListForm)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.editButton = QPushButton(EngagementListForm)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.archiveButton = QPushButton(EngagementListForm)
        self.archiveButton.setObjectName(u"archiveButton")

        self.buttonLayout.addWidget(self.archiveButton)

        self.restoreButton = QPushButton(EngagementListForm)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.countLabel = QLabel(EngagementListForm)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)


        self.layout.addLayout(self.buttonLayout)

        self.engagementsTable = QTableView(EngagementListForm)
        self.engagementsTable.setObjectName(u"engagementsTable")
        self.engagementsTable.setAlternatingRowColors(True)
        self.engagementsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.engagementsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.engagementsTable.setSortingEnabled(True)
        self.engagementsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.engagementsTable.setWordWrap(False)
        self.engagementsTable.horizontalHeader().setStretchLastSection(False)
        self.engagementsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.engagementsTable)


        self.retranslateUi(EngagementListForm)

        QMetaObject.connectSlotsByName(EngagementListForm)
    # setupUi

    def retranslateUi(self, EngagementListForm):
        EngagementListForm.setWindowTitle(QCoreApplication.translate("EngagementListForm", u"Engagements", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EngagementListForm", u"Search title, program, compound, client or partner", None))
        self.showArchivedCheck.setText(QCoreApplication.translate("EngagementListForm", u"Show arc&hived", None))
        self.newButton.setText(QCoreApplication.translate("EngagementListForm", u"&New engagement\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("EngagementListForm", u"Create an engagement (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EngagementListForm", u"&Open workspace", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EngagementListForm", u"Open the charter, team, plans and logs (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("EngagementListForm", u"&Edit details\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("EngagementListForm", u"Edit the selected engagement's details", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("EngagementListForm", u"&Archive\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("EngagementListForm", u"Hide the engagement from the lists; nothing is deleted", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("EngagementListForm", u"Res&tore", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("EngagementListForm", u"Bring an archived engagement back", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
