#include "InlineMessage.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Ui {
namespace {

struct Tint {
    const char* accent;
    QStyle::StandardPixmap icon;
};

Tint tintOf(InlineMessage::Kind kind)
{
    switch (kind) {
    case InlineMessage::Kind::Error:
        return {"#c62828", QStyle::SP_MessageBoxCritical};
    case InlineMessage::Kind::Warning:
        return {"#b26a00", QStyle::SP_MessageBoxWarning};
    case InlineMessage::Kind::Success:
        return {"#2e7d32", QStyle::SP_DialogApplyButton};
    case InlineMessage::Kind::Info:
        break;
    }
    return {"#1565c0", QStyle::SP_MessageBoxInformation};
}

} // namespace

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("inlineMessage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto* column = new QVBoxLayout;
    column->setSpacing(6);
    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    column->addWidget(m_text);
    m_actions->setSpacing(6);
    m_actions->addStretch(1);
    column->addLayout(m_actions);
    layout->addLayout(column, 1);
    setVisible(false);
}

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    removeActions();
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const Tint tint = tintOf(kind);
    const QColor accent(QString::fromLatin1(tint.accent));
    // A light wash of the accent colour over the window colour, whatever the palette.
    setStyleSheet(QStringLiteral(".Ui--InlineMessage { background: rgba(%1, %2, %3, 36); "
                                 "border: 1px solid rgba(%1, %2, %3, 110); "
                                 "border-left: 4px solid rgb(%1, %2, %3); border-radius: 4px; }")
                      .arg(accent.red())
                      .arg(accent.green())
                      .arg(accent.blue()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(tint.icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleEvent event(this,
                               kind == Kind::Error ? QAccessible::Alert : QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void InlineMessage::clear()
{
    removeActions();
    m_text->clear();
    setVisible(false);
}

QPushButton* InlineMessage::addAction(const QString& text)
{
    auto* button = new QPushButton(text);
    button->setProperty("inlineAction", true);
    m_actions->insertWidget(m_actions->count() - 1, button);
    return button;
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::removeActions()
{
    while (m_actions->count() > 1) {
        QLayoutItem* item = m_actions->takeAt(0);
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace Ui
