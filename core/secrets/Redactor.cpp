#include "secrets/Redactor.h"

#include <QRegularExpression>

namespace Secrets {
namespace {

const QString kMask = QStringLiteral("[redacted]");

} // namespace

void Redactor::addSecret(const QString& secret)
{
    // Very short strings would redact ordinary words; real keys are long.
    if (secret.size() >= 8 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redactor::redact(QString text) const
{
    for (const QString& secret : m_secrets)
        text.replace(secret, kMask);
    return redactPatterns(std::move(text));
}

QString Redactor::redactPatterns(QString text)
{
    // OpenAI/Anthropic/DeepSeek (sk-…, sk-ant-…, sk-proj-…, sk-or-…), Google (AIza…), Groq (gsk_…),
    // xAI (xai-…), Switchboard's own gateway tokens (sb-gw-…), and any bearer credential however it
    // is spelled.
    static const QRegularExpression patterns(QStringLiteral(
        "(?:\\bsk-[A-Za-z0-9_\\-]{8,}|\\bAIza[0-9A-Za-z_\\-]{20,}|\\bgsk_[A-Za-z0-9]{8,}"
        "|\\bxai-[A-Za-z0-9]{8,}|\\bsb-gw-[A-Za-z0-9_\\-]{8,})"));
    static const QRegularExpression bearer(QStringLiteral("(\\bBearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(patterns, kMask);
    text.replace(bearer, QStringLiteral("\\1") + kMask);
    return text;
}

} // namespace Secrets
