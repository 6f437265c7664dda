#include "ChatPage.h"

#include "ChatSession.h"
#include "Composer.h"
#include "ComposerEdit.h"
#include "MarkdownView.h"
#include "MessageView.h"
#include "TargetPicker.h"
#include "TranscriptView.h"
#include "config/AppConfig.h"

#include <QAction>
#include <QVBoxLayout>

namespace Ui {

ChatPage::ChatPage(ChatSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_transcript(new TranscriptView)
    , m_composer(new Composer)
{
    setObjectName(QStringLiteral("chatPage"));
    setBackgroundRole(QPalette::Base); // the page; the conversation list beside it is the window
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_transcript, 1);
    auto* composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(24, 6, 24, 16);
    composerRow->addStretch(1);
    m_composer->setMaximumWidth(900);
    composerRow->addWidget(m_composer, 1000);
    composerRow->addStretch(1);
    layout->addLayout(composerRow);
    setFocusProxy(m_composer->editor());

    auto* escape = new QAction(tr("Stop or return to the message field"), this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &ChatPage::escape);
    addAction(escape);

    m_systemPromptDelay.setSingleShot(true);
    m_systemPromptDelay.setInterval(600);
    connect(&m_systemPromptDelay, &QTimer::timeout, this,
            [this] { m_session.setSystemPrompt(m_composer->systemPrompt()); });

    connect(m_composer, &Composer::sendRequested, this, [this](const QString& text) {
        if (m_systemPromptDelay.isActive()) { // a prompt edited just now goes with this message
            m_systemPromptDelay.stop();
            m_session.setSystemPrompt(m_composer->systemPrompt());
        }
        m_session.send(text);
    });
    connect(m_composer, &Composer::stopRequested, &session, &ChatSession::stop);
    connect(m_composer, &Composer::systemPromptEdited, this,
            [this] { m_systemPromptDelay.start(); });
    connect(m_composer->picker(), &TargetPicker::choiceChanged, this,
            [this](const QString& choice) {
                m_session.setTarget(choice);
                updateEmptyText();
                Q_EMIT targetChosen(choice);
            });

    connect(&session, &ChatSession::conversationReset, this, &ChatPage::onReset);
    connect(&session, &ChatSession::entryAdded, this,
            [this](int index) { m_transcript->appendEntry(m_session.entries().at(index)); });
    connect(&session, &ChatSession::entriesRemoved, m_transcript, &TranscriptView::removeFrom);
    connect(&session, &ChatSession::answerStarted, m_transcript, &TranscriptView::beginAnswer);
    connect(&session, &ChatSession::answerText, m_transcript, &TranscriptView::appendAnswerText);
    connect(&session, &ChatSession::answerReasoning, m_transcript,
            &TranscriptView::appendAnswerReasoning);
    connect(&session, &ChatSession::answerRestarted, this, [this] {
        if (MessageView* view = m_transcript->streamingView())
            view->restartStreaming();
    });
    connect(&session, &ChatSession::answerNotice, this, [this](const QString& text) {
        if (MessageView* view = m_transcript->streamingView())
            view->setStatus(text);
    });
    connect(&session, &ChatSession::answerAttemptStarted, this, [this](const QString& target) {
        if (MessageView* view = m_transcript->streamingView()) {
            view->setLiveTarget(target);
            if (view->body()->isEmpty())
                view->setStatus(tr("Waiting for %1…").arg(target));
        }
    });
    connect(&session, &ChatSession::answerAttempts, this,
            [this](const QList<Chat::Attempt>& attempts) {
                if (MessageView* view = m_transcript->streamingView())
                    view->setLiveAttempts(attempts);
            });
    connect(&session, &ChatSession::answerFinished, this,
            [this](int index) { m_transcript->finishAnswer(m_session.entries().at(index)); });
    connect(&session, &ChatSession::answerFailed, m_transcript, &TranscriptView::showProblem);
    connect(&session, &ChatSession::busyChanged, this, [this](bool busy) {
        m_composer->setBusy(busy);
        m_transcript->setBusy(busy);
    });
    connect(&session, &ChatSession::historyProblem, this, [this](const QString& text) {
        m_transcript->setBanner(tr("Conversations are not being saved: %1").arg(text));
    });

    connect(m_transcript, &TranscriptView::editSubmitted, &session, &ChatSession::editAndResend);
    connect(m_transcript, &TranscriptView::regenerateRequested, &session, &ChatSession::regenerate);
    connect(m_transcript, &TranscriptView::retryRequested, &session, &ChatSession::retry);
    connect(m_transcript, &TranscriptView::settingsRequested, this, &ChatPage::settingsRequested);
}

void ChatPage::setConfiguration(const Config::AppConfig& config, const Config::Profile& profile)
{
    m_config = &config;
    m_composer->picker()->setChoices(config, profile);
    m_composer->picker()->setChoice(m_session.target());
    m_session.setTarget(m_composer->picker()->choice());
    updateEmptyText();
}

void ChatPage::onReset()
{
    m_systemPromptDelay.stop();
    m_transcript->setEntries(m_session.entries());
    m_composer->setSystemPrompt(m_session.systemPrompt());
    m_composer->setBusy(m_session.isBusy());
    m_transcript->setBusy(m_session.isBusy());
    m_composer->picker()->setChoice(m_session.target());
    if (m_session.target().isEmpty())
        m_session.setTarget(m_composer->picker()->choice());
    updateEmptyText();
}

void ChatPage::updateEmptyText()
{
    const QString target = m_session.target();
    QString detail;
    if (target.contains(u'/')) {
        detail = tr("Your message goes to %1 alone, without fallback.").arg(target);
    } else if (const Routing::Route* route = m_config ? m_config->findRoute(target) : nullptr) {
        QStringList targets;
        for (const Routing::TargetSpec& spec : route->targets)
            targets.append(spec.target.id());
        detail = tr("Your message goes through the route “%1”: %2. If one fails, the next "
                    "answers, and you see why.")
                     .arg(route->name, targets.join(QStringLiteral(" → ")));
    } else {
        detail = tr("Pick a route or a model below, then write your message.");
    }
    m_transcript->setEmptyText(tr("Ask anything"), detail);
}

void ChatPage::focusComposer()
{
    m_composer->focusEditor();
}

void ChatPage::escape()
{
    if (m_session.isBusy())
        m_session.stop();
    else
        focusComposer();
}

} // namespace Ui
