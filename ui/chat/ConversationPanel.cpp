#include "ConversationPanel.h"

#include "ConversationDelegate.h"
#include "ConversationLibrary.h"
#include "ConversationListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

ConversationPanel::ConversationPanel(ConversationLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_newChat(new QPushButton(tr("New chat")))
    , m_search(new QLineEdit)
    , m_pages(new QStackedWidget)
    , m_list(new QListView)
    , m_hitList(new QListView)
    , m_noHits(new QLabel)
    , m_confirm(new QWidget)
    , m_confirmText(new QLabel)
    , m_confirmDelete(new QPushButton(tr("Delete")))
{
    setObjectName(QStringLiteral("conversationPanel"));
    setMinimumWidth(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 12, 6, 10);
    layout->setSpacing(8);

    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    m_newChat->setAccessibleName(tr("New chat"));
    m_newChat->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    layout->addWidget(m_newChat);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search all messages"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setToolTip(tr("Search every message (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    const auto setUpList = [](QListView* view) {
        view->setFrameShape(QFrame::NoFrame);
        view->setUniformItemSizes(true);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setAttribute(Qt::WA_MacShowFocusRect, true);
        view->viewport()->setAutoFillBackground(false);
    };
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    setUpList(m_list);
    m_list->setModel(library.conversations());
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->installEventFilter(this);
    m_hitList->setObjectName(QStringLiteral("searchResults"));
    m_hitList->setAccessibleName(tr("Search results"));
    setUpList(m_hitList);
    m_hitList->setUniformItemSizes(true);
    m_hitList->setModel(library.hits());
    m_hitList->setItemDelegate(new SearchHitDelegate(m_hitList));
    m_hitList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitList->installEventFilter(this);
    m_noHits->setObjectName(QStringLiteral("noSearchResults"));
    m_noHits->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noHits->setWordWrap(true);
    m_noHits->setContentsMargins(8, 16, 8, 8);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_hitList);
    m_pages->addWidget(m_noHits);
    layout->addWidget(m_pages, 1);

    // Delete asks here, in the panel: one line, Delete or Cancel, no dialog.
    m_confirm->setObjectName(QStringLiteral("deleteConfirmation"));
    m_confirm->setAutoFillBackground(true);
    auto* confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(8, 8, 8, 8);
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText);
    auto* confirmButtons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"));
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_confirmDelete->setAccessibleName(tr("Delete the conversation"));
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(cancel);
    confirmButtons->addWidget(m_confirmDelete);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->hide();
    layout->addWidget(m_confirm);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_library.search(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, &ConversationPanel::onSearchEdited);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            onSearchEdited();
    });
    connect(m_newChat, &QPushButton::clicked, this, &ConversationPanel::newChatRequested);
    connect(m_list, &QListView::activated, this, &ConversationPanel::onListActivated);
    connect(m_list, &QListView::clicked, this, &ConversationPanel::onListActivated);
    connect(m_hitList, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT hitActivated(index.data(SearchHitModel::ConversationIdRole).toLongLong(),
                            index.data(SearchHitModel::MessageIdRole).toLongLong());
    });
    connect(m_hitList, &QListView::clicked, m_hitList, &QListView::activated);
    connect(m_list, &QListView::customContextMenuRequested, this,
            &ConversationPanel::showContextMenu);
    connect(&library, &ConversationLibrary::searched, this, &ConversationPanel::onSearched);
    connect(&library, &ConversationLibrary::refreshed, this, &ConversationPanel::onRefreshed);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_pendingDelete = 0;
        m_confirm->hide();
        m_list->setFocus();
    });
    connect(m_confirmDelete, &QPushButton::clicked, this, [this] {
        const qint64 id = m_pendingDelete;
        m_pendingDelete = 0;
        m_confirm->hide();
        if (id != 0)
            m_library.remove(id);
        m_list->setFocus();
    });

    auto* rename = new QAction(tr("Rename"), m_list);
    rename->setShortcut(Qt::Key_F2);
    rename->setShortcutContext(Qt::WidgetShortcut);
    connect(rename, &QAction::triggered, this, &ConversationPanel::renameCurrent);
    m_list->addAction(rename);
    auto* remove = new QAction(tr("Delete…"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            confirmDelete(id);
    });
    m_list->addAction(remove);
}

