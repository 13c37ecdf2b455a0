# Generated from ui/register_export.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RegisterExportDialog(object):
    def setupUi(self, RegisterExportDialog):
        if not RegisterExportDialog.objectName():
            RegisterExportDialog.setObjectName(u"RegisterExportDialog")
        RegisterExportDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(RegisterExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.registerComboLabel = QLabel(RegisterExportDialog)
        self.registerComboLabel.setObjectName(u"registerComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registerComboLabel)

        self.registerCombo = QComboBox(RegisterExportDialog)
        self.registerCombo.setObjectName(u"registerCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registerCombo)

        self.engagementComboLabel = QLabel(RegisterExportDialog)
        self.engagementComboLabel.setObjectName(u"engagementComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.engagementComboLabel)

        self.engagementCombo = QComboBox(RegisterExportDialog)
        self.engagementCombo.setObjectName(u"engagementCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.engagementCombo)

        self.formatComboLabel = QLabel(RegisterExportDialog)
        self.formatComboLabel.setObjectName(u"formatComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatComboLabel)

        self.formatCombo = QComboBox(RegisterExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.pathEditLabel = QLabel(RegisterExportDialog)
        self.pathEditLabel.setObjectName(u"pathEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pathEditLabel)

        self.pathLayout = QHBoxLayout()
        self.pathLayout.setObjectName(u"pathLayout")
        self.pathEdit = QLineEdit(RegisterExportDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathLayout.addWidget(self.pathEdit)

        self.browseButton = QPushButton(RegisterExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathLayout.addWidget(self.browseButton)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.pathLayout)


        self.mainLayout.addLayout(self.form)

        self.noteLabel = QLabel(RegisterExportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noteLabel.setProperty(u"tone", u"muted")

        self.mainLayout.addWidget(self.noteLabel)

        self.progressBar = QProgressBar(RegisterExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(RegisterExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(RegisterExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(RegisterExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.registerComboLabel.setBuddy(self.registerCombo)
        self.engagementComboLabel.setBuddy(self.engagementCombo)
        self.formatComboLabel.setBuddy(self.formatCombo)
        self.pathEditLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(RegisterExportDialog)
    # setupUi

    def retranslateUi(self, RegisterExportDialog):
        RegisterExportDialog.setWindowTitle(QCoreApplication.translate("RegisterExportDialog", u"Export to a spreadsheet", None))
        self.registerComboLabel.setText(QCoreApplication.translate("RegisterExportDialog", u"&What:", None))
        self.engagementComboLabel.setText(QCoreApplication.translate("RegisterExportDialog", u"&Engagement:", None))
        self.formatComboLabel.setText(QCoreApplication.translate("RegisterExportDialog", u"F&ormat:", None))
        self.pathEditLabel.setText(QCoreApplication.translate("RegisterExportDialog", u"&File:", None))
        self.browseButton.setText(QCoreApplication.translate("RegisterExportDialog", u"&Browse\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("RegisterExportDialog", u"&Export", None))
        self.closeButton.setText(QCoreApplication.translate("RegisterExportDialog", u"Close", None))
    # retranslateUi
