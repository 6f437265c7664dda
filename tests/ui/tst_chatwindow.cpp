// The chat window against the mock provider, driving the real widgets: a question streams its
// answer in incrementally; the whole conversation goes with the next question; Stop keeps the
// partial answer and records the attempt as cancelled; a fallback shows both targets and why;
// errors show in place with a Retry that then works; missing routes and keys say what to do;
// conversations are stored and come back after a restart, with their attempt trail; search finds
// them with a snippet; regenerate and edit-and-resend; Enter and Shift+Enter; the shortcuts.
#include "MainWindow.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "PacedStream.h"
#include "WindowUnderTest.h"
#include "chat/AttemptTrailView.h"
#include "chat/ChatSession.h"
#include "chat/CodeBlockView.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationListModel.h"
#include "chat/ConversationPanel.h"
#include "chat/ErrorNotice.h"
#include "chat/MarkdownView.h"
#include "chat/MessageView.h"
#include "chat/ProseView.h"
#include "chat/TargetPicker.h"
#include "chat/TranscriptView.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::ProfileConfig;
using TestSupport::WindowUnderTest;

namespace {

constexpr int kWaitMs = 15'000;

/// The text an answer shows on screen: its prose as rendered, its code as shown.
QString shownText(Ui::MessageView* view)
{
    if (!view || !view->body())
        return {};
    QStringList parts;
    for (Ui::ProseView* prose : view->body()->proseViews())
        parts.append(prose->toPlainText());
    for (Ui::CodeBlockView* code : view->body()->codeViews())
        parts.append(code->code());
    return parts.join(u'\n').trimmed();
}

QList<Storage::LedgerEntry> ledgerRows(const QString& profileDirectory)
{
    Storage::Database database(QDir(profileDirectory).filePath(QStringLiteral("switchboard.db")));
    if (!database.open().isEmpty())
        return {};
    return Storage::UsageLedger(database).recent(100);
}

} // namespace

