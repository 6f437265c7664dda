// config.json "preferences": theme, font size and language read with messages that say where,
// written only when they differ from the defaults, unknown keys kept on save.
#include "config/ConfigFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestPreferencesSection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void absentPreferencesAreTheDefaults()
    {
        const Config::LoadResult result = Config::ConfigFile::parse("{}", QStringLiteral("cfg"));
        QVERIFY(result.ok());
        QVERIFY(result.config.preferences.isDefault());
        QVERIFY(!Config::ConfigFile::serialize(result.config).contains("preferences"));
    }

    void valuesAreRead()
    {
        const Config::LoadResult result = Config::ConfigFile::parse(
            "{\"preferences\":{\"theme\":\"dark\",\"font_point_size\":12,\"language\":\"de\"}}",
            QStringLiteral("cfg"));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        const Config::Preferences& p = result.config.preferences;
        QCOMPARE(p.theme, Config::Theme::Dark);
        QCOMPARE(p.fontPointSize, std::optional<int>(12));
        QCOMPARE(p.language, QStringLiteral("de"));
    }

    void systemMeansTheDefault()
    {
        const Config::LoadResult result = Config::ConfigFile::parse(
            "{\"preferences\":{\"theme\":\"system\",\"language\":\"system\"}}",
            QStringLiteral("cfg"));
        QVERIFY(result.ok());
        QVERIFY(result.config.preferences.isDefault());
    }

    void badValuesSayWhereAndWhat_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an object")
            << QByteArray("{\"preferences\":[]}") << "cfg: preferences: must be an object";
        QTest::newRow("theme") << QByteArray("{\"preferences\":{\"theme\":\"blue\"}}")
                               << "cfg: preferences.theme: must be system, light or dark";
        QTest::newRow("font size") << QByteArray("{\"preferences\":{\"font_point_size\":99}}")
                                   << "cfg: preferences.font_point_size: must be a number "
                                      "between 6 and 32";
        QTest::newRow("language")
            << QByteArray("{\"preferences\":{\"language\":\"German!\"}}")
            << "cfg: preferences.language: must be system or a language code such as de or fr";
    }

    void badValuesSayWhereAndWhat()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Config::LoadResult result = Config::ConfigFile::parse(json, QStringLiteral("cfg"));
        QCOMPARE(result.errors, QStringList{expected});
    }

    void aLanguageThisBuildLacksIsKept()
    {
        // A newer build's choice must not make the file unreadable here.
        const Config::LoadResult result = Config::ConfigFile::parse(
            "{\"preferences\":{\"language\":\"pt_BR\"}}", QStringLiteral("cfg"));
        QVERIFY(result.ok());
        QCOMPARE(result.config.preferences.language, QStringLiteral("pt_BR"));
    }

    void unknownKeysSurviveASave()
    {
        Config::LoadResult result = Config::ConfigFile::parse(
            "{\"preferences\":{\"send_on_enter\":false,\"theme\":\"light\"}}",
            QStringLiteral("cfg"));
        QVERIFY(result.ok());
        result.config.preferences.theme = Config::Theme::System;
        result.config.preferences.fontPointSize = 14;
        const QJsonObject written =
            QJsonDocument::fromJson(Config::ConfigFile::serialize(result.config))
                .object()
                .value(QStringLiteral("preferences"))
                .toObject();
        QCOMPARE(written, QJsonObject({{QStringLiteral("send_on_enter"), false},
                                       {QStringLiteral("font_point_size"), 14}}));
    }
};

QTEST_MAIN(TestPreferencesSection)
#include "tst_preferencessection.moc"
