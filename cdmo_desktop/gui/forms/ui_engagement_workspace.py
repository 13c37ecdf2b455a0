# Generated from ui/engagement_workspace.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_EngagementWorkspaceForm(object):
    def setupUi(self, EngagementWorkspaceForm):
        if not EngagementWorkspaceForm.objectName():
            EngagementWorkspaceForm.setObjectName(u"EngagementWorkspaceForm")
        EngagementWorkspaceForm.resize(1200, 800)
        self.layout = QVBoxLayout(EngagementWorkspaceForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(EngagementWorkspaceForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(EngagementWorkspaceForm)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setStyleSheet(u"color: #555555;")
        self.subtitleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.charterBadgeLabel = QLabel(EngagementWorkspaceForm)
        self.charterBadgeLabel.setObjectName(u"charterBadgeLabel")
        self.charterBadgeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.headerLayout.addWidget(self.charterBadgeLabel)

        self.editDetailsButton = QPushButton(EngagementWorkspaceForm)
        self.editDetailsButton.setObjectName(u"editDetailsButton")

        self.headerLayout.addWidget(self.editDetailsButton)

        self.exportButton = QPushButton(EngagementWorkspaceForm)
        self.exportButton.setObjectName(u"exportButton")

        self.headerLayout.addWidget(self.exportButton)


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
    # retranslateUi
