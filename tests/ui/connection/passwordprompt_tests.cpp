// SPDX-License-Identifier: MIT
#include "ui/connection/passwordprompt.h"

#include "tests/support/catch.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QTimer>

#include <functional>

using attlog::ui::askPassword;

namespace {

// Acts on the prompt once it is shown (exec() blocks the test until then).
void whenPromptShown(std::function<void(QInputDialog *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        action(dialog);
    });
    timer->start();
}

} // namespace

TEST_CASE("The password prompt names the connection and returns the typed password", "[connection]")
{
    QString label;
    whenPromptShown([&](QInputDialog *dialog) {
        label = dialog->labelText();
        CHECK(dialog->textEchoMode() == QLineEdit::Password);
        dialog->setTextValue(QStringLiteral("s3cret;{x}"));
        dialog->accept();
    });
    const std::optional<QString> password = askPassword(nullptr, QStringLiteral("Office"));
    REQUIRE(password.has_value());
    CHECK(*password == QStringLiteral("s3cret;{x}"));
    CHECK(label.contains(QStringLiteral("\"Office\"")));
}

TEST_CASE("Cancelling the password prompt gives no password", "[connection]")
{
    whenPromptShown([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("typed then cancelled"));
        dialog->reject();
    });
    CHECK_FALSE(askPassword(nullptr, QStringLiteral("Office")).has_value());
}
