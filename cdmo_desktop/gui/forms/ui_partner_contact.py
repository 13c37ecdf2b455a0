# Generated from ui/partner_contact.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PartnerContactDialog(object):
    def setupUi(self, PartnerContactDialog):
        if not PartnerContactDialog.objectName():
            PartnerContactDialog.setObjectName(u"PartnerContactDialog")
        PartnerContactDialog.resize(460, 420)
        PartnerContactDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(PartnerContactDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PartnerContactDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(PartnerContactDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(PartnerContactDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"tone", u"error")

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.roleLabel = QLabel(PartnerContactDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(PartnerContactDialog)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.emailLabel = QLabel(PartnerContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(PartnerContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(PartnerContactDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"tone", u"error")

        self.emailBox.addWidget(self.emailError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.phoneLabel = QLabel(PartnerContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(2)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(PartnerContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(PartnerContactDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"tone", u"error")

        self.phoneBox.addWidget(self.phoneError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.siteLabel = QLabel(PartnerContactDialog)
        self.siteLabel.setObjectName(u"siteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteCombo = QComboBox(PartnerContactDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.siteCombo)

        self.primaryCheck = QCheckBox(PartnerContactDialog)
        self.primaryCheck.setObjectName(u"primaryCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.primaryCheck)

        self.primaryHint = QLabel(PartnerContactDialog)
        self.primaryHint.setObjectName(u"primaryHint")
        self.primaryHint.setWordWrap(True)
        self.primaryHint.setProperty(u"tone", u"muted")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.primaryHint)

        self.notesLabel = QLabel(PartnerContactDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PartnerContactDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.dialogSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(PartnerContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.siteLabel.setBuddy(self.siteCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartnerContactDialog)
        self.buttonBox.accepted.connect(PartnerContactDialog.accept)
        self.buttonBox.rejected.connect(PartnerContactDialog.reject)

        QMetaObject.connectSlotsByName(PartnerContactDialog)
    # setupUi

    def retranslateUi(self, PartnerContactDialog):
        PartnerContactDialog.setWindowTitle(QCoreApplication.translate("PartnerContactDialog", u"Contact", None))
        self.nameLabel.setText(QCoreApplication.translate("PartnerContactDialog", u"Name *", None))
        self.roleLabel.setText(QCoreApplication.translate("PartnerContactDialog", u"Role", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("PartnerContactDialog", u"e.g. Project manager, QA head", None))
        self.emailLabel.setText(QCoreApplication.translate("PartnerContactDialog", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PartnerContactDialog", u"name@example.com", None))
        self.phoneLabel.setText(QCoreApplication.translate("PartnerContactDialog", u"Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PartnerContactDialog", u"+41 27 948 5111", None))
        self.siteLabel.setText(QCoreApplication.translate("PartnerContactDialog", u"Site", None))
        self.primaryCheck.setText(QCoreApplication.translate("PartnerContactDialog", u"Primary contact for this partner", None))
        self.notesLabel.setText(QCoreApplication.translate("PartnerContactDialog", u"Notes", None))
    # retranslateUi
