// SPDX-License-Identifier: MIT
#include "ui/connection/passwordprompt.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace attlog::ui {

std::optional<QString> askPassword(QWidget *parent, const QString &profileName)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordPrompt"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setWindowTitle(QCoreApplication::translate("PasswordPrompt", "Database password"));
    dialog.setLabelText(QCoreApplication::translate(
                            "PasswordPrompt", "Password for the connection \"%1\":\n(it is not "
                                              "saved on this computer, so it is asked for at "
                                              "each start)")
                            .arg(profileName));
    dialog.setOkButtonText(QCoreApplication::translate("PasswordPrompt", "Connect"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace attlog::ui
