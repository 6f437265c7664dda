#include "pricing/PriceUnits.h"

#include <QLocale>
#include <QtNumeric>

namespace Pricing {
namespace {

// Beyond these a price is nonsense; bounding them keeps the digit loops short.
constexpr int kMaxExponent = 400;
constexpr qsizetype kMaxDigits = 400;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Parses the exponent after 'e'/'E'; nullopt when malformed or out of range.
std::optional<int> parseExponent(QStringView text)
{
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > kMaxExponent)
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace

std::optional<qint64> scaledDecimal(QStringView text, int powerOfTen)
{
    // Split "123.456e-7" into its digits ("123456"), the count of digits after the point (3) and
    // the exponent (-7).
    const qsizetype ePos = [&] {
        const qsizetype lower = text.indexOf(u'e');
        return lower >= 0 ? lower : text.indexOf(u'E');
    }();
    const QStringView mantissa = ePos >= 0 ? text.left(ePos) : text;
    int exponent = 0;
    if (ePos >= 0) {
        const std::optional<int> parsed = parseExponent(text.mid(ePos + 1));
        if (!parsed)
            return std::nullopt;
        exponent = *parsed;
    }
    QString digits;
    qsizetype fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (QChar c : mantissa) {
        if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else if (isDigit(c)) {
            seenDigit = true;
            if (seenPoint)
                ++fractionDigits;
            if (!digits.isEmpty() || c != u'0') // leading zeros carry no value
                digits.append(c);
            if (digits.size() > kMaxDigits)
                return std::nullopt;
        } else {
            return std::nullopt; // sign, space, second point, anything else
        }
    }
    if (!seenDigit)
        return std::nullopt;

    // value = digits × 10^shift
    const qint64 shift = qint64(exponent) - fractionDigits + powerOfTen;
    qsizetype keep = digits.size();
    if (shift < 0)
        keep = qMax<qint64>(0, digits.size() + shift);
    qint64 result = 0;
    for (qsizetype i = 0; i < keep; ++i) {
        if (qMulOverflow<qint64>(result, 10, &result)
            || qAddOverflow<qint64>(result, digits.at(i).unicode() - u'0', &result))
            return std::nullopt;
    }
    for (qint64 i = 0; shift > 0 && i < shift && result != 0; ++i) {
        if (qMulOverflow<qint64>(result, 10, &result))
            return std::nullopt;
    }
    // Half up: only the first dropped digit decides (the value is never negative).
    if (shift < 0 && keep < digits.size() && digits.size() + shift >= 0
        && digits.at(keep) >= u'5') {
        if (qAddOverflow<qint64>(result, 1, &result))
            return std::nullopt;
    }
    return result;
}

std::optional<qint64> microUsdPerMTokFromUsdPerToken(QStringView text)
{
    return scaledDecimal(text, 12); // × 1e6 tokens × 1e6 µ$ per $
}

std::optional<qint64> microUsdPerMTokFromUsdPerMTok(QStringView text)
{
    return scaledDecimal(text, 6);
}

QString decimalText(double value)
{
    if (!qIsFinite(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString decimalText(const QJsonValue& value)
{
    if (value.isDouble())
        return decimalText(value.toDouble());
    if (value.isString())
        return value.toString();
    return {};
}

QString usdPerMTokText(qint64 microUsdPerMTok)
{
    const bool negative = microUsdPerMTok < 0;
    const quint64 magnitude = negative ? 0 - quint64(microUsdPerMTok) : quint64(microUsdPerMTok);
    QString text = QString::number(magnitude / 1000000);
    const quint64 fraction = magnitude % 1000000;
    if (fraction != 0) {
        QString tail = QStringLiteral("%1").arg(fraction, 6, 10, QChar(u'0'));
        while (tail.endsWith(u'0'))
            tail.chop(1);
        text += u'.' + tail;
    }
    return negative ? u'-' + text : text;
}

} // namespace Pricing
