#include "gateway/BearerToken.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace Gateway {

QString generateBearerToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()),
                           qsizetype(words.size() * sizeof(quint32)));
    return QStringLiteral("sb-gw-")
           + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool bearerMatches(QByteArrayView authorization, QByteArrayView token)
{
    if (token.isEmpty())
        return false;
    // The scheme is case-insensitive (RFC 9110); the token is compared byte for byte.
    constexpr QByteArrayView scheme("bearer ");
    if (authorization.size() < scheme.size()
        || authorization.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    const QByteArrayView given = authorization.sliced(scheme.size()).trimmed();
    // Every byte of the expected token is visited whatever `given` holds; only the lengths,
    // which are no secret, decide early.
    unsigned difference = given.size() == token.size() ? 0U : 1U;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const auto expected = static_cast<unsigned char>(token[i]);
        const auto actual = i < given.size() ? static_cast<unsigned char>(given[i]) : 0U;
        difference |= expected ^ actual;
    }
    return difference == 0;
}

} // namespace Gateway
