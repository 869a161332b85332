// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace attlog::ui {

// Asks for the password of the saved connection `profileName` (at startup, when the profile needs
// one and the credential store does not have it). Modal; GUI thread only. The typed password
// (possibly empty) or std::nullopt when the user cancels. The password is neither stored nor
// logged here.
std::optional<QString> askPassword(QWidget *parent, const QString &profileName);

} // namespace attlog::ui
