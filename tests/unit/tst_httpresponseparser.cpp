// HttpResponseParser: every framing of RFC 9112 a provider's server uses, in any pieces, and
// garbage in place of HTTP ending in a readable failure.
#include "providers/HttpResponseParser.h"

#include <QTest>

using Providers::HttpResponseParser;

namespace {

struct Parsed {
    HttpResponseParser parser;
    QByteArray body;
};

/// Feeds `bytes` in pieces of at most `piece` bytes (0: all at once).
Parsed parse(const QByteArray& bytes, qsizetype piece = 0, bool close = false)
{
    Parsed result;
    const qsizetype step = piece > 0 ? piece : std::max<qsizetype>(1, bytes.size());
    for (qsizetype at = 0; at < bytes.size(); at += step)
        result.body +=
            result.parser.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)));
    if (close)
        result.parser.connectionClosed();
    return result;
}

const QByteArray kChunked = "HTTP/1.1 200 OK\r\n"
                            "Content-Type: text/event-stream; charset=utf-8\r\n"
                            "Transfer-Encoding: chunked\r\n"
                            "x-request-id: req_42\r\n"
                            "\r\n"
                            "f;ext=1\r\ndata: {\"a\":1}\n\n\r\n"
                            "11\r\ndata: [DONE]\n\n\xe2\x82\xac\r\n"
                            "0\r\n"
                            "X-Trailer: ignored\r\n"
                            "\r\n";
const QByteArray kChunkedBody = "data: {\"a\":1}\n\ndata: [DONE]\n\n\xe2\x82\xac";

} // namespace

class TestHttpResponseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAContentLengthAnswerInAnyPieces()
    {
        const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 11\r\n\r\n{\"ok\":true}";
        for (qsizetype piece = 0; piece <= bytes.size(); ++piece) {
            Parsed p = parse(bytes, piece);
            QVERIFY2(p.parser.isDone(), qPrintable(QString::number(piece)));
            QCOMPARE(p.parser.status(), 200);
            QCOMPARE(p.body, QByteArray("{\"ok\":true}"));
            QCOMPARE(p.parser.contentLength(), std::optional<qint64>(11));
            QCOMPARE(p.parser.header("content-type"), QByteArray("application/json"));
            QVERIFY(p.parser.reusable());
        }
    }

    void decodesChunksWithExtensionsAndTrailersInAnyPieces()
    {
        for (qsizetype piece = 0; piece <= kChunked.size(); ++piece) {
            Parsed p = parse(kChunked, piece);
            QVERIFY2(p.parser.isDone(), qPrintable(QString::number(piece)));
            QCOMPARE(p.body, kChunkedBody);
            QCOMPARE(p.parser.bodyBytes(), kChunkedBody.size());
            QCOMPARE(p.parser.header("X-Request-Id"), QByteArray("req_42"));
            QVERIFY(p.parser.header("X-Trailer").isNull());
            QVERIFY(!p.parser.contentLength());
            QVERIFY(p.parser.reusable());
        }
    }

    void skipsInterimResponses()
    {
        Parsed p =
            parse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                  "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\nContent-Length: 2\r\n"
                  "\r\n{}");
        QVERIFY(p.parser.isDone());
        QCOMPARE(p.parser.status(), 429);
        QCOMPARE(p.parser.header("Retry-After"), QByteArray("7"));
        QVERIFY(p.parser.header("Link").isNull());
        QCOMPARE(p.body, QByteArray("{}"));
    }

    void noContentHasNoBody()
    {
        Parsed p = parse("HTTP/1.1 204 No Content\r\n\r\n");
        QVERIFY(p.parser.isDone());
        QVERIFY(p.body.isEmpty());
        QVERIFY(p.parser.reusable());
    }

    void aBodyWithoutFramingRunsUntilTheClose()
    {
        Parsed p = parse("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\ndata: x\n\n");
        QVERIFY(!p.parser.isDone());
        QCOMPARE(p.body, QByteArray("data: x\n\n"));
        p.parser.connectionClosed();
        QVERIFY(p.parser.isDone());
        QVERIFY(!p.parser.reusable());
    }

    void closeAndHttp10AndLeftoversEndTheConnection()
    {
        QVERIFY(
            !parse("HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\nContent-Length: 0\r\n\r\n")
                 .parser.reusable());
        QVERIFY(!parse("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").parser.reusable());
        Parsed extra = parse("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxy");
        QVERIFY(extra.parser.isDone());
        QCOMPARE(extra.body, QByteArray("x"));
        QCOMPARE(extra.parser.leftover(), 1);
        QVERIFY(!extra.parser.reusable());
    }

    void aCutAnswerSaysWhereItWasCut_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing") << QByteArray() << "closed the connection without answering";
        QTest::newRow("in the header") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le")
                                       << "in the middle of the response's header";
        QTest::newRow("in a length body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
            << "closed after 3 of 10 bytes";
        QTest::newRow("in a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
            << "before the end of the chunked answer (2 bytes received)";
        QTest::newRow("before the last chunk") << kChunked.left(kChunked.lastIndexOf("0\r\n"))
                                               << "before the end of the chunked answer";
    }
    void aCutAnswerSaysWhereItWasCut()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        Parsed p = parse(bytes, 0, true);
        QVERIFY(p.parser.failed());
        QVERIFY2(p.parser.error().contains(error), qPrintable(p.parser.error()));
    }

    void garbageFailsReadably_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                                  << "did not answer in HTTP/1.1";
        QTest::newRow("http/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << "did not answer in HTTP/1.1";
        QTest::newRow("no status code")
            << QByteArray("HTTP/1.1 abc OK\r\n\r\n") << "no status code";
        QTest::newRow("status with letters")
            << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << "no status code";
        QTest::newRow("header without colon")
            << QByteArray("HTTP/1.1 200 OK\r\nbroken header\r\n\r\n") << "malformed header field";
        QTest::newRow("folded header")
            << QByteArray("HTTP/1.1 200 OK\r\nA: b\r\n  c\r\n\r\n") << "malformed header field";
        QTest::newRow("length not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n") << "not a number";
        QTest::newRow("gzip transfer coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n")
            << "transfer coding this client does not read";
        QTest::newRow("chunk size not hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << "not a hexadecimal number";
        QTest::newRow("chunk size overflow") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n")
                                             << "not a hexadecimal number";
        QTest::newRow("chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
            << "does not end where its size says";
        QTest::newRow("endless chunk size line")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                   + QByteArray(2000, '0')
            << "chunk size line of the response is too long";
        QTest::newRow("huge header")
            << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70 * 1024, 'a')
            << "header is larger than 64 KiB";
        QByteArray many = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 300; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << many << "more than 256 header fields";
    }
    void garbageFailsReadably()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        for (const qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(7)}) {
            Parsed p = parse(bytes, piece);
            QVERIFY2(p.parser.failed(), qPrintable(QString::number(piece)));
            QVERIFY2(p.parser.error().contains(error), qPrintable(p.parser.error()));
            // Nothing more is read once failed, and a close changes nothing.
            QVERIFY(p.parser.feed("HTTP/1.1 200 OK\r\n\r\n").isEmpty());
            p.parser.connectionClosed();
            QVERIFY(p.parser.failed());
        }
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
