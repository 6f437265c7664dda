#include "UsageTableModel.h"

#include "SpendText.h"
#include "pricing/UsdText.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui {
namespace {

QString optionalNumber(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

/// "(unknown writer)" for rows written before writers were recorded ("@").
QString writerText(const QString& key)
{
    return key == QLatin1String("@")
               ? QCoreApplication::translate("Ui::Dashboard", "(unknown writer)")
               : key;
}

} // namespace

UsageTableModel::UsageTableModel(Rows rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(rows)
{}

void UsageTableModel::setModels(const QList<Storage::ModelStats>& models)
{
    beginResetModel();
    m_data = models;
    endResetModel();
}

void UsageTableModel::setWriters(const QList<Storage::UsageStats>& writers)
{
    beginResetModel();
    m_data.clear();
    for (const Storage::UsageStats& w : writers)
        m_data.append({w, {}});
    endResetModel();
}

QString UsageTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_data.size() ? m_data[row].usage.key : QString();
}

int UsageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.size());
}

int UsageTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows == Rows::Models ? ColumnCount : TtftP50;
}

QVariant UsageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.size())
        return {};
    const Storage::ModelStats& row = m_data[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case CsvRole:
        return csvCells(row).value(index.column());
    case KeyRole:
        return row.usage.key;
    case Qt::TextAlignmentRole:
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Spend && row.usage.unknownCostAttempts > 0)
            return tr("Attempts of unknown cost, not in this sum: %1")
                .arg(countText(row.usage.unknownCostAttempts));
        return {};
    default:
        return {};
    }
}

QVariant UsageTableModel::display(const Storage::ModelStats& row, int column) const
{
    const Storage::UsageStats& u = row.usage;
    switch (column) {
    case Key:
        return m_rows == Rows::Writers ? writerText(u.key) : u.key;
    case Requests:
        return countText(u.requests);
    case Attempts:
        return countText(u.attempts);
    case Failures:
        return countText(u.failed);
    case FallbackRate:
        return rateText(u.fallbackRate());
    case InputTokens:
        return countText(u.inputTokens);
    case OutputTokens:
        return countText(u.outputTokens);
    case Spend: // the unknown ones have their own column
        return u.attempts > 0 && u.unknownCostAttempts == u.attempts ? spendText(u)
                                                                     : usdText(u.costMicroUsd);
    case UnknownCost:
        return countText(u.unknownCostAttempts);
    case TtftP50:
        return msText(row.latency.ttftP50Ms);
    case TtftP95:
        return msText(row.latency.ttftP95Ms);
    case TpsP50:
        return row.latency.tpsP50 ? QLocale().toString(*row.latency.tpsP50, 'f', 1)
                                  : QStringLiteral("–");
    default:
        return {};
    }
}

QVariant UsageTableModel::sortValue(const Storage::ModelStats& row, int column) const
{
    const Storage::UsageStats& u = row.usage;
    const auto optional = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(-1.0); };
    switch (column) {
    case Key:
        return u.key;
    case Requests:
        return u.requests;
    case Attempts:
        return u.attempts;
    case Failures:
        return u.failed;
    case FallbackRate:
        return optional(u.fallbackRate());
    case InputTokens:
        return u.inputTokens;
    case OutputTokens:
        return u.outputTokens;
    case Spend:
        return u.costMicroUsd;
    case UnknownCost:
        return u.unknownCostAttempts;
    case TtftP50:
        return optional(row.latency.ttftP50Ms);
    case TtftP95:
        return optional(row.latency.ttftP95Ms);
    case TpsP50:
        return optional(row.latency.tpsP50);
    default:
        return {};
    }
}

QStringList UsageTableModel::csvCells(const Storage::ModelStats& row) const
{
    const Storage::UsageStats& u = row.usage;
    QStringList cells{u.key, QString::number(u.requests), QString::number(u.attempts),
                      QString::number(u.failed), optionalNumber(u.fallbackRate(), 4),
                      QString::number(u.inputTokens), QString::number(u.outputTokens),
                      // No known cost at all: left empty, never written as 0.
                      u.attempts > 0 && u.unknownCostAttempts == u.attempts
                          ? QString()
                          : Pricing::usdText(u.costMicroUsd),
                      QString::number(u.unknownCostAttempts)};
    if (m_rows == Rows::Models) {
        cells << (row.latency.ttftP50Ms ? QString::number(qRound64(*row.latency.ttftP50Ms))
                                        : QString())
              << (row.latency.ttftP95Ms ? QString::number(qRound64(*row.latency.ttftP95Ms))
                                        : QString())
              << optionalNumber(row.latency.tpsP50, 1);
    }
    return cells;
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == CsvRole) {
        static const char* const kCsv[] = {
            "key",           "requests",      "attempts",
            "failures",      "fallback_rate", "input_tokens",
            "output_tokens", "cost_usd",      "unknown_cost_attempts",
            "ttft_p50_ms",   "ttft_p95_ms",   "tokens_per_s_p50"};
        if (section == Key)
            return m_rows == Rows::Models ? QStringLiteral("model") : QStringLiteral("writer");
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(kCsv[section])
                                                     : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Requests:
            return tr("Requests whose first attempt went to this model");
        case Failures:
            return tr("Attempts that ended in an error (interrupted ones included)");
        case FallbackRate:
            return tr("Requests answered by a later attempt after this one failed");
        case UnknownCost:
            return tr("Attempts whose cost is unknown: not counted in the spend");
        case TpsP50:
            return tr("Output tokens per second after the first token, median");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return m_rows == Rows::Models ? tr("Model") : tr("Writer");
    case Requests:
        return tr("Requests");
    case Attempts:
        return tr("Attempts");
    case Failures:
        return tr("Failures");
    case FallbackRate:
        return tr("Fallback rate");
    case InputTokens:
        return tr("Tokens in");
    case OutputTokens:
        return tr("Tokens out");
    case Spend:
        return tr("Spend");
    case UnknownCost:
        return tr("Unknown cost");
    case TtftP50:
        return tr("TTFT p50");
    case TtftP95:
        return tr("TTFT p95");
    case TpsP50:
        return tr("Tok/s p50");
    default:
        return {};
    }
}

} // namespace Ui
