#include "WelcomeFlow.h"

#include "ProviderSetup.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

WelcomeFlow::WelcomeFlow(SettingsServices services,
                         QList<Providers::LocalServerDetector::Candidate> localCandidates,
                         QWidget* parent)
    : QWidget(parent)
    , m_setup(new ProviderSetup(services, std::move(localCandidates)))
{
    setObjectName(QStringLiteral("welcomeFlow"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 28, 32, 24);
    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    auto* heading = new QLabel(tr("Welcome to Switchboard"));
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    column->addWidget(heading);
    auto* intro = new QLabel(tr("No provider is configured yet. Add one — a service such as "
                                "OpenAI or Anthropic with your API key, or a model server "
                                "running on this computer — and Switchboard routes your chats "
                                "through it, with fallbacks and an honest ledger of what each "
                                "request cost."));
    intro->setObjectName(QStringLiteral("noProviderLabel"));
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addSpacing(8);
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("setupCard"));
    card->setStyleSheet(QStringLiteral("QFrame#setupCard { background: palette(base); "
                                       "border: 1px solid palette(mid); border-radius: 8px; }"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    cardLayout->addWidget(m_setup);
    column->addWidget(card, 1);
    outer->addStretch(1);
    outer->addLayout(column, 12);
    outer->addStretch(1);
    card->setMaximumWidth(860);

    connect(m_setup, &ProviderSetup::providerAdded, this, &WelcomeFlow::providerAdded);
    connect(m_setup, &ProviderSetup::finished, this, &WelcomeFlow::finished);
}

} // namespace Ui
