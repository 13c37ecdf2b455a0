# Generated from ui/welcome.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(560, 460)
        self.layout = QVBoxLayout(WelcomeDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.missingLabel = QLabel(WelcomeDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setVisible(False)

        self.layout.addWidget(self.missingLabel)

        self.nameForm = QFormLayout()
        self.nameForm.setObjectName(u"nameForm")
        self.nameLabel = QLabel(WelcomeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(WelcomeDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.layout.addLayout(self.nameForm)

        self.demoButton = QCommandLinkButton(WelcomeDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.layout.addWidget(self.demoButton)

        self.emptyButton = QCommandLinkButton(WelcomeDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.layout.addWidget(self.emptyButton)

        self.openButton = QCommandLinkButton(WelcomeDialog)
        self.openButton.setObjectName(u"openButton")

        self.layout.addWidget(self.openButton)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(WelcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.emptyButton)
        QWidget.setTabOrder(self.emptyButton, self.openButton)

        self.retranslateUi(WelcomeDialog)
        self.buttonBox.rejected.connect(WelcomeDialog.reject)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<h2>Welcome to Partnership Desk</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Partnership Desk keeps your partners, engagements, kickoff charters, risks and schedules in one file on this computer, so it works offline at partner sites. How would you like to start?", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Your &name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("WelcomeDialog", u"Recorded in the change log with every edit you make.", None))
#endif // QT_CONFIG(tooltip)
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"Explore the demo portfolio", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"Six partners, two clients and four engagements in different phases, with charters, risks and schedules. It is kept in a file of its own: your real data never mixes with it.", None))
        self.emptyButton.setText(QCoreApplication.translate("WelcomeDialog", u"Start with an empty database", None))
        self.openButton.setText(QCoreApplication.translate("WelcomeDialog", u"Open an existing database\u2026", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"A database file you already use, for example one copied from another laptop.", None))
    # retranslateUi
