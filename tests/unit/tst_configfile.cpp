// config.json: validated with messages that say where, written atomically, nothing lost.
#include "config/ConfigFile.h"
#include "config/Profile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestConfigFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsAnEmptyConfiguration()
    {
        QTemporaryDir dir;
        const Config::LoadResult result =
            Config::ConfigFile(dir.filePath(QStringLiteral("config.json"))).load();
        QVERIFY(result.ok());
        QVERIFY(result.config.providers.isEmpty());
    }

    void saveThenLoadGivesTheSameProviders()
    {
        QTemporaryDir dir;
        Config::ConfigFile file(dir.filePath(QStringLiteral("config.json")));
        Config::AppConfig config;
        config.providers.append({QStringLiteral("a"), Providers::Kind::OpenAi,
                                 QUrl(QStringLiteral("https://x.example/v1")),
                                 QStringLiteral("A_KEY"), QStringLiteral("openai")});
        config.providers.append({QStringLiteral("b"),
                                 Providers::Kind::Gemini,
                                 QUrl(QStringLiteral("https://g.example/v1beta")),
                                 {},
                                 {}});
        config.timeouts.stallMs = 1234;
        QCOMPARE(file.save(config), QString());
        const Config::LoadResult loaded = file.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.config.providers, config.providers);
        QCOMPARE(loaded.config.timeouts.stallMs, 1234);
        QCOMPARE(QFile::permissions(file.path())
                     & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void errorsNameTheFileAndThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{") << "cfg: offset";
        QTest::newRow("top level array")
            << QByteArray("[]") << "cfg: (top level): must be a JSON object";
        QTest::newRow("name type") << QByteArray("{\"providers\":[{\"name\":5}]}")
                                   << "cfg: providers[0].name: must be a string";
        QTest::newRow("duplicate") << QByteArray(
            "{\"providers\":[{\"name\":\"a\",\"kind\":\"openai\",\"base_url\":\"https://"
            "x.y\"},{\"name\":\"a\",\"kind\":\"openai\",\"base_url\":\"https://x.y\"}]}")
                                   << "cfg: providers[1].name: a provider named 'a' already exists";
        QTest::newRow("kind") << QByteArray(
            "{\"providers\":[{\"name\":\"a\",\"kind\":\"k\",\"base_url\":\"https://x.y\"}]}")
                              << "cfg: providers[0].kind: unknown kind 'k'";
        QTest::newRow("url") << QByteArray(
            "{\"providers\":[{\"name\":\"a\",\"kind\":\"openai\",\"base_url\":\"file:///etc\"}]}")
                             << "cfg: providers[0].base_url:";
        QTest::newRow("entry type")
            << QByteArray("{\"providers\":[3]}") << "cfg: providers[0]: must be an object";
        QTest::newRow("version") << QByteArray("{\"version\":\"one\"}")
                                 << "cfg: version: must be a positive whole number";
        QTest::newRow("gateway port")
            << QByteArray("{\"gateway\":{\"port\":70000}}") << "cfg: gateway.port:";
        QTest::newRow("gateway enabled") << QByteArray("{\"gateway\":{\"enabled\":\"yes\"}}")
                                         << "cfg: gateway.enabled: must be true or false";
        QTest::newRow("gateway token")
            << QByteArray("{\"gateway\":{\"token\":\"sb-gw-x\"}}")
            << "cfg: gateway.token: the gateway's token is never kept in config.json";
        QTest::newRow("timeout range")
            << QByteArray("{\"timeouts\":{\"connect_ms\":0}}") << "cfg: timeouts.connect_ms:";
    }

    void errorsNameTheFileAndThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Config::LoadResult result = Config::ConfigFile::parse(json, QStringLiteral("cfg"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.first().startsWith(expected), qPrintable(result.errors.first()));
    }

    void gatewaySwitchAndPortSurviveSaveAndLoad()
    {
        const Config::LoadResult absent = Config::ConfigFile::parse("{}", QStringLiteral("cfg"));
        QCOMPARE(absent.config.gateway.enabled, false);
        QCOMPARE(absent.config.gateway.port, quint16(8741));
        QVERIFY(!Config::ConfigFile::serialize(absent.config).contains("gateway"));

        const Config::LoadResult result = Config::ConfigFile::parse(
            "{\"gateway\":{\"enabled\":true,\"port\":0,\"note\":\"mine\"}}", QStringLiteral("cfg"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.config.gateway.enabled, true);
        QCOMPARE(result.config.gateway.port, quint16(0));
        const QJsonObject saved =
            QJsonDocument::fromJson(Config::ConfigFile::serialize(result.config))
                .object()
                .value(QLatin1String("gateway"))
                .toObject();
        QCOMPARE(saved.value(QLatin1String("enabled")).toBool(), true);
        QCOMPARE(saved.value(QLatin1String("port")).toInt(), 0);
        QCOMPARE(saved.value(QLatin1String("note")).toString(), QStringLiteral("mine"));
    }

    void unknownKeysAreKeptOnSave()
    {
        const QByteArray json = "{\"version\":1,\"budgets\":{\"monthly_usd\":20},\n            "
                                "\"providers\":[{\"name\":\"a\",\"kind\":\"openai\",\"base_url\":"
                                "\"https://x.y/v1\",\"colour\":\"teal\"}]}";
        const Config::LoadResult result = Config::ConfigFile::parse(json, QStringLiteral("cfg"));
        QVERIFY(result.ok());
        const QJsonObject saved =
            QJsonDocument::fromJson(Config::ConfigFile::serialize(result.config)).object();
        QCOMPARE(saved.value(QLatin1String("budgets"))
                     .toObject()
                     .value(QLatin1String("monthly_usd"))
                     .toInt(),
                 20);
        QCOMPARE(saved.value(QLatin1String("providers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("colour"))
                     .toString(),
                 QStringLiteral("teal"));
    }

    void profileFollowsFlagThenEnvironment()
    {
        QTemporaryDir dir;
        qputenv("SWITCHBOARD_PROFILE", dir.filePath(QStringLiteral("from-env")).toUtf8());
        QCOMPARE(Config::Profile::resolve({}).directory(),
                 dir.filePath(QStringLiteral("from-env")));
        QCOMPARE(Config::Profile::resolve(dir.filePath(QStringLiteral("flag"))).directory(),
                 dir.filePath(QStringLiteral("flag")));
        qunsetenv("SWITCHBOARD_PROFILE");
        QVERIFY(Config::Profile::resolve({}).directory().endsWith(QLatin1String("/switchboard")));

        const Config::Profile profile(dir.filePath(QStringLiteral("new/deeper")));
        QCOMPARE(profile.ensureExists(), QString());
        QVERIFY(QDir(profile.directory()).exists());
        QCOMPARE(profile.configPath(), profile.directory() + QStringLiteral("/config.json"));
        QCOMPARE(profile.databasePath(), profile.directory() + QStringLiteral("/switchboard.db"));
    }

    void allowInsecureHttpIsOptionalValidatedAndKept()
    {
        const auto provider = [](const QByteArray& extra) {
            return "{\"version\":1,\"providers\":[{\"name\":\"lan\",\"kind\":\"openai\","
                   "\"base_url\":\"http://192.0.2.7:8080/v1\""
                   + extra + "}]}";
        };
        Config::LoadResult result = Config::ConfigFile::parse(provider({}), QStringLiteral("cfg"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.providers.first().allowInsecureHttp, false);
        QJsonObject saved = QJsonDocument::fromJson(Config::ConfigFile::serialize(result.config))
                                .object()
                                .value(QLatin1String("providers"))
                                .toArray()
                                .first()
                                .toObject();
        QVERIFY(!saved.contains(QLatin1String("allow_insecure_http"))); // off is the default

        result = Config::ConfigFile::parse(provider(",\"allow_insecure_http\":true"),
                                           QStringLiteral("cfg"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.providers.first().allowInsecureHttp, true);
        QVERIFY(result.config.otherProviderKeys.value(QStringLiteral("lan")).isEmpty());
        saved = QJsonDocument::fromJson(Config::ConfigFile::serialize(result.config))
                    .object()
                    .value(QLatin1String("providers"))
                    .toArray()
                    .first()
                    .toObject();
        QCOMPARE(saved.value(QLatin1String("allow_insecure_http")), QJsonValue(true));

        result = Config::ConfigFile::parse(provider(",\"allow_insecure_http\":false"),
                                           QStringLiteral("cfg"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.providers.first().allowInsecureHttp, false);

        result = Config::ConfigFile::parse(provider(",\"allow_insecure_http\":\"yes\""),
                                           QStringLiteral("cfg"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.first(),
                 QStringLiteral("cfg: providers[0].allow_insecure_http: must be true or false"));
        QVERIFY(result.config.providers.isEmpty());
    }

    void allowInsecureHttpSurvivesSaveAndLoad()
    {
        QTemporaryDir dir;
        Config::ConfigFile file(dir.filePath(QStringLiteral("config.json")));
        Config::AppConfig config;
        Providers::ProviderConfig lan;
        lan.name = QStringLiteral("lan");
        lan.baseUrl = QUrl(QStringLiteral("http://192.0.2.7:8080/v1"));
        lan.apiKeyEnv = QStringLiteral("LAN_KEY");
        lan.allowInsecureHttp = true;
        config.providers.append(lan);
        QCOMPARE(file.save(config), QString());
        const Config::LoadResult loaded = file.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.config.providers, config.providers);
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
