// Secrets never reach error text, logs or the ledger: configured keys and key-shaped strings.
#include "secrets/Redactor.h"

#include <QTest>

class TestRedactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void configuredKeyIsRemovedWherever()
    {
        Secrets::Redactor redactor;
        redactor.addSecret(QStringLiteral("my-very-own-local-token-123"));
        const QString text =
            redactor.redact(QStringLiteral("token my-very-own-local-token-123 rejected"));
        QVERIFY(!text.contains(QLatin1String("my-very-own")));
        QVERIFY(text.contains(QLatin1String("[redacted]")));
    }

    void knownKeyShapesAreRemoved_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("openai") << "sk-proj-abcdefghijklmnop1234";
        QTest::newRow("anthropic") << "sk-ant-api03-abcdefghijklmnop";
        QTest::newRow("google") << "AIzaSyA1234567890abcdefghijklmnop";
        QTest::newRow("groq") << "gsk_abcdefghijklmnop1234";
        QTest::newRow("xai") << "xai-abcdefghijklmnop1234";
    }

    void knownKeyShapesAreRemoved()
    {
        QFETCH(QString, secret);
        const QString text = Secrets::Redactor().redact(
            QStringLiteral("Incorrect API key provided: %1.").arg(secret));
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY(text.startsWith(QLatin1String("Incorrect API key provided: [redacted]")));
    }

    void bearerHeadersAreRemoved()
    {
        const QString text = Secrets::Redactor::redactPatterns(
            QStringLiteral("sent Authorization: Bearer abc.def-ghi, got 401"));
        QCOMPARE(text, QStringLiteral("sent Authorization: Bearer [redacted], got 401"));
    }

    void ordinaryTextIsLeftAlone()
    {
        const QString text = QStringLiteral("the task-sketch is fine; skip it");
        QCOMPARE(Secrets::Redactor().redact(text), text);
        Secrets::Redactor shortSecret;
        shortSecret.addSecret(QStringLiteral("abc")); // too short to be a key: would eat words
        QCOMPARE(shortSecret.redact(QStringLiteral("abcdef")), QStringLiteral("abcdef"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
