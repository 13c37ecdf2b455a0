# Generated from ui/about.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 320)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.versionsLabel = QLabel(AboutDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")
        self.versionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versionsLabel.setWordWrap(True)

        self.layout.addWidget(self.versionsLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Partnership Desk", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"<h2>Partnership Desk</h2>", None))
    # retranslateUi
