#include "cli/CliContext.h"

#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QFileDevice>

namespace Cli {
namespace {

void writeFlushed(QIODevice* device, const QString& text)
{
    if (!device)
        return;
    device->write(text.toUtf8());
    if (auto* file = qobject_cast<QFileDevice*>(device))
        file->flush();
}

} // namespace

CliContext::CliContext(Streams streams, Config::Profile profile, Secrets::KeyStore& keyStore)
    : m_streams(streams)
    , m_profile(std::move(profile))
    , m_configFile(m_profile.configPath())
    , m_keyStore(keyStore)
    , m_keys(keyStore)
{}

bool CliContext::loadConfig()
{
    Config::LoadResult result = m_configFile.load();
    if (!result.ok()) {
        for (const QString& error : result.errors)
            printError(error);
        printError(QCoreApplication::translate(
            "Cli", "fix config.json by hand (it is left untouched), then run the command again"));
        return false;
    }
    m_config = std::move(result.config);
    return true;
}

bool CliContext::saveConfig()
{
    QString error = m_profile.ensureExists();
    if (error.isEmpty())
        error = m_configFile.save(m_config);
    if (!error.isEmpty()) {
        printError(error);
        return false;
    }
    return true;
}

void CliContext::print(const QString& text)
{
    writeFlushed(m_streams.out, text);
}

void CliContext::printError(const QString& line)
{
    // The last net under every error path: nothing shaped like a key reaches the terminal.
    writeFlushed(m_streams.err, QStringLiteral("switchboard-cli: ")
                                    + Secrets::Redactor::redactPatterns(line) + u'\n');
}

int CliContext::fail(const QString& line, int code)
{
    printError(line);
    return code;
}

} // namespace Cli
