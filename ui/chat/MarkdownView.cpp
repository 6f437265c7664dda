#include "MarkdownView.h"

#include "CodeBlockView.h"
#include "ProseView.h"

#include <QVBoxLayout>

namespace Ui {

MarkdownView::MarkdownView(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_segmenter(std::make_unique<MarkdownSegmenter>())
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

MarkdownView::~MarkdownView() = default;

void MarkdownView::setMarkdown(const QString& markdown)
{
    clear();
    m_markdown = markdown;
    m_segmenter->append(markdown);
    m_segmenter->finish();
    render();
}

void MarkdownView::append(const QString& text)
{
    if (text.isEmpty())
        return;
    m_markdown += text;
    m_segmenter->append(text);
    m_dirty = true;
}

void MarkdownView::flush()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    render();
}

void MarkdownView::finish()
{
    m_segmenter->finish();
    m_dirty = false;
    render();
}

void MarkdownView::clear()
{
    for (QWidget* view : std::as_const(m_views))
        delete view;
    m_views.clear();
    m_shown.clear();
    m_finalShown = 0;
    m_markdown.clear();
    m_segmenter = std::make_unique<MarkdownSegmenter>();
    m_dirty = false;
}

void MarkdownView::render()
{
    const qsizetype count = m_segmenter->liveCount();
    const qsizetype finalCount = m_segmenter->finalCount();
    // Views past the live count (a held-back fence line took its place) go.
    while (m_views.size() > count) {
        delete m_views.takeLast();
        m_shown.removeLast();
    }
    m_finalShown = std::min(m_finalShown, m_views.size());
    for (qsizetype i = m_finalShown; i < count; ++i) {
        const MarkdownSegment segment = m_segmenter->liveSegment(i);
        QWidget* view = viewFor(i, segment);
        if (m_shown.at(i) != segment) {
            show(view, segment);
            m_shown[i] = segment;
        }
        if (i < finalCount)
            m_finalShown = i + 1;
    }
}

QWidget* MarkdownView::viewFor(qsizetype index, const MarkdownSegment& segment)
{
    const bool code = segment.kind == MarkdownSegment::Kind::Code;
    if (index < m_views.size()) {
        QWidget* existing = m_views.at(index);
        const bool existingCode = qobject_cast<CodeBlockView*>(existing) != nullptr;
        const bool sameLanguage =
            !code || static_cast<CodeBlockView*>(existing)->language() == segment.language;
        if (existingCode == code && sameLanguage)
            return existing;
        delete existing;
        m_views.removeAt(index);
        m_shown.removeAt(index);
    }
    QWidget* view = nullptr;
    if (code)
        view = new CodeBlockView(segment.language, this);
    else
        view = new ProseView(this);
    if (!code)
        view->setAccessibleName(tr("Message text"));
    m_layout->insertWidget(int(index), view);
    // Shown now, not at the next turn of the event loop (as a layout would): the layout pass
    // that follows counts it, and the heights up to the transcript's column stay in step.
    if (isVisible())
        view->show();
    m_views.insert(index, view);
    m_shown.insert(index, MarkdownSegment{segment.kind, {}, {}, false});
    // Keep the shown text in step for a fresh view: nothing yet.
    m_shown[index].text = QStringLiteral("\u0001"); // never equal to a real segment
    return view;
}

void MarkdownView::show(QWidget* view, const MarkdownSegment& segment)
{
    if (auto* code = qobject_cast<CodeBlockView*>(view)) {
        code->setCode(segment.text);
        return;
    }
    static_cast<ProseView*>(view)->setMarkdownText(segment.text);
}

QList<ProseView*> MarkdownView::proseViews() const
{
    QList<ProseView*> list;
    for (QWidget* view : m_views) {
        if (auto* prose = qobject_cast<ProseView*>(view))
            list.append(prose);
    }
    return list;
}

QList<CodeBlockView*> MarkdownView::codeViews() const
{
    QList<CodeBlockView*> list;
    for (QWidget* view : m_views) {
        if (auto* code = qobject_cast<CodeBlockView*>(view))
            list.append(code);
    }
    return list;
}

} // namespace Ui
