#include "MutedText.h"

#include <QEvent>
#include <QWidget>

namespace Ui {
namespace {

void applyMuted(QWidget* widget)
{
    QPalette p = widget->palette();
    const QColor quiet = p.color(QPalette::PlaceholderText);
    if (p.color(QPalette::WindowText) == quiet && p.color(QPalette::ButtonText) == quiet
        && p.color(QPalette::Text) == quiet)
        return;
    p.setColor(QPalette::WindowText, quiet);
    p.setColor(QPalette::ButtonText, quiet);
    p.setColor(QPalette::Text, quiet);
    widget->setPalette(p);
}

/// Applies the quiet colour again after the application's palette changed.
class MutedTextFollower final : public QObject {
public:
    explicit MutedTextFollower(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange)
            applyMuted(static_cast<QWidget*>(watched));
        return false;
    }
};

} // namespace

void muteText(QWidget* widget)
{
    applyMuted(widget);
    new MutedTextFollower(widget);
}

} // namespace Ui
