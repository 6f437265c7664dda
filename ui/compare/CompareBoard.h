#pragma once

#include "compare/ColumnResult.h"

#include <QList>
#include <QScrollArea>

class QHBoxLayout;

namespace Compare {
class CompareRun;
}

namespace Ui {

class CompareColumnView;

/// The columns of a compare side by side, as wide as the page allows and scrolling sideways
/// when there are more than fit. Follows a CompareRun: each column view streams its own
/// column's answer, independently of the others.
class CompareBoard final : public QScrollArea {
    Q_OBJECT

public:
    explicit CompareBoard(QWidget* parent = nullptr);

    /// One view per column, showing these results.
    void reset(const QList<Compare::ColumnResult>& columns);
    /// Streams the run's columns into the views.
    void follow(Compare::CompareRun* run);

    int count() const { return int(m_views.size()); }
    CompareColumnView* view(int index) const { return m_views.value(index); }
    QList<CompareColumnView*> views() const { return m_views; }

    /// Scrolling one column scrolls the others to the same place (as a share of each answer's
    /// length); off, each scrolls on its own.
    void setScrollTogether(bool together);
    bool scrollsTogether() const { return m_together; }
    /// Every column shows its answer as plain text (the Markdown as sent) or rendered.
    void setPlainText(bool plain);

Q_SIGNALS:
    void stopRequested(int index);
    void retryRequested(int index);
    void bestToggled(int index, bool best);
    void continueRequested(int index);

private:
    void scrolled(CompareColumnView* source, int value);

    QWidget* m_strip;
    QHBoxLayout* m_layout;
    QList<CompareColumnView*> m_views;
    bool m_together = false;
    bool m_plain = false;
    bool m_syncing = false;
};

} // namespace Ui
