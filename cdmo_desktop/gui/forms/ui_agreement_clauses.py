# Generated from ui/agreement_clauses.ui by tools/build_forms.py: do not edit, edit the .ui file.


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ClauseEditor(object):
    def setupUi(self, ClauseEditor):
        if not ClauseEditor.objectName():
            ClauseEditor.setObjectName(u"ClauseEditor")
        ClauseEditor.resize(900, 360)
        self.mainLayout = QHBoxLayout(ClauseEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.clauseTitle = QLabel(ClauseEditor)
        self.clauseTitle.setObjectName(u"clauseTitle")
        self.clauseTitle.setStyleSheet(u"font-weight: bold;")

        self.listLayout.addWidget(self.clauseTitle)

        self.clauseList = QListView(ClauseEditor)
        self.clauseList.setObjectName(u"clauseList")
        self.clauseList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clauseList.setMinimumSize(QSize(260, 0))

        self.listLayout.addWidget(self.clauseList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addClauseButton = QToolButton(ClauseEditor)
        self.addClauseButton.setObjectName(u"addClauseButton")
        self.addClauseButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.listButtons.addWidget(self.addClauseButton)

        self.removeClauseButton = QToolButton(ClauseEditor)
        self.removeClauseButton.setObjectName(u"removeClauseButton")

        self.listButtons.addWidget(self.removeClauseButton)

        self.moveUpButton = QToolButton(ClauseEditor)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.listButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(ClauseEditor)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.listButtons.addWidget(self.moveDownButton)

        self.listButtonsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.mainLayout.addLayout(self.listLayout)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.editForm = QFormLayout()
        self.editForm.setObjectName(u"editForm")
        self.editForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.editForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.headingEditLabel = QLabel(ClauseEditor)
        self.headingEditLabel.setObjectName(u"headingEditLabel")

        self.editForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headingEditLabel)

        self.headingEdit = QLineEdit(ClauseEditor)
        self.headingEdit.setObjectName(u"headingEdit")

        self.editForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headingEdit)

        self.headingError = QLabel(ClauseEditor)
        self.headingError.setObjectName(u"headingError")
        self.headingError.setProperty(u"tone", u"error")
        self.headingError.setWordWrap(True)
        self.headingError.setTextFormat(Qt.TextFormat.PlainText)

        self.editForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headingError)

        self.bodyEditLabel = QLabel(ClauseEditor)
        self.bodyEditLabel.setObjectName(u"bodyEditLabel")

        self.editForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyEditLabel)

        self.bodyEdit = QPlainTextEdit(ClauseEditor)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.editForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.bodyError = QLabel(ClauseEditor)
        self.bodyError.setObjectName(u"bodyError")
        self.bodyError.setProperty(u"tone", u"error")
        self.bodyError.setWordWrap(True)
        self.bodyError.setTextFormat(Qt.TextFormat.PlainText)

        self.editForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bodyError)

        self.placeholderLayoutLabel = QLabel(ClauseEditor)
        self.placeholderLayoutLabel.setObjectName(u"placeholderLayoutLabel")

        self.editForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeholderLayoutLabel)

        self.placeholderLayout = QHBoxLayout()
        self.placeholderLayout.setObjectName(u"placeholderLayout")
        self.placeholderCombo = QComboBox(ClauseEditor)
        self.placeholderCombo.setObjectName(u"placeholderCombo")

        self.placeholderLayout.addWidget(self.placeholderCombo)

        self.insertPlaceholderButton = QPushButton(ClauseEditor)
        self.insertPlaceholderButton.setObjectName(u"insertPlaceholderButton")

        self.placeholderLayout.addWidget(self.insertPlaceholderButton)


        self.editForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.placeholderLayout)


        self.editLayout.addLayout(self.editForm)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.clauseState = QLabel(ClauseEditor)
        self.clauseState.setObjectName(u"clauseState")
        self.clauseState.setTextFormat(Qt.TextFormat.PlainText)

        self.editButtons.addWidget(self.clauseState)

        self.editButtonsSpacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editButtonsSpacer)

        self.revertClauseButton = QPushButton(ClauseEditor)
        self.revertClauseButton.setObjectName(u"revertClauseButton")

        self.editButtons.addWidget(self.revertClauseButton)

        self.saveClauseButton = QPushButton(ClauseEditor)
        self.saveClauseButton.setObjectName(u"saveClauseButton")

        self.editButtons.addWidget(self.saveClauseButton)


        self.editLayout.addLayout(self.editButtons)


        self.mainLayout.addLayout(self.editLayout)

#if QT_CONFIG(shortcut)
        self.headingEditLabel.setBuddy(self.headingEdit)
        self.bodyEditLabel.setBuddy(self.bodyEdit)
        self.placeholderLayoutLabel.setBuddy(self.placeholderCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClauseEditor)

        QMetaObject.connectSlotsByName(ClauseEditor)
    # setupUi

    def retranslateUi(self, ClauseEditor):
        self.clauseTitle.setText(QCoreApplication.translate("ClauseEditor", u"Clauses of the selected agreement", None))
        self.addClauseButton.setText(QCoreApplication.translate("ClauseEditor", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addClauseButton.setToolTip(QCoreApplication.translate("ClauseEditor", u"Add a clause from the library or a blank one", None))
#endif // QT_CONFIG(tooltip)
        self.removeClauseButton.setText(QCoreApplication.translate("ClauseEditor", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removeClauseButton.setToolTip(QCoreApplication.translate("ClauseEditor", u"Remove the selected clause", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("ClauseEditor", u"&Up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("ClauseEditor", u"Move the clause up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("ClauseEditor", u"Do&wn", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("ClauseEditor", u"Move the clause down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.headingEditLabel.setText(QCoreApplication.translate("ClauseEditor", u"&Heading:", None))
        self.bodyEditLabel.setText(QCoreApplication.translate("ClauseEditor", u"&Text:", None))
        self.placeholderLayoutLabel.setText(QCoreApplication.translate("ClauseEditor", u"Placeholder:", None))
#if QT_CONFIG(tooltip)
        self.placeholderCombo.setToolTip(QCoreApplication.translate("ClauseEditor", u"Merged from the agreement and its engagement when the PDF is built", None))
#endif // QT_CONFIG(tooltip)
        self.insertPlaceholderButton.setText(QCoreApplication.translate("ClauseEditor", u"&Insert", None))
        self.revertClauseButton.setText(QCoreApplication.translate("ClauseEditor", u"&Revert", None))
        self.saveClauseButton.setText(QCoreApplication.translate("ClauseEditor", u"&Save clause", None))
        pass
    # retranslateUi
