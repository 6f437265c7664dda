#include "gateway/ClientAgent.h"

#include "secrets/Redactor.h"

namespace Gateway {

QString clientAgentForLedger(QByteArrayView header)
{
    // Cut the raw bytes first: a huge header costs nothing more than a short one.
    const QString decoded = QString::fromUtf8(header.first(qMin<qsizetype>(header.size(), 4096)));
    QString text;
    text.reserve(decoded.size());
    for (const QChar c : decoded) {
        const bool control = c.category() == QChar::Other_Control
                             || c.category() == QChar::Other_Format || c == QChar::LineSeparator
                             || c == QChar::ParagraphSeparator;
        text.append(control ? QChar(u' ') : c);
    }
    text = Secrets::Redactor::redactPatterns(text.simplified());
    if (text.size() > kMaxClientAgentChars) {
        qsizetype cut = kMaxClientAgentChars - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.first(cut) + QChar(0x2026);
    }
    return text;
}

} // namespace Gateway
