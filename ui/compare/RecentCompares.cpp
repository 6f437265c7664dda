#include "RecentCompares.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>

namespace Ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

RecentCompares::RecentCompares(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("recentCompares"));
    setAccessibleName(tr("Saved compares"));
    setToolTip(tr("Saved compares: Enter reopens one, Delete removes it"));
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openRequested(item->data(kIdRole).toLongLong());
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(kIdRole).toLongLong();
        if (id != m_current)
            Q_EMIT openRequested(id);
    });
}

void RecentCompares::setSessions(const QList<Storage::CompareSession>& sessions)
{
    clear();
    for (const Storage::CompareSession& session : sessions) {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(session.updatedAtMs).toLocalTime(),
                               QLocale::ShortFormat);
        auto* item = new QListWidgetItem(session.title + u'\n' + when);
        item->setData(kIdRole, session.id);
        item->setToolTip(session.prompt.left(400));
        addItem(item);
        if (session.id == m_current)
            setCurrentItem(item);
    }
}

void RecentCompares::setCurrent(qint64 compareId)
{
    m_current = compareId;
    for (int row = 0; row < count(); ++row) {
        if (idAt(row) == compareId) {
            setCurrentRow(row);
            return;
        }
    }
    clearSelection();
}

qint64 RecentCompares::idAt(int row) const
{
    const QListWidgetItem* it = item(row);
    return it ? it->data(kIdRole).toLongLong() : 0;
}

void RecentCompares::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete && currentItem()) {
        Q_EMIT removeRequested(currentItem()->data(kIdRole).toLongLong());
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Ui
