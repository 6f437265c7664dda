#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace Pricing {

/// Prices are integers in micro-US-dollars per million tokens (µ$/MTok): $2.50 per million tokens
/// is 2500000. These functions turn decimal price text into that unit exactly, without binary
/// floating point, rounding half up once (docs/PRICING.md).

/// The value of non-negative decimal text ("2.5", "0.000003", "2.5e-06", "1E+2") times
/// 10^powerOfTen, rounded half up to a whole number. nullopt for anything else: empty, negative,
/// malformed, or too large for qint64.
std::optional<qint64> scaledDecimal(QStringView text, int powerOfTen);

/// USD per token, as price lists write it ("0.0000025") → µ$/MTok (2500000).
std::optional<qint64> microUsdPerMTokFromUsdPerToken(QStringView text);
/// USD per million tokens, as people write it ("2.5") → µ$/MTok (2500000).
std::optional<qint64> microUsdPerMTokFromUsdPerMTok(QStringView text);

/// The shortest decimal text that reads back as exactly this double ("0.1", "2.5e-06"). JSON
/// parsers hand numbers over as doubles; for a number written with at most 15–17 significant
/// digits this recovers the text that was written, so scaledDecimal() sees the written value
/// rather than its binary approximation.
QString decimalText(double value);

/// A JSON number or decimal string as text for scaledDecimal(); empty for other JSON types.
QString decimalText(const QJsonValue& value);

/// µ$/MTok as USD per million tokens, exact and without trailing zeros (2500000 → "2.5").
QString usdPerMTokText(qint64 microUsdPerMTok);

} // namespace Pricing
