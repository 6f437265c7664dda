#include "cli/PromptOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

namespace Cli {
// The strings keep the context they had in ChatCommand, so their translations stay valid.

PromptOptions::PromptOptions()
    : m_system(QStringLiteral("system"),
               QCoreApplication::translate("Cli::ChatCommand", "System prompt."),
               QStringLiteral("TEXT"))
    , m_temperature(QStringLiteral("temperature"),
                    QCoreApplication::translate("Cli::ChatCommand", "Sampling temperature."),
                    QStringLiteral("T"))
    , m_maxTokens(QStringLiteral("max-tokens"),
                  QCoreApplication::translate("Cli::ChatCommand", "Answer length limit."),
                  QStringLiteral("N"))
{}

void PromptOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_system, m_temperature, m_maxTokens});
    parser.addPositionalArgument(
        QStringLiteral("PROMPT"),
        QCoreApplication::translate("Cli::ChatCommand", "The prompt, or - to read stdin."));
}

QString PromptOptions::read(const QCommandLineParser& parser, QIODevice* in,
                            PromptInput* input) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return QCoreApplication::translate(
            "Cli::ChatCommand", "give the prompt as one argument (quote it), or - to read stdin");
    QString prompt = positional.value(0);
    if (prompt == QLatin1String("-"))
        prompt = in ? QString::fromUtf8(in->readAll()) : QString();
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("Cli::ChatCommand", "the prompt is empty");
    input->prompt = prompt;
    input->system = parser.value(m_system);
    if (parser.isSet(m_temperature)) {
        bool ok = false;
        const double t = parser.value(m_temperature).toDouble(&ok);
        if (!ok || t < 0 || t > 2)
            return QCoreApplication::translate("Cli::ChatCommand",
                                               "--temperature takes a number from 0 to 2");
        input->temperature = t;
    }
    if (parser.isSet(m_maxTokens)) {
        bool ok = false;
        const int n = parser.value(m_maxTokens).toInt(&ok);
        if (!ok || n < 1)
            return QCoreApplication::translate("Cli::ChatCommand",
                                               "--max-tokens takes a positive whole number");
        input->maxTokens = n;
    }
    return {};
}

} // namespace Cli
