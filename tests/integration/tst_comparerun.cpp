// Compare::CompareRun against three mock providers through a real Router and ledger: each column
// streams through its own signals, a finished column retries alone, one column or the whole
// compare can be cancelled, a broken answer restarts inside its column, a reopened compare can
// retry a column, and a compare destroyed mid-run leaves no attempt pending.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "compare/CompareColumn.h"
#include "compare/CompareRun.h"
#include "config/AppConfig.h"
#include "routing/Router.h"
#include "secrets/KeyResolver.h"
#include "storage/CompareStore.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/UsageLedger.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Compare;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

MockReply answer(const QStringList& deltas)
{
    return MockReply::openAiStream(deltas, QStringLiteral("m"), true);
}

MockReply unauthorized()
{
    return MockReply::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                  QStringLiteral("invalid_request_error"),
                                  QStringLiteral("invalid_api_key"));
}

} // namespace

class TestCompareRun : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_a, m_b, m_c;
    Config::AppConfig m_config;
    QNetworkAccessManager m_network;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::UsageLedger> m_ledger; ///< reads what the writer wrote
    std::unique_ptr<Storage::LedgerWriter> m_writer;
    std::unique_ptr<Routing::Router> m_router;

    static Providers::ProviderConfig provider(const QString& name, const QUrl& url)
    {
        return Providers::ProviderConfig{name, Providers::Kind::OpenAi, url, {}, {}};
    }

    std::unique_ptr<CompareRun> makeRun(const QList<CompareTarget>& targets)
    {
        CompareRequest request;
        request.prompt = QStringLiteral("Compare me");
        request.targets = targets;
        return makeRun(request);
    }

    std::unique_ptr<CompareRun> makeRun(const CompareRequest& request)
    {
        QList<Routing::Route> routes;
        const QString problem = request.resolve(m_config, &routes);
        if (!problem.isEmpty()) {
            qWarning() << problem;
            return nullptr;
        }
        return std::make_unique<CompareRun>(*m_router, request, routes);
    }

    /// The result of the `count`th `finished` (waiting for it), or an empty one if it never came.
    static CompareResult waitForFinished(QSignalSpy& finished, int count = 1)
    {
        while (finished.size() < count) {
            if (!finished.wait(20'000))
                return {};
        }
        return finished.at(count - 1).first().value<CompareResult>();
    }

    QList<Storage::LedgerEntry> rowsOf(const QString& requestId)
    {
        QList<Storage::LedgerEntry> rows;
        for (const Storage::LedgerEntry& entry : m_ledger->recent(1000)) {
            if (entry.attempt.requestId == requestId)
                rows.append(entry);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_a.listen() && m_b.listen() && m_c.listen());
        m_config.providers = {provider(QStringLiteral("a"), m_a.baseUrl()),
                              provider(QStringLiteral("b"), m_b.baseUrl()),
                              provider(QStringLiteral("c"), m_c.baseUrl())};
        Routing::Route fallback;
        fallback.name = QStringLiteral("fallback");
        fallback.targets = {
            Routing::TargetSpec{
                {QStringLiteral("b"), QStringLiteral("first")}, {}, {}, {}, {}, 1.0},
            Routing::TargetSpec{
                {QStringLiteral("c"), QStringLiteral("second")}, {}, {}, {}, {}, 1.0}};
        m_config.routes = {fallback};
        m_config.timeouts = {2000, 3000, 2000, 10000};
        m_db = std::make_unique<Storage::Database>(m_dir.filePath(QStringLiteral("s.db")));
        QCOMPARE(m_db->open(), QString());
        m_ledger = std::make_unique<Storage::UsageLedger>(*m_db);
        m_writer = std::make_unique<Storage::LedgerWriter>(
            Storage::ConnectionSettings::sqlite(m_dir.filePath(QStringLiteral("s.db"))));
        m_router = std::make_unique<Routing::Router>(m_network, m_config, m_keys, m_writer.get());
    }

    void init()
    {
        m_a.reset();
        m_b.reset();
        m_c.reset();
        m_router->health().clear();
    }

    void eachColumnStreamsThroughItsOwnSignals()
    {
        m_a.enqueue(answer({QStringLiteral("Al"), QStringLiteral("pha")}));
        m_b.enqueue(answer({QStringLiteral("Be"), QStringLiteral("ta")}));
        const auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                                  CompareTarget::model(QStringLiteral("b/m"))});
        QVERIFY(run);
        QList<QString> streamed(2);
        QList<int> started(2, 0);
        QList<int> ended(2, 0);
        for (CompareColumn* column : run->columns()) {
            const int i = column->index();
            connect(column, &CompareColumn::started, this, [&started, i] { ++started[i]; });
            connect(column, &CompareColumn::streamEvent, this,
                    [&streamed, i](const Chat::StreamEvent& e) {
                        if (e.kind == Chat::StreamEvent::Kind::TextDelta)
                            streamed[i] += e.text;
                    });
            connect(column, &CompareColumn::finished, this, [&ended, i] { ++ended[i]; });
        }
        QSignalSpy columnFinished(run.get(), &CompareRun::columnFinished);
        QSignalSpy finished(run.get(), &CompareRun::finished);
        run->start();
        QVERIFY(run->isRunning());
        QCOMPARE(run->column(0)->result().state, ColumnState::Running);
        const CompareResult result = waitForFinished(finished);
        QTest::qWait(20); // a second `finished` must not follow
        QCOMPARE(finished.size(), 1);
        QCOMPARE(columnFinished.size(), 2);
        QCOMPARE(started, (QList<int>{1, 1}));
        QCOMPARE(ended, (QList<int>{1, 1}));
        QCOMPARE(streamed, (QList<QString>{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
        QCOMPARE(run->column(0)->text(), QStringLiteral("Alpha"));
        QCOMPARE(result.answeredCount(), 2);
        QVERIFY(!result.cancelled);
        for (const ColumnResult& column : result.columns) {
            QCOMPARE(column.state, ColumnState::Answered);
            QCOMPARE(column.record.outcome, std::optional<Chat::Outcome>(Chat::Outcome::Ok));
            QCOMPARE(column.record.attempts, 1);
            QVERIFY(column.record.ttftMs.has_value());
            QCOMPARE(column.record.outputTokens, std::optional<qint64>(2));
            const QList<Storage::LedgerEntry> rows = rowsOf(column.record.requestId);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().origin, Chat::Origin::Compare);
            QCOMPARE(rows.first().attempt.ttftMs, column.record.ttftMs);
            QCOMPARE(rows.first().attempt.totalMs, column.record.totalMs);
        }
        const Storage::CompareSession session = result.session();
        QCOMPARE(session.prompt, QStringLiteral("Compare me"));
        QCOMPARE(session.columns.size(), 2);
        QCOMPARE(session.columns.at(1).text, QStringLiteral("Beta"));
    }

    void aFailedColumnRetriesAloneWithANewRequest()
    {
        m_a.enqueue(unauthorized());
        m_b.enqueue(answer({QStringLiteral("from b")}));
        const auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                                  CompareTarget::model(QStringLiteral("b/m"))});
        QSignalSpy finished(run.get(), &CompareRun::finished);
        run->start();
        const CompareResult first = waitForFinished(finished);
        QCOMPARE(first.columns.at(0).state, ColumnState::Failed);
        QCOMPARE(first.columns.at(0).record.outcome,
                 std::optional<Chat::Outcome>(Chat::Outcome::Auth));
        QVERIFY(first.columns.at(0).failureLine().startsWith(QLatin1String("a/m: auth")));
        QCOMPARE(first.columns.at(1).state, ColumnState::Answered);
        const QString firstRequest = first.columns.at(0).record.requestId;
        const Storage::CompareColumnRecord otherBefore = first.columns.at(1).record;

        m_a.enqueue(answer({QStringLiteral("from a, at last")}));
        QSignalSpy columnStarted(run.get(), &CompareRun::columnStarted);
        QCOMPARE(run->retryColumn(0), QString());
        QVERIFY(!run->retryColumn(0).isEmpty()); // refused while it runs
        QVERIFY(run->retryColumn(7).contains(QLatin1String("no column 8")));
        const CompareResult second = waitForFinished(finished, 2);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(columnStarted.size(), 1);
        QCOMPARE(columnStarted.first().first().toInt(), 0);
        QCOMPARE(m_a.requests().size(), 2);
        QCOMPARE(m_b.requests().size(), 1); // the other column was not asked again
        QCOMPARE(second.columns.at(0).state, ColumnState::Answered);
        QCOMPARE(second.columns.at(0).record.text, QStringLiteral("from a, at last"));
        QVERIFY(second.columns.at(0).record.requestId != firstRequest);
        QCOMPARE(second.columns.at(1).record, otherBefore);
        QCOMPARE(rowsOf(firstRequest).size(), 1);
        QCOMPARE(rowsOf(second.columns.at(0).record.requestId).size(), 1);
        QCOMPARE(rowsOf(second.columns.at(0).record.requestId).first().origin,
                 Chat::Origin::Compare);
    }

    void cancellingOneColumnLeavesTheOthersRunning()
    {
        MockReply slow = answer({QStringLiteral("never")});
        slow.firstByteDelayMs = 2500;
        m_a.enqueue(slow);
        m_b.enqueue(answer({QStringLiteral("from b")}));
        const auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                                  CompareTarget::model(QStringLiteral("b/m"))});
        QSignalSpy finished(run.get(), &CompareRun::finished);
        connect(&m_a, &MockProviderServer::requestReceived, run.get(),
                [&run] { run->column(0)->cancel(); });
        run->start();
        const CompareResult result = waitForFinished(finished);
        m_a.disconnect(run.get());
        QCOMPARE(result.columns.at(0).state, ColumnState::Cancelled);
        QCOMPARE(result.columns.at(0).record.outcome,
                 std::optional<Chat::Outcome>(Chat::Outcome::Cancelled));
        QCOMPARE(result.columns.at(1).state, ColumnState::Answered);
        QVERIFY(!result.cancelled);
        QCOMPARE(rowsOf(result.columns.at(0).record.requestId).first().attempt.outcome,
                 Chat::Outcome::Cancelled);
    }

    void cancellingTheCompareCancelsEveryColumn()
    {
        for (MockProviderServer* server : {&m_a, &m_b, &m_c}) {
            MockReply slow = answer({QStringLiteral("never")});
            slow.firstByteDelayMs = 2500;
            server->enqueue(slow);
        }
        const auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                                  CompareTarget::model(QStringLiteral("b/m")),
                                  CompareTarget::model(QStringLiteral("c/m"))});
        QSignalSpy finished(run.get(), &CompareRun::finished);
        int arrived = 0;
        for (MockProviderServer* server : {&m_a, &m_b, &m_c}) {
            connect(server, &MockProviderServer::requestReceived, run.get(), [&] {
                if (++arrived == 3)
                    run->cancel();
            });
        }
        run->start();
        const CompareResult result = waitForFinished(finished);
        for (MockProviderServer* server : {&m_a, &m_b, &m_c})
            server->disconnect(run.get());
        QCOMPARE(finished.size(), 1);
        QVERIFY(result.cancelled);
        QCOMPARE(result.answeredCount(), 0);
        for (const ColumnResult& column : result.columns) {
            QCOMPARE(column.state, ColumnState::Cancelled);
            const QList<Storage::LedgerEntry> rows = rowsOf(column.record.requestId);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().attempt.outcome, Chat::Outcome::Cancelled);
        }
    }

    void aBrokenAnswerRestartsInsideItsColumn()
    {
        MockReply broken = MockReply::openAiStream(
            {QStringLiteral("Partial "), QStringLiteral("rest")}, QStringLiteral("first"), true);
        broken.dropAfterBytes = broken.body.indexOf("rest");
        m_b.enqueue(broken);
        m_c.enqueue(answer({QStringLiteral("Whole answer.")}));
        m_a.enqueue(answer({QStringLiteral("direct")}));
        const auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                                  CompareTarget::route(QStringLiteral("fallback"))});
        QSignalSpy restarted(run->column(1), &CompareColumn::answerRestarted);
        QSignalSpy finished(run.get(), &CompareRun::finished);
        run->start();
        const CompareResult result = waitForFinished(finished);
        QCOMPARE(restarted.size(), 1);
        const ColumnResult& column = result.columns.at(1);
        QCOMPARE(column.state, ColumnState::Answered);
        QCOMPARE(column.record.text, QStringLiteral("Whole answer."));
        QCOMPARE(run->column(1)->text(), QStringLiteral("Whole answer."));
        QCOMPARE(column.record.provider, QStringLiteral("c"));
        QCOMPARE(column.record.attempts, 2);
        QCOMPARE(column.route.attempts.first().text, QStringLiteral("Partial "));
    }

    void aReopenedCompareRetriesAColumn()
    {
        m_a.enqueue(unauthorized());
        m_b.enqueue(answer({QStringLiteral("from b")}));
        qint64 id = 0;
        Storage::CompareStore store(*m_db);
        {
            const auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                                      CompareTarget::model(QStringLiteral("b/m"))});
            QSignalSpy finished(run.get(), &CompareRun::finished);
            run->start();
            const CompareResult result = waitForFinished(finished);
            QString error;
            id = store.save(result.session(), &error).value_or(0);
            QVERIFY2(id > 0, qPrintable(error));
        }
        const std::optional<Storage::CompareSession> saved = store.session(id);
        QVERIFY(saved);
        const auto reopened = makeRun(CompareRequest::fromSession(*saved));
        QCOMPARE(reopened->request().prompt, QStringLiteral("Compare me"));
        QCOMPARE(reopened->request().targets,
                 (QList<CompareTarget>{CompareTarget::model(QStringLiteral("a/m")),
                                       CompareTarget::model(QStringLiteral("b/m"))}));
        reopened->restore(*saved);
        QVERIFY(!reopened->isRunning());
        QCOMPARE(reopened->column(0)->result().state, ColumnState::Failed);
        QCOMPARE(reopened->column(1)->result().state, ColumnState::Answered);
        QCOMPARE(reopened->column(1)->text(), QStringLiteral("from b"));

        m_a.enqueue(answer({QStringLiteral("from a")}));
        QSignalSpy finished(reopened.get(), &CompareRun::finished);
        QCOMPARE(reopened->retryColumn(0), QString());
        const CompareResult result = waitForFinished(finished);
        QCOMPARE(m_b.requests().size(), 1);
        QCOMPARE(result.columns.at(0).record.text, QStringLiteral("from a"));
        QVERIFY(store.updateColumn(id, result.columns.at(0).record));
        const std::optional<Storage::CompareSession> updated = store.session(id);
        QCOMPARE(updated->columns.at(0).text, QStringLiteral("from a"));
        QCOMPARE(updated->columns.at(0).answered, true);
        QCOMPARE(updated->columns.at(1), saved->columns.at(1));
    }

    void aCompareDestroyedMidRunLeavesNoAttemptPending()
    {
        for (MockProviderServer* server : {&m_a, &m_b}) {
            MockReply slow = answer({QStringLiteral("never")});
            slow.firstByteDelayMs = 2500;
            server->enqueue(slow);
        }
        auto run = makeRun({CompareTarget::model(QStringLiteral("a/m")),
                            CompareTarget::model(QStringLiteral("b/m"))});
        QSignalSpy arrivedA(&m_a, &MockProviderServer::requestReceived);
        QSignalSpy arrivedB(&m_b, &MockProviderServer::requestReceived);
        run->start();
        QTRY_VERIFY(!arrivedA.isEmpty() && !arrivedB.isEmpty());
        const QString requestA = run->column(0)->result().record.requestId;
        run.reset();
        // The cancelled ends are queued on the writer's thread: wait until they are committed.
        QSignalSpy flushed(m_writer.get(), &Storage::LedgerWriter::flushed);
        m_writer->flush();
        QVERIFY(flushed.wait(30'000));
        const QList<Storage::LedgerEntry> rows = rowsOf(requestA);
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().pending);
        QCOMPARE(rows.first().attempt.outcome, Chat::Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestCompareRun)
#include "tst_comparerun.moc"
