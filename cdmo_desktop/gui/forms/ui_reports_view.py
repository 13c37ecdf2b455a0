# Generated from ui/reports_view.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReportsView(object):
    def setupUi(self, ReportsView):
        if not ReportsView.objectName():
            ReportsView.setObjectName(u"ReportsView")
        ReportsView.resize(1000, 700)
        self.mainLayout = QVBoxLayout(ReportsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget(ReportsView)
        self.tabs.setObjectName(u"tabs")
        self.statusTab = QWidget()
        self.statusTab.setObjectName(u"statusTab")
        self.statusLayout = QVBoxLayout(self.statusTab)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusBar = QHBoxLayout()
        self.statusBar.setObjectName(u"statusBar")
        self.engagementFilterLabel = QLabel(self.statusTab)
        self.engagementFilterLabel.setObjectName(u"engagementFilterLabel")

        self.statusBar.addWidget(self.engagementFilterLabel)

        self.engagementFilterCombo = QComboBox(self.statusTab)
        self.engagementFilterCombo.setObjectName(u"engagementFilterCombo")
        self.engagementFilterCombo.setMinimumSize(QSize(280, 0))

        self.statusBar.addWidget(self.engagementFilterCombo)

        self.statusBarSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusBar.addItem(self.statusBarSpacer)

        self.newReportButton = QPushButton(self.statusTab)
        self.newReportButton.setObjectName(u"newReportButton")

        self.statusBar.addWidget(self.newReportButton)

        self.printAgainButton = QPushButton(self.statusTab)
        self.printAgainButton.setObjectName(u"printAgainButton")

        self.statusBar.addWidget(self.printAgainButton)


        self.statusLayout.addLayout(self.statusBar)

        self.reportTable = QTableView(self.statusTab)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportTable.setAlternatingRowColors(True)
        self.reportTable.setSortingEnabled(False)
        self.reportTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.statusLayout.addWidget(self.reportTable)

        self.reportHint = QLabel(self.statusTab)
        self.reportHint.setObjectName(u"reportHint")
        self.reportHint.setWordWrap(True)
        self.reportHint.setTextFormat(Qt.TextFormat.PlainText)
        self.reportHint.setProperty(u"tone", u"muted")

        self.statusLayout.addWidget(self.reportHint)

        self.tabs.addTab(self.statusTab, "")
        self.agreementsTab = QWidget()
        self.agreementsTab.setObjectName(u"agreementsTab")
        self.agreementsLayout = QVBoxLayout(self.agreementsTab)
        self.agreementsLayout.setObjectName(u"agreementsLayout")
        self.agreementBar = QHBoxLayout()
        self.agreementBar.setObjectName(u"agreementBar")
        self.newAgreementButton = QPushButton(self.agreementsTab)
        self.newAgreementButton.setObjectName(u"newAgreementButton")

        self.agreementBar.addWidget(self.newAgreementButton)

        self.editAgreementButton = QPushButton(self.agreementsTab)
        self.editAgreementButton.setObjectName(u"editAgreementButton")

        self.agreementBar.addWidget(self.editAgreementButton)

        self.exportAgreementButton = QPushButton(self.agreementsTab)
        self.exportAgreementButton.setObjectName(u"exportAgreementButton")

        self.agreementBar.addWidget(self.exportAgreementButton)

        self.agreementBarSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreementBar.addItem(self.agreementBarSpacer)


        self.agreementsLayout.addLayout(self.agreementBar)

        self.agreementSplitter = QSplitter(self.agreementsTab)
        self.agreementSplitter.setObjectName(u"agreementSplitter")
        self.agreementSplitter.setOrientation(Qt.Orientation.Vertical)
        self.agreementSplitter.setChildrenCollapsible(False)
        self.agreementTable = QTableView(self.agreementSplitter)
        self.agreementTable.setObjectName(u"agreementTable")
        self.agreementTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreementTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agreementTable.setAlternatingRowColors(True)
        self.agreementTable.setSortingEnabled(False)
        self.agreementTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreementSplitter.addWidget(self.agreementTable)
        self.clauseHost = QWidget(self.agreementSplitter)
        self.clauseHost.setObjectName(u"clauseHost")
        self.clauseHostLayout = QVBoxLayout(self.clauseHost)
        self.clauseHostLayout.setObjectName(u"clauseHostLayout")
        self.clauseHostLayout.setContentsMargins(0, 0, 0, 0)
        self.agreementSplitter.addWidget(self.clauseHost)

        self.agreementsLayout.addWidget(self.agreementSplitter)

        self.tabs.addTab(self.agreementsTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.engagementFilterLabel.setBuddy(self.engagementFilterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsView)

        QMetaObject.connectSlotsByName(ReportsView)
    # setupUi

    def retranslateUi(self, ReportsView):
        self.engagementFilterLabel.setText(QCoreApplication.translate("ReportsView", u"&Engagement:", None))
        self.newReportButton.setText(QCoreApplication.translate("ReportsView", u"&New status report\u2026", None))
        self.printAgainButton.setText(QCoreApplication.translate("ReportsView", u"&Print again\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statusTab), QCoreApplication.translate("ReportsView", u"&Status reports", None))
        self.newAgreementButton.setText(QCoreApplication.translate("ReportsView", u"&New agreement\u2026", None))
        self.editAgreementButton.setText(QCoreApplication.translate("ReportsView", u"&Edit\u2026", None))
        self.exportAgreementButton.setText(QCoreApplication.translate("ReportsView", u"E&xport PDF\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agreementsTab), QCoreApplication.translate("ReportsView", u"&Agreements", None))
        pass
    # retranslateUi
