#pragma once

#include <QTextBrowser>

namespace Ui {

class OfflineTextDocument;

/// A piece of a message as rendered text: Markdown through QTextDocument's own support, in an
/// OfflineTextDocument (no resource is ever fetched). As tall as its text (height for width), no
/// scroll bars of its own, transparent. Text is selectable; a link opens in the browser only when
/// clicked or activated with the keyboard, and only http(s) and mailto links.
class ProseView final : public QTextBrowser {
    Q_OBJECT

public:
    explicit ProseView(QWidget* parent = nullptr);

    void setMarkdownText(const QString& markdown);
    void setPlainBody(const QString& text);
    /// Asks for no more width than the text needs, up to the widget's maximum width (a bubble).
    void setFitToText(bool fit);
    OfflineTextDocument* offlineDocument() const { return m_document; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A link was activated (after it was opened, when it may be).
    void linkOpened(const QUrl& url);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void openLink(const QUrl& url);
    void styleDocument();
    void contentChanged();

    OfflineTextDocument* m_document;
    int m_lastHeight = -1;
    bool m_fitToText = false;
    mutable int m_fitLimit = -1; ///< the width limit the fitted width was measured for
    mutable int m_fitWidth = 0;
};

} // namespace Ui