void ConversationPanel::onSearchEdited()
{
    if (m_search->text().trimmed().isEmpty()) {
        m_searchDelay.stop();
        m_library.search({});
        m_pages->setCurrentWidget(m_list);
        return;
    }
    m_searchDelay.start();
}

void ConversationPanel::onSearched(const QString& query)
{
    if (query.trimmed().isEmpty()) {
        m_pages->setCurrentWidget(m_list);
        return;
    }
    if (m_library.hits()->rowCount() == 0) {
        m_noHits->setText(tr("No message contains “%1”.").arg(query.trimmed()));
        m_pages->setCurrentWidget(m_noHits);
    } else {
        m_pages->setCurrentWidget(m_hitList);
    }
}

void ConversationPanel::onRefreshed()
{
    setCurrentConversation(m_current);
}

void ConversationPanel::setCurrentConversation(qint64 id)
{
    m_current = id;
    const int row = m_library.conversations()->rowOf(id);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row < 0) {
        m_list->clearSelection();
        m_list->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_library.conversations()->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ConversationPanel::activateNeighbour(int step)
{
    const ConversationListModel* model = m_library.conversations();
    const int count = model->rowCount();
    if (count == 0)
        return;
    const int row = model->rowOf(m_current);
    const int next = row < 0 ? (step > 0 ? 0 : count - 1) : (row + step + count) % count;
    Q_EMIT conversationActivated(model->idAt(next));
}

void ConversationPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationPanel::onListActivated(const QModelIndex& index)
{
    if (index.isValid())
        Q_EMIT conversationActivated(index.data(ConversationListModel::IdRole).toLongLong());
}

qint64 ConversationPanel::selectedId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(ConversationListModel::IdRole).toLongLong() : 0;
}

void ConversationPanel::confirmDelete(qint64 id)
{
    const int row = m_library.conversations()->rowOf(id);
    if (row < 0)
        return;
    m_pendingDelete = id;
    m_confirmText->setText(tr("Delete “%1” and all its messages? This cannot be undone.")
                               .arg(ConversationListModel::displayTitle(
                                   m_library.conversations()->conversations().at(row))));
    m_confirm->show();
    m_confirmDelete->setFocus();
}

void ConversationPanel::renameCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid())
        m_list->edit(index);
}

void ConversationPanel::togglePinCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (index.isValid())
        m_library.setPinned(index.data(ConversationListModel::IdRole).toLongLong(),
                            !index.data(ConversationListModel::PinnedRole).toBool());
}

void ConversationPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Open"), this, [this, id] { Q_EMIT conversationActivated(id); });
    menu->addAction(tr("Rename"), this, &ConversationPanel::renameCurrent);
    menu->addAction(pinned ? tr("Unpin") : tr("Pin to the top"), this,
                    [this, id, pinned] { m_library.setPinned(id, !pinned); });
    menu->addSeparator();
    menu->addAction(tr("Delete…"), this, [this, id] { confirmDelete(id); });
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

bool ConversationPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search && key->key() == Qt::Key_Down) {
            QListView* target = m_pages->currentWidget() == m_hitList ? m_hitList : m_list;
            target->setFocus();
            if (!target->currentIndex().isValid() && target->model()->rowCount() > 0)
                target->setCurrentIndex(target->model()->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            if (watched == m_search && !m_search->text().isEmpty())
                m_search->clear();
            else
                Q_EMIT leaveRequested();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_pages->currentWidget() == m_hitList && m_library.hits()->rowCount() > 0) {
            Q_EMIT m_hitList->activated(m_library.hits()->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Ui
