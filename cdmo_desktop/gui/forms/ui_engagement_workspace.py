# Generated from ui/engagement_workspace.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QVBoxLayout, QWidget)

from cdmo_desktop.gui.widgets.fitting import ElidedLabel

class Ui_EngagementWorkspaceForm(object):
    def setupUi(self, EngagementWorkspaceForm):
        if not EngagementWorkspaceForm.objectName():
            EngagementWorkspaceForm.setObjectName(u"EngagementWorkspaceForm")
        EngagementWorkspaceForm.resize(1200, 800)
        self.layout = QVBoxLayout(EngagementWorkspaceForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 8, 8, 8)
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(8)
        self.headerLayout.setVerticalSpacing(2)
        self.titleLabel = ElidedLabel(EngagementWorkspaceForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(6)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.charterBadgeLabel = QLabel(EngagementWorkspaceForm)
        self.charterBadgeLabel.setObjectName(u"charterBadgeLabel")
        self.charterBadgeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.buttonLayout.addWidget(self.charterBadgeLabel)

        self.badgeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.badgeSpacer)

        self.editDetailsButton = QPushButton(EngagementWorkspaceForm)
        self.editDetailsButton.setObjectName(u"editDetailsButton")

        self.buttonLayout.addWidget(self.editDetailsButton)

        self.exportButton = QPushButton(EngagementWorkspaceForm)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)


        self.headerLayout.addLayout(self.buttonLayout, 0, 1, 1, 1)

        self.subtitleLabel = ElidedLabel(EngagementWorkspaceForm)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setProperty(u"tone", u"muted")
        self.subtitleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.headerLayout.addWidget(self.subtitleLabel, 1, 0, 1, 2)

        self.ragAdviceBar = QFrame(EngagementWorkspaceForm)
        self.ragAdviceBar.setObjectName(u"ragAdviceBar")
        self.ragAdviceBar.setProperty(u"tone", u"notice")
        self.ragAdviceLayout = QHBoxLayout(self.ragAdviceBar)
        self.ragAdviceLayout.setObjectName(u"ragAdviceLayout")
        self.ragAdviceLayout.setContentsMargins(8, 2, 2, 2)
        self.ragAdviceLabel = ElidedLabel(self.ragAdviceBar)
        self.ragAdviceLabel.setObjectName(u"ragAdviceLabel")
        self.ragAdviceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.ragAdviceLayout.addWidget(self.ragAdviceLabel)

        self.ragAdviceButton = QPushButton(self.ragAdviceBar)
        self.ragAdviceButton.setObjectName(u"ragAdviceButton")

        self.ragAdviceLayout.addWidget(self.ragAdviceButton)

        self.ragAdviceLayout.setStretch(0, 1)

        self.headerLayout.addWidget(self.ragAdviceBar, 2, 0, 1, 2)

        self.headerLayout.setColumnStretch(0, 1)

        self.layout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(EngagementWorkspaceForm)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.layout.addWidget(self.tabs)


        self.retranslateUi(EngagementWorkspaceForm)

        QMetaObject.connectSlotsByName(EngagementWorkspaceForm)
    # setupUi

    def retranslateUi(self, EngagementWorkspaceForm):
        EngagementWorkspaceForm.setWindowTitle(QCoreApplication.translate("EngagementWorkspaceForm", u"Engagement", None))
        self.editDetailsButton.setText(QCoreApplication.translate("EngagementWorkspaceForm", u"&Edit details\u2026", None))
#if QT_CONFIG(tooltip)
        self.editDetailsButton.setToolTip(QCoreApplication.translate("EngagementWorkspaceForm", u"Edit title, client, partner, phase, status, dates", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("EngagementWorkspaceForm", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("EngagementWorkspaceForm", u"Export reports for this engagement (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.ragAdviceButton.setText(QCoreApplication.translate("EngagementWorkspaceForm", u"Set RAG", None))
    # retranslateUi
