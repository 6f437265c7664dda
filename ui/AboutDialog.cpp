#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#ifndef SWITCHBOARD_QTKEYCHAIN_VERSION
#define SWITCHBOARD_QTKEYCHAIN_VERSION ""
#endif

namespace Ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Switchboard"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    // The installed icon (hicolor theme on Linux); a build that is not installed has none.
    const QIcon icon = QIcon::fromTheme(QStringLiteral("switchboard"));
    if (!icon.isNull()) {
        auto* iconLabel = new QLabel;
        iconLabel->setObjectName(QStringLiteral("aboutIcon"));
        iconLabel->setPixmap(icon.pixmap(64, 64));
        header->addWidget(iconLabel);
    }
    auto* title =
        new QLabel(tr("<h2>Switchboard %1</h2>").arg(QCoreApplication::applicationVersion()));
    title->setObjectName(QStringLiteral("aboutTitle"));
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto* text = new QLabel(
        tr("<p>One desktop app for all your LLM providers: fallback routing, side-by-side "
           "comparison and an honest local ledger of cost and latency. Your keys and your spend "
           "data stay on this machine.</p>"
           "<p>Built with Qt %1 (running on Qt %2), licensed under the GNU LGPL version 3, and "
           "QtKeychain, licensed under the BSD 3-Clause licence.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);

    const QString keychainVersion = QStringLiteral(SWITCHBOARD_QTKEYCHAIN_VERSION);
    auto* credits = new QLabel(
        tr("<p>QtKeychain %1. Licence texts: <a "
           "href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">"
           "GNU LGPL version 3</a>, <a href=\"https://opensource.org/license/bsd-3-clause\">BSD "
           "3-Clause</a>. Qt's source code is available from <a href=\"https://download.qt.io/\">"
           "download.qt.io</a> and from the distribution that provides your Qt.</p>"
           "<p>The bundled price catalog is built from LiteLLM's list of model prices, "
           "copyright 2023 Berri AI, under the MIT licence.</p>")
            .arg(keychainVersion.isEmpty() ? tr("(version unknown)") : keychainVersion));
    credits->setObjectName(QStringLiteral("aboutCredits"));
    credits->setWordWrap(true);
    credits->setTextFormat(Qt::RichText);
    credits->setOpenExternalLinks(true);
    layout->addWidget(credits);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Ui