class TestChatWindow : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_a;
    MockProviderServer m_b;

    std::unique_ptr<WindowUnderTest> start(const QTemporaryDir& dir, const ProfileConfig& profile)
    {
        return WindowUnderTest::started(dir.path(), profile);
    }

    ProfileConfig twoTargets()
    {
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), m_a.baseUrl());
        profile.addProvider(QStringLiteral("b"), m_b.baseUrl());
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m"), QStringLiteral("b/m")});
        return profile;
    }

    ProfileConfig oneTarget()
    {
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), m_a.baseUrl());
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        return profile;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_a.listen() && m_b.listen()); }

    void init()
    {
        m_a.reset();
        m_b.reset();
    }

    void aQuestionStreamsItsAnswerInIncrementally()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        const QStringList deltas{QStringLiteral("Hello"), QStringLiteral(" there,"),
                                 QStringLiteral(" how"),  QStringLiteral(" can"),
                                 QStringLiteral(" I"),    QStringLiteral(" help?")};
        m_a.enqueue(TestSupport::pacedStream(deltas, 60));
        QStringList seen;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] {
            const QString text = shownText(app->transcript()->streamingView());
            if (!text.isEmpty() && (seen.isEmpty() || seen.constLast() != text))
                seen.append(text);
        });
        sampler.start(5);
        app->send(QStringLiteral("Hi"));
        QVERIFY(app->busy());
        QCOMPARE(app->composer()->sendButton()->text(), QStringLiteral("Stop"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        sampler.stop();

        const QString answer = QStringLiteral("Hello there, how can I help?");
        QCOMPARE(shownText(app->lastMessage()), answer);
        // Text appeared in steps, each a beginning of the answer, before the whole of it.
        QVERIFY2(seen.size() >= 3, qPrintable(seen.join(QStringLiteral(" | "))));
        for (const QString& step : std::as_const(seen))
            QVERIFY2(answer.startsWith(step), qPrintable(step));
        QCOMPARE(m_a.requests().size(), 1);
        const QJsonArray first =
            m_a.requests().first().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0)[QStringLiteral("content")].toString(), QStringLiteral("Hi"));
        QCOMPARE(app->composer()->sendButton()->text(), QStringLiteral("Send"));
        QVERIFY(app->lastMessage()->trail()->summaryText().contains(QLatin1String("m via a")));

        // The next question carries the whole conversation.
        app->send(QStringLiteral("And then?"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QCOMPARE(m_a.requests().size(), 2);
        const QJsonArray second =
            m_a.requests().at(1).json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(second.size(), 3);
        QCOMPARE(second.at(0)[QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(second.at(1)[QStringLiteral("role")].toString(), QStringLiteral("assistant"));
        QCOMPARE(second.at(1)[QStringLiteral("content")].toString(), answer);
        QCOMPARE(second.at(2)[QStringLiteral("content")].toString(), QStringLiteral("And then?"));
        QCOMPARE(app->transcript()->messageCount(), 4);
    }

    void theSystemPromptOfTheConversationGoesWithEveryQuestion()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        QTest::mouseClick(app->composer()->systemPromptToggle(), Qt::LeftButton);
        QVERIFY(app->composer()->systemPromptEditor()->isVisible());
        app->composer()->systemPromptEditor()->setPlainText(QStringLiteral("Answer in French."));
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        const QJsonArray messages =
            m_a.requests().first().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(0)[QStringLiteral("content")].toString(),
                 QStringLiteral("Answer in French."));
    }

    void stopKeepsThePartialAnswerAndRecordsTheAttemptCancelled()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        MockReply reply =
            TestSupport::pacedStream({QStringLiteral("The first part"), QStringLiteral(" and more"),
                                      QStringLiteral(" and more")},
                                     5);
        // The role chunk and the first delta, then nothing until the client gives up.
        reply.stallAfterBytes = reply.splits.at(0) + reply.splits.at(1);
        reply.stallMs = -1;
        m_a.enqueue(reply);
        app->send(QStringLiteral("Tell me a long story"));
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app->transcript()->streamingView()),
                                  QStringLiteral("The first part"), kWaitMs);
        QTest::keyClick(app->editor(), Qt::Key_Escape); // Esc while streaming stops
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);

        Ui::MessageView* answer = app->lastMessage();
        QVERIFY(answer->entry().message.interrupted);
        QCOMPARE(shownText(answer), QStringLiteral("The first part"));
        auto* state = answer->findChild<QLabel*>(QStringLiteral("answerState"));
        QVERIFY(state && state->isVisible());
        QVERIFY(state->text().contains(QLatin1String("Stopped by you")));
        const QList<Storage::LedgerEntry> rows = ledgerRows(dir.path());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().attempt.outcome, Chat::Outcome::Cancelled);
    }

    void aFallbackShowsBothTargetsAndWhyTheFirstFailed()
    {
        QTemporaryDir dir;
        auto app = start(dir, twoTargets());
        QVERIFY(app);
        m_a.enqueue(MockReply::openAiError(503, QStringLiteral("The server is overloaded"),
                                           QStringLiteral("server_error")));
        m_b.enqueue(
            MockReply::openAiStream({QStringLiteral("Answer from b.")}, QStringLiteral("m"), true));
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::AttemptTrailView* trail = app->lastMessage()->trail();
        QVERIFY(trail->isVisible());
        QVERIFY2(trail->summaryText().contains(QLatin1String("m via b")),
                 qPrintable(trail->summaryText()));
        const QStringList failures = trail->failureLines();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(QLatin1String("a was overloaded (HTTP 503)")),
                 qPrintable(failures.first()));
        QVERIFY2(failures.first().contains(QLatin1String("retried on b after")),
                 qPrintable(failures.first()));
        // The line opens to the provider's own words.
        auto* line = trail->findChild<QToolButton*>(QStringLiteral("trailFailure"));
        auto* details = trail->findChild<QLabel*>(QStringLiteral("trailFailureDetails"));
        QVERIFY(line && details && !details->isVisible());
        QTest::mouseClick(line, Qt::LeftButton);
        QVERIFY(details->isVisible());
        QVERIFY(details->text().contains(QLatin1String("overloaded")));
    }

    void aBrokenStreamRestartsOnTheNextTargetAndSaysSo()
    {
        QTemporaryDir dir;
        auto app = start(dir, twoTargets());
        QVERIFY(app);
        MockReply broken =
            TestSupport::pacedStream({QStringLiteral("Half an ans"), QStringLiteral("wer")}, 5);
        broken.dropAfterBytes = broken.splits.at(0) + broken.splits.at(1);
        m_a.enqueue(broken);
        m_b.enqueue(MockReply::openAiStream({QStringLiteral("A whole answer.")},
                                            QStringLiteral("m"), true));
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::MessageView* answer = app->lastMessage();
        QCOMPARE(shownText(answer), QStringLiteral("A whole answer."));
        const QStringList failures = answer->trail()->failureLines();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(QLatin1String("broke off after 11 characters")),
                 qPrintable(failures.first()));
        QVERIFY(failures.first().contains(QLatin1String("retried on b")));
    }

    void anErrorShowsInPlaceWithARetryThatThenWorks()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        m_a.enqueue(MockReply::openAiError(500, QStringLiteral("Something broke"),
                                           QStringLiteral("server_error")));
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::MessageView* failed = app->lastMessage();
        Ui::ErrorNotice* notice = failed->notice();
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->heading().contains(QLatin1String("A had a server error")),
                 qPrintable(notice->heading()));
        QVERIFY(notice->detail().contains(QLatin1String("try again later")));
        QVERIFY(notice->retryButton()->isVisible());
        QCOMPARE(app->transcript()->messageCount(), 1); // the question; the error is not a message

        QTest::mouseClick(notice->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QCOMPARE(m_a.requests().size(), 2);
        QCOMPARE(shownText(app->lastMessage()), QStringLiteral("Hello from the mock provider."));
        QCOMPARE(app->transcript()->messageCount(), 2);
        QVERIFY(app->transcript()->findChildren<Ui::ErrorNotice*>().isEmpty());
    }

    void noRouteSaysWhatToDoAndSendsNothing()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), m_a.baseUrl());
        auto app = start(dir, profile);
        QVERIFY(app);
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY(app->lastMessage() && app->lastMessage()->notice());
        Ui::ErrorNotice* notice = app->lastMessage()->notice();
        QCOMPARE(notice->heading(), QStringLiteral("Pick a model to send this to"));
        QVERIFY(notice->detail().contains(QStringLiteral("Settings ▸ Routes")));
        QVERIFY(notice->settingsButton()->isVisible());
        QVERIFY(m_a.requests().isEmpty());
        QVERIFY(!app->window().settingsDialog());
        QTest::mouseClick(notice->settingsButton(), Qt::LeftButton);
        QVERIFY(app->window().settingsDialog());
        QTRY_VERIFY(app->window().settingsDialog()->isVisible());
    }

    void aMissingKeySaysWhereItIsLookedFor()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), m_a.baseUrl(),
                            QStringLiteral("SWITCHBOARD_TEST_UNSET_KEY"));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        qunsetenv("SWITCHBOARD_TEST_UNSET_KEY");
        auto app = start(dir, profile);
        QVERIFY(app);
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::ErrorNotice* notice = app->lastMessage()->notice();
        QVERIFY(notice);
        QCOMPARE(notice->heading(), QStringLiteral("a has no API key"));
        QVERIFY2(notice->detail().contains(QLatin1String("SWITCHBOARD_TEST_UNSET_KEY")),
                 qPrintable(notice->detail()));
        QVERIFY(notice->settingsButton()->isVisible());
        QVERIFY(m_a.requests().isEmpty());
    }

    void aConversationIsStoredAndComesBackAfterARestart()
    {
        QTemporaryDir dir;
        {
            auto app = start(dir, twoTargets());
            QVERIFY(app);
            m_a.enqueue(MockReply::openAiError(503, QStringLiteral("Overloaded"),
                                               QStringLiteral("server_error")));
            m_b.enqueue(MockReply::openAiStream({QStringLiteral("Paris is the capital.")},
                                                QStringLiteral("m"), true, QStringLiteral("stop"),
                                                {QStringLiteral("The user asks about France.")}));
            app->send(QStringLiteral("What is the capital of France?"));
            QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
            QTRY_VERIFY(app->window().session().conversationId() != 0);
            QTRY_COMPARE(app->window().library().conversations()->rowCount(), 1);
        }
        auto app = std::make_unique<WindowUnderTest>(dir.path());
        app->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
        Ui::ConversationListModel* list = app->window().library().conversations();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->index(0).data().toString(),
                 QStringLiteral("What is the capital of France?"));
        QListView* view = app->window().conversationPanel()->conversationList();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(list->index(0)).center());
        QTRY_COMPARE(app->transcript()->messageCount(), 2);
        Ui::MessageView* answer = app->transcript()->messageAt(1);
        QVERIFY(answer);
        QCOMPARE(shownText(answer), QStringLiteral("Paris is the capital."));
        QVERIFY2(answer->trail()->summaryText().contains(QLatin1String("m via b")),
                 qPrintable(answer->trail()->summaryText()));
        QCOMPARE(answer->trail()->failureLines().size(), 1);
        QVERIFY(
            answer->trail()->failureLines().first().contains(QLatin1String("a was overloaded")));
        QCOMPARE(app->window().windowTitle(),
                 QStringLiteral("What is the capital of France? — Switchboard"));
    }

    void quittingWhileAnAnswerStreamsKeepsWhatArrived()
    {
        QTemporaryDir dir;
        {
            auto app = start(dir, oneTarget());
            QVERIFY(app);
            MockReply stalled = TestSupport::pacedStream(
                {QStringLiteral("Half of it"), QStringLiteral(" and more")}, 5);
            stalled.stallAfterBytes = stalled.splits.at(0) + stalled.splits.at(1);
            stalled.stallMs = -1;
            m_a.enqueue(stalled);
            app->send(QStringLiteral("Tell me everything"));
            QTRY_COMPARE_WITH_TIMEOUT(shownText(app->transcript()->streamingView()),
                                      QStringLiteral("Half of it"), kWaitMs);
            QTRY_VERIFY(app->window().session().conversationId() != 0);
        } // the window closes mid-stream
        auto app = std::make_unique<WindowUnderTest>(dir.path());
        app->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
        QTRY_COMPARE(app->window().library().conversations()->rowCount(), 1);
        app->window().session().open(app->window().library().conversations()->idAt(0));
        QTRY_COMPARE(app->transcript()->messageCount(), 2);
        Ui::MessageView* answer = app->transcript()->messageAt(1);
        QCOMPARE(shownText(answer), QStringLiteral("Half of it"));
        QVERIFY(answer->entry().message.interrupted);
        QVERIFY(answer->entry().stoppedByUser());
    }

    void searchFindsTheMessageWithItsWordsMarked()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        m_a.enqueue(MockReply::openAiStream({QStringLiteral("The quick brown fox jumps over the "
                                                            "lazy dog.")},
                                            QStringLiteral("m"), true));
        app->send(QStringLiteral("Tell me a pangram"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QTRY_VERIFY(app->window().session().conversationId() != 0);
        app->window().session().startNew();

        QTest::keyClick(&app->window(), Qt::Key_K, Qt::ControlModifier);
        QLineEdit* search = app->window().conversationPanel()->searchField();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("lazy"));
        QListView* hits = app->window().conversationPanel()->hitList();
        QTRY_VERIFY(hits->isVisible());
        QCOMPARE(hits->model()->rowCount(), 1);
        const QString snippet =
            hits->model()->index(0, 0).data(Ui::SearchHitModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(Ui::SearchHitModel::kOpen + QStringLiteral("lazy")
                                  + Ui::SearchHitModel::kClose),
                 qPrintable(snippet));
        QCOMPARE(hits->model()->index(0, 0).data().toString(), QStringLiteral("Tell me a pangram"));
        QTest::keyClick(search, Qt::Key_Return); // opens the first result
        QTRY_COMPARE(app->transcript()->messageCount(), 2);
        QVERIFY(app->window().session().conversationId() != 0);
        search->clear();
        QTRY_VERIFY(app->window().conversationPanel()->conversationList()->isVisible());
    }

    void conversationsAreRenamedPinnedAndDeletedInPlace()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        Ui::MainWindow& window = app->window();
        app->send(QStringLiteral("First question"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QTRY_VERIFY(window.session().conversationId() != 0);
        window.session().startNew();
        app->send(QStringLiteral("Second question"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::ConversationListModel* list = window.library().conversations();
        QTRY_COMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(0).data().toString(), QStringLiteral("Second question"));

        // Rename in place: F2, type, Enter.
        QListView* view = window.conversationPanel()->conversationList();
        view->setFocus();
        view->setCurrentIndex(list->index(1));
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        // A refresh of the list arriving now does not end the edit.
        QSignalSpy refreshed(&window.library(), &Ui::ConversationLibrary::refreshed);
        window.library().refresh();
        QVERIFY(refreshed.wait(kWaitMs));
        QVERIFY(editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Renamed"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(list->index(0).data().toString() == QStringLiteral("Renamed")
                    || list->index(1).data().toString() == QStringLiteral("Renamed"));

        // Pin the other one: it goes to the top.
        const int second =
            list->index(0).data().toString() == QStringLiteral("Second question") ? 0 : 1;
        const qint64 secondId = list->idAt(second);
        const qint64 renamedId = list->idAt(1 - second);
        window.session().open(renamedId);
        QTRY_COMPARE(window.session().conversationId(), renamedId);
        window.findChild<QAction*>(QStringLiteral("pinAction"))->trigger();
        QTRY_VERIFY(list->index(list->rowOf(renamedId))
                        .data(Ui::ConversationListModel::PinnedRole)
                        .toBool());
        QCOMPARE(list->idAt(0), renamedId);
        // Pinned stays first even when the other one is newer.
        window.session().open(secondId);
        QTRY_COMPARE(window.session().conversationId(), secondId);
        const auto updatedAt = [&](qint64 id) {
            return list->index(list->rowOf(id))
                .data(Ui::ConversationListModel::UpdatedRole)
                .toLongLong();
        };
        const qint64 secondBefore = updatedAt(secondId);
        app->send(QStringLiteral("More"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        // Listed again once stored: the other one is newer now. (Refreshes that overlap arrive
        // as one, so their count says nothing.)
        QTRY_VERIFY(updatedAt(secondId) > secondBefore
                    && updatedAt(secondId) > updatedAt(renamedId));
        QCOMPARE(list->idAt(0), renamedId);

        // Delete asks in the panel, not in a dialog; Cancel keeps it, Delete removes it.
        view->setFocus();
        view->setCurrentIndex(list->index(list->rowOf(secondId)));
        QTest::keyClick(view, Qt::Key_Delete);
        QWidget* confirmation = window.conversationPanel()->deleteConfirmation();
        QVERIFY(confirmation->isVisible());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(
            confirmation->findChild<QLabel*>()->text().contains(QLatin1String("Second question")));
        QTest::mouseClick(
            confirmation->findChild<QPushButton*>(QStringLiteral("cancelDeleteButton")),
            Qt::LeftButton);
        QVERIFY(!confirmation->isVisible());
        QCOMPARE(list->rowCount(), 2);
        view->setCurrentIndex(list->index(list->rowOf(secondId)));
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::mouseClick(
            confirmation->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")),
            Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->idAt(0), renamedId);
        // The open conversation was the deleted one: the window is on a new chat.
        QTRY_COMPARE(window.session().conversationId(), 0);
        QCOMPARE(app->transcript()->messageCount(), 0);
    }

    void regenerateAndEditReplaceWhatFollows()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        m_a.enqueue(
            MockReply::openAiStream({QStringLiteral("First answer.")}, QStringLiteral("m"), true));
        m_a.enqueue(
            MockReply::openAiStream({QStringLiteral("Second answer.")}, QStringLiteral("m"), true));
        m_a.enqueue(MockReply::openAiStream({QStringLiteral("Answer to the edit.")},
                                            QStringLiteral("m"), true));
        app->send(QStringLiteral("Question"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QToolButton* button = nullptr;
        for (QToolButton* b : app->lastMessage()->findChildren<QToolButton*>()) {
            if (b->text() == QLatin1String("Regenerate"))
                button = b;
        }
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QCOMPARE(app->transcript()->messageCount(), 2);
        QCOMPARE(shownText(app->lastMessage()), QStringLiteral("Second answer."));
        QCOMPARE(m_a.requests().at(1).json().value(QStringLiteral("messages")).toArray().size(), 1);

        Ui::MessageView* question = app->transcript()->messageAt(0);
        QToolButton* edit = nullptr;
        for (QToolButton* b : question->findChildren<QToolButton*>()) {
            if (b->text() == QLatin1String("Edit"))
                edit = b;
        }
        QVERIFY(edit);
        QTest::mouseClick(edit, Qt::LeftButton);
        auto* editor = question->findChild<Ui::ComposerEdit*>(QStringLiteral("questionEditText"));
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->toPlainText(), QStringLiteral("Question"));
        editor->setPlainText(QStringLiteral("Better question"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QCOMPARE(app->transcript()->messageCount(), 2);
        const QJsonArray sent =
            m_a.requests().at(2).json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0)[QStringLiteral("content")].toString(),
                 QStringLiteral("Better question"));
        QCOMPARE(shownText(app->lastMessage()), QStringLiteral("Answer to the edit."));
    }

    void enterSendsAndShiftEnterStartsANewLine()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        Ui::ComposerEdit* editor = app->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("first"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("second"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("first\nsecond"));
        QVERIFY(!app->busy());
        QTest::keyClick(editor, Qt::Key_Enter, Qt::KeypadModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QCOMPARE(m_a.requests().size(), 1);
        const QJsonArray messages =
            m_a.requests().first().json().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.at(0)[QStringLiteral("content")].toString(),
                 QStringLiteral("first\nsecond"));
        QVERIFY(editor->toPlainText().isEmpty());
        // An empty message is not sent.
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(m_a.requests().size(), 1);
        QVERIFY(!app->busy());
    }

    void shortcutsReachEveryPart()
    {
        QTemporaryDir dir;
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        Ui::MainWindow& window = app->window();
        QLineEdit* search = window.conversationPanel()->searchField();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Escape); // back to the message field
        QVERIFY(app->editor()->hasFocus());
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(app->editor()->hasFocus());

        app->send(QStringLiteral("One"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QTRY_VERIFY(window.session().conversationId() != 0);
        const qint64 first = window.session().conversationId();
        QTest::keyClick(app->editor(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.session().conversationId(), 0);
        QCOMPARE(app->transcript()->messageCount(), 0);
        app->send(QStringLiteral("Two"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QTRY_VERIFY(window.session().conversationId() != 0);
        const qint64 second = window.session().conversationId();
        QTRY_COMPARE(window.library().conversations()->rowCount(), 2);
        QTest::keyClick(app->editor(), Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(window.session().conversationId(), first);
        QTest::keyClick(app->editor(), Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(window.session().conversationId(), second);

        // Ctrl+. stops an answer.
        MockReply stalled =
            TestSupport::pacedStream({QStringLiteral("Part"), QStringLiteral(" more")}, 5);
        stalled.stallAfterBytes = stalled.splits.at(0) + stalled.splits.at(1);
        stalled.stallMs = -1;
        m_a.enqueue(stalled);
        app->send(QStringLiteral("Three"));
        QTRY_COMPARE_WITH_TIMEOUT(shownText(app->transcript()->streamingView()),
                                  QStringLiteral("Part"), kWaitMs);
        QTest::keyClick(&window, Qt::Key_Period, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QVERIFY(app->lastMessage()->entry().message.interrupted);
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        auto app = start(dir, twoTargets());
        QVERIFY(app);
        m_a.enqueue(MockReply::openAiError(503, QStringLiteral("Overloaded"),
                                           QStringLiteral("server_error")));
        m_b.enqueue(
            MockReply::openAiStream({QStringLiteral("Some `code`:\n\n```python\nprint(1)\n```\n")},
                                    QStringLiteral("m"), true));
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QStringList unnamed;
        for (QWidget* widget : app->window().findChildren<QWidget*>()) {
            const bool control =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
                || qobject_cast<QComboBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
                || qobject_cast<QListView*>(widget);
            if (!control || !widget->isVisibleTo(&app->window()))
                continue;
            if (widget->accessibleName().isEmpty()
                && !(qobject_cast<QAbstractButton*>(widget)
                     && !static_cast<QAbstractButton*>(widget)->text().isEmpty()))
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' '
                               + widget->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // Focus moves through the controls with Tab, and each shows where it is.
        for (QWidget* widget : app->window().findChildren<QWidget*>()) {
            if (qobject_cast<QAbstractButton*>(widget) && widget->isVisibleTo(&app->window()))
                QVERIFY2(widget->focusPolicy() & Qt::TabFocus,
                         qPrintable(static_cast<QAbstractButton*>(widget)->text()));
        }
    }

    void aReadOnlyHistorySaysNothingIsSaved()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(dir.filePath(QStringLiteral("switchboard.db")));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        auto app = start(dir, oneTarget());
        QVERIFY(app);
        auto* problem = app->window().findChild<QLabel*>(QStringLiteral("configProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("newer Switchboard")),
                 qPrintable(problem->text()));
        app->send(QStringLiteral("Hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QCOMPARE(shownText(app->lastMessage()), QStringLiteral("Hello from the mock provider."));
        QTRY_VERIFY(!app->transcript()->bannerText().isEmpty());
        QVERIFY2(app->transcript()->bannerText().contains(QLatin1String("not being saved")),
                 qPrintable(app->transcript()->bannerText()));
        QVERIFY(app->transcript()->bannerText().contains(QLatin1String("newer Switchboard")));
    }
};

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"
