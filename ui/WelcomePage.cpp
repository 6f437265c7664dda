#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);

    auto* heading = new QLabel(tr("<h1>Welcome to Switchboard</h1>"));
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    layout->addWidget(heading);

    auto* status = new QLabel(tr("<p><b>No provider is configured yet.</b> Switchboard needs at "
                                 "least one LLM provider (OpenAI, Anthropic, Gemini, OpenRouter, "
                                 "Groq, a local Ollama…) before it can answer.</p>"));
    status->setObjectName(QStringLiteral("noProviderLabel"));
    status->setWordWrap(true);
    layout->addWidget(status);

    auto* steps = new QLabel(
        tr("<p>Add one from a terminal, then press <i>Reload</i>:</p>"
           "<pre>switchboard-cli providers add openai --preset openai\n"
           "switchboard-cli keys set openai   # paste the key: it goes to the keychain\n\n"
           "# or a local server, no key needed\n"
           "switchboard-cli providers add local --preset ollama</pre>"
           "<p><tt>switchboard-cli providers presets</tt> lists every known service.</p>"));
    steps->setWordWrap(true);
    steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(steps);

    m_configPath = new QLabel;
    m_configPath->setObjectName(QStringLiteral("configPathLabel"));
    m_configPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configPath->setWordWrap(true);
    layout->addWidget(m_configPath);

    auto* buttons = new QHBoxLayout;
    auto* reload = new QPushButton(tr("&Reload"));
    reload->setObjectName(QStringLiteral("reloadButton"));
    auto* openFolder = new QPushButton(tr("Open &Profile Folder"));
    buttons->addWidget(reload);
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(reload, &QPushButton::clicked, this, &WelcomePage::reloadRequested);
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openProfileFolderRequested);
}

void WelcomePage::setConfigPath(const QString& path)
{
    m_configPath->setText(tr("Configuration file: %1").arg(path));
}

} // namespace Ui
