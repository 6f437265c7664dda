#pragma once

#include "storage/CompareSession.h"

#include <QListWidget>

namespace Ui {

/// The saved compares, most recently updated first: title, when, how many columns. Activating
/// one (click, Enter) asks to reopen it; Delete removes it.
class RecentCompares final : public QListWidget {
    Q_OBJECT

public:
    explicit RecentCompares(QWidget* parent = nullptr);

    void setSessions(const QList<Storage::CompareSession>& sessions);
    /// Marks the compare on the page (0: none).
    void setCurrent(qint64 compareId);
    qint64 idAt(int row) const;

Q_SIGNALS:
    void openRequested(qint64 compareId);
    void removeRequested(qint64 compareId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    qint64 m_current = 0;
};

} // namespace Ui
