#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Ui {

/// A message shown in place, next to what it is about: an error, a warning, a note or a success,
/// tinted so that it reads in light and dark palettes alike. Hidden while it has no text; never a
/// modal box. Buttons added with addAction() stay until the next message.
class InlineMessage final : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Info, Success };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    /// Shows `text` as an error; an empty text clears the message (an edit that succeeded).
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void clear();

    /// A button inside the message ("Send key to …", "Try again"); removed by the next message.
    QPushButton* addAction(const QString& text);

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    void removeActions();

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_actions;
};

} // namespace Ui
