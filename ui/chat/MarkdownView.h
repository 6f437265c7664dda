#pragma once

#include "MarkdownSegments.h"

#include <QWidget>

#include <memory>

class QVBoxLayout;

namespace Ui {

class CodeBlockView;
class ProseView;

/// A message's text: its Markdown cut into segments (MarkdownSegmenter), each prose segment in a
/// ProseView and each fenced code block in a CodeBlockView. Streaming text is appended and shown
/// on flush(): the segments that became final are rendered once, and only the live last segment
/// is rendered again, so a long answer costs the same per frame as a short one.
class MarkdownView final : public QWidget {
    Q_OBJECT

public:
    explicit MarkdownView(QWidget* parent = nullptr);
    ~MarkdownView() override;

    /// The whole text, final.
    void setMarkdown(const QString& markdown);
    /// Streaming: more text (shown at the next flush()).
    void append(const QString& text);
    /// Shows what was appended since the last flush.
    void flush();
    /// The stream ended: the last line counts as whole, everything is final.
    void finish();
    /// Empties the view (a restarted answer streams again from nothing).
    void clear();

    QString markdown() const { return m_markdown; }
    bool isEmpty() const { return m_markdown.isEmpty(); }
    QList<ProseView*> proseViews() const;
    QList<CodeBlockView*> codeViews() const;

private:
    void render();
    QWidget* viewFor(qsizetype index, const MarkdownSegment& segment);
    void show(QWidget* view, const MarkdownSegment& segment);

    QVBoxLayout* m_layout;
    std::unique_ptr<MarkdownSegmenter> m_segmenter;
    QString m_markdown;
    bool m_dirty = false;
    QList<QWidget*> m_views;
    QList<MarkdownSegment> m_shown; ///< what each view shows
    qsizetype m_finalShown = 0;     ///< views whose segment is final and shown
};

} // namespace Ui
