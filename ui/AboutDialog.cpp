#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Switchboard"));
    auto* layout = new QVBoxLayout(this);

    auto* title =
        new QLabel(tr("<h2>Switchboard %1</h2>").arg(QCoreApplication::applicationVersion()));
    title->setObjectName(QStringLiteral("aboutTitle"));
    layout->addWidget(title);

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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace Ui
