#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;
class QToolButton;
class QHBoxLayout;

namespace Ui {

/// A titled card around one chart (or the budget gauge): a line under the title for what the
/// pointer is over or for a note, a "Save as PNG…" button, and an empty state in words that
/// takes the chart's place when there is nothing to draw.
class ChartCard final : public QFrame {
    Q_OBJECT

public:
    ChartCard(const QString& title, QWidget* content, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }
    QString title() const;
    /// Controls beside the title (a toggle).
    void addHeaderWidget(QWidget* widget);
    /// Shows the content, or `emptyText` instead of it.
    void setEmpty(bool empty, const QString& emptyText = {});
    bool isEmpty() const;
    /// The line under the title: what is hovered, else the note.
    void setNote(const QString& note);
    void setHoverText(const QString& text);
    QString infoText() const;

Q_SIGNALS:
    void savePngRequested();

private:
    QLabel* m_title;
    QLabel* m_info;
    QToolButton* m_save;
    QStackedWidget* m_stack;
    QWidget* m_content;
    QLabel* m_empty;
    QHBoxLayout* m_header;
    QString m_note;
};

} // namespace Ui
