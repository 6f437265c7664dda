#pragma once

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;
class QIODevice;

namespace Cli {

/// What `chat` and `compare` send besides their targets.
struct PromptInput {
    QString prompt;
    QString system; ///< empty: none
    std::optional<double> temperature;
    std::optional<int> maxTokens;
};

/// The options `chat` and `compare` share: --system TEXT, --temperature T, --max-tokens N and the
/// prompt as one argument, or `-` to read it from stdin.
class PromptOptions {
public:
    PromptOptions();
    void addTo(QCommandLineParser& parser) const;
    /// Reads and checks them; returns the problem as one line (exit 2), empty when all is well.
    QString read(const QCommandLineParser& parser, QIODevice* in, PromptInput* input) const;

private:
    QCommandLineOption m_system;
    QCommandLineOption m_temperature;
    QCommandLineOption m_maxTokens;
};

} // namespace Cli
