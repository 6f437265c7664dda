#include "ProviderKeyPanel.h"

#include "InlineMessage.h"
#include "secrets/KeyStore.h"
#include "secrets/KeyText.h"
#include "secrets/Redactor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ProviderKeyPanel::ProviderKeyPanel(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_status(new QLabel)
    , m_set(new QPushButton(tr("Set Key…")))
    , m_remove(new QPushButton(tr("Remove Key")))
    , m_entry(new QWidget)
    , m_key(new QLineEdit)
    , m_store(new QPushButton(tr("Store in Keychain")))
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("keyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_status, 1);
    m_set->setObjectName(QStringLiteral("setKeyButton"));
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    statusRow->addWidget(m_set);
    statusRow->addWidget(m_remove);
    layout->addLayout(statusRow);

    auto* entryRow = new QHBoxLayout(m_entry);
    entryRow->setContentsMargins(0, 0, 0, 0);
    auto* keyLabel = new QLabel(tr("&New key:"));
    keyLabel->setBuddy(m_key);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key"));
    m_key->setAccessibleName(tr("New API key"));
    m_key->setClearButtonEnabled(true);
    m_store->setObjectName(QStringLiteral("storeKeyButton"));
    m_store->setDefault(false);
    auto* cancel = new QPushButton(tr("Cancel"));
    entryRow->addWidget(keyLabel);
    entryRow->addWidget(m_key, 1);
    entryRow->addWidget(m_store);
    entryRow->addWidget(cancel);
    m_entry->setVisible(false);
    layout->addWidget(m_entry);
    m_message->setObjectName(QStringLiteral("keyMessage"));
    layout->addWidget(m_message);

    connect(m_set, &QPushButton::clicked, this, &ProviderKeyPanel::openEntry);
    connect(m_remove, &QPushButton::clicked, this, &ProviderKeyPanel::confirmRemove);
    connect(m_store, &QPushButton::clicked, this, &ProviderKeyPanel::store);
    connect(m_key, &QLineEdit::returnPressed, this, &ProviderKeyPanel::store);
    connect(cancel, &QPushButton::clicked, this, &ProviderKeyPanel::closeEntry);
}

void ProviderKeyPanel::setProvider(const Providers::ProviderConfig& provider)
{
    const bool other = provider.name != m_provider.name;
    m_provider = provider;
    if (other) {
        closeEntry();
        m_message->clear();
    }
    refresh();
}

void ProviderKeyPanel::refresh()
{
    m_status->setText(tr("Key: looking…"));
    m_remove->setEnabled(false);
    m_services.keys.resolve(m_provider, this,
                            [this, name = m_provider.name](const Secrets::KeyLookup& found) {
                                if (name == m_provider.name)
                                    showStatus(found);
                            });
}

void ProviderKeyPanel::showStatus(const Secrets::KeyLookup& found)
{
    m_source = found.source;
    QString where;
    switch (found.source) {
    case Secrets::KeySource::Keychain:
        where = tr("stored in the keychain");
        break;
    case Secrets::KeySource::Environment:
        where = tr("from the environment variable %1").arg(m_provider.apiKeyEnv);
        break;
    case Secrets::KeySource::Session:
        where = tr("kept in memory until Switchboard quits");
        break;
    case Secrets::KeySource::None:
        break;
    }
    QString text;
    if (!where.isEmpty() && found.problem.isEmpty())
        text = tr("Key: %1").arg(where);
    else if (!where.isEmpty())
        text =
            tr("Key: %1, but not sent over plain http to %2").arg(where, m_provider.baseUrl.host());
    else if (found.problem.isEmpty())
        text = tr("Key: none needed (a server on this computer)");
    else if (found.keychain && found.keychain->status == Secrets::KeyStoreStatus::NoBackend)
        text = tr("Key: missing — no keychain is available on this system");
    else if (found.keychain && found.keychain->status == Secrets::KeyStoreStatus::AccessDenied)
        text = tr("Key: missing — the keychain is locked or refused access");
    else if (!m_provider.apiKeyEnv.isEmpty())
        text =
            tr("Key: missing — none in the keychain, and %1 is not set").arg(m_provider.apiKeyEnv);
    else
        text = tr("Key: missing");
    m_status->setText(text);
    m_status->setAccessibleName(text);
    const bool stored = found.source == Secrets::KeySource::Keychain;
    m_set->setText(stored ? tr("Replace Key…") : tr("Set Key…"));
    m_remove->setEnabled(stored || found.source == Secrets::KeySource::Session);
}

