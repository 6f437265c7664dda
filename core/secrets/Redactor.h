#pragma once

#include <QString>
#include <QStringList>

namespace Secrets {

/// Removes secrets from text before it reaches a log, an error message or the ledger: the keys
/// it was told about, and anything shaped like a known provider's key or a bearer header.
class Redactor {
public:
    void addSecret(const QString& secret);
    QString redact(QString text) const;

    /// Pattern-only redaction, for text where no configured key is known.
    static QString redactPatterns(QString text);

private:
    QStringList m_secrets;
};

} // namespace Secrets
