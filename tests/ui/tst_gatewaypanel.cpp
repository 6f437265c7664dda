// The local gateway's panel over a real GatewayController, ProfileSession and mock provider, with
// the token in the keychain of packaging/with-test-session.sh (a service of this test's own) and
// real HTTP on loopback: the switch turns it on and shows the address, copy puts the address and
// the token on the clipboard, the token stays masked until revealed, the count follows a real
// chat completion, regenerate asks first and then refuses the old token, a taken port shows what
// to do, and the status-bar button follows it all.
#include "KeychainTestSession.h"
#include "MockProviderServer.h"
#include "WindowUnderTest.h"
#include "chat/ErrorNotice.h"
#include "config/Profile.h"
#include "gateway/GatewayDialog.h"
#include "gateway/GatewayPanel.h"
#include "gateway/GatewayStatusButton.h"
#include "secrets/KeyStore.h"
#include "session/GatewayController.h"
#include "session/ProfileSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Session::GatewayController;
using State = Session::GatewayController::State;
using TestSupport::MockProviderServer;
using TestSupport::ProfileConfig;

namespace {

constexpr int kWaitMs = 20'000;

} // namespace

class TestGatewayPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    MockProviderServer m_mock;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_client;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Secrets::KeyStore> m_keyStore;
    std::unique_ptr<Session::ProfileSession> m_profile;
    std::unique_ptr<GatewayController> m_gateway;
    std::unique_ptr<Ui::GatewayDialog> m_dialog;

    Ui::GatewayPanel& panel() const { return *m_dialog->panel(); }

    bool switchOn()
    {
        panel().enabledSwitch()->click();
        return QTest::qWaitFor([this] { return m_gateway->state() == State::On; }, kWaitMs);
    }

    int status(const QString& path, const QString& token, const QByteArray& body = {})
    {
        QUrl url(panel().addressField()->text());
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* reply =
            body.isEmpty() ? m_client.get(request) : m_client.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(kWaitMs);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_client.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_mock.listen());
    }

    void init()
    {
        if (!TestSupport::insideTestSession())
            QSKIP("writes the token to the keychain: only inside packaging/with-test-session.sh");
        qunsetenv(Gateway::GatewayToken::environmentVariable());
        m_dir = std::make_unique<QTemporaryDir>();
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("mock"), m_mock.baseUrl());
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("mock/m")});
        profile.config.gateway.port = 0;
        QVERIFY(profile.save(m_dir->path()).isEmpty());
        m_keyStore =
            std::make_unique<Secrets::KeyStore>(QStringLiteral("SwitchboardTest-gatewaypanel"), 0);
        m_profile = std::make_unique<Session::ProfileSession>(Config::Profile(m_dir->path()),
                                                              m_network, m_keys);
        m_gateway = std::make_unique<GatewayController>(*m_profile, *m_keyStore);
        m_dialog = std::make_unique<Ui::GatewayDialog>(*m_gateway);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_gateway.reset();
        m_profile.reset();
        m_keyStore.reset();
        m_dir.reset();
    }

    void switchTurnsItOnAndShowsTheAddress()
    {
        QVERIFY(!panel().enabledSwitch()->isChecked());
        QVERIFY(panel().addressField()->text().isEmpty());
        QVERIFY(!panel().copyAddressButton()->isEnabled());

        QVERIFY(switchOn());
        QVERIFY(panel().enabledSwitch()->isChecked());
        const QString address = panel().addressField()->text();
        QCOMPARE(address, m_gateway->baseUrl().toString());
        QVERIFY2(address.startsWith(QLatin1String("http://127.0.0.1:"))
                     && address.endsWith(QLatin1String("/v1")),
                 qPrintable(address));
        QVERIFY(panel().copyAddressButton()->isEnabled());
        QCOMPARE(status(QStringLiteral("/health"), {}), 200);

        panel().enabledSwitch()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(), State::Off, kWaitMs);
        QVERIFY(!panel().enabledSwitch()->isChecked());
        QVERIFY(panel().addressField()->text().isEmpty());
        QVERIFY(!m_gateway->isEnabled());
    }

    void copyPutsTheAddressAndTheTokenOnTheClipboard()
    {
        QVERIFY(switchOn());
        QApplication::clipboard()->clear();
        panel().copyAddressButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), m_gateway->baseUrl().toString());
        panel().copyTokenButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), m_gateway->token());
        QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("sb-gw-")));
        // The copied token works.
        QCOMPARE(status(QStringLiteral("/v1/models"), QApplication::clipboard()->text()), 200);
        QApplication::clipboard()->clear();
    }

    void tokenIsMaskedUntilRevealed()
    {
        QVERIFY(switchOn());
        QLineEdit* field = panel().tokenField();
        const QString token = m_gateway->token();
        QCOMPARE(field->text(), token);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!field->displayText().contains(token));

        panel().revealButton()->click();
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        QCOMPARE(field->displayText(), token);
        panel().revealButton()->click();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!field->displayText().contains(token));
    }

    void countLabelFollowsARealChatCompletion()
    {
        QVERIFY(switchOn());
        QCOMPARE(panel().requestCountLabel()->text(), QStringLiteral("0 served"));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("model"), QStringLiteral("route/default")},
                                      {QStringLiteral("messages"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("role"), QStringLiteral("user")},
                                           {QStringLiteral("content"), QStringLiteral("Hi")}}}}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(status(QStringLiteral("/v1/chat/completions"), m_gateway->token(), body), 200);
        QCOMPARE(m_mock.requests().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(panel().requestCountLabel()->text(), QStringLiteral("1 served"),
                                  kWaitMs);

        Ui::GatewayStatusButton indicator(*m_gateway);
        QCOMPARE(indicator.text(), QStringLiteral("Gateway on · 1 served"));
        QCOMPARE(indicator.toolTip(), m_gateway->baseUrl().toString());
    }

    void regenerateAsksFirstThenRefusesTheOldToken()
    {
        QVERIFY(switchOn());
        const QString old = m_gateway->token();
        panel().regenerateButton()->click();
        QMessageBox* confirm = panel().regenerateConfirmation();
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!panel().regenerateConfirmation());
        QCOMPARE(m_gateway->token(), old);

        panel().regenerateButton()->click();
        confirm = panel().regenerateConfirmation();
        QVERIFY(confirm);
        auto* replace = confirm->findChild<QPushButton*>(QStringLiteral("confirmRegenerate"));
        QVERIFY(replace);
        QSignalSpy changed(m_gateway.get(), &GatewayController::tokenChanged);
        replace->click();
        QVERIFY(changed.wait(kWaitMs));
        const QString fresh = m_gateway->token();
        QVERIFY(fresh != old);
        QCOMPARE(panel().tokenField()->text(), fresh);
        QCOMPARE(status(QStringLiteral("/v1/models"), old), 401);
        QCOMPARE(status(QStringLiteral("/v1/models"), fresh), 200);
    }

    void takenPortShowsWhatToDo()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        panel().portBox()->setValue(squatter.serverPort());
        Q_EMIT panel().portBox()->editingFinished();
        QCOMPARE(m_gateway->port(), squatter.serverPort());
        Ui::GatewayStatusButton indicator(*m_gateway);

        panel().enabledSwitch()->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel().errorNotice()->isVisible(), kWaitMs);
        QVERIFY(!panel().enabledSwitch()->isChecked());
        const QString detail = panel().errorNotice()->detail();
        QVERIFY2(detail.contains(QString::number(squatter.serverPort()))
                     && detail.contains(QLatin1String("Choose another port")),
                 qPrintable(detail));
        QCOMPARE(indicator.text(), QStringLiteral("Gateway off: see why"));
        QCOMPARE(indicator.toolTip(), detail);

        // A free port and the switch again: on, and the notice is gone.
        panel().portBox()->setValue(0);
        Q_EMIT panel().portBox()->editingFinished();
        QVERIFY(switchOn());
        QVERIFY(!panel().errorNotice()->isVisible());
        QVERIFY(indicator.text().startsWith(QLatin1String("Gateway on")));
    }
};

QTEST_MAIN(TestGatewayPanel)
#include "tst_gatewaypanel.moc"