void ProviderKeyPanel::openEntry()
{
    m_message->clear();
    m_entry->setVisible(true);
    m_key->clear();
    m_key->setFocus(Qt::OtherFocusReason);
}

void ProviderKeyPanel::closeEntry()
{
    m_key->clear();
    m_entry->setVisible(false);
}

void ProviderKeyPanel::store()
{
    const QByteArray bytes = m_key->text().trimmed().toLatin1();
    if (!Secrets::KeyText::isPlausible(bytes) || m_key->text().trimmed().size() != bytes.size()) {
        m_message->showError(tr("The key has spaces, several lines or characters a key does not "
                                "have; paste the key alone."));
        return;
    }
    const QString key = QString::fromLatin1(bytes);
    m_store->setEnabled(false);
    m_services.keyStore.set(
        m_provider.name, key, this,
        [this, key, name = m_provider.name](const Secrets::KeyStoreResult& result) {
            m_store->setEnabled(true);
            if (name != m_provider.name)
                return;
            if (result.status == Secrets::KeyStoreStatus::NoBackend) {
                m_message->showMessage(
                    InlineMessage::Kind::Warning,
                    tr("%1 — Switchboard never keeps keys in a file instead. Keep this key in "
                       "memory until Switchboard quits, or give it through an environment "
                       "variable: name it under Key variable and export it before starting "
                       "Switchboard.")
                        .arg(Secrets::Redactor::redactPatterns(result.message)));
                connect(m_message->addAction(tr("Keep for This Session")), &QPushButton::clicked,
                        this, [this, key] { keepForSession(key); });
                return;
            }
            if (!result.ok()) {
                m_message->showError(Secrets::Redactor::redactPatterns(result.message));
                return;
            }
            closeEntry();
            m_message->showMessage(
                InlineMessage::Kind::Success,
                tr("Stored the key of provider '%1' in the keychain.").arg(m_provider.name));
            refresh();
            Q_EMIT keyChanged(m_provider.name);
        });
}

void ProviderKeyPanel::keepForSession(const QString& key)
{
    m_services.keys.setSessionKey(m_provider.name, key);
    closeEntry();
    m_message->showMessage(InlineMessage::Kind::Info,
                           tr("The key of provider '%1' is kept in memory until Switchboard "
                              "quits; it is not written anywhere.")
                               .arg(m_provider.name));
    refresh();
    Q_EMIT keyChanged(m_provider.name);
}

void ProviderKeyPanel::confirmRemove()
{
    if (m_source == Secrets::KeySource::Session) {
        m_services.keys.setSessionKey(m_provider.name, {});
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("Forgot the key kept for this session."));
        refresh();
        Q_EMIT keyChanged(m_provider.name);
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Warning,
                           tr("Delete the key of provider '%1' from the keychain? Requests to it "
                              "fail until it has a key again.")
                               .arg(m_provider.name));
    QPushButton* yes = m_message->addAction(tr("Delete Key"));
    yes->setObjectName(QStringLiteral("confirmRemoveKey"));
    connect(yes, &QPushButton::clicked, this, &ProviderKeyPanel::remove);
    connect(m_message->addAction(tr("Keep It")), &QPushButton::clicked, m_message,
            &InlineMessage::clear);
}

void ProviderKeyPanel::remove()
{
    m_services.keyStore.remove(
        m_provider.name, this,
        [this, name = m_provider.name](const Secrets::KeyStoreResult& result) {
            if (name != m_provider.name)
                return;
            if (!result.ok()) {
                m_message->showError(Secrets::Redactor::redactPatterns(result.message));
                return;
            }
            m_message->showMessage(
                InlineMessage::Kind::Info,
                tr("Deleted the key of provider '%1' from the keychain.").arg(name));
            refresh();
            Q_EMIT keyChanged(name);
        });
}

} // namespace Ui
