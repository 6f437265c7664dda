#pragma once

#include <QList>
#include <QWidget>

namespace Ui {

/// The page inside the transcript's scroll area: stacks its rows (a banner, the empty-state
/// text, the messages) top to bottom in a centred column of at most `maximumRowWidth`, each row
/// as tall as it asks to be for that width. Unlike a box layout in a resizable scroll area, it
/// gives every row exactly the column's width (text is laid out for one width only), asks a row
/// for its height again only when that row changed or the width did, and sets its own height to
/// what the rows need (the scroll range follows).
class TranscriptColumn final : public QWidget {
    Q_OBJECT

public:
    explicit TranscriptColumn(QWidget* parent = nullptr);

    void insertRow(int index, QWidget* row);
    int rowCount() const { return int(m_rows.size()); }
    int indexOf(const QWidget* row) const { return int(m_rows.indexOf(row)); }
    void setMaximumRowWidth(int width);
    void setMargins(int horizontal, int vertical);
    void setSpacing(int spacing);
    /// The column's height for its rows as they are now.
    int contentHeight() const { return m_contentHeight; }
    /// Places the rows now instead of at the next turn of the event loop.
    void relayout();

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleRelayout();

    QList<QWidget*> m_rows;
    int m_maximumRowWidth = 860;
    int m_marginX = 24;
    int m_marginY = 20;
    int m_spacing = 22;
    int m_contentHeight = 0;
    int m_laidOutWidth = -1;
    bool m_scheduled = false;
};

} // namespace Ui
