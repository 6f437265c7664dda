#pragma once

#include <QByteArrayView>
#include <QString>

namespace Gateway {

/// A new gateway token: "sb-gw-" and 43 URL-safe base64 characters of 32 bytes from the system's
/// cryptographically secure generator (QRandomGenerator::system()).
QString generateBearerToken();

/// Whether the `Authorization` header value is "Bearer TOKEN" with exactly `token`. The
/// comparison takes the same time wherever the first difference is, so timing tells an attacker
/// nothing about the token. An empty `token` matches nothing.
bool bearerMatches(QByteArrayView authorization, QByteArrayView token);

} // namespace Gateway
